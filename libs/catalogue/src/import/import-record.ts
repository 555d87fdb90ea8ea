import type { AccountStatus, AgeBand, Category, Gender, Platform, PostKind } from '../catalogue.constants';

/**
 * One line of a catalogue import (JSON Lines; CSV carries the same fields, nested ones as JSON cells).
 * One platform account with its creator, recent posts, audience and history. Upserted by
 * (platform, externalId), or (platform, handle) when there is no externalId.
 */
export interface ImportRecord {
  platform: Platform;
  /** The platform's stable id; preferred key. */
  externalId?: string;
  /** Without the leading @; matched case-insensitively. */
  handle: string;
  url?: string;
  followers: number;
  following?: number;
  postCount?: number;
  verified?: boolean;
  bio?: string;
  status?: AccountStatus;
  /** ISO 8601. */
  lastPostedAt?: string;
  /**
   * When these figures were observed (ISO 8601). Defaults to the start of the import's UTC day, so
   * importing the same file twice on one day writes one metric snapshot, not two.
   */
  capturedAt?: string;
  influencer: ImportInfluencer;
  posts?: ImportPost[];
  audience?: ImportAudience;
  /** Older snapshots, oldest first; the import adds one snapshot for the current figures itself. */
  metrics?: ImportMetricSnapshot[];
  followerSample?: ImportSampledFollower[];
}

export interface ImportInfluencer {
  /** Groups several accounts of one creator across lines; defaults to platform:handle. */
  key?: string;
  displayName: string;
  bio?: string;
  /** ISO 639-1, lower case. */
  languages?: string[];
  /** ISO 3166-1 alpha-2, upper case. */
  country?: string;
  region?: string;
  categories?: Category[];
}

export interface ImportPost {
  externalId: string;
  kind: PostKind;
  publishedAt: string;
  caption?: string;
  /** Without '#'. */
  hashtags?: string[];
  /** Without '@'. */
  mentions?: string[];
  /** null when the creator hides likes. */
  likes?: number | null;
  comments?: number | null;
  shares?: number | null;
  saves?: number | null;
  views?: number | null;
  isPaidPartnership?: boolean;
  url?: string;
}

/** Shares are fractions 0..1; each group should sum to at most 1. */
export interface ImportAudience {
  countries?: Record<string, number>;
  languages?: Record<string, number>;
  ageBands?: Partial<Record<AgeBand, number>>;
  genders?: Partial<Record<Gender, number>>;
  sampleSize?: number;
  capturedAt?: string;
}

export interface ImportMetricSnapshot {
  capturedAt: string;
  followers: number;
  following?: number;
  postCount?: number;
}

export interface ImportSampledFollower {
  posts: number;
  followers: number;
  following: number;
  hasProfilePicture: boolean;
  isPrivate: boolean;
  usernameLength: number;
  digitsInUsername: number;
}
