import {
  audienceQualityFromSummary,
  commentQualityFromAnalysis,
  engagementPlausibilitySignal,
  followingRatioSignal,
  growthFromAnalysis,
  likesCommentsSignal,
  overstatedReachSignal,
  paidSaturationSignal,
  postingActivitySignal,
} from './authenticity-signals';
import { EngagementBenchmark, resolveBenchmarkBucket } from './benchmark';
import { CommentQuality } from './comments';
import { computeEngagementBasics, EngagementBasics } from './engagement';
import { AccountFeatures, AuthenticityInput, basicsAt, deriveAccountFeatures } from './features';
import { GrowthAnalysis } from './growth';
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
import { AuthenticitySignal, AuthenticitySignalId, isMissing, MissingSignal, SignalOutcome } from './signal';

/**
 * Authenticity = hand-weighted mean of the signals that could be computed (weights renormalised over them),
 * capped at 50 points above the worst fraud signal so that one strong piece of evidence (40% fake followers)
 * cannot be averaged away by clean but weak signals (posting regularly).
 */

export const AUTHENTICITY_WEIGHTS: Readonly<Record<AuthenticitySignalId, number>> = {
  audience_quality: 0.3,
  growth_anomalies: 0.15,
  engagement_plausibility: 0.15,
  likes_comments_ratio: 0.1,
  comment_quality: 0.1,
  following_ratio: 0.05,
  posting_activity: 0.05,
  paid_saturation: 0.05,
  overstated_reach: 0.05,
};

/** Signals that measure manipulation directly; the cap applies to these only. */
const FRAUD_SIGNALS: ReadonlySet<AuthenticitySignalId> = new Set<AuthenticitySignalId>([
  'audience_quality',
  'growth_anomalies',
  'engagement_plausibility',
  'likes_comments_ratio',
  'comment_quality',
]);

export const AUTHENTICITY_CAP_ABOVE_WORST = 50;

/** Without at least one of these the remaining signals are too indirect to score an account. */
const CORE_SIGNALS: readonly AuthenticitySignalId[] = [
  'audience_quality',
  'growth_anomalies',
  'engagement_plausibility',
];

export type { AuthenticityInput } from './features';

export interface AuthenticityDetails {
  signals: AuthenticitySignal[];
  missing: MissingSignal[];
  /** The cap that applied, if it lowered the score. */
  cappedAt: number | null;
  growth: GrowthAnalysis | null;
  comments: CommentQuality | null;
}

function confidenceFor(features: AccountFeatures, basics: EngagementBasics, missing: MissingSignal[]) {
  const confidence = new ConfidenceBuilder();
  const missingCore = missing.filter((m) => CORE_SIGNALS.includes(m.id));
  for (const m of missingCore) {
    confidence.atMost(missingCore.length >= 2 ? 'low' : 'medium', `${m.id.replace(/_/g, ' ')}: ${m.reason}`);
  }
  if (basics.sampleSize < 6) confidence.atMost('low', 'fewer than 6 posts');
  const n = features.followerSample?.size ?? 0;
  if (n >= 30 && n < 100) confidence.atMost('medium', `follower sample of ${n} (< 100)`);
  return confidence;
}

export function scoreAuthenticity(
  input: AuthenticityInput,
  benchmark: EngagementBenchmark,
  now: Date,
  /** Pass the basics already computed for the engagement score to avoid doing it twice in batches. */
  basics: EngagementBasics = computeEngagementBasics(input.account, input.posts, now),
): ScoreResult<AuthenticityDetails> {
  return authenticityFromFeatures(deriveAccountFeatures(input, now, basics), benchmark, now, basics);
}

/** Stage 2 of scoring (see features.ts): the authenticity score from derived features and a benchmark. */
export function authenticityFromFeatures(
  features: AccountFeatures,
  benchmark: EngagementBenchmark,
  now: Date,
  basics: EngagementBasics = basicsAt(features, now),
): ScoreResult<AuthenticityDetails> {
  const bench = resolveBenchmarkBucket(benchmark, basics.platform, basics.bucket);
  const outcomes: SignalOutcome[] = [
    audienceQualityFromSummary(features.followerSample),
    growthFromAnalysis(features.growth),
    engagementPlausibilitySignal(basics, bench),
    likesCommentsSignal(basics, bench),
    commentQualityFromAnalysis(features.comments),
    followingRatioSignal(features.account),
    postingActivitySignal(features.account, basics),
    paidSaturationSignal(basics),
    overstatedReachSignal(basics),
  ];
  const signals: AuthenticitySignal[] = [];
  const missing: MissingSignal[] = [];
  for (const o of outcomes) {
    if (isMissing(o)) missing.push(o);
    else signals.push(o);
  }
  const flags: ScoreFlag[] = signals.flatMap((s) => s.flags);
  const confidence = confidenceFor(features, basics, missing);
  const hasCore = signals.some((s) => CORE_SIGNALS.includes(s.id));
  let totalWeight = 0;
  for (const s of signals) totalWeight += AUTHENTICITY_WEIGHTS[s.id];

  const components: ScoreComponent[] = [];
  let weighted = 0;
  let worstFraud = 100;
  for (const s of signals) {
    const weight = AUTHENTICITY_WEIGHTS[s.id] / totalWeight;
    weighted += weight * s.subscore;
    if (FRAUD_SIGNALS.has(s.id)) worstFraud = Math.min(worstFraud, s.subscore);
    components.push(component(s.id, s.raw, s.norm, weight, hasCore ? weight * s.subscore : null, s.note));
  }
  for (const m of missing)
    components.push(component(m.id, null, null, null, null, `not available: ${m.reason}`));

  const cap = worstFraud + AUTHENTICITY_CAP_ABOVE_WORST;
  const cappedAt = hasCore && weighted > cap ? cap : null;
  if (cappedAt !== null) {
    components.push(
      component(
        'cap_worst_signal_plus_50',
        weighted,
        cap,
        null,
        cap - weighted,
        'strong fraud evidence caps the score',
      ),
    );
  }
  return {
    score: hasCore ? roundScore(Math.min(weighted, cap)) : null,
    components,
    flags,
    confidence: hasCore
      ? confidence.build()
      : {
          level: 'insufficient_data',
          reasons: ['no follower sample, no follower history and fewer than 3 organic posts'],
        },
    computedAt: isoString(now),
    benchmarkVersion: bench?.version ?? benchmark.version,
    methodVersion: SCORING_METHOD_VERSION,
    details: { signals, missing, cappedAt, growth: features.growth, comments: features.comments },
  };
}
