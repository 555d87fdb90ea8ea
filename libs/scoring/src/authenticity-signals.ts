import { analyseComments, CommentQuality } from './comments';
import { distributionPercentile, likesPerCommentNorm, ResolvedBenchmark } from './benchmark';
import { EngagementBasics } from './engagement';
import { isSuspiciousFollower } from './follower-classifier';
import { analyseGrowth, GrowthAnalysis } from './growth';
import { ScoreFlag } from './result';
import { linearScore, SignalOutcome, twoTailScore } from './signal';
import { clamp, wilsonInterval } from './stats';
import {
  FollowerSampleEntry,
  MetricSnapshotInput,
  ScoringAccountInput,
  ScoringCommentInput,
  ScoringPostInput,
} from './types';

/**
 * The individual authenticity signals. Each returns a sub-score (100 = nothing suspicious) with the value, the
 * norm it was compared with and flags, or the reason it could not be computed. Thresholds are hand-set; the
 * reasoning for each is in docs/scoring.md.
 */

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export const AUDIENCE_RULES = {
  minSample: 30,
  /** Share of suspicious followers tolerated before points are lost (classifier FPR ≈ 2–5% + real bots). */
  tolerated: 0.1,
  /** At 50% suspicious the signal is zero. */
  zeroAt: 0.5,
  /** HypeAuditor's partners: mass followers + suspicious should not exceed 25% (Modash: < 75% real = fraud). */
  warnLowerBound: 0.25,
  criticalLowerBound: 0.4,
} as const;

/** Follower-sample classification reduced to counts: all the audience signal needs (and cheap to store). */
export interface FollowerSampleSummary {
  size: number;
  suspicious: number;
}

export function summariseFollowerSample(
  sample: readonly FollowerSampleEntry[] | undefined,
): FollowerSampleSummary | null {
  if (!sample || sample.length === 0) return null;
  let suspicious = 0;
  for (const f of sample) if (isSuspiciousFollower(f)) suspicious++;
  return { size: sample.length, suspicious };
}

export function audienceQualitySignal(sample: readonly FollowerSampleEntry[] | undefined): SignalOutcome {
  return audienceQualityFromSummary(summariseFollowerSample(sample));
}

export function audienceQualityFromSummary(summary: FollowerSampleSummary | null): SignalOutcome {
  const n = summary?.size ?? 0;
  if (!summary || n < AUDIENCE_RULES.minSample) {
    return {
      id: 'audience_quality',
      reason: n === 0 ? 'no follower sample' : `follower sample of ${n} (< 30)`,
    };
  }
  const k = summary.suspicious;
  const ci = wilsonInterval(k, n);
  const r = AUDIENCE_RULES;
  const subscore = 100 - linearScore(ci.estimate, r.tolerated, r.zeroAt);
  const flags =
    ci.lower > r.warnLowerBound
      ? [
          {
            code: 'audience_suspicious_followers',
            severity: ci.lower > r.criticalLowerBound ? ('critical' as const) : ('warning' as const),
            message: `${pct(ci.estimate)} of ${n} sampled followers look fake or mass-following (95% CI ${pct(ci.lower)}–${pct(ci.upper)}).`,
            evidence: { sampleSize: n, suspicious: k, lower: ci.lower, upper: ci.upper },
          },
        ]
      : [];
  return {
    id: 'audience_quality',
    subscore,
    raw: ci.estimate,
    norm: r.tolerated,
    note: `suspicious share ${pct(ci.estimate)} (95% CI ${pct(ci.lower)}–${pct(ci.upper)}, n=${n})`,
    flags,
  };
}

export function growthSignal(
  snapshots: readonly MetricSnapshotInput[] | undefined,
  posts: readonly ScoringPostInput[],
  account: ScoringAccountInput,
): { outcome: SignalOutcome; analysis: GrowthAnalysis | null } {
  const analysis = snapshots ? analyseGrowth(snapshots, posts, account.platform) : null;
  return { outcome: growthFromAnalysis(analysis), analysis };
}

export function growthFromAnalysis(analysis: GrowthAnalysis | null): SignalOutcome {
  if (!analysis) return { id: 'growth_anomalies', reason: 'fewer than 8 daily snapshots' };
  const spikes = analysis.anomalies.filter((a) => a.kind === 'follower_spike' && a.explainedBy === null);
  const others = analysis.anomalies.filter((a) => a.kind !== 'follower_spike');
  const share = analysis.unexplainedSpikeShare;
  // 10% of the audience from unexplained one-day jumps scores zero; drops and following churn cost 10 each.
  const subscore = Math.max(0, 100 - linearScore(share, 0, 0.1) - Math.min(30, 10 * others.length));
  const flags: ScoreFlag[] = [];
  if (spikes.length > 0) {
    flags.push({
      code: 'follower_growth_spike',
      severity: share >= 0.1 ? 'critical' : 'warning',
      message: `Follower jumps not explained by a viral post on ${spikes.map((s) => s.date).join(', ')} (+${Math.round(analysis.unexplainedSpikeGain)} followers above typical growth).`,
      evidence: { dates: spikes.map((s) => s.date), gain: analysis.unexplainedSpikeGain, share },
    });
  }
  const drops = others.filter((a) => a.kind === 'follower_drop');
  if (drops.length > 0) {
    flags.push({
      code: 'follower_drop',
      severity: 'warning',
      message: `Sudden follower losses on ${drops.map((s) => s.date).join(', ')} (often a purge of fake followers).`,
      evidence: { dates: drops.map((s) => s.date), changes: drops.map((s) => s.excessChange) },
    });
  }
  const churn = others.filter((a) => a.kind === 'following_churn');
  if (churn.length > 0) {
    flags.push({
      code: 'following_churn',
      severity: 'warning',
      message: `Follow/unfollow swings on ${churn.map((s) => s.date).join(', ')} (typical of follow-for-follow automation).`,
      evidence: { dates: churn.map((s) => s.date), changes: churn.map((s) => s.excessChange) },
    });
  }
  const explained = analysis.anomalies.filter((a) => a.explainedBy !== null);
  if (explained.length > 0) {
    flags.push({
      code: 'follower_spike_explained',
      severity: 'info',
      message: `Follower jumps on ${explained.map((s) => s.date).join(', ')} follow a viral post; not counted.`,
      evidence: { dates: explained.map((s) => s.date) },
    });
  }
  return {
    id: 'growth_anomalies',
    subscore,
    raw: share,
    norm: 0,
    note: `${analysis.anomalies.length} anomalous day(s) in ${analysis.intervals} intervals; median change ${analysis.medianDailyChange.toFixed(1)}/day`,
    flags,
  };
}

export function engagementPlausibilitySignal(
  b: EngagementBasics,
  bench: ResolvedBenchmark | null,
): SignalOutcome {
  if (!(b.followers > 0)) return { id: 'engagement_plausibility', reason: 'account has no followers' };
  if (b.engagementRate === null || b.sampleSize < 3)
    return { id: 'engagement_plausibility', reason: 'fewer than 3 organic posts' };
  if (!bench) return { id: 'engagement_plausibility', reason: `no benchmark for ${b.platform}` };
  const p = distributionPercentile(bench.bucket.engagementRate, b.engagementRate);
  const flags: ScoreFlag[] = [];
  if (p > 99) {
    flags.push({
      code: 'engagement_implausibly_high',
      severity: 'warning',
      message: `ER ${pct(b.engagementRate)} is above the 99th percentile for ${b.platform} ${b.bucket} (pods or bought likes?).`,
      evidence: { engagementRate: b.engagementRate, percentile: p },
    });
  } else if (p < 2.5) {
    flags.push({
      code: 'engagement_very_low',
      severity: 'warning',
      message: `ER ${pct(b.engagementRate)} is below the 2.5th percentile for ${b.platform} ${b.bucket} (inactive or bought audience?).`,
      evidence: { engagementRate: b.engagementRate, percentile: p },
    });
  }
  return {
    id: 'engagement_plausibility',
    subscore: twoTailScore(p),
    raw: b.engagementRate,
    norm: p,
    note: `ER at the ${p.toFixed(1)}th percentile of ${b.platform} ${b.bucket}`,
    flags,
  };
}

export function likesCommentsSignal(b: EngagementBasics, bench: ResolvedBenchmark | null): SignalOutcome {
  if (b.likesPerComment === null)
    return { id: 'likes_comments_ratio', reason: 'fewer than 3 posts with visible likes and comments' };
  const norm = likesPerCommentNorm(bench?.bucket ?? null);
  const p = distributionPercentile(norm, b.likesPerComment);
  const flags: ScoreFlag[] = [];
  const ratio = b.likesPerComment.toFixed(1);
  if (p < 2.5) {
    flags.push({
      code: 'likes_comments_ratio_low',
      severity: 'warning',
      message: `Only ${ratio} likes per comment: comments are inflated relative to likes (pods or bought comments?).`,
      evidence: { likesPerComment: b.likesPerComment, percentile: p },
    });
  } else if (p > 97.5) {
    flags.push({
      code: 'likes_comments_ratio_high',
      severity: 'warning',
      message: `${ratio} likes per comment: likes are inflated relative to comments (bought likes?).`,
      evidence: { likesPerComment: b.likesPerComment, percentile: p },
    });
  }
  return {
    id: 'likes_comments_ratio',
    subscore: twoTailScore(p),
    raw: b.likesPerComment,
    norm: p,
    note: `${ratio} likes per comment (percentile ${p.toFixed(1)})`,
    flags,
  };
}

export function commentQualitySignal(comments: readonly ScoringCommentInput[] | undefined): {
  outcome: SignalOutcome;
  quality: CommentQuality | null;
} {
  const quality = comments ? analyseComments(comments) : null;
  return { outcome: commentQualityFromAnalysis(quality), quality };
}

export function commentQualityFromAnalysis(quality: CommentQuality | null): SignalOutcome {
  if (!quality) return { id: 'comment_quality', reason: 'fewer than 20 comments supplied' };
  // Generic praise is common even for real creators: a third is tolerated, 85% scores zero.
  const lowScore = 100 - linearScore(quality.lowQualityShare, 0.35, 0.85);
  const repeat = quality.repeatCommenterShare;
  const repeatScore = repeat === null ? 100 : 100 - linearScore(repeat, 0.25, 0.7);
  const flags: ScoreFlag[] = [];
  const genericAll = quality.genericShare + quality.emojiOnlyShare;
  if (genericAll >= 0.5) {
    flags.push({
      code: 'comments_generic',
      severity: 'warning',
      message: `${pct(genericAll)} of ${quality.total} comments are generic praise or emoji only.`,
      evidence: { generic: quality.genericShare, emojiOnly: quality.emojiOnlyShare, total: quality.total },
    });
  }
  if (quality.duplicateShare >= 0.15) {
    flags.push({
      code: 'comments_duplicate',
      severity: 'warning',
      message: `${pct(quality.duplicateShare)} of comments are copy-pasted (same text of 4+ words).`,
      evidence: { duplicate: quality.duplicateShare, total: quality.total },
    });
  }
  if (repeat !== null && repeat >= 0.3) {
    flags.push({
      code: 'comments_repeat_commenters',
      severity: 'warning',
      message: `${pct(repeat)} of comments come from accounts that comment on almost every post (engagement pod?).`,
      evidence: { repeatCommenterShare: repeat },
    });
  }
  return {
    id: 'comment_quality',
    subscore: Math.min(lowScore, repeatScore),
    raw: quality.lowQualityShare,
    norm: 0.35,
    note: `${pct(quality.lowQualityShare)} low-quality of ${quality.total} comments`,
    flags,
  };
}

export function followingRatioSignal(account: ScoringAccountInput): SignalOutcome {
  if (account.following === null || !(account.followers > 0)) {
    return { id: 'following_ratio', reason: 'following count not available' };
  }
  const ratio = account.following / account.followers;
  // Up to 1:1 is normal for small creators; each doubling beyond costs half the points (4:1 scores 0).
  const subscore = 100 - linearScore(Math.log2(Math.max(ratio, 1)), 0, 2);
  const flags: ScoreFlag[] =
    ratio > 1.5 && account.following >= 1000
      ? [
          {
            code: 'following_ratio_high',
            severity: 'warning',
            message: `Follows ${account.following} accounts with ${account.followers} followers (follow-for-follow?).`,
            evidence: { following: account.following, followers: account.followers, ratio },
          },
        ]
      : [];
  return {
    id: 'following_ratio',
    subscore,
    raw: ratio,
    norm: 1,
    note: `following ÷ followers = ${ratio.toFixed(2)}`,
    flags,
  };
}

export function postingActivitySignal(account: ScoringAccountInput, b: EngagementBasics): SignalOutcome {
  const days = b.daysSinceLastPost;
  if (days === null) return { id: 'posting_activity', reason: 'no post dates known' };
  const flags: ScoreFlag[] = [];
  if (days > 90) {
    flags.push({
      code: 'inactive_account',
      severity: 'warning',
      message: `No post for ${Math.round(days)} days.`,
      evidence: { daysSinceLastPost: days },
    });
  }
  let subscore = linearScore(days, 120, 30);
  if (account.postCount !== null && account.postCount < 10 && account.followers >= 10_000) {
    // A large audience for almost no content is how bought-follower accounts look.
    subscore = Math.min(subscore, 30);
    flags.push({
      code: 'few_posts_many_followers',
      severity: 'warning',
      message: `${account.followers} followers for ${account.postCount} posts.`,
      evidence: { followers: account.followers, postCount: account.postCount },
    });
  }
  return {
    id: 'posting_activity',
    subscore,
    raw: days,
    norm: 30,
    note: `last post ${Math.round(days)} days ago`,
    flags,
  };
}

export function paidSaturationSignal(b: EngagementBasics): SignalOutcome {
  const share = b.sponsoredShare;
  if (share === null || b.sponsoredShareSampleSize < 6)
    return { id: 'paid_saturation', reason: 'fewer than 6 recent posts' };
  const flags: ScoreFlag[] =
    share > 0.5
      ? [
          {
            code: 'paid_content_saturation',
            severity: 'warning',
            message: `${pct(share)} of the last ${b.sponsoredShareSampleSize} posts are paid partnerships.`,
            evidence: { sponsoredShare: share, posts: b.sponsoredShareSampleSize },
          },
        ]
      : [];
  // Up to 30% sponsored is ordinary for a working creator; at 70% the feed is mostly advertising.
  return {
    id: 'paid_saturation',
    subscore: 100 - linearScore(share, 0.3, 0.7),
    raw: share,
    norm: 0.3,
    note: `${pct(share)} sponsored`,
    flags,
  };
}

export function overstatedReachSignal(b: EngagementBasics): SignalOutcome {
  const rate = b.viewRate;
  if (rate === null || b.viewRateSampleSize < 3)
    return { id: 'overstated_reach', reason: 'fewer than 3 video posts with views' };
  const flags: ScoreFlag[] =
    rate < 0.02
      ? [
          {
            code: 'reach_overstated',
            severity: 'warning',
            message: `Videos reach a median ${pct(rate)} of the follower count: most followers never watch.`,
            evidence: { medianViewsPerFollower: rate, videos: b.viewRateSampleSize },
          },
        ]
      : [];
  // log scale: 1% of followers viewing scores 0, 10% or more scores 100.
  const subscore = 100 * clamp(Math.log10(Math.max(rate, 1e-6) / 0.01), 0, 1);
  return {
    id: 'overstated_reach',
    subscore,
    raw: rate,
    norm: 0.1,
    note: `median views ÷ followers ${pct(rate)}`,
    flags,
  };
}
