import {
  LIKES_PER_COMMENT_FALLBACK,
  PUBLISHED_BENCHMARK_TABLE,
  PUBLISHED_BENCHMARK_VERSION,
  PUBLISHED_SIGMA,
} from './benchmark-table';
import { inverseNormalCdf, normalCdf, percentileFromQuantiles, quantileSorted } from './stats';
import { FollowerBucket, followerBucket } from './tiers';
import { Platform } from './types';

/**
 * Versioned ER benchmarks per (platform, follower bucket). Built from our own catalogue where a bucket holds
 * enough accounts; otherwise the published table is used, and the score says so in its benchmark version.
 */

export type BenchmarkDistribution =
  | { kind: 'empirical'; /** 101 quantiles, q[0] = min … q[100] = max */ quantiles: readonly number[] }
  | { kind: 'lognormal'; median: number; sigma: number };

export type BenchmarkSource = 'catalogue' | 'published' | 'published-brand-proxy';

export interface BenchmarkBucket {
  platform: Platform;
  bucket: FollowerBucket;
  source: BenchmarkSource;
  /** Accounts behind the distribution; `null` for published values. */
  sampleSize: number | null;
  engagementRate: BenchmarkDistribution;
  /** Likes per comment (median per account); `null` when the bucket had too few accounts with comments. */
  likesPerComment: BenchmarkDistribution | null;
  reference: string;
}

export interface EngagementBenchmark {
  version: string;
  builtAt: string | null;
  minBucketSize: number;
  /** Keyed by `${platform}:${bucket}`; only buckets with at least `minBucketSize` accounts. */
  buckets: Readonly<Record<string, BenchmarkBucket>>;
}

export interface BenchmarkRow {
  platform: Platform;
  followers: number;
  /** The account's median ER by followers (EngagementBasics.engagementRate). */
  engagementRate: number | null;
  likesPerComment?: number | null;
}

export interface BuildBenchmarkOptions {
  version: string;
  now: Date;
  /** Below this many accounts a bucket's tails are noise; 100 gives a usable 5th/95th percentile. */
  minBucketSize?: number;
}

export const DEFAULT_MIN_BUCKET_SIZE = 100;

export function benchmarkKey(platform: Platform, bucket: FollowerBucket): string {
  return `${platform}:${bucket}`;
}

function quantiles101(values: number[]): number[] {
  values.sort((a, b) => a - b);
  const out = new Array<number>(101);
  for (let i = 0; i <= 100; i++) out[i] = quantileSorted(values, i / 100);
  return out;
}

/** Builds a catalogue benchmark. Rows without a finite, non-negative ER are ignored. */
export function buildEngagementBenchmark(
  rows: readonly BenchmarkRow[],
  options: BuildBenchmarkOptions,
): EngagementBenchmark {
  const minBucketSize = options.minBucketSize ?? DEFAULT_MIN_BUCKET_SIZE;
  const groups = new Map<
    string,
    { platform: Platform; bucket: FollowerBucket; er: number[]; lpc: number[] }
  >();
  for (const row of rows) {
    const er = row.engagementRate;
    if (er === null || !Number.isFinite(er) || er < 0 || !(row.followers > 0)) continue;
    const bucket = followerBucket(row.followers);
    const key = benchmarkKey(row.platform, bucket);
    let group = groups.get(key);
    if (!group) {
      group = { platform: row.platform, bucket, er: [], lpc: [] };
      groups.set(key, group);
    }
    group.er.push(er);
    const lpc = row.likesPerComment;
    if (lpc != null && Number.isFinite(lpc) && lpc > 0) group.lpc.push(lpc);
  }
  const buckets: Record<string, BenchmarkBucket> = {};
  for (const key of [...groups.keys()].sort()) {
    const g = groups.get(key)!;
    if (g.er.length < minBucketSize) continue;
    buckets[key] = {
      platform: g.platform,
      bucket: g.bucket,
      source: 'catalogue',
      sampleSize: g.er.length,
      engagementRate: { kind: 'empirical', quantiles: quantiles101(g.er) },
      likesPerComment:
        g.lpc.length >= minBucketSize ? { kind: 'empirical', quantiles: quantiles101(g.lpc) } : null,
      reference: `catalogue ${options.version}, ${g.er.length} accounts`,
    };
  }
  return { version: options.version, builtAt: options.now.toISOString(), minBucketSize, buckets };
}

/** A benchmark with no catalogue buckets: every lookup falls back to the published table. */
export function publishedBenchmark(): EngagementBenchmark {
  return { version: PUBLISHED_BENCHMARK_VERSION, builtAt: null, minBucketSize: 0, buckets: {} };
}

export interface ResolvedBenchmark {
  bucket: BenchmarkBucket;
  /** The version to store with the score: the catalogue version, plus the fallback table when used. */
  version: string;
}

// Resolutions per benchmark object: the batch path resolves the same few buckets for every account.
const resolvedCache = new WeakMap<EngagementBenchmark, Map<string, ResolvedBenchmark | null>>();

/** The bucket to compare with: the catalogue's own, else the published table's, else `null` (no guess). */
export function resolveBenchmarkBucket(
  benchmark: EngagementBenchmark,
  platform: Platform,
  bucket: FollowerBucket,
): ResolvedBenchmark | null {
  let cache = resolvedCache.get(benchmark);
  if (!cache) resolvedCache.set(benchmark, (cache = new Map()));
  const key = benchmarkKey(platform, bucket);
  let resolved = cache.get(key);
  if (resolved === undefined) {
    resolved = resolveUncached(benchmark, platform, bucket);
    cache.set(key, resolved);
  }
  return resolved;
}

function resolveUncached(
  benchmark: EngagementBenchmark,
  platform: Platform,
  bucket: FollowerBucket,
): ResolvedBenchmark | null {
  const own = benchmark.buckets[benchmarkKey(platform, bucket)];
  if (own) return { bucket: own, version: benchmark.version };
  const cell = PUBLISHED_BENCHMARK_TABLE[platform]?.[bucket];
  if (!cell) return null;
  const version =
    benchmark.version === PUBLISHED_BENCHMARK_VERSION
      ? PUBLISHED_BENCHMARK_VERSION
      : `${benchmark.version}+${PUBLISHED_BENCHMARK_VERSION}`;
  return {
    version,
    bucket: {
      platform,
      bucket,
      source: cell.quality === 'influencer' ? 'published' : 'published-brand-proxy',
      sampleSize: null,
      engagementRate: { kind: 'lognormal', median: cell.median, sigma: PUBLISHED_SIGMA },
      likesPerComment: null,
      reference: cell.reference,
    },
  };
}

/** Likes-per-comment norm: the bucket's own distribution or the hand-set fallback. */
export function likesPerCommentNorm(bucket: BenchmarkBucket | null): BenchmarkDistribution {
  return bucket?.likesPerComment ?? { kind: 'lognormal', ...LIKES_PER_COMMENT_FALLBACK };
}

/** Percentile rank 0–100 of `x` in the distribution. */
export function distributionPercentile(dist: BenchmarkDistribution, x: number): number {
  if (dist.kind === 'empirical') return percentileFromQuantiles(dist.quantiles, x);
  if (x <= 0) return 0;
  return 100 * normalCdf((Math.log(x) - Math.log(dist.median)) / dist.sigma);
}

/** Value at probability `p` (0..1) of the distribution. */
export function distributionQuantile(dist: BenchmarkDistribution, p: number): number {
  if (dist.kind === 'empirical') return quantileSorted(dist.quantiles, p);
  return dist.median * Math.exp(dist.sigma * inverseNormalCdf(p));
}

export function distributionMedian(dist: BenchmarkDistribution): number {
  return dist.kind === 'empirical' ? dist.quantiles[50] : dist.median;
}
