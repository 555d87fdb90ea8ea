import { DomainError } from '@fitscout/common';
import {
  buildEngagementBenchmark,
  type BenchmarkRow,
  type EngagementBenchmark,
  type Platform,
  publishedBenchmark,
  scoreAccounts,
  type ScoreResult,
} from '@fitscout/scoring';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type AccountData, loadAccountChunk, loadAccountsById } from './account-data';
import { AccountScoreEntity } from './entities/account-score.entity';
import { EngagementBenchmarkEntity } from './entities/engagement-benchmark.entity';

/** ~1,000 accounts per chunk keeps the json aggregation under a few MB and one upsert statement per chunk. */
export const SCORE_CHUNK_SIZE = 1000;

export interface RecomputeReport {
  accounts: number;
  scored: { engagement: number; authenticity: number };
  insufficientData: { engagement: number; authenticity: number };
  benchmarkVersion: string;
  durationMs: number;
  accountsPerSecond: number;
}

export interface BenchmarkReport {
  version: string;
  builtAt: string;
  accountCount: number;
  buckets: number;
}

export interface RecomputeOptions {
  now?: Date;
  chunkSize?: number;
}

export interface StoredScores {
  accountId: string;
  engagement: ScoreResult<unknown>;
  authenticity: ScoreResult<unknown>;
  benchmarkVersion: string | null;
  computedAt: Date;
}

interface Tally {
  accounts: number;
  engagement: number;
  authenticity: number;
  engagementNull: number;
  authenticityNull: number;
}

/**
 * Engagement and authenticity scores of the public catalogue: computes them with the active benchmark and
 * stores them in `account_scores`. No HTTP assumptions; the API, the CLI and the workers call it.
 */
@Injectable()
export class ScoreService {
  private readonly logger = new Logger(ScoreService.name);

  constructor(private readonly dataSource: DataSource) {}

  /** The active catalogue benchmark, or the published table alone before one has been built. */
  async activeBenchmark(): Promise<EngagementBenchmark> {
    const row = await this.dataSource
      .getRepository(EngagementBenchmarkEntity)
      .findOne({ where: { active: true } });
    return row?.data ?? publishedBenchmark();
  }

  async recomputeAccounts(
    accountIds: readonly string[],
    options: RecomputeOptions = {},
  ): Promise<RecomputeReport> {
    const started = performance.now();
    const now = options.now ?? new Date();
    const chunkSize = options.chunkSize ?? SCORE_CHUNK_SIZE;
    const benchmark = await this.activeBenchmark();
    const tally = emptyTally();
    const unique = [...new Set(accountIds)];
    for (let i = 0; i < unique.length; i += chunkSize) {
      const data = await loadAccountsById(this.dataSource, unique.slice(i, i + chunkSize));
      await this.store(scoreChunk(data, benchmark, now, tally), now);
    }
    return report(tally, benchmark, started);
  }

  /** The whole catalogue in id order (keyset chunks), so memory stays flat however large it grows. */
  async recomputeAll(options: RecomputeOptions = {}): Promise<RecomputeReport> {
    const started = performance.now();
    const now = options.now ?? new Date();
    const chunkSize = options.chunkSize ?? SCORE_CHUNK_SIZE;
    const benchmark = await this.activeBenchmark();
    const tally = emptyTally();
    let afterId: string | null = null;
    // Three stages overlap: PostgreSQL loads chunk n+1 and stores chunk n-1 while Node scores chunk n.
    let next = loadAccountChunk(this.dataSource, afterId, chunkSize);
    let storing: Promise<void> = Promise.resolve();
    for (;;) {
      const data = await next;
      if (data.length === 0) break;
      afterId = data[data.length - 1].accountId;
      next =
        data.length < chunkSize ? Promise.resolve([]) : loadAccountChunk(this.dataSource, afterId, chunkSize);
      // A failing prefetch surfaces when awaited on the next turn; mark it handled so Node does not abort first.
      next.catch(() => undefined);
      const payload = scoreChunk(data, benchmark, now, tally);
      await storing;
      storing = this.store(payload, now);
      storing.catch(() => undefined);
    }
    await storing;
    const result = report(tally, benchmark, started);
    this.logger.log(`recomputed ${result.accounts} accounts at ${result.accountsPerSecond} accounts/s`);
    return result;
  }

  /**
   * Builds a new benchmark version from the engagement rates stored on the catalogue's accounts, stores it and
   * makes it the active one. Earlier versions stay, so older scores keep naming a distribution that exists.
   */
  async rebuildBenchmark(options: { now?: Date; minBucketSize?: number } = {}): Promise<BenchmarkReport> {
    const now = options.now ?? new Date();
    const rows: { platform: Platform; followers: number; er: number; lpc: number | null }[] =
      await this.dataSource.query(
        `SELECT platform, followers, engagement_rate AS er,
                (engagement ->> 'likesPerComment')::float8 AS lpc
           FROM platform_accounts
          WHERE engagement_rate IS NOT NULL AND status = 'active'`,
      );
    const benchmarkRows: BenchmarkRow[] = rows.map((r) => ({
      platform: r.platform,
      followers: r.followers,
      engagementRate: r.er,
      likesPerComment: r.lpc,
    }));
    return this.dataSource.transaction(async (manager) => {
      // Serialises concurrent rebuilds so version numbers and the single active row stay consistent.
      await manager.query('LOCK TABLE engagement_benchmarks IN SHARE ROW EXCLUSIVE MODE');
      const [{ n }]: { n: number }[] = await manager.query(
        'SELECT count(*)::int AS n FROM engagement_benchmarks',
      );
      const version = `catalogue-${now.toISOString().slice(0, 10).replace(/-/g, '')}.${n + 1}`;
      const data = buildEngagementBenchmark(benchmarkRows, {
        version,
        now,
        minBucketSize: options.minBucketSize,
      });
      await manager.query('UPDATE engagement_benchmarks SET active = false WHERE active');
      await manager.getRepository(EngagementBenchmarkEntity).insert({
        version,
        builtAt: now,
        accountCount: benchmarkRows.length,
        data,
        active: true,
      });
      return {
        version,
        builtAt: now.toISOString(),
        accountCount: benchmarkRows.length,
        buckets: Object.keys(data.buckets).length,
      };
    });
  }

  /** Stored scores by account id (accounts never scored are absent). */
  async storedScores(accountIds: readonly string[]): Promise<Map<string, StoredScores>> {
    if (accountIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(AccountScoreEntity)
      .createQueryBuilder('s')
      .where('s.account_id = ANY(:ids::uuid[])', { ids: accountIds })
      .getMany();
    return new Map(rows.map((r) => [r.accountId, r]));
  }

  /** Every account of the creator with its stored scores (or null where none is stored yet). */
  async scoresOfInfluencer(influencerId: string): Promise<InfluencerScores> {
    const accounts: { id: string; platform: Platform; handle: string }[] = await this.dataSource.query(
      `SELECT a.id, a.platform, a.handle FROM platform_accounts a
        WHERE a.influencer_id = $1 ORDER BY a.followers DESC, a.id`,
      [influencerId],
    );
    if (accounts.length === 0) {
      const exists = await this.dataSource.query('SELECT 1 FROM influencers WHERE id = $1', [influencerId]);
      if (exists.length === 0) throw DomainError.notFound('Influencer');
    }
    const stored = await this.storedScores(accounts.map((a) => a.id));
    return {
      influencerId,
      accounts: accounts.map((a) => ({
        accountId: a.id,
        platform: a.platform,
        handle: a.handle,
        scores: stored.get(a.id) ?? null,
      })),
    };
  }

  private async store(payload: string | null, now: Date): Promise<void> {
    if (payload === null) return;
    // One statement per chunk: the rows travel as one JSON parameter and are unpacked server-side.
    // The join drops accounts deleted since they were loaded (the FK would otherwise fail the whole chunk).
    // The authenticity score is copied onto the account (same statement) so discovery can filter and sort on it.
    await this.dataSource.query(
      `WITH stored AS (
       INSERT INTO account_scores AS s (account_id, engagement_score, authenticity_score, engagement, authenticity,
              engagement_confidence, authenticity_confidence, benchmark_version, computed_at, updated_at)
       SELECT r.a, r.es, r."as", r.e, r.au, r.ec, r.ac, r.bv, $2::timestamptz, now()
         FROM jsonb_to_recordset($1::jsonb) AS r(a uuid, es real, "as" real, e jsonb, au jsonb, ec varchar,
              ac varchar, bv varchar)
         JOIN platform_accounts pa ON pa.id = r.a
       ON CONFLICT (account_id) DO UPDATE SET
              engagement_score = excluded.engagement_score, authenticity_score = excluded.authenticity_score,
              engagement = excluded.engagement, authenticity = excluded.authenticity,
              engagement_confidence = excluded.engagement_confidence,
              authenticity_confidence = excluded.authenticity_confidence,
              benchmark_version = excluded.benchmark_version, computed_at = excluded.computed_at,
              updated_at = excluded.updated_at
       RETURNING s.account_id, s.authenticity_score)
       UPDATE platform_accounts a SET authenticity_score = stored.authenticity_score
         FROM stored WHERE a.id = stored.account_id AND a.authenticity_score IS DISTINCT FROM stored.authenticity_score`,
      [payload, now.toISOString()],
    );
  }
}

export interface InfluencerScores {
  influencerId: string;
  accounts: { accountId: string; platform: Platform; handle: string; scores: StoredScores | null }[];
}

/** Scores one chunk and serialises the rows for the upsert; null for an empty chunk. */
function scoreChunk(
  data: readonly AccountData[],
  benchmark: EngagementBenchmark,
  now: Date,
  tally: Tally,
): string | null {
  if (data.length === 0) return null;
  const results = scoreAccounts(
    data.map((d) => d.input),
    benchmark,
    now,
  );
  const rows = results.map((r, i) => {
    tally.accounts++;
    if (r.engagement.score === null) tally.engagementNull++;
    else tally.engagement++;
    if (r.authenticity.score === null) tally.authenticityNull++;
    else tally.authenticity++;
    return {
      a: data[i].accountId,
      es: r.engagement.score,
      as: r.authenticity.score,
      e: r.engagement,
      au: r.authenticity,
      ec: r.engagement.confidence.level,
      ac: r.authenticity.confidence.level,
      bv: r.engagement.benchmarkVersion ?? r.authenticity.benchmarkVersion,
    };
  });
  return JSON.stringify(rows);
}

function emptyTally(): Tally {
  return { accounts: 0, engagement: 0, authenticity: 0, engagementNull: 0, authenticityNull: 0 };
}

function report(tally: Tally, benchmark: EngagementBenchmark, started: number): RecomputeReport {
  const durationMs = Math.round(performance.now() - started);
  return {
    accounts: tally.accounts,
    scored: { engagement: tally.engagement, authenticity: tally.authenticity },
    insufficientData: { engagement: tally.engagementNull, authenticity: tally.authenticityNull },
    benchmarkVersion: benchmark.version,
    durationMs,
    accountsPerSecond: durationMs > 0 ? Math.round((tally.accounts * 1000) / durationMs) : tally.accounts,
  };
}
