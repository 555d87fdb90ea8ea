import { AudienceProfileInput, ShareMap } from './types';

/**
 * Audience match against a brief's target cells. The headline is "share of audience in target" (Σ of the
 * audience shares of the target keys) per dimension, because it reads as a plain fact ("62% of the audience
 * is in DE/AT/CH"); the joint share assumes the dimensions are independent and is labelled an estimate.
 */

export const AUDIENCE_DIMENSIONS = ['countries', 'languages', 'ageBands', 'genders'] as const;
export type AudienceDimension = (typeof AUDIENCE_DIMENSIONS)[number];

export type AudienceTarget = Partial<Record<AudienceDimension, readonly string[]>>;

export interface AudienceDimensionMatch {
  dimension: AudienceDimension;
  target: readonly string[];
  /** `null` when the profile has no data for this dimension. */
  shareInTarget: number | null;
}

export interface AudienceMatch {
  dimensions: AudienceDimensionMatch[];
  /** Mean share in target over the dimensions with data. */
  averageShare: number | null;
  /** Product of the per-dimension shares: estimated share matching every target at once. */
  jointShareEstimate: number | null;
}

/** Σ of shares of the target keys (case-insensitive), clamped to 1; `null` without data. */
export function shareInTarget(shares: ShareMap | undefined, target: readonly string[]): number | null {
  if (!shares) return null;
  const wanted = new Set(target.map((t) => t.toLowerCase()));
  let sum = 0;
  let hasData = false;
  for (const key in shares) {
    hasData = true;
    if (wanted.has(key.toLowerCase())) sum += shares[key];
  }
  return hasData ? Math.min(1, Math.max(0, sum)) : null;
}

export function matchAudience(
  profile: AudienceProfileInput | null | undefined,
  target: AudienceTarget,
): AudienceMatch {
  const dimensions: AudienceDimensionMatch[] = [];
  let sum = 0;
  let product = 1;
  let known = 0;
  for (const dimension of AUDIENCE_DIMENSIONS) {
    const cells = target[dimension];
    if (!cells || cells.length === 0) continue;
    const share = shareInTarget(profile?.[dimension], cells);
    dimensions.push({ dimension, target: cells, shareInTarget: share });
    if (share !== null) {
      sum += share;
      product *= share;
      known++;
    }
  }
  return {
    dimensions,
    averageShare: known > 0 ? sum / known : null,
    jointShareEstimate: known > 0 ? product : null,
  };
}

/** Histogram intersection Σ min(a, b): 1 for identical distributions, 0 for disjoint ones. */
export function distributionOverlap(a: ShareMap, b: ShareMap): number {
  let overlap = 0;
  const lower = new Map<string, number>();
  for (const key in b) lower.set(key.toLowerCase(), (lower.get(key.toLowerCase()) ?? 0) + b[key]);
  for (const key in a) {
    const other = lower.get(key.toLowerCase());
    if (other !== undefined) overlap += Math.min(a[key], other);
  }
  return Math.min(1, overlap);
}
