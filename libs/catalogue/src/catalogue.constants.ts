// Platforms and post kinds are defined once, with the scoring that interprets them.
export { type Platform, PLATFORMS, type PostKind, POST_KINDS } from '@fitscout/scoring';

export const ACCOUNT_STATUSES = ['active', 'private', 'deleted', 'suspended', 'pending'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/** Creator categories (topic areas campaigns search by). */
export const CATEGORIES = [
  'environment',
  'labour',
  'education',
  'health',
  'sport',
  'fashion',
  'beauty',
  'politics',
  'family',
  'food',
  'travel',
  'technology',
  'culture',
  'gaming',
  'finance',
  'lifestyle',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const AGE_BANDS = ['13-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const GENDERS = ['female', 'male', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

/** Follower tiers. `micro_influencer` is the campaign term for the whole 1k–100k range. */
export const TIERS = ['nano', 'micro', 'mid', 'macro', 'mega'] as const;
export type Tier = (typeof TIERS)[number];
export const TIER_RANGES: Record<Tier | 'micro_influencer', { min: number; max: number | null }> = {
  nano: { min: 1_000, max: 9_999 },
  micro: { min: 10_000, max: 99_999 },
  mid: { min: 100_000, max: 499_999 },
  macro: { min: 500_000, max: 999_999 },
  mega: { min: 1_000_000, max: null },
  micro_influencer: { min: 1_000, max: 99_999 },
};

export function tierOf(followers: number): Tier | null {
  if (followers >= 1_000_000) return 'mega';
  if (followers >= 500_000) return 'macro';
  if (followers >= 100_000) return 'mid';
  if (followers >= 10_000) return 'micro';
  if (followers >= 1_000) return 'nano';
  return null;
}
