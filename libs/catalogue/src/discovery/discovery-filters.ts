import type { AgeBand, Category, Gender, Platform, Tier } from '../catalogue.constants';

export interface Range {
  min?: number;
  max?: number;
}

export interface ShareThreshold<K extends string = string> {
  key: K;
  /** Minimum share of the audience, 0..1. */
  min: number;
}

export const DISCOVERY_SORTS = [
  'relevance',
  'followers',
  'engagement_rate',
  'growth',
  'authenticity',
] as const;
export type DiscoverySort = (typeof DISCOVERY_SORTS)[number];

/** Validated discovery query; every filter optional and combinable. */
export interface DiscoveryFilters {
  platforms?: Platform[];
  followers?: Range;
  tiers?: (Tier | 'micro_influencer')[];
  countries?: string[];
  regions?: string[];
  languages?: string[];
  keywords?: string[];
  keywordMode?: 'any' | 'all';
  categories?: Category[];
  engagementRate?: Range;
  followerGrowth30d?: Range;
  /** Stored authenticity score, 0–100 (accounts not scored yet do not match). */
  authenticity?: Range;
  lastPostedWithinDays?: number;
  hasContactDetails?: boolean;
  audience?: {
    countries?: ShareThreshold[];
    languages?: ShareThreshold[];
    ageBands?: ShareThreshold<AgeBand>[];
    genders?: ShareThreshold<Gender>[];
  };
  excludeListIds?: string[];
  sort?: { by: DiscoverySort; direction?: 'asc' | 'desc' };
  limit?: number;
  cursor?: string;
}

export interface DiscoveryHit {
  influencer: {
    id: string;
    displayName: string;
    country: string | null;
    region: string | null;
    languages: string[];
    categories: string[];
  };
  account: {
    id: string;
    platform: Platform;
    handle: string;
    url: string | null;
    followers: number;
    tier: Tier | null;
    verified: boolean;
    engagementRate: number | null;
    followerGrowth30d: number | null;
    authenticityScore: number | null;
    lastPostedAt: string | null;
  };
  /** Query keywords found in this creator's document. */
  matchedKeywords: string[];
  /** The value the results are sorted by (relevance score, followers, rate or growth). */
  sortValue: number;
  freshness: {
    metricsUpdatedAt: string | null;
    postsUpdatedAt: string | null;
    audienceUpdatedAt: string | null;
  };
}
