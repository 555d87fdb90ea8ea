/**
 * Splits normalised text into whole tokens (convention 2: `#adventure` is one token, not `#ad` + `venture`).
 * Tokens carry their line, sentence and hashtag-run so placement rules need no second pass.
 */
import type { NormalizedText } from './normalize';

export type TokenKind = 'word' | 'hashtag' | 'mention' | 'url';

export interface Token {
  kind: TokenKind;
  /** Folded text without `#`/`@` (URLs keep their full text). */
  text: string;
  /** Range in the normalised text, `#`/`@` included. */
  start: number;
  end: number;
  index: number;
  line: number;
  sentence: number;
  /** Hashtag/mention tokens separated only by blanks or commas share a run; -1 for other tokens. */
  run: number;
  /** Some letter came from a superscript or small capital. */
  tiny: boolean;
  /** Hyphen-joined to the previous/next word (`ad-free`): a label must cover the whole compound. */
  joinedPrevious: boolean;
  joinedNext: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:'[\p{L}\p{N}\p{M}]+)*/uy;
const HASHTAG_BODY = /[\p{L}\p{N}\p{M}_]+/uy;
const MENTION_BODY = /[\p{L}\p{N}\p{M}_.]+/uy;
const URL = /(?:https?:\/\/|www\.)[^\s]+|[a-z0-9-]+(?:\.[a-z0-9-]+)+\/[^\s]*/y;
const WORD_START = /[\p{L}\p{N}]/u;
const WORD_END = /[\p{L}\p{N}\p{M}]/u;
/** Hyphen, non-breaking hyphen and hyphen-minus join compounds; spaced dashes (`Ad – gifted`) do not. */
const HYPHENS: ReadonlySet<string> = new Set(['-', '\u2010', '\u2011']);
const URL_TRAILING = /[.,;:!?)\]}*"']+$/;
/** Characters that may sit between the tags of one hashtag cloud. */
const RUN_GAP = /^[\s,.;|·•\u2800]*$/u;

function matchAt(pattern: RegExp, text: string, position: number): string | undefined {
  pattern.lastIndex = position;
  const match = pattern.exec(text);
  return match === null ? undefined : match[0];
}

function isLineBreakChar(char: string): boolean {
  return char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029' || char === '\u0085';
}

function hasTiny(normalized: NormalizedText, start: number, end: number): boolean {
  if (!normalized.hasTiny) return false;
  for (let i = start; i < end; i += 1) if (normalized.tiny[i] === 1) return true;
  return false;
}

export function tokenize(normalized: NormalizedText): Token[] {
  const text = normalized.text;
  const tokens: Token[] = [];
  let line = 0;
  let sentence = 0;
  let position = 0;

  const push = (kind: TokenKind, body: string, start: number, end: number): void => {
    tokens.push({
      kind,
      text: body,
      start,
      end,
      index: tokens.length,
      line,
      sentence,
      run: -1,
      tiny: hasTiny(normalized, start, end),
      joinedPrevious: HYPHENS.has(text[start - 1] ?? '') && WORD_END.test(text[start - 2] ?? ''),
      joinedNext: HYPHENS.has(text[end] ?? '') && WORD_START.test(text[end + 1] ?? ''),
    });
    position = end;
  };

  while (position < text.length) {
    const char = text[position];
    if (char === '#' || char === '@') {
      const body = matchAt(char === '#' ? HASHTAG_BODY : MENTION_BODY, text, position + 1);
      if (body !== undefined) {
        const trimmed = char === '@' ? body.replace(/\.+$/, '') : body;
        push(char === '#' ? 'hashtag' : 'mention', trimmed, position, position + 1 + trimmed.length);
        continue;
      }
    } else if (WORD_START.test(char)) {
      const word = matchAt(WORD, text, position) as string;
      // Only a word followed by "." ":" or "/" can start a URL; skip the URL regex otherwise.
      const after = text[position + word.length];
      const url = after === '.' || after === ':' || after === '/' ? matchAt(URL, text, position) : undefined;
      if (url !== undefined) {
        const trimmed = url.replace(URL_TRAILING, '');
        push('url', trimmed, position, position + trimmed.length);
        continue;
      }
      push('word', word, position, position + word.length);
      continue;
    } else if (isLineBreakChar(char)) {
      // \r\n is one line break.
      if (!(char === '\r' && text[position + 1] === '\n')) {
        line += 1;
        sentence += 1;
      }
    } else if ((char === '.' || char === '!' || char === '?') && /\s|$/.test(text[position + 1] ?? '')) {
      sentence += 1;
    }
    position += 1;
  }
  assignHashtagRuns(tokens, text);
  return tokens;
}

/** Convention 4: consecutive hashtags (and mentions) separated only by blanks or commas form a run. */
function assignHashtagRuns(tokens: Token[], text: string): void {
  let run = -1;
  let previous: Token | undefined;
  for (const token of tokens) {
    const isTag = token.kind === 'hashtag' || token.kind === 'mention';
    if (!isTag) {
      previous = undefined;
      continue;
    }
    const joined = previous !== undefined && RUN_GAP.test(text.slice(previous.end, token.start));
    if (!joined) run += 1;
    token.run = run;
    previous = token;
  }
}

/** Number of hashtags in each run. */
export function hashtagsPerRun(tokens: readonly Token[]): number[] {
  const counts: number[] = [];
  for (const token of tokens) {
    if (token.run >= 0 && token.kind === 'hashtag') counts[token.run] = (counts[token.run] ?? 0) + 1;
  }
  return counts;
}
