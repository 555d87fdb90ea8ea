import type { PlatformModel } from './platforms';
import { hashString, type Rng } from './prng';

// Aliased once: under Jest's vm sandbox each `Math.x` is a slow global lookup.
const { imul, min } = Math;

/**
 * Remembers which handles a run has used, in a few MB even for a million creators: a Bloom filter. A
 * false positive only makes a creator pick another handle (with digits), so uniqueness stays exact —
 * a handle is accepted only if the filter has never seen it, and every accepted handle is added.
 */
export class HandleRegistry {
  private readonly bits: Uint32Array;
  private readonly mask: number;

  constructor(expectedHandles: number) {
    // ~24 bits per handle with 3 probes: about 0.1% false positives.
    let size = 1 << 16;
    while (size < expectedHandles * 24 && size < 1 << 30) size *= 2;
    this.bits = new Uint32Array(size / 32);
    this.mask = size - 1;
  }

  has(handle: string): boolean {
    const h1 = hashString(handle);
    const h2 = hashString(handle, 0x3c6ef372) | 1;
    for (let i = 0; i < 3; i++) {
      const bit = (h1 + imul(i, h2)) & this.mask;
      if ((this.bits[bit >>> 5] & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }

  add(handle: string): void {
    const h1 = hashString(handle);
    const h2 = hashString(handle, 0x3c6ef372) | 1;
    for (let i = 0; i < 3; i++) {
      const bit = (h1 + imul(i, h2)) & this.mask;
      this.bits[bit >>> 5] |= 1 << (bit & 31);
    }
  }
}

/** ASCII name parts a handle is built from (already folded: "juergen", "koeln"). */
export interface HandleParts {
  first: string;
  last: string;
  city: string;
  topicWords: readonly string[];
  english: boolean;
}

const year = (rng: Rng): string => `${rng.int(70, 109) % 100}`.padStart(2, '0');

/** Handle shapes people actually use, weighted; about a fifth carry digits before any collision. */
const PATTERNS: ReadonlyArray<readonly [(p: HandleParts, rng: Rng) => string, number]> = [
  [(p) => `${p.first}.${p.last}`, 14],
  [(p) => `${p.first}_${p.last}`, 8],
  [(p) => `${p.first}${p.last}`, 12],
  [(p) => `${p.last}.${p.first}`, 3],
  [(p, r) => `${p.first}.${r.pick(p.topicWords)}`, 8],
  [(p, r) => `${p.first}${r.pick(p.topicWords)}`, 4],
  [(p, r) => `${r.pick(p.topicWords)}_${p.first}`, 3],
  [(p) => `${p.first}.${p.last[0]}`, 3],
  [(p) => `${p.first}_${p.city}`, 3],
  [
    (p, r) =>
      `${p.english ? r.pick(['its', 'the', 'hey']) : r.pick(['hey', 'hallo', 'its'])}${p.first}${p.last}`,
    3,
  ],
  [(p) => `${p.first}.${p.last}.official`, 1],
  [(p, r) => `${p.first}${p.last}${year(r)}`, 10],
  [(p, r) => `${p.first}.${p.last}${r.int(1, 999)}`, 5],
  [(p, r) => `${p.first}${p.last[0]}${r.int(1, 99)}`, 3],
];
const PATTERN_TOTAL = PATTERNS.reduce((sum, [, w]) => sum + w, 0);
/** Digit-free shapes: the stems for appended digits (no "lena92.417"). */
const STEMS = PATTERNS.slice(0, 10).map(([build]) => build);

/**
 * Longer shapes for when the common ones are taken: with city and topic words the digit-free space is
 * large enough that even a million-creator run keeps most handles free of digits.
 */
const LONGER: ReadonlyArray<(p: HandleParts, rng: Rng) => string> = [
  (p) => `${p.first}.${p.last}.${p.city}`,
  (p, r) => `${p.first}.${p.last}.${r.pick(p.topicWords)}`,
  (p, r) => `${p.first}${p.last}_${r.pick(p.topicWords)}`,
  (p, r) => `${r.pick(p.topicWords)}.${p.first}.${p.last}`,
  (p) => `${p.first}_${p.city}_${p.last[0]}`,
  (p, r) => `${p.first}${p.last[0]}.${r.pick(p.topicWords)}`,
  (p) => `${p.first}${p.first[p.first.length - 1]}.${p.last}`,
  (p) => `${p.last}.${p.first}.${p.city}`,
];

export function drawHandle(parts: HandleParts, rng: Rng): string {
  let target = rng.float() * PATTERN_TOTAL;
  for (const [build, weight] of PATTERNS) {
    if ((target -= weight) < 0) return build(parts, rng);
  }
  return `${parts.first}${parts.last}`;
}

/** Applies a platform's rules: no dots where forbidden, length limits, no separator at either end. */
export function fitHandle(base: string, model: PlatformModel, reserveDigits = 0): string {
  let h = model.dots ? base : base.replace(/\./g, '_');
  const max = model.maxHandle - reserveDigits;
  if (h.length > max) h = h.slice(0, max);
  while (h.length > 0 && (h.endsWith('.') || h.endsWith('_'))) h = h.slice(0, -1);
  while (h.length > 0 && (h.startsWith('.') || h.startsWith('_'))) h = h.slice(1);
  return h;
}

/**
 * A free handle for `model`: first the creator's preferred shape, then other shapes, then digits
 * appended (more of them the longer it takes). Registers the result.
 */
export function claimHandle(
  registry: HandleRegistry,
  model: PlatformModel,
  rng: Rng,
  parts: HandleParts,
  preferred?: string,
): string {
  for (let attempt = 0; ; attempt++) {
    let candidate: string;
    if (attempt === 0 && preferred !== undefined) candidate = fitHandle(preferred, model);
    else if (attempt < 2) candidate = fitHandle(drawHandle(parts, rng), model);
    else if (attempt < 6) candidate = fitHandle(rng.pick(LONGER)(parts, rng), model);
    else {
      // Then digits, escalating quickly: 2 digits, then 3, … up to 8.
      const digits = `${rng.int(1, 10 ** min(attempt - 4, 8) - 1)}`;
      const separator = model.dots && rng.chance(0.3) ? '.' : rng.chance(0.3) ? '_' : '';
      const stem = fitHandle(rng.pick(STEMS)(parts, rng), model, digits.length + separator.length);
      candidate = stem + separator + digits;
    }
    if (candidate.length < model.minHandle) candidate += `${rng.int(10, 99)}`;
    if (!registry.has(candidate)) {
      registry.add(candidate);
      return candidate;
    }
  }
}
