import { decodeCursor, DomainError, type Page, type PageQueryDto, pageLimit, toPage } from '@fitscout/common';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { tierOf } from '../catalogue.constants';
import { MetricSnapshotEntity } from '../entities/metric-snapshot.entity';
import { PostEntity } from '../entities/post.entity';
import type { AccountView, Freshness, InfluencerDetail, OverlayView } from './influencer-detail';

interface InfluencerRow {
  id: string;
  display_name: string;
  bio: string | null;
  languages: string[];
  country: string | null;
  region: string | null;
  categories: InfluencerDetail['categories'];
  accounts: (Omit<AccountView, 'tier' | 'freshness'> & Freshness)[];
}

const newest = (values: (string | null)[]): string | null =>
  values.reduce<string | null>((max, v) => (v !== null && (max === null || v > max) ? v : max), null);

/** Reads of the public catalogue, joined with the caller's own overlay (never another organisation's). */
@Injectable()
export class InfluencerReadService {
  constructor(private readonly dataSource: DataSource) {}

  /** One round trip for the creator, its accounts and their audiences (json aggregation), one for the overlay. */
  async getInfluencer(organisationId: string, influencerId: string): Promise<InfluencerDetail> {
    const [row]: InfluencerRow[] = await this.dataSource.query(
      `SELECT i.id, i.display_name, i.bio, i.languages, i.country, i.region, i.categories,
              coalesce(json_agg(json_build_object(
                'id', a.id, 'platform', a.platform, 'handle', a.handle, 'externalId', a.external_id, 'url', a.url,
                'followers', a.followers, 'following', a.following, 'postCount', a.post_count, 'verified', a.verified,
                'bio', a.bio, 'status', a.status, 'lastPostedAt', a.last_posted_at, 'engagementRate', a.engagement_rate,
                'engagement', a.engagement, 'followerGrowth30d', a.follower_growth_30d,
                'metricsUpdatedAt', a.metrics_updated_at, 'postsUpdatedAt', a.posts_updated_at,
                'audienceUpdatedAt', a.audience_updated_at,
                'audience', CASE WHEN ap.account_id IS NULL THEN NULL ELSE json_build_object(
                  'countries', ap.countries, 'languages', ap.languages, 'ageBands', ap.age_bands, 'genders', ap.genders,
                  'sampleSize', ap.sample_size, 'capturedAt', ap.captured_at) END
              ) ORDER BY a.followers DESC) FILTER (WHERE a.id IS NOT NULL), '[]') AS accounts
         FROM influencers i
         LEFT JOIN platform_accounts a ON a.influencer_id = i.id
         LEFT JOIN audience_profiles ap ON ap.account_id = a.id
        WHERE i.id = $1
        GROUP BY i.id`,
      [influencerId],
    );
    if (!row) throw DomainError.notFound('Influencer');
    const accounts: AccountView[] = row.accounts.map(
      ({ metricsUpdatedAt, postsUpdatedAt, audienceUpdatedAt, ...a }) => ({
        ...a,
        tier: tierOf(a.followers),
        freshness: { metricsUpdatedAt, postsUpdatedAt, audienceUpdatedAt },
      }),
    );
    return {
      id: row.id,
      displayName: row.display_name,
      bio: row.bio,
      languages: row.languages,
      country: row.country,
      region: row.region,
      categories: row.categories,
      accounts,
      overlay: await this.overlayOf(organisationId, influencerId),
      freshness: {
        metricsUpdatedAt: newest(accounts.map((a) => a.freshness.metricsUpdatedAt)),
        postsUpdatedAt: newest(accounts.map((a) => a.freshness.postsUpdatedAt)),
        audienceUpdatedAt: newest(accounts.map((a) => a.freshness.audienceUpdatedAt)),
      },
    };
  }

  /** Posts of all the creator's accounts, newest first. */
  async listPosts(
    influencerId: string,
    query: PageQueryDto & { accountId?: string },
  ): Promise<Page<PostEntity>> {
    await this.assertInfluencerExists(influencerId);
    const limit = pageLimit(query);
    const qb = this.dataSource
      .getRepository(PostEntity)
      .createQueryBuilder('p')
      .innerJoin('platform_accounts', 'a', 'a.id = p.account_id')
      .where('a.influencer_id = :influencerId', { influencerId })
      .orderBy('p.published_at', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .limit(limit + 1);
    if (query.accountId) qb.andWhere('p.account_id = :accountId', { accountId: query.accountId });
    if (query.cursor) {
      const [publishedAt, id] = decodeCursor(query.cursor, 2);
      qb.andWhere('(p.published_at, p.id) < (:publishedAt::timestamptz, :id::uuid)', { publishedAt, id });
    }
    return toPage(
      await qb.getMany(),
      limit,
      (p) => [p.publishedAt.toISOString(), p.id],
      (p) => p,
    );
  }

  /** Snapshots of one account, newest first. */
  async metricsHistory(accountId: string, query: PageQueryDto): Promise<Page<MetricSnapshotEntity>> {
    const exists = await this.dataSource.query('SELECT 1 FROM platform_accounts WHERE id = $1', [accountId]);
    if (exists.length === 0) throw DomainError.notFound('Account');
    const limit = pageLimit(query);
    const qb = this.dataSource
      .getRepository(MetricSnapshotEntity)
      .createQueryBuilder('s')
      .where('s.account_id = :accountId', { accountId })
      .orderBy('s.captured_at', 'DESC')
      .limit(limit + 1);
    if (query.cursor) {
      const [capturedAt] = decodeCursor(query.cursor, 1);
      qb.andWhere('s.captured_at < :capturedAt::timestamptz', { capturedAt });
    }
    return toPage(
      await qb.getMany(),
      limit,
      (s) => [s.capturedAt.toISOString()],
      (s) => s,
    );
  }

  async assertInfluencerExists(influencerId: string): Promise<void> {
    const found = await this.dataSource.query('SELECT 1 FROM influencers WHERE id = $1', [influencerId]);
    if (found.length === 0) throw DomainError.notFound('Influencer');
  }

  private async overlayOf(organisationId: string, influencerId: string): Promise<OverlayView | null> {
    const [overlay]: {
      tracked_at: Date | null;
      notes: string | null;
      tags: string[];
      contact: OverlayView['contact'];
      rates: OverlayView['rates'];
    }[] = await this.dataSource.query(
      'SELECT tracked_at, notes, tags, contact, rates FROM influencer_overlays WHERE organisation_id = $1 AND influencer_id = $2',
      [organisationId, influencerId],
    );
    const lists: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT l.id, l.name FROM influencer_list_items li JOIN influencer_lists l ON l.id = li.list_id
        WHERE li.organisation_id = $1 AND li.influencer_id = $2 ORDER BY l.name`,
      [organisationId, influencerId],
    );
    if (!overlay && lists.length === 0) return null;
    return {
      tracked: overlay?.tracked_at != null,
      trackedAt: overlay?.tracked_at?.toISOString() ?? null,
      notes: overlay?.notes ?? null,
      tags: overlay?.tags ?? [],
      contact: overlay?.contact ?? null,
      rates: overlay?.rates ?? [],
      lists,
    };
  }
}
