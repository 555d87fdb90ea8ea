import { DomainError } from '@fitscout/common';
import {
  buildEngagementBenchmark,
  type BenchmarkRow,
  type EngagementBenchmark,
  type Platform,
  deriveAccountFeatures,
  publishedBenchmark,
  scoreAccountFeatures,
  type ScoreResult,
} from '@fitscout/scoring';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { loadAccountsById } from './account-data';
import { EngagementBenchmarkEntity } from './entities/engagement-benchmark.entity';
import {
  loadFeatureChunk,
  loadStaleChunk,
  loadStoredRows,
  type ScoreRow,
  storeDerived,
  storeScoresOnly,
} from './score-store';

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

  private readonly benchmarks = new Map<string, EngagementBenchmark>();

  constructor(private readonly dataSource: DataSource) {}

  /** The active catalogue benchmark, or the published table alone before one has been built. */
  async activeBenchmark(): Promise<EngagementBenchmark> {
    const row = await this.dataSource
      .getRepository(EngagementBenchmarkEntity)
      .findOne({ where: { active: true } });
    return row?.data ?? publishedBenchmark();
  }

  /**
   * Re-derives the features of the given accounts from their data and scores them: the path for accounts whose
   * posts, metrics or follower sample just changed.
   */
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
      await this.deriveAndStore(unique.slice(i, i + chunkSize), benchmark, now, tally);
    }
    return report(tally, benchmark, started);
  }

  /**
   * The whole catalogue in id order (keyset chunks, flat memory). Accounts whose stored features are still
   * derived from their current data are only re-scored against the benchmark (no posts loaded); the others are
   * re-derived first. Loading chunk n+1 overlaps with scoring and storing chunk n.
   */
  async recomputeAll(options: RecomputeOptions = {}): Promise<RecomputeReport> {
    const started = performance.now();
    const now = options.now ?? new Date();
    const chunkSize = options.chunkSize ?? SCORE_CHUNK_SIZE;
    const benchmark = await this.activeBenchmark();
    const tally = emptyTally();
    let next = loadFeatureChunk(this.dataSource, null, chunkSize);
    for (;;) {
      const chunk = await next;
      if (chunk.length === 0) break;
      const afterId = chunk[chunk.length - 1].accountId;
      next =
        chunk.length < chunkSize
          ? Promise.resolve([])
          : loadFeatureChunk(this.dataSource, afterId, chunkSize);
      // A failing prefetch surfaces when awaited on the next turn; mark it handled so Node does not abort first.
      next.catch(() => undefined);
      const stale: string[] = [];
      const rows: ScoreRow[] = [];
      for (const { accountId, features } of chunk) {
        if (features === null) stale.push(accountId);
        else
          rows.push({
            accountId,
            scores: scoreAccountFeatures(features, benchmark, now),
            benchmarkVersion: benchmark.version,
          });
      }
      count(tally, rows);
      await Promise.all([
        storeScoresOnly(this.dataSource, rows, now),
        this.deriveAndStore(stale, benchmark, now, tally),
      ]);
    }
    const result = report(tally, benchmark, started);
    this.logger.log(`recomputed ${result.accounts} accounts at ${result.accountsPerSecond} accounts/s`);
    return result;
  }

  /**
   * Scores exactly the accounts whose data changed since they were last scored (or were never scored): what runs
   * after an import and on a short schedule in the worker, so scores follow data changes without a full re-score.
   */
  async recomputeStale(options: RecomputeOptions = {}): Promise<RecomputeReport> {
    const started = performance.now();
    const now = options.now ?? new Date();
    const chunkSize = options.chunkSize ?? SCORE_CHUNK_SIZE;
    const benchmark = await this.activeBenchmark();
    const tally = emptyTally();
    let afterId: string | null = null;
    for (;;) {
      const { lastId, stale }: { lastId: string | null; stale: string[] } = await loadStaleChunk(
        this.dataSource,
        afterId,
        chunkSize,
      );
      if (lastId === null) break;
      await this.deriveAndStore(stale, benchmark, now, tally);
      afterId = lastId;
    }
    return report(tally, benchmark, started);
  }

  private async deriveAndStore(
    accountIds: readonly string[],
    benchmark: EngagementBenchmark,
    now: Date,
    tally: Tally,
  ): Promise<void> {
    if (accountIds.length === 0) return;
    const data = await loadAccountsById(this.dataSource, accountIds);
    const rows: ScoreRow[] = data.map((d) => {
      const features = deriveAccountFeatures(d.input, now);
      return {
        accountId: d.accountId,
        scores: scoreAccountFeatures(features, benchmark, now),
        benchmarkVersion: benchmark.version,
        derived: { features, sourceVersion: d.sourceVersion },
      };
    });
    count(tally, rows);
    await storeDerived(this.dataSource, rows, now);
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

  /**
   * Stored scores by account id (accounts never scored are absent), with their explanations re-derived from the
   * stored features, the benchmark version they used and their computedAt: scoring is pure, so this reproduces
   * exactly what was computed.
   */
  async storedScores(accountIds: readonly string[]): Promise<Map<string, StoredScores>> {
    const rows = await loadStoredRows(this.dataSource, accountIds);
    const out = new Map<string, StoredScores>();
    for (const row of rows) {
      const benchmark = await this.benchmarkVersion(row.benchmark_version);
      const scores = scoreAccountFeatures(row.features, benchmark, row.computed_at);
      out.set(row.account_id, {
        accountId: row.account_id,
        engagement: scores.engagement,
        authenticity: scores.authenticity,
        benchmarkVersion: row.benchmark_version,
        computedAt: row.computed_at,
      });
    }
    return out;
  }

  /** Benchmark versions never change once written, so they are cached for the life of the process. */
  private async benchmarkVersion(version: string): Promise<EngagementBenchmark> {
    const cached = this.benchmarks.get(version);
    if (cached) return cached;
    const published = publishedBenchmark();
    const row =
      version === published.version
        ? null
        : await this.dataSource.getRepository(EngagementBenchmarkEntity).findOne({ where: { version } });
    if (version !== published.version && !row) throw new Error(`benchmark ${version} is missing`);
    const benchmark = row?.data ?? published;
    this.benchmarks.set(version, benchmark);
    return benchmark;
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
}

export interface InfluencerScores {
  influencerId: string;
  accounts: { accountId: string; platform: Platform; handle: string; scores: StoredScores | null }[];
}

function count(tally: Tally, rows: readonly ScoreRow[]): void {
  for (const { scores } of rows) {
    tally.accounts++;
    if (scores.engagement.score === null) tally.engagementNull++;
    else tally.engagement++;
    if (scores.authenticity.score === null) tally.authenticityNull++;
    else tally.authenticity++;
  }
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
