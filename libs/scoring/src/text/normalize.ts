/**
 * Text normalisation shared by relevance and comment quality: NFKC, lower case, German umlauts folded to
 * their ASCII spellings (ä→ae, ö→oe, ü→ue, ß→ss, so `Grün` and `gruen` match), other diacritics stripped.
 */

const URL_RE = /\bhttps?:\/\/\S+|\bwww\.\S+/gu;
const HASHTAG_RE = /#([\p{L}\p{N}_]+)/gu;
const MENTION_RE = /@([\p{L}\p{N}_.]+)/gu;
const WORD_RE = /[\p{L}\p{N}]+/gu;
const EMOJI_RE = /\p{Extended_Pictographic}/gu;
const COMBINING_RE = /\p{M}+/gu;
const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** Printable ASCII plus German letters: folding needs no Unicode normalisation (the common case, and 4× faster). */
const SIMPLE_TEXT_RE = /^[\x20-\x7e\n\täöüßÄÖÜ]*$/;

export function foldText(text: string): string {
  if (SIMPLE_TEXT_RE.test(text)) return text.toLowerCase().replace(/[äöüß]/g, (c) => UMLAUTS[c]);
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => UMLAUTS[c])
    .normalize('NFD')
    .replace(COMBINING_RE, '')
    .normalize('NFC');
}

export interface Tokens {
  words: string[];
  /** Hashtags without `#`, folded. */
  hashtags: string[];
  mentions: string[];
  emoji: string[];
}

/** Splits folded text into words, hashtags, mentions and emoji (emoji are kept: they are topic cues). */
export function tokenize(text: string): Tokens {
  const emoji = text.match(EMOJI_RE) ?? [];
  const folded = foldText(text).replace(URL_RE, ' ');
  const hashtags: string[] = [];
  const mentions: string[] = [];
  const rest = folded
    .replace(HASHTAG_RE, (_, tag: string) => {
      hashtags.push(tag);
      return ' ';
    })
    .replace(MENTION_RE, (_, handle: string) => {
      mentions.push(handle);
      return ' ';
    });
  return { words: rest.match(WORD_RE) ?? [], hashtags, mentions, emoji: [...emoji] };
}

/** Folds a hashtag given with or without `#`, dropping anything that is not a letter or digit. */
export function normalizeHashtag(tag: string): string {
  return foldText(tag).replace(/[^\p{L}\p{N}]+/gu, '');
}

export function hasLetterOrDigit(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** Collapses every run of a repeated character ("niiice" → "nice", "cool" → "col"); apply to both sides. */
export function squeeze(text: string): string {
  return text.replace(/(.)\1+/gu, '$1');
}
