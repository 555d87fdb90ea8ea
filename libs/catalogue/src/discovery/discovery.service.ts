import { encodeCursor, type Page } from '@fitscout/common';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Platform, tierOf } from '../catalogue.constants';
import type { DiscoveryFilters, DiscoveryHit } from './discovery-filters';
import { buildDiscoveryQuery } from './discovery-query';

interface HitRow {
  id: string;
  influencer_id: string;
  platform: Platform;
  handle: string;
  url: string | null;
  followers: number;
  verified: boolean;
  engagement_rate: number | null;
  follower_growth_30d: number | null;
  authenticity_score: number | null;
  last_posted_at: Date | null;
  metrics_updated_at: Date | null;
  posts_updated_at: Date | null;
  audience_updated_at: Date | null;
  country: string | null;
  region: string | null;
  languages: string[];
  categories: string[];
  sort_value: number;
  display_name: string;
  matched_keywords: string[];
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Discovery over the public catalogue; the organisation id only scopes overlay- and list-based filters. */
@Injectable()
export class DiscoveryService {
  constructor(private readonly dataSource: DataSource) {}

  async search(organisationId: string, filters: DiscoveryFilters): Promise<Page<DiscoveryHit>> {
    const { sql, params, limit } = buildDiscoveryQuery(organisationId, filters);
    const rows: HitRow[] = await this.dataSource.query(sql, params);
    const hasMore = rows.length > limit;
    const pageRows = hasMore ? rows.slice(0, limit) : rows;
    const last = pageRows[pageRows.length - 1];
    return {
      items: pageRows.map(toHit),
      nextCursor: hasMore && last ? encodeCursor([last.sort_value, last.id]) : null,
    };
  }
}

function toHit(r: HitRow): DiscoveryHit {
  return {
    influencer: {
      id: r.influencer_id,
      displayName: r.display_name,
      country: r.country,
      region: r.region,
      languages: r.languages,
      categories: r.categories,
    },
    account: {
      id: r.id,
      platform: r.platform,
      handle: r.handle,
      url: r.url,
      followers: r.followers,
      tier: tierOf(r.followers),
      verified: r.verified,
      engagementRate: r.engagement_rate,
      followerGrowth30d: r.follower_growth_30d,
      authenticityScore: r.authenticity_score,
      lastPostedAt: iso(r.last_posted_at),
    },
    matchedKeywords: r.matched_keywords,
    sortValue: r.sort_value,
    freshness: {
      metricsUpdatedAt: iso(r.metrics_updated_at),
      postsUpdatedAt: iso(r.posts_updated_at),
      audienceUpdatedAt: iso(r.audience_updated_at),
    },
  };
}
