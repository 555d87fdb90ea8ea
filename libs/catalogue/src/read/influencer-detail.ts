import type { AccountStatus, Category, Platform, Tier } from '../catalogue.constants';
import type { ContactDetails, NegotiatedRate } from '../entities/influencer-overlay.entity';
import type { EngagementSummary } from '../engagement/engagement-summary';

export interface AudienceView {
  countries: Record<string, number>;
  languages: Record<string, number>;
  ageBands: Record<string, number>;
  genders: Record<string, number>;
  sampleSize: number | null;
  capturedAt: string;
}

export interface AccountView {
  id: string;
  platform: Platform;
  handle: string;
  externalId: string | null;
  url: string | null;
  followers: number;
  following: number | null;
  postCount: number | null;
  verified: boolean;
  bio: string | null;
  status: AccountStatus;
  lastPostedAt: string | null;
  tier: Tier | null;
  engagementRate: number | null;
  engagement: EngagementSummary | null;
  followerGrowth30d: number | null;
  audience: AudienceView | null;
  freshness: Freshness;
}

export interface Freshness {
  metricsUpdatedAt: string | null;
  postsUpdatedAt: string | null;
  audienceUpdatedAt: string | null;
}

export interface OverlayView {
  tracked: boolean;
  trackedAt: string | null;
  notes: string | null;
  tags: string[];
  contact: ContactDetails | null;
  rates: NegotiatedRate[];
  lists: { id: string; name: string }[];
}

export interface InfluencerDetail {
  id: string;
  displayName: string;
  bio: string | null;
  languages: string[];
  country: string | null;
  region: string | null;
  categories: Category[];
  accounts: AccountView[];
  /** The caller's organisation's private data on this creator; null when it has none. */
  overlay: OverlayView | null;
  /** Newest update time per group of metrics over all accounts. */
  freshness: Freshness;
}
