import { HashtagSplitter } from './hashtag-splitter';
import { COMPOUND_DICTIONARY } from './compound-dictionary';

const splitter = new HashtagSplitter(COMPOUND_DICTIONARY);

export interface SearchDocumentInput {
  displayName: string;
  influencerBio?: string | null;
  accountBio?: string | null;
  captions: (string | null | undefined)[];
  hashtags: string[];
}

/** Most recent captions only: the document describes what the creator posts about now, and stays small. */
export const SEARCH_DOCUMENT_CAPTIONS = 12;
const MAX_DOCUMENT_CHARS = 8000;

/**
 * The text PostgreSQL turns into the account's tsvector (German and English stems). Hashtags are
 * added as words and as their split parts so `#klimaschutz` matches "Klimaschutz" and "Klima".
 */
export function buildSearchText(input: SearchDocumentInput): string {
  const tagWords = new Set<string>();
  for (const tag of input.hashtags) for (const w of splitter.split(tag)) tagWords.add(w);
  const text = [
    input.displayName,
    input.influencerBio ?? '',
    input.accountBio ?? '',
    ...input.captions.slice(0, SEARCH_DOCUMENT_CAPTIONS).map((c) => c ?? ''),
    [...tagWords].join(' '),
  ]
    .join('\n')
    // '#' and '@' glue tokens together for the parser; plain words index better.
    .replace(/[#@]/g, ' ');
  return text.length > MAX_DOCUMENT_CHARS ? text.slice(0, MAX_DOCUMENT_CHARS) : text;
}

export function splitHashtag(tag: string): string[] {
  return splitter.split(tag);
}
