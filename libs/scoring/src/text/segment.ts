/**
 * Dictionary-based word break for hashtags and German compounds (`klimaschutz` → klima + schutz,
 * `arbeitsrecht` → arbeits + recht). Dynamic programming over split points minimising first the number of
 * characters not covered by known words, then the number of pieces (longer words win). Linking elements
 * (Fugen-s, -n, -en) need no rule of their own: `isKnown` is expected to accept inflected pieces via stems.
 */

const MIN_PIECE = 3;
const MAX_PIECE = 24;
/** Give up when more than a quarter of the word is not covered: the split would be a guess. */
const MAX_UNKNOWN_SHARE = 0.25;

/** Pieces of `word`, or `null` when it does not split into at least two mostly known pieces. */
export function segmentWord(word: string, isKnown: (piece: string) => boolean): string[] | null {
  const n = word.length;
  if (n < 2 * MIN_PIECE) return null;
  const unknown = new Array<number>(n + 1).fill(Infinity);
  const pieces = new Array<number>(n + 1).fill(Infinity);
  const prev = new Array<number>(n + 1).fill(-1);
  const known = new Array<boolean>(n + 1).fill(false);
  unknown[0] = 0;
  pieces[0] = 0;
  for (let i = 1; i <= n; i++) {
    // An uncovered character costs one unknown and one piece (merged with its neighbours afterwards).
    if (
      unknown[i - 1] + 1 < unknown[i] ||
      (unknown[i - 1] + 1 === unknown[i] && pieces[i - 1] + 1 < pieces[i])
    ) {
      unknown[i] = unknown[i - 1] + 1;
      pieces[i] = pieces[i - 1] + 1;
      prev[i] = i - 1;
      known[i] = false;
    }
    for (let j = Math.max(0, i - MAX_PIECE); j <= i - MIN_PIECE; j++) {
      if (unknown[j] === Infinity || (j === 0 && i === n)) continue;
      const u = unknown[j];
      const p = pieces[j] + 1;
      if (u > unknown[i] || (u === unknown[i] && p >= pieces[i])) continue;
      if (!isKnown(word.slice(j, i))) continue;
      unknown[i] = u;
      pieces[i] = p;
      prev[i] = j;
      known[i] = true;
    }
  }
  if (unknown[n] > n * MAX_UNKNOWN_SHARE) return null;
  const out: string[] = [];
  let i = n;
  let pendingUnknownEnd = -1;
  while (i > 0) {
    const j = prev[i];
    if (known[i]) {
      if (pendingUnknownEnd >= 0) out.push(word.slice(i, pendingUnknownEnd));
      pendingUnknownEnd = -1;
      out.push(word.slice(j, i));
    } else if (pendingUnknownEnd < 0) {
      pendingUnknownEnd = i;
    }
    i = j;
  }
  if (pendingUnknownEnd >= 0) out.push(word.slice(0, pendingUnknownEnd));
  out.reverse();
  return out.length >= 2 ? out : null;
}
