import { AUDIENCE_DIMENSIONS, AudienceDimension, distributionOverlap } from './audience';
import { TOPIC_IDS, TopicId } from './lexicon';
import { buildProfileDocument, ProfileDocument } from './profile-document';
import { cosineSimilarity } from './stats';
import { AudienceProfileInput, ScoringAccountInput, ScoringPostInput } from './types';

/**
 * Lookalike similarity between two creators: cosine of their topic vectors and overlap of their audience
 * distributions. Symmetric and pure, so the catalogue can precompute topic vectors and compare in bulk.
 */

export type TopicVector = Partial<Record<TopicId, number>>;

export const LOOKALIKE_WEIGHTS = { topics: 0.6, audience: 0.4 } as const;

/** Per topic: share of (bio + analysed posts) that touch it; the bio counts as one post. */
export function topicVectorFromDocument(doc: ProfileDocument): TopicVector {
  const vector: TopicVector = {};
  const units = doc.postsAnalysed + 1;
  for (const topic of TOPIC_IDS) {
    let n = doc.bioTopics.includes(topic) ? 1 : 0;
    for (const post of doc.postTopics) if (post.includes(topic)) n++;
    if (n > 0) vector[topic] = n / units;
  }
  return vector;
}

export interface LookalikeProfile {
  topics: TopicVector;
  audience?: AudienceProfileInput | null;
}

export interface LookalikeResult {
  /** 0–100, `null` when neither topics nor any audience dimension can be compared. */
  score: number | null;
  topicSimilarity: number | null;
  audienceOverlap: number | null;
  audienceByDimension: { dimension: AudienceDimension; overlap: number }[];
  /** Topics both creators cover, strongest shared first. */
  sharedTopics: { topic: TopicId; a: number; b: number }[];
}

/** Convenience for one account; in bulk, store `topicVectorFromDocument` results and compare those. */
export function buildLookalikeProfile(
  account: ScoringAccountInput,
  posts: readonly ScoringPostInput[],
  audience: AudienceProfileInput | null,
  now: Date,
): LookalikeProfile {
  return { topics: topicVectorFromDocument(buildProfileDocument(account, posts, now)), audience };
}

function isEmpty(v: TopicVector): boolean {
  for (const key in v) if ((v[key as TopicId] ?? 0) > 0) return false;
  return true;
}

export function lookalikeSimilarity(a: LookalikeProfile, b: LookalikeProfile): LookalikeResult {
  const topicSimilarity =
    isEmpty(a.topics) || isEmpty(b.topics)
      ? null
      : cosineSimilarity(a.topics as Record<string, number>, b.topics as Record<string, number>);
  const audienceByDimension: LookalikeResult['audienceByDimension'] = [];
  for (const dimension of AUDIENCE_DIMENSIONS) {
    const da = a.audience?.[dimension];
    const db = b.audience?.[dimension];
    if (da && db && Object.keys(da).length > 0 && Object.keys(db).length > 0) {
      audienceByDimension.push({ dimension, overlap: distributionOverlap(da, db) });
    }
  }
  const audienceOverlap =
    audienceByDimension.length > 0
      ? audienceByDimension.reduce((s, d) => s + d.overlap, 0) / audienceByDimension.length
      : null;
  let weight = 0;
  let total = 0;
  if (topicSimilarity !== null) {
    weight += LOOKALIKE_WEIGHTS.topics;
    total += LOOKALIKE_WEIGHTS.topics * topicSimilarity;
  }
  if (audienceOverlap !== null) {
    weight += LOOKALIKE_WEIGHTS.audience;
    total += LOOKALIKE_WEIGHTS.audience * audienceOverlap;
  }
  const sharedTopics = TOPIC_IDS.filter((t) => (a.topics[t] ?? 0) > 0 && (b.topics[t] ?? 0) > 0)
    .map((topic) => ({ topic, a: a.topics[topic] as number, b: b.topics[topic] as number }))
    .sort((x, y) => Math.min(y.a, y.b) - Math.min(x.a, x.b));
  return {
    score: weight > 0 ? Math.round((1000 * total) / weight) / 10 : null,
    topicSimilarity,
    audienceOverlap,
    audienceByDimension,
    sharedTopics,
  };
}
