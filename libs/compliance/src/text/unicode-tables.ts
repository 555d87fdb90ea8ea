/**
 * Character tables for the normalisation pipeline (rules document, convention 1).
 * Look-alikes are folded to the Latin letter they imitate; small capitals have no NFKC mapping, so they are
 * mapped here. Both are flagged or folded so that `ʀᴇᴋʟᴀᴍᴀ`-style tricks cannot hide or fake a label.
 */

/** Invisible characters removed before matching: zero-width space/joiners, BOM, soft hyphen, … */
// prettier-ignore
const ZERO_WIDTH = new Set([
  0x00ad, 0x034f, 0x061c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f,
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068,
  0x2069, 0x3164, 0xfe00, 0xfe01, 0xfe0e, 0xfe0f, 0xfeff, 0xffa0,
]);

export function isZeroWidth(codePoint: number): boolean {
  return ZERO_WIDTH.has(codePoint) || (codePoint >= 0xe0000 && codePoint <= 0xe007f);
}

/** Small capitals (U+1D00 block and IPA) → letters. NFKC leaves them alone. */
// prettier-ignore
export const SMALL_CAPITALS = new Map<number, string>([
  [0x1d00, 'a'], [0x0299, 'b'], [0x1d03, 'b'], [0x1d04, 'c'], [0x1d05, 'd'], [0x1d07, 'e'], [0xa730, 'f'],
  [0x0262, 'g'], [0x029c, 'h'], [0x026a, 'i'], [0x1d0a, 'j'], [0x1d0b, 'k'], [0x029f, 'l'], [0x1d0c, 'l'],
  [0x1d0d, 'm'], [0x0274, 'n'], [0x1d0f, 'o'], [0x1d18, 'p'], [0xa7af, 'q'], [0x0280, 'r'], [0xa731, 's'],
  [0x1d1b, 't'], [0x1d1c, 'u'], [0x1d20, 'v'], [0x1d21, 'w'], [0x028f, 'y'], [0x1d22, 'z'],
]);

/** Superscripts, subscripts, modifier letters and small capitals: legible only to a squinting viewer. */
export function isTinyCodePoint(codePoint: number): boolean {
  return (
    SMALL_CAPITALS.has(codePoint) ||
    (codePoint >= 0x1d2c && codePoint <= 0x1d6a) ||
    codePoint === 0x1d78 ||
    (codePoint >= 0x1d9b && codePoint <= 0x1dbf) ||
    (codePoint >= 0x02b0 && codePoint <= 0x02b8) ||
    (codePoint >= 0x02e0 && codePoint <= 0x02e4) ||
    (codePoint >= 0x2070 && codePoint <= 0x209c) ||
    codePoint === 0x00aa ||
    codePoint === 0x00ba ||
    (codePoint >= 0xa7f8 && codePoint <= 0xa7f9) ||
    (codePoint >= 0x10780 && codePoint <= 0x107ba)
  );
}

/** Cyrillic and Greek look-alikes (both cases) → Latin; typographic apostrophes → `'`. */
// prettier-ignore
export const HOMOGLYPHS = new Map<string, string>([
  // Cyrillic
  ['а', 'a'], ['в', 'b'], ['е', 'e'], ['ё', 'e'], ['і', 'i'], ['ї', 'i'], ['ј', 'j'], ['к', 'k'], ['м', 'm'],
  ['н', 'h'], ['о', 'o'], ['р', 'p'], ['с', 'c'], ['т', 't'], ['у', 'y'], ['х', 'x'], ['ѕ', 's'], ['ԁ', 'd'],
  ['ԛ', 'q'], ['ԝ', 'w'], ['һ', 'h'], ['ӏ', 'l'], ['ɡ', 'g'], ['ı', 'i'],
  ['А', 'a'], ['В', 'b'], ['Е', 'e'], ['К', 'k'], ['М', 'm'], ['Н', 'h'], ['О', 'o'], ['Р', 'p'], ['С', 'c'],
  ['Т', 't'], ['У', 'y'], ['Х', 'x'], ['І', 'i'], ['Ј', 'j'], ['Ѕ', 's'], ['Ԛ', 'q'], ['Ԝ', 'w'], ['Һ', 'h'],
  ['Ӏ', 'i'],
  // Greek
  ['α', 'a'], ['ι', 'i'], ['κ', 'k'], ['ν', 'v'], ['ο', 'o'], ['ρ', 'p'], ['τ', 't'], ['υ', 'u'], ['χ', 'x'],
  ['ϲ', 'c'], ['ϳ', 'j'], ['Α', 'a'], ['Β', 'b'], ['Ε', 'e'], ['Ζ', 'z'], ['Η', 'h'], ['Ι', 'i'], ['Κ', 'k'],
  ['Μ', 'm'], ['Ν', 'n'], ['Ο', 'o'], ['Ρ', 'p'], ['Τ', 't'], ['Υ', 'y'], ['Χ', 'x'],
  // Apostrophes, so `n’est` and `n'est` are one token either way
  ['\u2019', "'"], ['\u2018', "'"], ['\u02bc', "'"], ['\u2032', "'"], ['\uff07', "'"],
]);
