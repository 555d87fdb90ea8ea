import { AudienceMatch, AudienceTarget, matchAudience } from './audience';
import { TOPIC_LEXICON_VERSION, TopicId } from './lexicon';
import {
  buildProfileDocument,
  DOCUMENT_FIELDS,
  DocumentField,
  ProfileDocument,
  TermStatistics,
} from './profile-document';
import {
  component,
  ConfidenceBuilder,
  roundScore,
  SCORING_METHOD_VERSION,
  ScoreComponent,
  ScoreFlag,
  ScoreResult,
} from './result';
import { isStopWord } from './text/language';
import { tokenize } from './text/normalize';
import { termKeys } from './text/stem';
import { keywordTopics, topicKeys } from './topic-index';
import { AudienceProfileInput, ScoringAccountInput, ScoringPostInput } from './types';

/**
 * Relevance of a creator to a brief: topic match (BM25F over bio, hashtags and captions with the bilingual
 * lexicon, plus the share of recent posts on the brief's topics), creator language/country, and the share of
 * the audience inside the brief's target cells.
 */

export interface RelevanceBrief {
  /** Free keywords in German or English ("Gewerkschaft", "#klimaschutz", "mental health"). */
  keywords?: readonly string[];
  /** Lexicon topics; each is expanded into all its words, hashtags and emoji as one concept. */
  topics?: readonly TopicId[];
  /** Wanted creator languages (ISO 639-1) and countries (ISO 3166-1 alpha-2). */
  languages?: readonly string[];
  countries?: readonly string[];
  audience?: AudienceTarget;
}

export interface RelevanceInput {
  account: ScoringAccountInput;
  posts?: readonly ScoringPostInput[];
  /** A prebuilt document (see buildProfileDocument); built from account and posts when absent. */
  document?: ProfileDocument;
  audience?: AudienceProfileInput | null;
}

export const RELEVANCE_WEIGHTS = { topic: 0.6, creator: 0.1, audience: 0.3 } as const;

export const BM25F = {
  k1: 1.2,
  b: 0.75,
  /** Bio states what the creator is about; hashtags are deliberate labels; captions are the noisiest. */
  fieldWeights: { bio: 3, hashtags: 2, captions: 1 } as Record<DocumentField, number>,
  /** Typical token counts (bio; hashtags and captions of 30 posts) used when no corpus statistics are given. */
  defaultFieldLengths: { bio: 15, hashtags: 60, captions: 300 } as Record<DocumentField, number>,
  /** A concept matched this often (weighted, length-normalised) counts as fully matched. */
  fullMatchTf: 4,
} as const;

/** Share of recent posts on the brief's topics at which the topic-share part is full. */
export const FULL_TOPIC_SHARE = 0.6;

export interface ConceptMatch {
  concept: string;
  kind: 'keyword' | 'topic';
  idf: number;
  /** Weighted, length-normalised term frequency (BM25F). */
  tf: number;
  /** Points (0–100 scale of the text part) this concept contributed. */
  contribution: number;
  matchedTerms: { term: string; field: DocumentField; count: number }[];
}

export interface RelevanceDetails {
  concepts: ConceptMatch[];
  matchedTerms: string[];
  targetTopics: TopicId[];
  topicShareOfPosts: number | null;
  bioOnTopic: boolean;
  creatorLanguage: string | null;
  creatorCountry: string | null;
  audience: AudienceMatch | null;
  lexiconVersion: string;
}

interface Concept {
  label: string;
  kind: 'keyword' | 'topic';
  keys: Set<string>;
}

function briefConcepts(brief: RelevanceBrief): { concepts: Concept[]; inferred: TopicId[] } {
  const concepts: Concept[] = [];
  const inferred = new Set<TopicId>();
  for (const keyword of brief.keywords ?? []) {
    const t = tokenize(keyword);
    const keys = new Set<string>();
    // Stop words never reach documents, so they are dropped from keywords too (unless that empties it).
    const words = t.words.some((w) => !isStopWord(w)) ? t.words.filter((w) => !isStopWord(w)) : t.words;
    for (const w of words) for (const k of termKeys(w)) keys.add(k);
    for (const h of t.hashtags) {
      keys.add(`#${h}`);
      for (const k of termKeys(h)) keys.add(k);
    }
    for (const e of t.emoji) keys.add(e);
    if (keys.size === 0) continue;
    concepts.push({ label: keyword, kind: 'keyword', keys });
    for (const topic of keywordTopics([...keys])) inferred.add(topic);
  }
  for (const topic of brief.topics ?? [])
    concepts.push({ label: topic, kind: 'topic', keys: topicKeys(topic) });
  return { concepts, inferred: [...inferred] };
}

function idfOf(concept: Concept, stats: TermStatistics | undefined): number {
  if (!stats || stats.documents === 0) return 1;
  let df = 0;
  for (const key of concept.keys) df = Math.max(df, stats.documentFrequency.get(key) ?? 0);
  const n = stats.documents;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

function saturate(tf: number): number {
  return (tf * (BM25F.k1 + 1)) / (tf + BM25F.k1);
}

function matchConcept(
  doc: ProfileDocument,
  concept: Concept,
  stats: TermStatistics | undefined,
): ConceptMatch {
  let tf = 0;
  const counts = new Map<string, { term: string; field: DocumentField; count: number }>();
  for (const field of DOCUMENT_FIELDS) {
    const tokens = doc.fields[field];
    let hits = 0;
    for (const token of tokens) {
      if (!token.keys.some((k) => concept.keys.has(k))) continue;
      hits++;
      const id = `${field}:${token.surface}`;
      const entry = counts.get(id);
      if (entry) entry.count++;
      else counts.set(id, { term: token.surface, field, count: 1 });
    }
    if (hits === 0) continue;
    const avg = stats?.averageFieldLength[field] || BM25F.defaultFieldLengths[field];
    tf += (BM25F.fieldWeights[field] * hits) / (1 - BM25F.b + (BM25F.b * tokens.length) / avg);
  }
  const matchedTerms = [...counts.values()].sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
  return {
    concept: concept.label,
    kind: concept.kind,
    idf: idfOf(concept, stats),
    tf,
    contribution: 0,
    matchedTerms,
  };
}

interface Part {
  name: 'topic' | 'creator' | 'audience';
  score: number;
  components: {
    name: string;
    raw: number | null;
    norm: number | null;
    share: number;
    score: number;
    note?: string;
  }[];
}

function topicPart(doc: ProfileDocument, brief: RelevanceBrief, stats: TermStatistics | undefined) {
  const { concepts, inferred } = briefConcepts(brief);
  const targetTopics = [...new Set([...(brief.topics ?? []), ...inferred])];
  const matches = concepts.map((c) => matchConcept(doc, c, stats));
  let idfSum = 0;
  for (const m of matches) idfSum += m.idf;
  let text = 0;
  for (const m of matches) {
    m.contribution =
      idfSum > 0 ? (100 * m.idf * Math.min(1, saturate(m.tf) / saturate(BM25F.fullMatchTf))) / idfSum : 0;
    text += m.contribution;
  }
  const onTopic = (topics: readonly TopicId[]) => topics.some((t) => targetTopics.includes(t));
  const postsOnTopic = doc.postTopics.filter(onTopic).length;
  const share = doc.postsAnalysed > 0 ? postsOnTopic / doc.postsAnalysed : null;
  const bioOnTopic = onTopic(doc.bioTopics);
  const part: Part | null = concepts.length === 0 ? null : { name: 'topic', score: text, components: [] };
  if (part) {
    const useShare = targetTopics.length > 0;
    const shareScore = share === null ? (bioOnTopic ? 100 : 0) : 100 * Math.min(1, share / FULL_TOPIC_SHARE);
    part.components.push({
      name: 'topic_text_bm25f',
      raw: text / 100,
      norm: null,
      share: useShare ? 0.5 : 1,
      score: text,
    });
    if (useShare) {
      part.components.push({
        name: 'topic_share_of_posts',
        raw: share,
        norm: FULL_TOPIC_SHARE,
        share: 0.5,
        score: shareScore,
      });
      part.score = 0.5 * text + 0.5 * shareScore;
    }
  }
  return { part, matches, targetTopics, share, bioOnTopic };
}

function creatorPart(account: ScoringAccountInput, doc: ProfileDocument, brief: RelevanceBrief) {
  const language = account.language?.toLowerCase() ?? doc.detectedLanguage;
  const country = account.country?.toUpperCase() ?? null;
  const items: Part['components'] = [];
  const missing: string[] = [];
  if (brief.languages && brief.languages.length > 0) {
    if (language === null) missing.push('creator language unknown');
    else {
      const ok = brief.languages.some((l) => l.toLowerCase() === language);
      items.push({
        name: 'creator_language',
        raw: ok ? 1 : 0,
        norm: 1,
        share: 0,
        score: ok ? 100 : 0,
        note: language,
      });
    }
  }
  if (brief.countries && brief.countries.length > 0) {
    if (country === null) missing.push('creator country unknown');
    else {
      const ok = brief.countries.some((c) => c.toUpperCase() === country);
      items.push({
        name: 'creator_country',
        raw: ok ? 1 : 0,
        norm: 1,
        share: 0,
        score: ok ? 100 : 0,
        note: country,
      });
    }
  }
  for (const item of items) item.share = 1 / items.length;
  const part: Part | null =
    items.length === 0
      ? null
      : { name: 'creator', score: items.reduce((s, i) => s + i.share * i.score, 0), components: items };
  return { part, language, country, missing };
}

function audiencePart(input: RelevanceInput, brief: RelevanceBrief) {
  if (!brief.audience || Object.values(brief.audience).every((v) => !v || v.length === 0))
    return { part: null, match: null };
  const match = matchAudience(input.audience, brief.audience);
  const known = match.dimensions.filter((d) => d.shareInTarget !== null);
  if (known.length === 0) return { part: null, match };
  const components = known.map((d) => ({
    name: `audience_${d.dimension}`,
    raw: d.shareInTarget,
    norm: null,
    share: 1 / known.length,
    score: 100 * (d.shareInTarget as number),
    note: d.target.join(', '),
  }));
  return {
    part: { name: 'audience', score: 100 * (match.averageShare as number), components } as Part,
    match,
  };
}

export function scoreRelevance(
  input: RelevanceInput,
  brief: RelevanceBrief,
  now: Date,
  stats?: TermStatistics,
): ScoreResult<RelevanceDetails> {
  const doc = input.document ?? buildProfileDocument(input.account, input.posts ?? [], now);
  const topic = topicPart(doc, brief, stats);
  const creator = creatorPart(input.account, doc, brief);
  const audience = audiencePart(input, brief);
  const confidence = new ConfidenceBuilder();
  const hasText = DOCUMENT_FIELDS.some((f) => doc.fields[f].length > 0);
  const topicPartUsable = topic.part !== null && hasText;
  if (topic.part && !hasText)
    confidence.atMost('low', 'no bio, captions or hashtags to match topics against');
  else if (topic.part && doc.postsAnalysed < 6) confidence.atMost('low', 'fewer than 6 posts');
  if (brief.audience && !audience.part)
    confidence.atMost('medium', 'no audience data for the targeted dimensions');
  const sampleSize = input.audience?.sampleSize;
  if (audience.part && sampleSize != null && sampleSize < 100) {
    confidence.atMost('medium', `audience estimated from ${sampleSize} followers`);
  }
  for (const reason of creator.missing) confidence.atMost('medium', reason);

  const parts = [topicPartUsable ? topic.part : null, creator.part, audience.part].filter(
    (p): p is Part => p !== null,
  );
  let totalWeight = 0;
  for (const p of parts) totalWeight += RELEVANCE_WEIGHTS[p.name];
  const components: ScoreComponent[] = [];
  let score = 0;
  for (const p of parts) {
    const w = RELEVANCE_WEIGHTS[p.name] / totalWeight;
    score += w * p.score;
    for (const c of p.components)
      components.push(component(c.name, c.raw, c.norm, w * c.share, w * c.share * c.score, c.note));
  }
  const flags: ScoreFlag[] = [];
  const avg = audience.match?.averageShare ?? null;
  if (avg !== null && avg < 0.2) {
    flags.push({
      code: 'audience_outside_target',
      severity: 'info',
      message: `Only ${Math.round(avg * 100)}% of the audience falls in the brief's target cells.`,
      evidence: { averageShare: avg },
    });
  }
  const matchedTerms = [...new Set(topic.matches.flatMap((m) => m.matchedTerms.map((t) => t.term)))];
  return {
    score: parts.length === 0 ? null : roundScore(score),
    components,
    flags,
    confidence:
      parts.length === 0
        ? {
            level: 'insufficient_data',
            reasons: ['nothing in the brief could be compared with this creator'],
          }
        : confidence.build(),
    computedAt: now.toISOString(),
    benchmarkVersion: TOPIC_LEXICON_VERSION,
    methodVersion: SCORING_METHOD_VERSION,
    details: {
      concepts: topic.matches,
      matchedTerms,
      targetTopics: topic.targetTopics,
      topicShareOfPosts: topic.share,
      bioOnTopic: topic.bioOnTopic,
      creatorLanguage: creator.language,
      creatorCountry: creator.country,
      audience: audience.match,
      lexiconVersion: TOPIC_LEXICON_VERSION,
    },
  };
}
