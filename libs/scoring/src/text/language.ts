/**
 * Stop words (folded) and a stop-word-count language guess for German vs English. Enough to tell a German
 * from an English creator for the language-match part of relevance; other languages come out as `null`.
 */

// prettier-ignore
const DE_STOP = [
  'der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'einen', 'ich', 'du', 'wir', 'ihr', 'sie', 'es',
  'mit', 'auf', 'fuer', 'von', 'zu', 'zum', 'zur', 'im', 'in', 'den', 'dem', 'des', 'auch', 'noch', 'schon',
  'aber', 'oder', 'wie', 'was', 'wenn', 'dass', 'bei', 'nach', 'aus', 'mein', 'meine', 'dein', 'unser', 'euch',
  'heute', 'hier', 'jetzt', 'mal', 'so', 'sehr', 'mehr', 'nur', 'sind', 'war', 'hat', 'habe', 'haben', 'wird',
  'werden', 'kann', 'koennen', 'ueber', 'unter', 'am', 'um', 'an', 'als', 'ohne', 'gegen', 'durch', 'bis',
];

// prettier-ignore
const EN_STOP = [
  'the', 'and', 'is', 'are', 'was', 'were', 'not', 'a', 'an', 'i', 'you', 'we', 'they', 'he', 'she', 'it',
  'with', 'on', 'for', 'of', 'to', 'in', 'at', 'by', 'from', 'my', 'your', 'our', 'their', 'this', 'that',
  'these', 'those', 'but', 'or', 'if', 'so', 'what', 'how', 'when', 'have', 'has', 'had', 'will', 'can',
  'just', 'about', 'more', 'very', 'all', 'be', 'been', 'do', 'does', 'did', 'here', 'there', 'today', 'now',
  'out', 'up', 'into', 'over', 'than', 'then', 'too', 'also', 'me', 'us', 'who', 'which',
];

const DE_SET: ReadonlySet<string> = new Set(DE_STOP);
const EN_SET: ReadonlySet<string> = new Set(EN_STOP);
const STOP_SET: ReadonlySet<string> = new Set([...DE_STOP, ...EN_STOP]);

export function isStopWord(word: string): boolean {
  return STOP_SET.has(word);
}

/** 'de' or 'en' when one language's stop words clearly dominate (≥ 5 hits, ≥ 2× the other); else null. */
export function detectLanguage(words: readonly string[]): 'de' | 'en' | null {
  let de = 0;
  let en = 0;
  for (const w of words) {
    if (DE_SET.has(w)) de++;
    if (EN_SET.has(w)) en++;
  }
  if (de + en < 5) return null;
  if (de >= 2 * en) return 'de';
  if (en >= 2 * de) return 'en';
  return null;
}
