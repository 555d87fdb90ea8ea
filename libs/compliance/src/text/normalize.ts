/**
 * "Judge the text as a viewer sees it" (rules document, convention 1): NFKC, zero-width characters removed,
 * Cyrillic/Greek look-alikes folded to Latin, accents stripped, case folded. Every normalised code unit
 * remembers the original code units it came from, so evidence ranges point into the caption as posted.
 * Superscript and small-capital letters are flagged *before* NFKC turns them into ordinary letters:
 * a label written in them is present but not legible (`obfuscated_label`).
 */
import { HOMOGLYPHS, SMALL_CAPITALS, isTinyCodePoint, isZeroWidth } from './unicode-tables';

export interface NormalizedText {
  readonly original: string;
  readonly text: string;
  /** For each code unit of `text`: first original code unit it came from. */
  readonly originalStart: Int32Array;
  /** For each code unit of `text`: original code unit just after its source character. */
  readonly originalEnd: Int32Array;
  /** For each code unit of `text`: 1 when it came from a superscript or small-capital letter. */
  readonly tiny: Uint8Array;
  /** Whether any unit is tiny (lets the tokenizer skip the per-token scan for ordinary captions). */
  readonly hasTiny: boolean;
}

const COMBINING_MARK = /\p{M}/u;
/** Bounded so hostile input cannot grow the cache without limit; folding stays correct without it. */
const FOLD_CACHE_LIMIT = 50_000;
const foldCache = new Map<number, string>();

/** Folds one non-ASCII code point to what it reads as (possibly several chars, possibly none). */
function foldCodePoint(codePoint: number): string {
  const cached = foldCache.get(codePoint);
  if (cached !== undefined) return cached;
  let folded = '';
  const small = SMALL_CAPITALS.get(codePoint);
  const compatible = small ?? String.fromCodePoint(codePoint).normalize('NFKC');
  for (const char of compatible) {
    for (const part of char.normalize('NFD')) {
      if (COMBINING_MARK.test(part)) continue;
      const lookAlike = HOMOGLYPHS.get(part);
      folded += (lookAlike ?? part).toLowerCase();
    }
  }
  if (foldCache.size < FOLD_CACHE_LIMIT) foldCache.set(codePoint, folded);
  return folded;
}

/** Normalises a caption (or a rule's wording, so both sides are folded the same way). */
export function normalizeText(original: string): NormalizedText {
  const length = original.length;
  let capacity = length + 16;
  let originalStart = new Int32Array(capacity);
  let originalEnd = new Int32Array(capacity);
  let tiny = new Uint8Array(capacity);
  const parts: string[] = [];
  let out = 0;
  let anyTiny = false;

  const grow = (needed: number): void => {
    if (needed <= capacity) return;
    capacity = Math.max(needed, capacity * 2);
    const starts = new Int32Array(capacity);
    starts.set(originalStart);
    const ends = new Int32Array(capacity);
    ends.set(originalEnd);
    const tinies = new Uint8Array(capacity);
    tinies.set(tiny);
    originalStart = starts;
    originalEnd = ends;
    tiny = tinies;
  };

  let index = 0;
  while (index < length) {
    if (original.charCodeAt(index) < 0x80) {
      // ASCII fast path: a whole run is lower-cased at once and maps one-to-one.
      const runStart = index;
      while (index < length && original.charCodeAt(index) < 0x80) index += 1;
      grow(out + index - runStart);
      for (let k = runStart; k < index; k += 1) {
        originalStart[out] = k;
        originalEnd[out] = k + 1;
        tiny[out] = 0;
        out += 1;
      }
      parts.push(original.slice(runStart, index).toLowerCase());
      continue;
    }
    const codePoint = original.codePointAt(index) as number;
    const width = codePoint > 0xffff ? 2 : 1;
    if (!isZeroWidth(codePoint)) {
      const folded = foldCodePoint(codePoint);
      const isTiny = isTinyCodePoint(codePoint) ? 1 : 0;
      if (isTiny === 1) anyTiny = true;
      grow(out + folded.length);
      for (let k = 0; k < folded.length; k += 1) {
        originalStart[out] = index;
        originalEnd[out] = index + width;
        tiny[out] = isTiny;
        out += 1;
      }
      parts.push(folded);
    }
    index += width;
  }
  return {
    original,
    text: parts.join(''),
    originalStart: originalStart.subarray(0, out),
    originalEnd: originalEnd.subarray(0, out),
    tiny: tiny.subarray(0, out),
    hasTiny: anyTiny,
  };
}

/** Folds a rule's wording; its index map is not needed. */
export function foldWording(wording: string): string {
  return normalizeText(wording).text;
}

/**
 * Offset in the original caption where the viewer's text folds behind "more" (convention 3): after
 * `afterCharacters` visible characters or after the `afterLineBreaks`-th line break, whichever comes first.
 * Zero-width characters are invisible and do not count. Returns `original.length` when nothing is folded.
 */
export function truncationOffset(original: string, afterCharacters: number, afterLineBreaks: number): number {
  let visible = 0;
  let lineBreaks = 0;
  let index = 0;
  while (index < original.length) {
    const codePoint = original.codePointAt(index) as number;
    const width = codePoint > 0xffff ? 2 : 1;
    if (visible >= afterCharacters) return index;
    if (isLineBreak(codePoint) && !(codePoint === 13 && original.charCodeAt(index + 1) === 10)) {
      lineBreaks += 1;
      if (lineBreaks >= afterLineBreaks) return index + width;
    }
    if (!isZeroWidth(codePoint)) visible += 1;
    index += width;
  }
  return original.length;
}

export function isLineBreak(codePoint: number): boolean {
  return (
    codePoint === 10 || codePoint === 13 || codePoint === 0x2028 || codePoint === 0x2029 || codePoint === 0x85
  );
}
