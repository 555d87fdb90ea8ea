import { buildEngagementBenchmark, publishedBenchmark } from '../benchmark';
import { computeEngagementBasics } from '../engagement';
import { scoreEngagement } from '../engagement-score';
import { ScoringAccountInput, ScoringPostInput } from '../types';
import { NOW, post } from './helpers';

// Catalogue bucket instagram 1k_3k whose ERs are exactly 0, 0.001, …, 0.1 → quantile k = k/1000.
const benchmark = buildEngagementBenchmark(
  Array.from({ length: 101 }, (_, i) => ({
    platform: 'instagram' as const,
    followers: 2_000,
    engagementRate: i / 1000,
  })),
  { version: 'cat-test', now: NOW },
);
const account: ScoringAccountInput = {
  platform: 'instagram',
  followers: 2_000,
  following: 100,
  postCount: 80,
};

/** n organic posts each with `interactions` likes on 2,000 followers. */
function posts(n: number, interactions: number, extra: Partial<ScoringPostInput> = {}): ScoringPostInput[] {
  return Array.from({ length: n }, (_, i) => post(3 + i, interactions, 0, extra));
}

function score(p: ScoringPostInput[], acc: ScoringAccountInput = account, bench = benchmark) {
  return scoreEngagement(computeEngagementBasics(acc, p, NOW), bench, NOW);
}

describe('scoreEngagement', () => {
  it('is the percentile rescaled so the 95th percentile gives 100', () => {
    const r = score(posts(12, 100)); // ER 0.05 → 50th percentile → 50 / 95 · 100
    expect(r.score).toBeCloseTo(52.6, 1);
    expect(r.details.percentile).toBeCloseTo(50);
    expect(r.benchmarkVersion).toBe('cat-test');
    expect(r.confidence).toEqual({ level: 'high', reasons: [] });
    expect(r.computedAt).toBe(NOW.toISOString());
    const er = r.components.find((c) => c.name === 'engagement_rate');
    expect(er).toMatchObject({ raw: 0.05, norm: 0.05, contribution: r.score });
  });

  it('caps above the 95th percentile with an info flag', () => {
    const r = score(posts(12, 195)); // ER 0.0975 → 97.5th
    expect(r.score).toBe(100);
    expect(r.flags.map((f) => f.code)).toEqual(['engagement_capped']);
    expect(r.details.implausiblyHigh).toBe(false);
  });

  it('marks ER above the 99th percentile as implausible (a signal for authenticity)', () => {
    const r = score(posts(12, 300)); // ER 0.15 > p99 = 0.099
    expect(r.score).toBe(100);
    expect(r.details.implausiblyHigh).toBe(true);
    expect(r.details.implausibleAbove).toBeCloseTo(0.099);
    expect(r.flags.find((f) => f.code === 'engagement_implausibly_high')?.severity).toBe('warning');
  });

  it('lowers confidence for few posts and for published benchmarks', () => {
    expect(score(posts(4, 100)).confidence).toEqual({ level: 'low', reasons: ['fewer than 6 posts'] });
    expect(score(posts(8, 100)).confidence.level).toBe('medium');
    const published = score(posts(12, 36), account, publishedBenchmark());
    expect(published.confidence.level).toBe('medium');
    expect(published.details.benchmarkSource).toBe('published');
    // ER 0.018 vs published median 0.0178 → just above the 50th percentile
    expect(published.details.percentile).toBeGreaterThan(50);
    expect(published.details.percentile).toBeLessThan(51);
  });

  it.each([
    ['no posts', [] as ScoringPostInput[], 'organic post(s)'],
    ['one post', posts(1, 100), '1 organic post(s)'],
    ['hidden likes only', posts(5, 0).map((p) => ({ ...p, likes: null })), '0 organic post(s)'],
    ['only sponsored posts', posts(5, 100, { isPaidPartnership: true }), 'only sponsored posts'],
  ])('returns null with insufficient_data for %s', (_, p, reason) => {
    const r = score(p);
    expect(r.score).toBeNull();
    expect(r.confidence.level).toBe('insufficient_data');
    expect(r.confidence.reasons[0]).toContain(reason);
  });

  it('returns null for zero followers and for platforms without any benchmark', () => {
    expect(score(posts(12, 100), { ...account, followers: 0 }).confidence.reasons).toEqual([
      'account has no followers',
    ]);
    const yt = score(posts(12, 100, { kind: 'video', views: 1_000 }), { ...account, platform: 'youtube' });
    expect(yt.score).toBeNull();
    expect(yt.confidence.reasons).toEqual(['no engagement benchmark for youtube']);
  });

  it('reports virality, paid-post performance and hidden likes as info', () => {
    const p = [
      ...posts(5, 40),
      post(20, 2_000, 0),
      post(21, 10, 0, { isPaidPartnership: true }),
      post(22, 10, 0, { isPaidPartnership: true }),
      post(23, 10, 0, { isPaidPartnership: true }),
      post(24, null, 3),
    ];
    const r = score(p);
    // organic ERs: 0.02 ×5 and 1.0 → median 0.02, mean 0.1833 → virality 9.2
    expect(r.details.basics.virality).toBeCloseTo(0.18333 / 0.02, 2);
    expect(r.flags.map((f) => f.code).sort()).toEqual(
      ['engagement_viral_outliers', 'likes_hidden', 'paid_posts_underperform'].sort(),
    );
    expect(r.components.find((c) => c.name === 'paid_post_performance')?.raw).toBeCloseTo(0.25); // 0.005 / 0.02
  });
});
