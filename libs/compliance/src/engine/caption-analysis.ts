/**
 * Everything about a caption that does not depend on the jurisdiction, computed once per check and shared
 * by every audience: normalised text with its index map, tokens, hashtag runs, truncation points, language.
 */
import type { Evidence, PostLanguage } from '../compliance.types';
import { detectPostLanguage } from '../text/language';
import { type NormalizedText, normalizeText, truncationOffset } from '../text/normalize';
import { type Token, hashtagsPerRun, tokenize } from '../text/tokenize';

export class CaptionAnalysis {
  readonly normalized: NormalizedText;
  readonly tokens: Token[];
  readonly hashtagsInRun: number[];
  /** Detected caption language; undefined when the caption gives no signal. Verdicts use only this. */
  readonly detectedLanguage: PostLanguage | undefined;
  /** Language fixes are written in: the detected one, else the first audience's language. */
  readonly postLanguage: PostLanguage;
  /** Line of the first token: "upfront" is measured from the first line with content. */
  readonly firstContentLine: number;
  private readonly truncations = new Map<string, number>();

  constructor(
    readonly caption: string,
    fallbackLanguage: PostLanguage,
  ) {
    this.normalized = normalizeText(caption);
    this.tokens = tokenize(this.normalized);
    this.hashtagsInRun = hashtagsPerRun(this.tokens);
    this.detectedLanguage = detectPostLanguage(this.tokens);
    this.postLanguage = this.detectedLanguage ?? fallbackLanguage;
    this.firstContentLine = this.tokens.length > 0 ? this.tokens[0].line : 0;
  }

  /** Original offset from which the caption is behind "more" (memoised per policy). */
  truncationOffset(afterCharacters: number, afterLineBreaks: number): number {
    const key = `${afterCharacters}:${afterLineBreaks}`;
    let offset = this.truncations.get(key);
    if (offset === undefined) {
      offset = truncationOffset(this.caption, afterCharacters, afterLineBreaks);
      this.truncations.set(key, offset);
    }
    return offset;
  }

  originalStartOf(token: Token): number {
    return this.normalized.originalStart[token.start];
  }

  /** Evidence for tokens `first` … `end - 1`, as a range of the original caption. */
  evidence(first: number, end: number): Evidence {
    const start = this.normalized.originalStart[this.tokens[first].start];
    const stop = this.normalized.originalEnd[this.tokens[end - 1].end - 1];
    return { start, end: stop, text: this.caption.slice(start, stop) };
  }

  /** Original offset of the first visible content, where fixes insert a leading label. */
  get contentStart(): number {
    const match = /[^\s\u200b-\u200d\u2060\ufeff\u2800]/u.exec(this.caption);
    return match === null ? this.caption.length : match.index;
  }

  /** The URL tokens, e.g. for affiliate-link marking and transparency-notice pointers. */
  urls(): Token[] {
    return this.tokens.filter((token) => token.kind === 'url');
  }
}
