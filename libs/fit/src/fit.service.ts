import { DomainError, ErrorCode } from '@fitscout/common';
import {
  buildProfileDocument,
  buildTermStatistics,
  type Confidence,
  type FitDetails,
  lookalikeSimilarity,
  type LookalikeResult,
  type Platform,
  type ProfileDocument,
  type RelevanceDetails,
  scoreFit,
  scoreRelevance,
  type ScoreFlag,
  type ScoreResult,
  type TermStatistics,
  topicVectorFromDocument,
} from '@fitscout/scoring';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type AccountData, loadAccountsById, loadAccountsOfInfluencers } from './account-data';
import { type FitBrief, type FitRequestOptions, toRelevanceBrief } from './brief';
import { ScoreService, type StoredScores } from './score.service';

/** Below this many documents corpus IDF is noise; BM25F then uses its documented default (idf = 1). */
const MIN_DOCS_FOR_IDF = 10;
/** Lookalike candidates compared in full per request (accounts sharing country or categories). */
export const LOOKALIKE_CANDIDATES = 2000;

export interface AccountRef {
  accountId: string;
  platform: Platform;
  handle: string;
}

export interface FitEntry {
  influencerId: string;
  displayName: string;
  /** The creator's best-fitting active account; null when the creator has none. */
  account: AccountRef | null;
  fit: ScoreResult<FitDetails> | null;
  relevance: ScoreResult<RelevanceDetails> | null;
  otherAccounts: (AccountRef & { score: number | null; eligible: boolean })[];
}

export interface LookalikeEntry {
  influencerId: string;
  displayName: string;
  account: AccountRef & { followers: number };
  similarity: LookalikeResult;
}

interface AccountFit {
  data: AccountData;
  fit: ScoreResult<FitDetails>;
  relevance: ScoreResult<RelevanceDetails>;
}

const ref = (d: AccountData): AccountRef => ({
  accountId: d.accountId,
  platform: d.input.account.platform,
  handle: d.handle,
});

/** Eligible first, then by fit score, null scores last. */
function compareFits(a: ScoreResult<FitDetails>, b: ScoreResult<FitDetails>): number {
  if (a.details.eligible !== b.details.eligible) return a.details.eligible ? -1 : 1;
  return (b.score ?? -1) - (a.score ?? -1);
}

function missingScore(now: Date): ScoreResult<unknown> {
  const confidence: Confidence = { level: 'insufficient_data', reasons: ['no stored score'] };
  const flags: ScoreFlag[] = [];
  return {
    score: null,
    components: [],
    flags,
    confidence,
    computedAt: now.toISOString(),
    benchmarkVersion: null,
    methodVersion: 'none',
    details: null,
  };
}

/**
 * Fit of creators to a brief and lookalikes of a creator, both over the public catalogue. Engagement and
 * authenticity come from the stored scores (computed on demand when missing); relevance depends on the brief
 * and is computed per request.
 */
@Injectable()
export class FitService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scores: ScoreService,
  ) {}

  /**
   * `organisationId` is taken for symmetry with tenant services and future per-organisation briefs; nothing
   * tenant-owned is read or written here.
   */
  async fitFor(
    organisationId: string,
    influencerIds: readonly string[],
    brief: FitBrief,
    options: FitRequestOptions = {},
  ): Promise<FitEntry[]> {
    void organisationId;
    const now = options.now ?? new Date();
    const ids = [...new Set(influencerIds)];
    const names = await this.displayNames(ids);
    const unknown = ids.filter((id) => !names.has(id));
    if (unknown.length > 0) {
      throw new DomainError(ErrorCode.NotFound, `Influencer(s) not found: ${unknown.join(', ')}.`, {
        extensions: { resource: 'Influencer', unknownIds: unknown },
      });
    }
    const accounts = await loadAccountsOfInfluencers(this.dataSource, ids, {
      withText: true,
      withSample: false,
    });
    const stored = await this.ensureScores(accounts.map((a) => a.accountId));
    const relevanceBrief = toRelevanceBrief(brief);
    const documents = accounts.map((a) => buildProfileDocument(a.input.account, a.input.posts, now));
    const stats: TermStatistics | undefined =
      documents.length >= MIN_DOCS_FOR_IDF ? buildTermStatistics(documents) : undefined;

    const byInfluencer = new Map<string, AccountFit[]>();
    accounts.forEach((data, i) => {
      const relevance = scoreRelevance(
        { account: data.input.account, document: documents[i], audience: data.audience },
        relevanceBrief,
        now,
        stats,
      );
      const s = stored.get(data.accountId);
      const fit = scoreFit(
        {
          relevance,
          engagement: s?.engagement ?? missingScore(now),
          authenticity: s?.authenticity ?? missingScore(now),
        },
        now,
        { weights: options.weights, filters: options.filters },
      );
      const list = byInfluencer.get(data.influencerId) ?? [];
      list.push({ data, fit, relevance });
      byInfluencer.set(data.influencerId, list);
    });

    const entries = ids.map((influencerId): FitEntry => {
      const fits = (byInfluencer.get(influencerId) ?? []).sort((a, b) => compareFits(a.fit, b.fit));
      const [best, ...rest] = fits;
      return {
        influencerId,
        displayName: names.get(influencerId) as string,
        account: best ? ref(best.data) : null,
        fit: best?.fit ?? null,
        relevance: best?.relevance ?? null,
        otherAccounts: rest.map((f) => ({
          ...ref(f.data),
          score: f.fit.score,
          eligible: f.fit.details.eligible,
        })),
      };
    });
    return entries.sort((a, b) => {
      if (!a.fit || !b.fit) return a.fit ? -1 : b.fit ? 1 : 0;
      return compareFits(a.fit, b.fit);
    });
  }

  /**
   * Creators with similar topics and audience. Candidates are active accounts sharing the creator's country or
   * a category, the closest in size first, capped at LOOKALIKE_CANDIDATES; each is compared in full.
   */
  async lookalikes(influencerId: string, limit: number, now = new Date()): Promise<LookalikeEntry[]> {
    const [creator]: { country: string | null; categories: string[] }[] = await this.dataSource.query(
      'SELECT country, categories FROM influencers WHERE id = $1',
      [influencerId],
    );
    if (!creator) throw DomainError.notFound('Influencer');
    const own = await loadAccountsOfInfluencers(this.dataSource, [influencerId], {
      withText: true,
      withSample: false,
    });
    if (own.length === 0) return [];
    const seed = this.seedProfile(own, now);

    const candidateRows: { id: string }[] = await this.dataSource.query(
      `SELECT a.id FROM platform_accounts a
        WHERE a.status = 'active' AND a.influencer_id <> $1
          AND (a.country = $2 OR a.categories && $3::varchar[])
        ORDER BY abs(ln(greatest(a.followers, 1)) - ln($4)), a.id
        LIMIT $5`,
      [
        influencerId,
        creator.country,
        creator.categories,
        Math.max(own[0].input.account.followers, 1),
        LOOKALIKE_CANDIDATES,
      ],
    );
    const candidates = await loadAccountsById(
      this.dataSource,
      candidateRows.map((r) => r.id),
      { withText: true, withSample: false },
    );
    const best = new Map<string, { data: AccountData; similarity: LookalikeResult }>();
    for (const data of candidates) {
      const doc = buildProfileDocument(data.input.account, data.input.posts, now);
      const similarity = lookalikeSimilarity(seed, {
        topics: topicVectorFromDocument(doc),
        audience: data.audience,
      });
      if (similarity.score === null) continue;
      const current = best.get(data.influencerId);
      if (!current || (current.similarity.score ?? 0) < similarity.score) {
        best.set(data.influencerId, { data, similarity });
      }
    }
    const ranked = [...best.values()]
      .sort(
        (a, b) =>
          (b.similarity.score ?? 0) - (a.similarity.score ?? 0) ||
          (a.data.accountId < b.data.accountId ? -1 : 1),
      )
      .slice(0, limit);
    const names = await this.displayNames(ranked.map((r) => r.data.influencerId));
    return ranked.map((r) => ({
      influencerId: r.data.influencerId,
      displayName: names.get(r.data.influencerId) ?? '',
      account: { ...ref(r.data), followers: r.data.input.account.followers },
      similarity: r.similarity,
    }));
  }

  /** Topics from the posts of all the creator's accounts; audience of the largest account. */
  private seedProfile(own: readonly AccountData[], now: Date) {
    const main = own[0];
    const posts = own.flatMap((a) => a.input.posts);
    const doc: ProfileDocument = buildProfileDocument(main.input.account, posts, now);
    return { topics: topicVectorFromDocument(doc), audience: main.audience };
  }

  private async ensureScores(accountIds: readonly string[]): Promise<Map<string, StoredScores>> {
    const stored = await this.scores.storedScores(accountIds);
    const missing = accountIds.filter((id) => !stored.has(id));
    if (missing.length > 0) {
      // Scores are public catalogue data; computing the missing ones here also stores them for the next reader.
      // Only those are read back: explanations are re-derived on read, so re-reading all would do it twice.
      await this.scores.recomputeAccounts(missing);
      for (const [id, scores] of await this.scores.storedScores(missing)) stored.set(id, scores);
    }
    return stored;
  }

  private async displayNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; display_name: string }[] = await this.dataSource.query(
      'SELECT id, display_name FROM influencers WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.display_name]));
  }
}
