import { AUTHENTICITY_WEIGHTS, scoreAuthenticity } from '../authenticity';
import {
  audienceQualitySignal,
  followingRatioSignal,
  overstatedReachSignal,
  paidSaturationSignal,
  postingActivitySignal,
} from '../authenticity-signals';
import { buildEngagementBenchmark } from '../benchmark';
import { computeEngagementBasics, EngagementBasics } from '../engagement';
import { AuthenticitySignal, isMissing, SignalOutcome, twoTailScore } from '../signal';
import { FollowerSampleEntry, MetricSnapshotInput, ScoringAccountInput } from '../types';
import { ago, NOW, post } from './helpers';

const realFollower: FollowerSampleEntry = {
  posts: 30,
  followers: 345,
  following: 420,
  hasProfilePicture: true,
  isPrivate: false,
  usernameLength: 10,
  digitsInUsername: 0,
};
const fakeFollower: FollowerSampleEntry = { ...realFollower, posts: 0, followers: 30, following: 1_450 };
const sample = (n: number, fakes: number) =>
  Array.from({ length: n }, (_, i) => (i < fakes ? fakeFollower : realFollower));

const account: ScoringAccountInput = {
  platform: 'instagram',
  followers: 2_000,
  following: 500,
  postCount: 80,
};
const benchmark = buildEngagementBenchmark(
  Array.from({ length: 101 }, (_, i) => ({
    platform: 'instagram' as const,
    followers: 2_000,
    engagementRate: i / 1000,
  })),
  { version: 'cat-test', now: NOW },
);
const organic = Array.from({ length: 12 }, (_, i) => post(3 + i, 100, 0)); // ER 0.05 = 50th percentile
const steady: MetricSnapshotInput[] = Array.from({ length: 15 }, (_, d) => ({
  capturedAt: ago(14 - d),
  followers: 1_900 + 5 * d,
}));

function present(o: SignalOutcome): AuthenticitySignal {
  if (isMissing(o)) throw new Error(`missing: ${o.reason}`);
  return o;
}

function basicsWith(patch: Partial<EngagementBasics>): EngagementBasics {
  return { ...computeEngagementBasics(account, organic, NOW), ...patch };
}

describe('authenticity signals', () => {
  it('weights sum to 1', () => {
    expect(Object.values(AUTHENTICITY_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });

  it('two-tailed plausibility: full inside p5–p95, zero beyond p0.5/p99.5', () => {
    expect(twoTailScore(50)).toBe(100);
    expect(twoTailScore(2.75)).toBeCloseTo(50);
    expect(twoTailScore(99.9)).toBe(0);
  });

  it('audience quality: share, Wilson interval and flag threshold', () => {
    const thirty = present(audienceQualitySignal(sample(100, 30)));
    expect(thirty.raw).toBe(0.3);
    expect(thirty.subscore).toBeCloseTo(50); // 100 − (0.3 − 0.1) / 0.4 · 100
    expect(thirty.flags).toEqual([]); // Wilson lower bound 0.219 < 0.25
    const forty = present(audienceQualitySignal(sample(200, 80)));
    expect(forty.flags[0]).toMatchObject({ code: 'audience_suspicious_followers', severity: 'warning' });
    expect(isMissing(audienceQualitySignal(sample(29, 0)))).toBe(true);
    expect(isMissing(audienceQualitySignal(undefined))).toBe(true);
  });

  it('following ratio', () => {
    const s = present(followingRatioSignal({ ...account, followers: 1_000, following: 2_000 }));
    expect(s.subscore).toBeCloseTo(50); // log2(2) = 1 of 2
    expect(s.flags.map((f) => f.code)).toEqual(['following_ratio_high']);
    expect(present(followingRatioSignal({ ...account, followers: 1_000, following: 900 })).subscore).toBe(
      100,
    );
    expect(isMissing(followingRatioSignal({ ...account, following: null }))).toBe(true);
  });

  it('posting activity', () => {
    expect(
      present(postingActivitySignal(account, basicsWith({ daysSinceLastPost: 75 }))).subscore,
    ).toBeCloseTo(50);
    const inactive = present(postingActivitySignal(account, basicsWith({ daysSinceLastPost: 100 })));
    expect(inactive.flags.map((f) => f.code)).toEqual(['inactive_account']);
    const few = present(
      postingActivitySignal(
        { ...account, followers: 20_000, postCount: 5 },
        basicsWith({ daysSinceLastPost: 2 }),
      ),
    );
    expect(few.subscore).toBe(30);
    expect(few.flags.map((f) => f.code)).toEqual(['few_posts_many_followers']);
  });

  it('paid saturation', () => {
    expect(
      present(paidSaturationSignal(basicsWith({ sponsoredShare: 0.5, sponsoredShareSampleSize: 20 })))
        .subscore,
    ).toBeCloseTo(50);
    const high = present(
      paidSaturationSignal(basicsWith({ sponsoredShare: 0.6, sponsoredShareSampleSize: 20 })),
    );
    expect(high.subscore).toBeCloseTo(25);
    expect(high.flags.map((f) => f.code)).toEqual(['paid_content_saturation']);
    expect(
      isMissing(paidSaturationSignal(basicsWith({ sponsoredShare: 1, sponsoredShareSampleSize: 5 }))),
    ).toBe(true);
  });

  it('overstated reach on a log scale', () => {
    const half = present(
      overstatedReachSignal(basicsWith({ viewRate: 0.01 * Math.sqrt(10), viewRateSampleSize: 5 })),
    );
    expect(half.subscore).toBeCloseTo(50);
    const low = present(overstatedReachSignal(basicsWith({ viewRate: 0.015, viewRateSampleSize: 5 })));
    expect(low.flags.map((f) => f.code)).toEqual(['reach_overstated']);
    expect(isMissing(overstatedReachSignal(basicsWith({ viewRate: null, viewRateSampleSize: 0 })))).toBe(
      true,
    );
  });
});

describe('scoreAuthenticity', () => {
  it('renormalises the weights over available signals (hand-computed)', () => {
    // audience 50 (w .3), plausibility 100 (.15), following 100, activity 100, paid 100 (.05 each) → 45 / .6
    const r = scoreAuthenticity({ account, posts: organic, followerSample: sample(100, 30) }, benchmark, NOW);
    expect(r.score).toBe(75);
    expect(r.details.signals.map((s) => s.id)).toEqual([
      'audience_quality',
      'engagement_plausibility',
      'following_ratio',
      'posting_activity',
      'paid_saturation',
    ]);
    const audience = r.components.find((c) => c.name === 'audience_quality')!;
    expect(audience.weight).toBeCloseTo(0.5);
    expect(audience.contribution).toBeCloseTo(25);
    expect(r.confidence.level).toBe('medium');
    expect(r.confidence.reasons[0]).toContain('growth anomalies');
    expect(r.benchmarkVersion).toBe('cat-test');
  });

  it('caps the score 50 points above the worst fraud signal', () => {
    // audience 0 (60% fake) with everything else clean: weighted 45 / .75 = 60 → capped at 0 + 50
    const r = scoreAuthenticity(
      { account, posts: organic, snapshots: steady, followerSample: sample(100, 60) },
      benchmark,
      NOW,
    );
    expect(r.details.cappedAt).toBe(50);
    expect(r.score).toBe(50);
    expect(r.flags.find((f) => f.code === 'audience_suspicious_followers')?.severity).toBe('critical');
    expect(r.confidence.level).toBe('high');
  });

  it('returns null without any core signal', () => {
    const r = scoreAuthenticity({ account, posts: [post(3, 10, 1)] }, benchmark, NOW);
    expect(r.score).toBeNull();
    expect(r.confidence.level).toBe('insufficient_data');
    expect(r.components.every((c) => c.contribution === null)).toBe(true);
  });

  it('handles an account with no posts and zero followers when a follower sample exists', () => {
    const r = scoreAuthenticity(
      { account: { ...account, followers: 0, following: 0 }, posts: [], followerSample: sample(50, 0) },
      benchmark,
      NOW,
    );
    expect(r.score).toBe(100);
    expect(r.confidence.level).toBe('low');
  });
});
