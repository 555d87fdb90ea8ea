import { BaseEntity } from '@fitscout/database';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { AccountStatus, Platform } from '../catalogue.constants';
import type { EngagementSummary } from '../engagement/engagement-summary';
import { InfluencerEntity } from './influencer.entity';

/**
 * One account of a creator on one platform, with its latest public figures and the denormalised
 * columns discovery filters and sorts on (see docs/discovery.md for the indexes that serve them).
 */
@Entity('platform_accounts')
@Index('UQ_ACCOUNTS_PLATFORM_EXTERNAL_ID', ['platform', 'externalId'], {
  unique: true,
  where: 'external_id IS NOT NULL',
})
@Index('UQ_ACCOUNTS_PLATFORM_HANDLE', ['platform', 'handle'], { unique: true })
// Discovery (docs/discovery.md): partial indexes over active accounts for each sort, walked backwards for DESC;
// the query runs one ordered scan per (country, platform) so each can stop after a page.
@Index('IDX_ACCOUNTS_ACTIVE_FOLLOWERS', ['followers', 'id'], { where: "status = 'active'" })
@Index('IDX_ACCOUNTS_ACTIVE_PLATFORM_FOLLOWERS', ['platform', 'followers', 'id'], {
  where: "status = 'active'",
})
@Index('IDX_ACCOUNTS_ACTIVE_COUNTRY_FOLLOWERS', ['country', 'followers', 'id'], {
  where: "status = 'active'",
})
@Index('IDX_ACCOUNTS_ACTIVE_COUNTRY_PLATFORM_FOLLOWERS', ['country', 'platform', 'followers', 'id'], {
  where: "status = 'active'",
})
@Index('IDX_ACCOUNTS_ACTIVE_COUNTRY_ENGAGEMENT', ['country', 'engagementRate', 'id'], {
  where: "status = 'active' AND engagement_rate IS NOT NULL",
})
@Index('IDX_ACCOUNTS_ACTIVE_ENGAGEMENT', ['engagementRate', 'id'], {
  where: "status = 'active' AND engagement_rate IS NOT NULL",
})
@Index('IDX_ACCOUNTS_ACTIVE_COUNTRY_AUTHENTICITY', ['country', 'authenticityScore', 'id'], {
  where: "status = 'active' AND authenticity_score IS NOT NULL",
})
@Index('IDX_ACCOUNTS_ACTIVE_GROWTH', ['followerGrowth30d', 'id'], {
  where: "status = 'active' AND follower_growth_30d IS NOT NULL",
})
// GIN indexes (full text, categories, languages) are created by hand-written migration; TypeORM cannot declare them.
@Index('IDX_ACCOUNTS_SEARCH_DOCUMENT', { synchronize: false })
@Index('IDX_ACCOUNTS_CATEGORIES', { synchronize: false })
export class PlatformAccountEntity extends BaseEntity {
  @Index()
  @Column({ type: 'uuid' })
  influencerId: string;

  @ManyToOne(() => InfluencerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'influencer_id' })
  influencer?: InfluencerEntity;

  @Column({ type: 'varchar', length: 20 })
  platform: Platform;

  /** Lower case, without '@'. */
  @Column({ type: 'varchar', length: 100 })
  handle: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  externalId: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  url: string | null;

  @Column({ type: 'integer', default: 0 })
  followers: number;

  @Column({ type: 'integer', nullable: true })
  following: number | null;

  @Column({ type: 'integer', nullable: true })
  postCount: number | null;

  @Column({ type: 'boolean', default: false })
  verified: boolean;

  @Column({ type: 'text', nullable: true })
  bio: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastPostedAt: Date | null;

  @Column({ type: 'varchar', length: 20, default: 'active' })
  status: AccountStatus;

  /** Median engagement rate (fraction, e.g. 0.034) over the documented window; null without enough posts. */
  @Column({ type: 'real', nullable: true })
  engagementRate: number | null;

  /** Formula, window, denominator, sample size and companions of engagementRate. */
  @Column({ type: 'jsonb', nullable: true })
  engagement: EngagementSummary | null;

  /** Relative follower change over the last 30 days (0.05 = +5 %); null without a 30-day-old snapshot. */
  @Column({ name: 'follower_growth_30d', type: 'real', nullable: true })
  followerGrowth30d: number | null;

  // Copies of the creator's country, region, languages and categories: discovery filters on them
  // together with account figures, and a copy on the row avoids a join on every candidate.
  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  region: string | null;

  @Column({ type: 'varchar', length: 8, array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ type: 'varchar', length: 30, array: true, default: () => "'{}'" })
  categories: string[];

  /** Copy of the stored authenticity score (account_scores, written with it) for discovery filters and sorts. */
  @Column({ type: 'real', nullable: true })
  authenticityScore: number | null;

  /** Full-text document: creator name and bios, recent captions, hashtags and their split words (German + English stems). */
  @Column({ type: 'tsvector', nullable: true, select: false })
  searchDocument: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  metricsUpdatedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  postsUpdatedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  audienceUpdatedAt: Date | null;
}
