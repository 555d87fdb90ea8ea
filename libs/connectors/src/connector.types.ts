import type { FollowerSampleEntry, Platform, PostKind } from '@fitscout/scoring';

/** The moment "now" for a connector; injected so tests and the simulation are reproducible. */
export type Clock = () => Date;

/**
 * How a worker names the account it wants. Live connectors prefer `externalId` where the platform can look
 * it up (a handle can be renamed or reassigned); Instagram Business Discovery only takes the handle.
 */
export interface AccountRef {
  /** With or without the leading '@'; compared case-insensitively. */
  handle?: string;
  externalId?: string;
}

/** Profile figures as the platform shows them; `null` = the platform hides or does not expose the figure. */
export interface ProfileMetrics {
  externalId: string;
  /** Lower case, without '@'. */
  handle: string;
  displayName: string | null;
  url: string | null;
  /** `null` when hidden (YouTube `hiddenSubscriberCount`). YouTube rounds to three significant digits. */
  followers: number | null;
  following: number | null;
  postCount: number | null;
  /** `null`: the API does not say (neither YouTube Data API nor Business Discovery expose the badge). */
  verified: boolean | null;
  bio: string | null;
  fetchedAt: Date;
}

export interface PostMetrics {
  externalId: string;
  kind: PostKind;
  publishedAt: Date;
  caption: string | null;
  /** Without '#', original case (CamelCase campaign tags are split by the text pipeline), deduplicated. */
  hashtags: string[];
  /** Lower case, without '@'. */
  mentions: string[];
  /** `null` = hidden by the creator or not exposed by the API; never a stand-in for 0. */
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  views: number | null;
  /** `null` = the API does not tell (only the owner can read the paid-promotion flag on both live APIs). */
  isPaidPartnership: boolean | null;
  url: string | null;
}

/** Shares (0..1) per key, like the catalogue's audience profile. */
export interface AudienceData {
  countries: Record<string, number>;
  languages: Record<string, number>;
  ageBands: Record<string, number>;
  genders: Record<string, number>;
  sampleSize: number | null;
  capturedAt: Date;
}

export interface FollowerSampleData {
  /** Profile features only, no identities (the catalogue stores nothing that names a follower). */
  followers: FollowerSampleEntry[];
  capturedAt: Date;
}

/** One comment under a recent post, for comment-quality scoring (pods, comment services). */
export interface CommentSample {
  postExternalId: string;
  /** An opaque, stable id of the commenter (never a handle); `null` when unknown. */
  authorId: string | null;
  text: string;
  publishedAt: Date | null;
}

export interface FetchPostsOptions {
  /** Newest first; connectors clamp to what one refresh may cost (see each connector). Default 12. */
  limit?: number;
}

/** What a connector can deliver beyond profile and posts; the rest answer `null`. */
export interface ConnectorCapabilities {
  audience: boolean;
  followerSample: boolean;
  comments: boolean;
}

/** Everything one refresh needs, fetched with as few upstream calls as the platform allows. */
export interface AccountData {
  profile: ProfileMetrics;
  posts: PostMetrics[];
  audience: AudienceData | null;
  followerSample: FollowerSampleData | null;
  comments: CommentSample[] | null;
  fetchedAt: Date;
}

export type ConnectorSource = 'simulated' | 'youtube-data-api-v3' | 'instagram-business-discovery' | 'none';

/**
 * One platform's data source. Every method throws a `ConnectorError` subclass on failure (see
 * errors/connector-errors.ts): `kind` says whether to retry, `retryAt` when, `accountStatus` what it means
 * for the account. A disabled connector throws `ConnectorDisabledError` from every fetch.
 */
export interface PlatformConnector {
  readonly platform: Platform;
  readonly source: ConnectorSource;
  /** False without credentials (live) or without an implementation for the platform; see disabledReason. */
  readonly enabled: boolean;
  /** Why the connector is disabled, for health output; `null` when enabled. */
  readonly disabledReason: string | null;
  readonly capabilities: ConnectorCapabilities;
  fetchProfile(ref: AccountRef): Promise<ProfileMetrics>;
  fetchRecentPosts(ref: AccountRef, options?: FetchPostsOptions): Promise<PostMetrics[]>;
  /** `null` when the platform does not offer audience demographics for other accounts. */
  fetchAudience(ref: AccountRef): Promise<AudienceData | null>;
  /** `null` when the platform does not let us sample another account's followers. */
  fetchFollowerSample(ref: AccountRef): Promise<FollowerSampleData | null>;
  /** `null` when comments of other accounts' posts are not available. */
  fetchRecentComments(ref: AccountRef, options?: FetchPostsOptions): Promise<CommentSample[] | null>;
  /** Profile, posts and whatever else is supported, in one go (live connectors share upstream calls). */
  fetchAccount(ref: AccountRef, options?: FetchPostsOptions): Promise<AccountData>;
}

/** One line of `ConnectorRegistry#health()`. */
export interface ConnectorHealth {
  platform: Platform;
  source: ConnectorSource;
  enabled: boolean;
  disabledReason: string | null;
  capabilities: ConnectorCapabilities;
}

export const DEFAULT_POST_LIMIT = 12;
