import { FollowerSampleEntry } from './types';

/**
 * Per-follower "suspicious account" score: a hand-set logistic-style rule, not a fitted model. Each term is a
 * signal named by the sources in the spec (SRF Data 2017 feature importance, HypeAuditor's mass-follower
 * definition, Modash's credibility criteria); the weights are round numbers chosen from those descriptions
 * and documented in docs/scoring.md. The evaluation data sets are used to *measure* it, not to fit it.
 */

export const FOLLOWER_CLASSIFIER_VERSION = 'follower-rule-1';

export const FOLLOWER_CLASSIFIER_WEIGHTS = {
  /**
   * Places the decision point: a typical real account (30 posts, 345 followers, 420 following) sits at
   * logit ≈ -2.3, a typical fake (0 posts, 30 followers, 1,450 following) at ≈ +1.3. Of the three round
   * values checked on InstaFake only (-3, -3.5, -4) -3.5 balanced precision and recall; SRF was not consulted.
   * False positives inflate every creator's fake share, so we lean to precision.
   */
  intercept: -3.5,
  /** log10(following / followers): follows far more than it is followed (mass follower, SRF #3). */
  followRatio: 1,
  /** log10(following / posts): follows many, posts nothing (SRF's most important feature). */
  followPerPost: 1,
  /** Default avatar (Modash criterion; 60% vs 99% of accounts have one in InstaFake's description). */
  noProfilePicture: 1.5,
  /** Digits in the username, up to 4: generated handles (SRF and InstaFake both use this feature). */
  usernameDigits: 0.25,
  /** Threshold on the probability; 0.5 = the logit crosses 0. */
  threshold: 0.5,
} as const;

function log10Ratio(a: number, b: number, min: number, max: number): number {
  const v = Math.log10((a + 1) / (b + 1));
  return v < min ? min : v > max ? max : v;
}

export interface FollowerScoreTerms {
  intercept: number;
  followRatio: number;
  followPerPost: number;
  noProfilePicture: number;
  usernameDigits: number;
}

/** Contributions of every term to the logit (for explanations and tests). */
export function followerScoreTerms(f: FollowerSampleEntry): FollowerScoreTerms {
  const w = FOLLOWER_CLASSIFIER_WEIGHTS;
  return {
    intercept: w.intercept,
    followRatio: w.followRatio * log10Ratio(f.following, f.followers, -1, 3),
    followPerPost: w.followPerPost * log10Ratio(f.following, f.posts, -1, 4),
    noProfilePicture: f.hasProfilePicture ? 0 : w.noProfilePicture,
    usernameDigits: w.usernameDigits * Math.min(Math.max(f.digitsInUsername, 0), 4),
  };
}

/** The logit; allocation-free because it runs once per sampled follower. */
export function followerSuspicionLogit(f: FollowerSampleEntry): number {
  const w = FOLLOWER_CLASSIFIER_WEIGHTS;
  return (
    w.intercept +
    w.followRatio * log10Ratio(f.following, f.followers, -1, 3) +
    w.followPerPost * log10Ratio(f.following, f.posts, -1, 4) +
    (f.hasProfilePicture ? 0 : w.noProfilePicture) +
    w.usernameDigits * Math.min(Math.max(f.digitsInUsername, 0), 4)
  );
}

/** 0..1 "how suspicious"; a ranking score, not a calibrated probability. */
export function followerSuspicion(f: FollowerSampleEntry): number {
  return 1 / (1 + Math.exp(-followerSuspicionLogit(f)));
}

export function isSuspiciousFollower(f: FollowerSampleEntry): boolean {
  // logit > 0 ⇔ probability > 0.5, without the exp.
  return followerSuspicionLogit(f) > 0;
}

/** The rule we must beat: `following >= 1000 && posts <= 5`. */
export function baselineSuspiciousFollower(f: FollowerSampleEntry): boolean {
  return f.following >= 1000 && f.posts <= 5;
}
