/**
 * Splits hashtags into words so `#klimaschutz` is found by "Klimaschutz", "Klima" and "Schutz":
 * camelCase and digit boundaries first (`#KlimaSchutzJetzt`), then a dictionary split of lower-case
 * compounds (`#tarifrunde` → tarif + runde) that only accepts splits made entirely of known words.
 */
export class HashtagSplitter {
  private readonly words: Set<string>;
  private readonly maxWord: number;

  constructor(dictionary: Iterable<string>) {
    this.words = new Set([...dictionary].map((w) => w.toLowerCase()).filter((w) => w.length >= 3));
    this.maxWord = Math.max(3, ...[...this.words].map((w) => w.length));
  }

  /** The words of one hashtag (without '#'), lower case; the whole tag is always included. */
  split(tag: string): string[] {
    const clean = tag.replace(/^#/, '');
    const parts = clean
      .replace(/([a-zäöüß])([A-ZÄÖÜ])/g, '$1 $2')
      .replace(/([A-Za-zÄÖÜäöüß])(\d)/g, '$1 $2')
      .replace(/(\d)([A-Za-zÄÖÜäöüß])/g, '$1 $2')
      .split(/[\s_-]+/)
      .map((p) => p.toLowerCase())
      .filter(Boolean);
    const out = new Set<string>([clean.toLowerCase(), ...parts]);
    for (const part of parts) for (const w of this.segment(part) ?? []) out.add(w);
    return [...out];
  }

  /**
   * Dynamic programming over positions: the segmentation into known words with the fewest parts,
   * allowing German linking letters (s, n, e, en, er) between words. Null when no full split exists.
   */
  private segment(word: string): string[] | null {
    if (word.length < 6) return null;
    const best: (string[] | null)[] = new Array(word.length + 1).fill(null);
    best[0] = [];
    for (let end = 1; end <= word.length; end++) {
      for (let start = Math.max(0, end - this.maxWord); start < end; start++) {
        const prefix = best[start];
        if (!prefix) continue;
        const piece = word.slice(start, end);
        // The whole word as one piece is not a split (it is indexed whole anyway).
        if (start === 0 && end === word.length) continue;
        if (this.words.has(piece) && (!best[end] || prefix.length + 1 < best[end]!.length)) {
          best[end] = [...prefix, piece];
        } else if (
          prefix.length > 0 &&
          /^(s|n|e|en|er|es)$/.test(piece) &&
          (!best[end] || prefix.length < best[end]!.length)
        ) {
          best[end] = prefix; // a linking element (Fugenelement): absorbed, not a word
        }
      }
    }
    const result = best[word.length];
    return result && result.length >= 2 ? result : null;
  }
}
