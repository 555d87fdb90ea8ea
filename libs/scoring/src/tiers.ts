import { Platform, PostKind } from './types';

/**
 * Display tiers (Later × Fohr 2021 bounds, nano starting at 1K as in HypeAuditor's reports) and the finer
 * buckets benchmarks are computed on. ER falls by a factor of ~3 inside 1K–100K (HypeAuditor 2026:
 * 1.78% for 1K–10K vs 0.54% for 10K–50K), so comparing within a tier would reward size, not quality.
 */
export type FollowerTier = 'sub_nano' | 'nano' | 'micro' | 'mid' | 'macro' | 'mega';

export const FOLLOWER_BUCKETS = [
  'lt_1k',
  '1k_3k',
  '3k_10k',
  '10k_30k',
  '30k_100k',
  '100k_500k',
  '500k_1m',
  '1m_plus',
] as const;
export type FollowerBucket = (typeof FOLLOWER_BUCKETS)[number];

/** Lower bounds (inclusive) of each bucket, in FOLLOWER_BUCKETS order. */
const BUCKET_LOWER_BOUNDS = [0, 1_000, 3_000, 10_000, 30_000, 100_000, 500_000, 1_000_000];

export function followerTier(followers: number): FollowerTier {
  if (followers < 1_000) return 'sub_nano';
  if (followers < 10_000) return 'nano';
  if (followers < 100_000) return 'micro';
  if (followers < 500_000) return 'mid';
  if (followers < 1_000_000) return 'macro';
  return 'mega';
}

export function followerBucket(followers: number): FollowerBucket {
  let i = BUCKET_LOWER_BOUNDS.length - 1;
  while (i > 0 && followers < BUCKET_LOWER_BOUNDS[i]) i--;
  return FOLLOWER_BUCKETS[i];
}

/**
 * Platforms whose share counts are public and counted as interactions. Instagram and YouTube shares are
 * owner-only, so counting them would make creators who connected insights look better than those who did not.
 */
const SHARE_PLATFORMS: ReadonlySet<Platform> = new Set<Platform>(['tiktok', 'x', 'facebook', 'linkedin']);

/** Platforms where every item is a video, so views are the natural reach denominator. */
const VIDEO_PLATFORMS: ReadonlySet<Platform> = new Set<Platform>(['tiktok', 'youtube', 'twitch']);
const VIDEO_KINDS: ReadonlySet<PostKind> = new Set<PostKind>(['reel', 'video', 'short', 'livestream']);

export function countsShares(platform: Platform): boolean {
  return SHARE_PLATFORMS.has(platform);
}

export function isVideoPlatform(platform: Platform): boolean {
  return VIDEO_PLATFORMS.has(platform);
}

export function isVideoItem(platform: Platform, kind: PostKind): boolean {
  return VIDEO_PLATFORMS.has(platform) || VIDEO_KINDS.has(kind);
}
