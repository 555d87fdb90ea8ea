import { createHash, randomBytes } from 'node:crypto';

/** A random bearer secret with a readable prefix (`fsr_` refresh, `fsi_` invitation). */
export function newOpaqueToken(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}
