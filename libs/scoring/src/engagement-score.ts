import {
  BenchmarkSource,
  distributionMedian,
  distributionPercentile,
  distributionQuantile,
  EngagementBenchmark,
  resolveBenchmarkBucket,
} from './benchmark';
import { EngagementBasics } from './engagement';
import {
  component,
  ConfidenceBuilder,
  isoString,
  roundScore,
  SCORING_METHOD_VERSION,
  ScoreComponent,
  ScoreFlag,
  ScoreResult,
} from './result';

export const ENGAGEMENT_SCORE_RULES = {
  /** Above the 95th percentile more engagement earns nothing more (spec §6.1): it is as often fraud as merit. */
  capPercentile: 95,
  /** Above the 99th percentile of the bucket the rate is implausible and becomes an authenticity signal. */
  implausiblePercentile: 99,
  minPosts: 3,
  mediumPosts: 6,
  highPosts: 12,
  /** mean ÷ median at which we call out that a few posts carry the average. */
  viralityInfo: 2,
  /** Sponsored posts at under half the organic rate are worth telling the brand. */
  paidUnderperformance: 0.5,
  minSponsoredPosts: 3,
} as const;

export interface EngagementScoreDetails {
  basics: EngagementBasics;
  percentile: number | null;
  benchmarkSource: BenchmarkSource | null;
  benchmarkReference: string | null;
  benchmarkMedian: number | null;
  /** ER above this is implausible for the bucket (its 99th percentile). */
  implausibleAbove: number | null;
  implausiblyHigh: boolean;
}

function pct(x: number): string {
  return `${(x * 100).toFixed(2)}%`;
}

function reportedComponents(b: EngagementBasics): ScoreComponent[] {
  return [
    component('mean_engagement_rate', b.meanEngagementRate, b.engagementRate),
    component('virality_mean_over_median', b.virality, 1),
    component('engagement_rate_by_views', b.byViews?.engagementRate ?? null, null),
    component('paid_post_performance', b.sponsored.performance, 1),
  ];
}

function infoFlags(b: EngagementBasics): ScoreFlag[] {
  const flags: ScoreFlag[] = [];
  const r = ENGAGEMENT_SCORE_RULES;
  if (b.virality !== null && b.virality >= r.viralityInfo) {
    flags.push({
      code: 'engagement_viral_outliers',
      severity: 'info',
      message: `A few posts carry the average: mean ER is ${b.virality.toFixed(1)}× the median.`,
      evidence: { mean: b.meanEngagementRate, median: b.engagementRate },
    });
  }
  const perf = b.sponsored.performance;
  if (perf !== null && b.sponsored.sampleSize >= r.minSponsoredPosts && perf < r.paidUnderperformance) {
    flags.push({
      code: 'paid_posts_underperform',
      severity: 'info',
      message: `Sponsored posts reach ${Math.round(perf * 100)}% of the organic engagement rate.`,
      evidence: { sponsoredPosts: b.sponsored.sampleSize, performance: perf },
    });
  }
  if (b.hiddenLikesSkipped > 0) {
    flags.push({
      code: 'likes_hidden',
      severity: 'info',
      message: `${b.hiddenLikesSkipped} recent post(s) hide their likes and were left out of the rate.`,
      evidence: { skipped: b.hiddenLikesSkipped },
    });
  }
  return flags;
}

function insufficient(
  basics: EngagementBasics,
  now: Date,
  reason: string,
  benchmarkVersion: string | null,
): ScoreResult<EngagementScoreDetails> {
  return {
    score: null,
    components: [component('engagement_rate', basics.engagementRate, null), ...reportedComponents(basics)],
    flags: infoFlags(basics),
    confidence: { level: 'insufficient_data', reasons: [reason] },
    computedAt: isoString(now),
    benchmarkVersion,
    methodVersion: SCORING_METHOD_VERSION,
    details: {
      basics,
      percentile: null,
      benchmarkSource: null,
      benchmarkReference: null,
      benchmarkMedian: null,
      implausibleAbove: null,
      implausiblyHigh: false,
    },
  };
}

/**
 * Engagement score = the account's median ER as a percentile of its (platform, follower bucket) benchmark,
 * rescaled so the 95th percentile already gives 100 (score = min(100, percentile / 95 × 100)).
 */
export function scoreEngagement(
  basics: EngagementBasics,
  benchmark: EngagementBenchmark,
  now: Date,
): ScoreResult<EngagementScoreDetails> {
  const r = ENGAGEMENT_SCORE_RULES;
  const er = basics.engagementRate;
  if (!(basics.followers > 0)) return insufficient(basics, now, 'account has no followers', null);
  if (er === null || basics.sampleSize < r.minPosts) {
    const reason =
      basics.sampleSize === 0 && basics.sponsored.sampleSize > 0
        ? 'only sponsored posts in the last 180 days'
        : `${basics.sampleSize} organic post(s) with visible likes in the last 180 days (need ${r.minPosts})`;
    return insufficient(basics, now, reason, null);
  }
  const resolved = resolveBenchmarkBucket(benchmark, basics.platform, basics.bucket);
  if (!resolved) {
    return insufficient(basics, now, `no engagement benchmark for ${basics.platform}`, benchmark.version);
  }
  const dist = resolved.bucket.engagementRate;
  const percentile = distributionPercentile(dist, er);
  const benchmarkMedian = distributionMedian(dist);
  const implausibleAbove = distributionQuantile(dist, r.implausiblePercentile / 100);
  const implausiblyHigh = er > implausibleAbove;
  const score = roundScore(Math.min(100, (percentile / r.capPercentile) * 100));

  const confidence = new ConfidenceBuilder();
  if (basics.sampleSize < r.mediumPosts) confidence.atMost('low', `fewer than ${r.mediumPosts} posts`);
  else if (basics.sampleSize < r.highPosts) confidence.atMost('medium', `fewer than ${r.highPosts} posts`);
  if (resolved.bucket.source === 'published') {
    confidence.atMost('medium', 'published benchmark (catalogue bucket too small)');
  } else if (resolved.bucket.source === 'published-brand-proxy') {
    confidence.atMost('low', 'only a brand-account benchmark exists for this platform');
  }
  if (basics.bucket === 'lt_1k') confidence.atMost('low', 'under 1,000 followers: benchmark extrapolated');

  const flags = infoFlags(basics);
  if (percentile > r.capPercentile) {
    flags.push({
      code: implausiblyHigh ? 'engagement_implausibly_high' : 'engagement_capped',
      severity: implausiblyHigh ? 'warning' : 'info',
      message: implausiblyHigh
        ? `ER ${pct(er)} is above the 99th percentile (${pct(implausibleAbove)}) for ${basics.platform} ` +
          `${basics.bucket}; score capped, checked under authenticity.`
        : `ER ${pct(er)} is above the 95th percentile for ${basics.platform} ${basics.bucket}; score capped.`,
      evidence: { engagementRate: er, percentile, implausibleAbove },
    });
  }
  return {
    score,
    components: [
      component('engagement_rate', er, benchmarkMedian, 1, score, basics.formula),
      component('percentile_in_bucket', percentile, 50, null, null, resolved.bucket.reference),
      ...reportedComponents(basics),
    ],
    flags,
    confidence: confidence.build(),
    computedAt: isoString(now),
    benchmarkVersion: resolved.version,
    methodVersion: SCORING_METHOD_VERSION,
    details: {
      basics,
      percentile,
      benchmarkSource: resolved.bucket.source,
      benchmarkReference: resolved.bucket.reference,
      benchmarkMedian,
      implausibleAbove,
      implausiblyHigh,
    },
  };
}
