import { TopicId } from './lexicon';
import { detectLanguage, isStopWord } from './text/language';
import { tokenize } from './text/normalize';
import { makeEmojiToken, makeToken, Token, tokenTopics } from './topic-index';
import { ScoringAccountInput, ScoringPostInput } from './types';

/**
 * The text side of a creator: bio, recent captions and hashtags as tokens per field, plus which lexicon topics
 * each recent post touches. Build once per account (it is the costly part) and reuse for every brief.
 */

export const DOCUMENT_FIELDS = ['bio', 'hashtags', 'captions'] as const;
export type DocumentField = (typeof DOCUMENT_FIELDS)[number];

/** Recent posts that describe what the creator talks about now (spec: last N posts). */
export const PROFILE_MAX_POSTS = 30;

export interface ProfileDocument {
  fields: Record<DocumentField, Token[]>;
  bioTopics: TopicId[];
  /** Topics touched by each analysed post (caption, hashtags, emoji), newest first. */
  postTopics: TopicId[][];
  postsAnalysed: number;
  /** Language guessed from bio and captions (stop-word count); `null` when unclear. */
  detectedLanguage: 'de' | 'en' | null;
}

function textTokens(text: string, words: string[]): { body: Token[]; tags: Token[] } {
  const t = tokenize(text);
  const body: Token[] = [];
  for (const w of t.words) {
    words.push(w);
    if (!isStopWord(w) && w.length > 1) body.push(makeToken(w, false));
  }
  for (const e of t.emoji) body.push(makeEmojiToken(e));
  return { body, tags: t.hashtags.map((h) => makeToken(h, true)) };
}

function topicsOf(tokens: readonly Token[]): TopicId[] {
  const set = new Set<TopicId>();
  for (const token of tokens) tokenTopics(token, set);
  return [...set];
}

export function buildProfileDocument(
  account: ScoringAccountInput,
  posts: readonly ScoringPostInput[],
  now: Date,
): ProfileDocument {
  const nowMs = now.getTime();
  const recent = posts
    .filter((p) => p.publishedAt.getTime() <= nowMs)
    .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())
    .slice(0, PROFILE_MAX_POSTS);
  const words: string[] = [];
  const bio = textTokens(account.bio ?? '', words);
  const fields: Record<DocumentField, Token[]> = { bio: bio.body, hashtags: bio.tags, captions: [] };
  const bioTopics = topicsOf([...bio.body, ...bio.tags]);
  const postTopics: TopicId[][] = [];
  for (const post of recent) {
    const caption = textTokens(post.caption ?? '', words);
    const seen = new Set(caption.tags.map((t) => t.surface));
    const tags = caption.tags;
    for (const raw of post.hashtags ?? []) {
      const token = makeToken(tokenize(raw.startsWith('#') ? raw : `#${raw}`).hashtags[0] ?? '', true);
      if (token.surface !== '#' && !seen.has(token.surface)) {
        seen.add(token.surface);
        tags.push(token);
      }
    }
    fields.captions.push(...caption.body);
    fields.hashtags.push(...tags);
    postTopics.push(topicsOf([...caption.body, ...tags]));
  }
  return {
    fields,
    bioTopics,
    postTopics,
    postsAnalysed: recent.length,
    detectedLanguage: detectLanguage(words),
  };
}

export interface TermStatistics {
  documents: number;
  /** Number of documents containing each key in any field. */
  documentFrequency: ReadonlyMap<string, number>;
  averageFieldLength: Record<DocumentField, number>;
}

/**
 * Corpus statistics for BM25's IDF and length normalisation. Build from the candidate set of a query (or the
 * whole catalogue, refreshed on a schedule); without them relevance uses IDF = 1 and DEFAULT_FIELD_LENGTHS.
 */
export function buildTermStatistics(documents: readonly ProfileDocument[]): TermStatistics {
  const df = new Map<string, number>();
  const totals: Record<DocumentField, number> = { bio: 0, hashtags: 0, captions: 0 };
  for (const doc of documents) {
    const seen = new Set<string>();
    for (const field of DOCUMENT_FIELDS) {
      totals[field] += doc.fields[field].length;
      for (const token of doc.fields[field]) for (const key of token.keys) seen.add(key);
    }
    for (const key of seen) df.set(key, (df.get(key) ?? 0) + 1);
  }
  const n = Math.max(documents.length, 1);
  return {
    documents: documents.length,
    documentFrequency: df,
    averageFieldLength: { bio: totals.bio / n, hashtags: totals.hashtags / n, captions: totals.captions / n },
  };
}
