/**
 * Stateless hashing for the simulation: every value is a pure function of (handle, index), so the same
 * handle gives the same account on every machine and at every call, and nothing needs to be stored.
 * Math.random is never used.
 */

/** MurmurHash3's 32-bit finaliser: a bijection on uint32 with good avalanche. */
export function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units, finalised. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** A 32-bit value for (seed, index); indexes may be negative. */
export function mix(seed: number, index: number): number {
  return fmix32((seed ^ fmix32((index | 0) + 0x632be5ab)) >>> 0);
}

/** Uniform in [0, 1) for (seed, index). */
export function unit(seed: number, index: number): number {
  return mix(seed, index) / 4294967296;
}

/** Streams keep unrelated draws apart: changing how comments are drawn never moves follower counts. */
export const STREAM = {
  followers: 0x0f011,
  wiggle: 0x0e1661,
  spike: 0x05b1e,
  slot: 0x0510,
  postNoise: 0x0905,
  comments: 0x0c0,
  ids: 0x01d5,
} as const;

export function stream(seed: number, name: keyof typeof STREAM): number {
  return mix(seed, STREAM[name]);
}
