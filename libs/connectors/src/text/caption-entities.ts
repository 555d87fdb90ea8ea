// A tag or mention starts at the beginning or after a character that cannot be part of a word, so
// e-mail addresses (`info@brand.de`) and URL fragments (`page#section`) are not picked up.
const HASHTAG = /(?<![\p{L}\p{N}_&#/])#([\p{L}\p{M}\p{N}_]+)/gu;
const MENTION = /(?<![\p{L}\p{N}_.@/])@([A-Za-z0-9._-]{1,100})/gu;

/** Hashtags without '#', original case, first spelling kept, duplicates (case-insensitive) dropped. */
export function extractHashtags(text: string | null | undefined): string[] {
  if (!text) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const match of text.matchAll(HASHTAG)) {
    const tag = match[1];
    // "#1" or "#2024" are rankings and years, not tags (platforms do not link them either).
    if (/^\p{N}+$/u.test(tag)) continue;
    const key = tag.toLocaleLowerCase('und');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** Mentioned handles, lower case, without '@'; trailing dots and dashes (sentence ends) removed. */
export function extractMentions(text: string | null | undefined): string[] {
  if (!text) return [];
  const out = new Set<string>();
  for (const match of text.matchAll(MENTION)) {
    const handle = match[1].replace(/[.-]+$/, '').toLowerCase();
    if (handle.length > 0) out.add(handle);
  }
  return [...out];
}

/** Lower case, no '@', trimmed: the catalogue's handle form. */
export function normalizeHandle(handle: string): string {
  return handle.trim().replace(/^@+/, '').toLowerCase();
}
