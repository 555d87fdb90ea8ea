import { createHash } from 'node:crypto';

/** The hashes an erased creator is remembered by: never the handle itself. */
export function suppressionKeys(platform: string, handle: string, externalId?: string | null): string[] {
  const keys = [`${platform}:${handle.replace(/^@/, '').toLowerCase()}`];
  if (externalId) keys.push(`${platform}#${externalId}`);
  return keys.map((k) => createHash('sha256').update(k, 'utf8').digest('hex'));
}
