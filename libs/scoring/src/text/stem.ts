/**
 * Light stemmers for German and English (no dependency). They only have to make inflected forms of one word
 * meet (Gewerkschaften/Gewerkschaft, schools/school); over-stemming is harmless because documents, briefs and
 * the lexicon all go through the same functions. Input is folded text (umlauts already ae/oe/ue, ß → ss).
 */

/**
 * German: suffix stripping after CISTEM (Weissweiler & Fraser 2017), minus its case-based rules because our
 * text is lower-cased: repeatedly strip -em/-er/-nd (words > 5 chars) or -e/-s/-n (words > 3 chars).
 */
export function stemGerman(word: string): string {
  let w = word;
  while (w.length > 3) {
    if (w.length > 5 && (w.endsWith('em') || w.endsWith('er') || w.endsWith('nd'))) w = w.slice(0, -2);
    else if (w.endsWith('e') || w.endsWith('s') || w.endsWith('n')) w = w.slice(0, -1);
    else break;
  }
  return w;
}

function undouble(w: string): string {
  const n = w.length;
  return n > 3 && w[n - 1] === w[n - 2] && !'lsz'.includes(w[n - 1]) ? w.slice(0, -1) : w;
}

/** English: plural/possessive, then -ing/-ed (the S-stemmer plus Porter step 1b without its -e repair). */
export function stemEnglish(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length > 4) w = undouble(w.slice(0, -2));
  return w;
}

/**
 * Matching keys of a token: its German and its English stem (one key when both agree). Captions mix the two
 * languages within a sentence, so guessing one language per token would miss more than it saves.
 */
export function termKeys(token: string): string[] {
  const de = stemGerman(token);
  const en = stemEnglish(token);
  return de === en ? [de] : [de, en];
}
