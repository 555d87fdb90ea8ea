/**
 * Whole-token phrase matching, compiled once per rule set (the throughput target needs no per-check
 * regex compilation). Longest match wins at each position, and matched tokens are consumed, so
 * `not sponsored` is a negation and never also the label `sponsored`.
 */
import { foldWording } from './normalize';
import type { Token } from './tokenize';

type Element = { kind: 'literal'; text: string } | { kind: 'mention' } | { kind: 'any' };

export interface PhraseDefinition<T> {
  phrases: readonly string[];
  payload: T;
  /** Identity of the definition: the same phrase from two different ids is a data error. */
  id: string;
  tokenForm?: 'hashtag' | 'plain';
  hashtagPrefixes?: readonly string[];
  hashtagSuffixes?: readonly string[];
}

interface Pattern<T> {
  elements: Element[];
  payload: T;
  id: string;
}

export interface PhraseMatch<T> {
  payload: T;
  /** Token indexes, end exclusive. */
  first: number;
  end: number;
}

/** Expands `{a|b}` alternatives: `{pas|non} sponsorisé` → `pas sponsorisé`, `non sponsorisé`. */
export function expandAlternatives(phrase: string): string[] {
  const open = phrase.indexOf('{');
  if (open < 0) return [phrase.replace(/\s+/g, ' ').trim()];
  const close = phrase.indexOf('}', open);
  if (close < 0) throw new Error(`Unbalanced braces in wording "${phrase}"`);
  const head = phrase.slice(0, open);
  const tail = phrase.slice(close + 1);
  return phrase
    .slice(open + 1, close)
    .split('|')
    .flatMap((option) => expandAlternatives(`${head}${option}${tail}`));
}

const WORD_PART = /[\p{L}\p{N}\p{M}]+(?:'[\p{L}\p{N}\p{M}]+)*/gu;

function toElements(phrase: string): Element[] {
  const elements: Element[] = [];
  for (const part of phrase.split(/\s+/)) {
    if (part === '@') elements.push({ kind: 'mention' });
    else if (part === '*') elements.push({ kind: 'any' });
    else
      for (const word of foldWording(part).match(WORD_PART) ?? [])
        elements.push({ kind: 'literal', text: word });
  }
  return elements;
}

export class PhraseMatcher<T> {
  private readonly byFirstWord = new Map<string, Pattern<T>[]>();
  private readonly byHashtag = new Map<string, Pattern<T>>();
  /** Which definition owns each word sequence: a wording defined twice is a data error. */
  private readonly sequenceOwners = new Map<string, string>();
  private readonly affixes: { prefix?: string; suffix?: string; pattern: Pattern<T> }[] = [];

  constructor(definitions: readonly PhraseDefinition<T>[]) {
    for (const definition of definitions) this.add(definition);
    for (const patterns of this.byFirstWord.values())
      patterns.sort((a, b) => b.elements.length - a.elements.length);
  }

  private add(definition: PhraseDefinition<T>): void {
    for (const phrase of definition.phrases.flatMap(expandAlternatives)) {
      const elements = toElements(phrase);
      if (elements.length === 0 || elements[0].kind !== 'literal') {
        throw new Error(`Wording "${phrase}" of ${definition.id} must start with a word`);
      }
      const pattern: Pattern<T> = { elements, payload: definition.payload, id: definition.id };
      const literals = elements.every((element) => element.kind === 'literal');
      if (definition.tokenForm !== 'plain' && literals) {
        this.register(
          this.byHashtag,
          elements.map((e) => (e.kind === 'literal' ? e.text : '')).join(''),
          pattern,
        );
      }
      if (definition.tokenForm !== 'hashtag') {
        const key = elements.map((e) => (e.kind === 'literal' ? e.text : `<${e.kind}>`)).join(' ');
        const owner = this.sequenceOwners.get(key);
        if (owner !== undefined && owner !== pattern.id) {
          throw new Error(`Wording "${phrase}" is defined by ${owner} and ${pattern.id}`);
        }
        this.sequenceOwners.set(key, pattern.id);
        const list = this.byFirstWord.get(elements[0].text) ?? [];
        list.push(pattern);
        this.byFirstWord.set(elements[0].text, list);
      }
    }
    const affixPattern: Pattern<T> = { elements: [], payload: definition.payload, id: definition.id };
    for (const prefix of definition.hashtagPrefixes ?? [])
      this.affixes.push({ prefix, pattern: affixPattern });
    for (const suffix of definition.hashtagSuffixes ?? [])
      this.affixes.push({ suffix, pattern: affixPattern });
  }

  private register(map: Map<string, Pattern<T>>, key: string, pattern: Pattern<T>): void {
    const existing = map.get(key);
    if (existing !== undefined && existing.id !== pattern.id) {
      throw new Error(`Hashtag "#${key}" is defined by ${existing.id} and ${pattern.id}`);
    }
    if (existing === undefined) map.set(key, pattern);
  }

  /** Scans the tokens left to right; each token belongs to at most one match. */
  scan(tokens: readonly Token[]): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    let index = 0;
    while (index < tokens.length) {
      const match = this.matchAt(tokens, index);
      if (match === undefined) {
        index += 1;
      } else {
        matches.push(match);
        index = match.end;
      }
    }
    return matches;
  }

  private matchAt(tokens: readonly Token[], index: number): PhraseMatch<T> | undefined {
    const token = tokens[index];
    if (token.kind === 'hashtag') {
      if (token.joinedNext) return undefined;
      const exact = this.byHashtag.get(token.text);
      if (exact !== undefined) return { payload: exact.payload, first: index, end: index + 1 };
      for (const affix of this.affixes) {
        const core = affix.prefix ?? affix.suffix ?? '';
        const fits = affix.prefix !== undefined ? token.text.startsWith(core) : token.text.endsWith(core);
        if (fits && token.text.length >= core.length + 2) {
          return { payload: affix.pattern.payload, first: index, end: index + 1 };
        }
      }
      return undefined;
    }
    if (token.kind !== 'word') return undefined;
    const candidates = this.byFirstWord.get(token.text);
    if (candidates === undefined) return undefined;
    for (const pattern of candidates) {
      if (this.fits(pattern, tokens, index)) {
        return { payload: pattern.payload, first: index, end: index + pattern.elements.length };
      }
    }
    return undefined;
  }

  private fits(pattern: Pattern<T>, tokens: readonly Token[], index: number): boolean {
    const last = pattern.elements.length - 1;
    // Whole compounds only: `ad` in `ad-free` or `no ad` in `no ad-blocker` is not a match.
    if (tokens[index].joinedPrevious) return false;
    if (pattern.elements[last].kind === 'literal' && tokens[index + last]?.joinedNext === true) return false;
    const line = tokens[index].line;
    for (let offset = 1; offset < pattern.elements.length; offset += 1) {
      const token = tokens[index + offset];
      if (token === undefined || token.line !== line) return false;
      const element = pattern.elements[offset];
      if (element.kind === 'literal' && !(token.kind === 'word' && token.text === element.text)) return false;
      if (element.kind === 'mention' && token.kind !== 'mention') return false;
      if (element.kind === 'any' && token.kind !== 'word' && token.kind !== 'mention') return false;
    }
    return true;
  }
}
