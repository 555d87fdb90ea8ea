import { clamp } from './stats';
import { ScoreFlag } from './result';

/** One authenticity signal: a 0–100 sub-score (100 = nothing suspicious) with its evidence. */

export type AuthenticitySignalId =
  | 'audience_quality'
  | 'growth_anomalies'
  | 'engagement_plausibility'
  | 'likes_comments_ratio'
  | 'comment_quality'
  | 'following_ratio'
  | 'posting_activity'
  | 'paid_saturation'
  | 'overstated_reach';

export interface AuthenticitySignal {
  id: AuthenticitySignalId;
  subscore: number;
  raw: number | null;
  norm: number | null;
  note: string;
  flags: ScoreFlag[];
}

/** A signal that could not be computed, with the reason (reported, and lowers confidence where it matters). */
export interface MissingSignal {
  id: AuthenticitySignalId;
  reason: string;
}

export type SignalOutcome = AuthenticitySignal | MissingSignal;

export function isMissing(outcome: SignalOutcome): outcome is MissingSignal {
  return (outcome as MissingSignal).reason !== undefined;
}

/** 100 at or beyond `good`, 0 at or beyond `bad`, linear in between (works for either direction). */
export function linearScore(value: number, bad: number, good: number): number {
  return 100 * clamp((value - bad) / (good - bad), 0, 1);
}

/**
 * Two-tailed plausibility of a percentile (0–100): full marks inside the 5th–95th percentile, zero beyond the
 * 0.5th / 99.5th, linear in between. Both tails matter: too little engagement means a dead or bought
 * audience, too much for the tier means pods or bought likes.
 */
export function twoTailScore(percentile: number): number {
  const tail = Math.min(percentile, 100 - percentile);
  return linearScore(tail, 0.5, 5);
}
