/**
 * Plain input types for the scoring functions. The catalogue maps its entities to these; nothing here knows
 * about TypeORM or NestJS. Counts are raw integers as the platform shows them; `null` means "not public /
 * not collected" and is never treated as zero.
 */

export const PLATFORMS = [
  'instagram',
  'tiktok',
  'youtube',
  'x',
  'twitch',
  'facebook',
  'linkedin',
  'reddit',
] as const;
export type Platform = (typeof PLATFORMS)[number];

export const POST_KINDS = ['post', 'reel', 'story', 'video', 'short', 'livestream'] as const;
export type PostKind = (typeof POST_KINDS)[number];

/** Share of audience per key (ISO country, ISO language, age band such as `18-24`, gender), each 0..1. */
export type ShareMap = Readonly<Record<string, number>>;

/** One platform account of a creator (catalogue: platform account). */
export interface ScoringAccountInput {
  platform: Platform;
  followers: number;
  /** Accounts this account follows; `null` where the platform does not show it (YouTube, Twitch). */
  following: number | null;
  postCount: number | null;
  verified?: boolean;
  bio?: string | null;
  lastPostedAt?: Date | null;
  /** Creator's own country (ISO 3166-1 alpha-2), if known from profile or vetting. */
  country?: string | null;
  /** Creator's main content language (ISO 639-1); detected from bio and captions when absent. */
  language?: string | null;
}

/** One published item (catalogue: post). */
export interface ScoringPostInput {
  id?: string;
  kind: PostKind;
  publishedAt: Date;
  caption?: string | null;
  /** Hashtags with or without the leading `#`. */
  hashtags?: readonly string[];
  mentions?: readonly string[];
  /** `null` = likes hidden by the creator: the post is left out of like-based rates, never counted as 0. */
  likes: number | null;
  comments: number | null;
  shares?: number | null;
  saves?: number | null;
  views?: number | null;
  isPaidPartnership: boolean;
  /** Pinned posts are skipped: they are chosen for being the best, which biases the median. */
  isPinned?: boolean;
}

/** A point of the account's follower time series (catalogue: metric snapshot). */
export interface MetricSnapshotInput {
  capturedAt: Date;
  followers: number;
  following?: number | null;
  postCount?: number | null;
}

/** Audience demographics (owner insights or our own estimate). Each map's shares should sum to ≤ 1. */
export interface AudienceProfileInput {
  countries?: ShareMap;
  languages?: ShareMap;
  ageBands?: ShareMap;
  genders?: ShareMap;
  /** Number of followers the estimate rests on; `null` for owner-authorised insights. */
  sampleSize?: number | null;
}

/** Profile facts of one sampled follower, as used by the per-follower classifier. */
export interface FollowerSampleEntry {
  posts: number;
  followers: number;
  following: number;
  hasProfilePicture: boolean;
  isPrivate: boolean;
  usernameLength: number;
  digitsInUsername: number;
}

/** One comment on a recent post (optional input). */
export interface ScoringCommentInput {
  /** Lets duplicates be counted across posts and repeat commenters be detected. */
  postId?: string | null;
  authorId?: string | null;
  text: string;
}
