import type { PostKind } from '@fitscout/catalogue';
import type { IdStyle, PlatformModel } from './platforms';
import { fmix32, type Rng } from './prng';

// Aliased once: under Jest's vm sandbox each `Math.x` is a slow global lookup.
const { floor } = Math;

/**
 * Platform-looking ids that are unique by construction, without remembering any: an account's id
 * encodes `fmix32(accountSerial ^ seedMix)`, a bijection on uint32, and a post's id appends its index
 * within the account. Different seeds give different ids for the same serial.
 */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** `chars` base64url characters of `value` (low bits first; 6 bits per character). */
function b64(value: number, chars: number): string {
  let out = '';
  let v = value;
  for (let i = 0; i < chars; i++) {
    // Division, not shifts: values may exceed 32 bits.
    out += B64[v % 64];
    v = floor(v / 64);
  }
  return out;
}

const pad = (value: number, digits: number): string => `${value}`.padStart(digits, '0');

export function accountKey(seedMix: number, accountSerial: number): number {
  return fmix32((accountSerial ^ seedMix) >>> 0);
}

export function accountId(style: IdStyle, key: number, rng: Rng): string {
  switch (style.style) {
    case 'numeric':
      return style.prefix === '' ? `${key}` : style.prefix + pad(key, 10);
    case 'code': {
      let out = style.prefix + b64(key, 6);
      while (out.length < style.prefix.length + style.length) out += B64[rng.next() & 63];
      return out;
    }
    case 'base36':
      return style.prefix + key.toString(36).padStart(7, '0');
  }
}

/** `postIndex` must stay below 100 (the import's maximum posts per line), the narrowest tail below. */
export function postId(model: PlatformModel, kind: PostKind, key: number, postIndex: number): string {
  const style = model.postId(kind);
  // An affine map with an odd multiplier that is coprime to 10 is a bijection modulo 10^n and 2^n, so
  // the tails of one account's posts stay distinct while not looking consecutive.
  const offset = fmix32(key ^ 0x5bd1e995);
  const scrambled = postIndex * 7_654_321 + offset;
  switch (style.style) {
    case 'numeric': {
      const mod = 10 ** style.tailDigits;
      return style.prefix + pad(key, 10) + pad(scrambled % mod, style.tailDigits);
    }
    case 'code':
      return style.prefix + b64(key, 6) + b64(scrambled % 2 ** 30, style.length - 6);
    case 'base36':
      // 1296 = 36²: 7_654_321 is coprime to it as well.
      return key.toString(36).padStart(7, '0') + (scrambled % 1296).toString(36).padStart(2, '0');
  }
}
