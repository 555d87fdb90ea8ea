import { foldText, isStopWord, makeToken, termKeys, tokenize } from '@fitscout/scoring';

export interface SearchDocumentInput {
  displayName: string;
  influencerBio?: string | null;
  accountBio?: string | null;
  captions: (string | null | undefined)[];
  hashtags: string[];
}

/** Most recent captions only: the document describes what the creator posts about now, and stays small. */
export const SEARCH_DOCUMENT_CAPTIONS = 12;
/** PostgreSQL's limits: positions up to 16383, at most 256 positions per lexeme. */
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_LEXEME = 32;

const WORD_OR_HASHTAG = /#?[\p{L}\p{N}]+/gu;
const URL_RE = /\bhttps?:\/\/\S+|\bwww\.\S+/g;

/** Folded text without URLs; one regex pass then yields words and hashtags (a leaner `tokenize`). */
function searchableText(text: string): string {
  const folded = foldText(text);
  return folded.includes('http') || folded.includes('www.') ? folded.replace(URL_RE, ' ') : folded;
}

// Words repeat heavily across creators; keying a word (stems, compound pieces) is the costly step.
const KEY_CACHE_LIMIT = 200_000;
const keyCache = new Map<string, readonly string[]>();

function keysOf(word: string, isHashtag: boolean): readonly string[] {
  const cacheKey = isHashtag ? `#${word}` : word;
  let keys = keyCache.get(cacheKey);
  if (!keys) {
    keys = makeToken(word, isHashtag).keys;
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keyCache.set(cacheKey, keys);
  }
  return keys;
}

/**
 * The account's full-text document as a PostgreSQL tsvector literal, built with the same text pipeline
 * as relevance scoring (`@fitscout/scoring`: folding, German and English light stems, compound and
 * hashtag splitting): `#klimaschutz` yields klimaschutz, klima and schutz. Stemming here rather than with
 * to_tsvector keeps search and relevance in agreement and takes the work off the database.
 */
export function buildSearchDocument(input: SearchDocumentInput): string {
  const positions = new Map<string, number[]>();
  let position = 0;
  const add = (keys: readonly string[]) => {
    position = Math.min(position + 1, MAX_POSITION);
    for (const key of keys) {
      const list = positions.get(key);
      if (!list) positions.set(key, [position]);
      else if (list.length < MAX_POSITIONS_PER_LEXEME) list.push(position);
    }
  };
  const texts = [
    input.displayName,
    input.influencerBio ?? '',
    input.accountBio ?? '',
    ...input.captions.slice(0, SEARCH_DOCUMENT_CAPTIONS).map((c) => c ?? ''),
  ];
  const hashtags = input.hashtags.map((t) => `#${t.replace(/^#/, '')}`).join(' ');
  for (const text of [...texts, hashtags]) {
    for (const match of searchableText(text).matchAll(WORD_OR_HASHTAG)) {
      const token = match[0];
      if (token[0] === '#') {
        if (token.length > 2) add(keysOf(token.slice(1), true));
      } else if (token.length > 1 && !isStopWord(token)) add(keysOf(token, false));
    }
  }
  return [...positions].map(([lexeme, at]) => `${quote(lexeme)}:${at.join(',')}`).join(' ');
}

/**
 * A keyword as a tsquery literal: each word matches any of its stems, words of one keyword must all
 * occur. Null when the keyword has no searchable word (punctuation only, stop words).
 */
export function keywordTsquery(keyword: string): string | null {
  const words = tokenize(keyword).words.filter((w) => w.length > 1 && !isStopWord(w));
  if (words.length === 0) return null;
  return words.map((w) => `(${termKeys(w).map(quote).join(' | ')})`).join(' & ');
}

/** Quotes a lexeme for tsvector/tsquery input: it travels as a parameter, this only keeps the syntax intact. */
function quote(lexeme: string): string {
  if (!lexeme.includes("'") && !lexeme.includes('\\')) return `'${lexeme}'`;
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}
