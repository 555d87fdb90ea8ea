import {
  BenchmarkRow,
  buildEngagementBenchmark,
  distributionPercentile,
  distributionQuantile,
  publishedBenchmark,
  resolveBenchmarkBucket,
} from '../benchmark';
import { PUBLISHED_BENCHMARK_VERSION, PUBLISHED_SIGMA } from '../benchmark-table';
import { NOW } from './helpers';

function rows(n: number, followers: number, er: (i: number) => number): BenchmarkRow[] {
  return Array.from({ length: n }, (_, i) => ({
    platform: 'instagram',
    followers,
    engagementRate: er(i),
    likesPerComment: 10 + i,
  }));
}

describe('engagement benchmark', () => {
  it('builds 101 quantiles per bucket with enough accounts and drops small buckets', () => {
    const b = buildEngagementBenchmark(
      [...rows(101, 2_000, (i) => (100 - i) / 1000), ...rows(20, 50_000, () => 0.01)],
      { version: 'cat-2026-11', now: NOW, minBucketSize: 100 },
    );
    expect(Object.keys(b.buckets)).toEqual(['instagram:1k_3k']);
    const bucket = b.buckets['instagram:1k_3k'];
    expect(bucket.sampleSize).toBe(101);
    expect(bucket.engagementRate.kind).toBe('empirical');
    if (bucket.engagementRate.kind === 'empirical') {
      expect(bucket.engagementRate.quantiles[0]).toBe(0);
      expect(bucket.engagementRate.quantiles[50]).toBeCloseTo(0.05);
      expect(bucket.engagementRate.quantiles[100]).toBeCloseTo(0.1);
    }
    expect(bucket.likesPerComment).not.toBeNull();
    expect(b.builtAt).toBe(NOW.toISOString());
  });

  it('ignores rows without a usable ER', () => {
    const b = buildEngagementBenchmark(
      [
        { platform: 'x', followers: 5_000, engagementRate: null },
        { platform: 'x', followers: 0, engagementRate: 0.1 },
      ],
      { version: 'v', now: NOW, minBucketSize: 1 },
    );
    expect(b.buckets).toEqual({});
  });

  it('falls back to the published table and says so in the version', () => {
    const cat = buildEngagementBenchmark(
      rows(100, 2_000, (i) => i / 1000),
      { version: 'cat-1', now: NOW },
    );
    expect(resolveBenchmarkBucket(cat, 'instagram', '1k_3k')?.version).toBe('cat-1');
    const fallback = resolveBenchmarkBucket(cat, 'instagram', '10k_30k');
    expect(fallback?.version).toBe(`cat-1+${PUBLISHED_BENCHMARK_VERSION}`);
    expect(fallback?.bucket.source).toBe('published');
    expect(fallback?.bucket.engagementRate).toEqual({
      kind: 'lognormal',
      median: 0.0054,
      sigma: PUBLISHED_SIGMA,
    });
    expect(resolveBenchmarkBucket(publishedBenchmark(), 'instagram', '1k_3k')?.version).toBe(
      PUBLISHED_BENCHMARK_VERSION,
    );
    expect(resolveBenchmarkBucket(publishedBenchmark(), 'facebook', '1k_3k')?.bucket.source).toBe(
      'published-brand-proxy',
    );
  });

  it('has no fallback for platforms without a published by-followers benchmark', () => {
    expect(resolveBenchmarkBucket(publishedBenchmark(), 'youtube', '10k_30k')).toBeNull();
  });

  it('log-normal percentiles: the median is the 50th, one sigma up is the 84th', () => {
    const dist = { kind: 'lognormal' as const, median: 0.01, sigma: 0.9 };
    expect(distributionPercentile(dist, 0.01)).toBeCloseTo(50);
    expect(distributionPercentile(dist, 0.01 * Math.exp(0.9))).toBeCloseTo(84.13, 1);
    expect(distributionPercentile(dist, 0)).toBe(0);
    // 99th percentile = median · e^(0.9 · 2.3263)
    expect(distributionQuantile(dist, 0.99)).toBeCloseTo(0.01 * Math.exp(0.9 * 2.326348), 6);
  });
});
