import { FollowerSampleSummary, summariseFollowerSample } from './authenticity-signals';
import { analyseComments, CommentQuality } from './comments';
import { computeEngagementBasics, EngagementBasics } from './engagement';
import { analyseGrowth, GrowthAnalysis } from './growth';
import { isoString } from './result';
import {
  FollowerSampleEntry,
  MetricSnapshotInput,
  ScoringAccountInput,
  ScoringCommentInput,
  ScoringPostInput,
} from './types';

/**
 * Scoring is split in two stages so a whole catalogue can be re-scored fast:
 *  1. `deriveAccountFeatures` reads the raw data (posts, snapshots, follower sample, comments) once, when that
 *     data changes, and reduces it to small, JSON-safe features (engagement basics, growth analysis, sample counts);
 *  2. `scoreAccountFeatures` (batch.ts) compares the features with a benchmark. Rebuilding a benchmark only
 *     repeats stage 2, which needs no posts at all.
 * Both stages are pure, so a stored score can be explained again later from its features, benchmark version and
 * computedAt without storing the whole explanation.
 */

/** Bumped whenever the derivation changes so stored features from an older derivation are re-derived. */
export const FEATURES_VERSION = 1;

export type FeatureAccount = Pick<ScoringAccountInput, 'platform' | 'followers' | 'following' | 'postCount'>;

export interface AccountFeatures {
  version: number;
  /** The `now` the window of the basics was computed for; later scoring ages `daysSinceLastPost` from it. */
  derivedAt: string;
  account: FeatureAccount;
  basics: EngagementBasics;
  growth: GrowthAnalysis | null;
  followerSample: FollowerSampleSummary | null;
  comments: CommentQuality | null;
}

export interface AuthenticityInput {
  account: ScoringAccountInput;
  posts: readonly ScoringPostInput[];
  snapshots?: readonly MetricSnapshotInput[];
  followerSample?: readonly FollowerSampleEntry[];
  comments?: readonly ScoringCommentInput[];
}

export function deriveAccountFeatures(
  input: AuthenticityInput,
  now: Date,
  basics: EngagementBasics = computeEngagementBasics(input.account, input.posts, now),
): AccountFeatures {
  const { platform, followers, following, postCount } = input.account;
  return {
    version: FEATURES_VERSION,
    derivedAt: isoString(now),
    account: { platform, followers, following, postCount },
    basics,
    growth: input.snapshots ? analyseGrowth(input.snapshots, input.posts, platform) : null,
    followerSample: summariseFollowerSample(input.followerSample),
    comments: input.comments ? analyseComments(input.comments) : null,
  };
}

const DAY_MS = 86_400_000;

/** The basics as seen at `now`: only the time since the last post moves without new data. */
export function basicsAt(features: AccountFeatures, now: Date): EngagementBasics {
  const { basics } = features;
  if (basics.daysSinceLastPost === null) return basics;
  const elapsedDays = (now.getTime() - Date.parse(features.derivedAt)) / DAY_MS;
  if (!(elapsedDays > 0)) return basics;
  return { ...basics, daysSinceLastPost: basics.daysSinceLastPost + elapsedDays };
}
