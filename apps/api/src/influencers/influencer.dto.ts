import {
  ACCOUNT_STATUSES,
  type AccountStatus,
  CATEGORIES,
  type Category,
  type Platform,
  PLATFORMS,
  type Tier,
  TIERS,
} from '@fitscout/catalogue';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FreshnessDto {
  @ApiProperty({ type: String, nullable: true, example: '2026-11-23T06:00:00.000Z' })
  metricsUpdatedAt: string | null;

  @ApiProperty({ type: String, nullable: true, example: '2026-11-23T06:00:00.000Z' })
  postsUpdatedAt: string | null;

  @ApiProperty({ type: String, nullable: true, example: '2026-11-20T06:00:00.000Z' })
  audienceUpdatedAt: string | null;
}

const SHARE_MAP = { type: 'object', additionalProperties: { type: 'number' } } as const;

export class AudienceDto {
  @ApiProperty({ ...SHARE_MAP, example: { DE: 0.78, AT: 0.12 } })
  countries: Record<string, number>;

  @ApiProperty({ ...SHARE_MAP, example: { de: 0.9, en: 0.08 } })
  languages: Record<string, number>;

  @ApiProperty({ ...SHARE_MAP, example: { '18-24': 0.35, '25-34': 0.4 } })
  ageBands: Record<string, number>;

  @ApiProperty({ ...SHARE_MAP, example: { female: 0.6, male: 0.38, other: 0.02 } })
  genders: Record<string, number>;

  @ApiProperty({ type: Number, nullable: true, example: 800 })
  sampleSize: number | null;

  @ApiProperty({ example: '2026-11-20T06:00:00.000Z' })
  capturedAt: string;
}

export class ScoreSummaryDto {
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 72,
    description: '0–100; null with insufficient data.',
  })
  score: number | null;

  @ApiProperty({ enum: ['high', 'medium', 'low', 'insufficient_data'], example: 'medium' })
  confidence: string;
}

export class AccountScoresDto {
  @ApiProperty({ type: ScoreSummaryDto })
  engagement: ScoreSummaryDto;

  @ApiProperty({ type: ScoreSummaryDto })
  authenticity: ScoreSummaryDto;

  @ApiProperty({ type: String, nullable: true, example: 'cat-v1+published-2026.1' })
  benchmarkVersion: string | null;

  @ApiProperty({ example: '2026-11-23T06:00:00.000Z' })
  computedAt: string;
}

export class AccountDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: PLATFORMS, enumName: 'Platform', example: 'instagram' })
  platform: Platform;

  @ApiProperty({ example: 'klima.lena' })
  handle: string;

  @ApiProperty({ type: String, nullable: true, example: '17841400000000001' })
  externalId: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'https://instagram.com/klima.lena' })
  url: string | null;

  @ApiProperty({ example: 12400 })
  followers: number;

  @ApiProperty({ type: Number, nullable: true, example: 310 })
  following: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 420 })
  postCount: number | null;

  @ApiProperty({ example: false })
  verified: boolean;

  @ApiProperty({ type: String, nullable: true })
  bio: string | null;

  @ApiProperty({ enum: ACCOUNT_STATUSES, enumName: 'AccountStatus', example: 'active' })
  status: AccountStatus;

  @ApiProperty({ type: String, nullable: true })
  lastPostedAt: string | null;

  @ApiProperty({ enum: TIERS, enumName: 'Tier', nullable: true, example: 'micro' })
  tier: Tier | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.0476,
    description: 'Median engagement rate (fraction).',
  })
  engagementRate: number | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description:
      'How engagementRate was computed: formula, window, denominator, sample size, by-views and sponsored rates.',
    example: {
      formula: 'median((likes + comments) / followers)',
      denominator: 'followers',
      sampleSize: 2,
      engagementRate: 0.0476,
      window: { maxPosts: 12, maxAgeDays: 180, minAgeHours: 48 },
    },
  })
  engagement: object | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.031,
    description: 'Relative follower change over 30 days.',
  })
  followerGrowth30d: number | null;

  @ApiProperty({ type: AudienceDto, nullable: true })
  audience: AudienceDto | null;

  @ApiProperty({
    type: AccountScoresDto,
    nullable: true,
    description:
      'Stored scores when computed (details with components and flags: GET /v1/influencers/{id}/scores).',
  })
  scores: AccountScoresDto | null;

  @ApiProperty({ type: FreshnessDto })
  freshness: FreshnessDto;
}

export class ContactDto {
  @ApiPropertyOptional({ example: 'lena@example.org' })
  email?: string;

  @ApiPropertyOptional({ example: '+49 89 1234567' })
  phone?: string;

  @ApiPropertyOptional({ example: 'https://lena.example.org' })
  website?: string;

  @ApiPropertyOptional({ example: 'Agentur Süd' })
  agency?: string;
}

export class RateDto {
  @ApiProperty({ example: 'reel' })
  deliverable: string;

  @ApiPropertyOptional({ enum: PLATFORMS, enumName: 'Platform', example: 'instagram' })
  platform?: string;

  @ApiProperty({ example: 45000, description: 'Minor units (cents).' })
  amountMinor: number;

  @ApiProperty({ example: 'EUR' })
  currency: string;

  @ApiPropertyOptional({ example: 'incl. 30 days usage rights' })
  note?: string;
}

export class ListRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Klima-Kampagne 2027' })
  name: string;
}

export class OverlayDto {
  @ApiProperty({ example: true })
  tracked: boolean;

  @ApiProperty({ type: String, nullable: true })
  trackedAt: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Sehr verlässlich, antwortet schnell.' })
  notes: string | null;

  @ApiProperty({ type: [String], example: ['radverkehr', 'bayern'] })
  tags: string[];

  @ApiProperty({ type: ContactDto, nullable: true })
  contact: ContactDto | null;

  @ApiProperty({ type: [RateDto] })
  rates: RateDto[];

  @ApiProperty({ type: [ListRefDto] })
  lists: ListRefDto[];
}

export class InfluencerDetailDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Lena Klein' })
  displayName: string;

  @ApiProperty({ type: String, nullable: true })
  bio: string | null;

  @ApiProperty({ type: [String], example: ['de'] })
  languages: string[];

  @ApiProperty({ type: String, nullable: true, example: 'DE' })
  country: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Bayern' })
  region: string | null;

  @ApiProperty({ enum: CATEGORIES, enumName: 'Category', isArray: true, example: ['environment'] })
  categories: Category[];

  @ApiProperty({ type: [AccountDto] })
  accounts: AccountDto[];

  @ApiProperty({
    type: OverlayDto,
    nullable: true,
    description: "Your organisation's private data; null when none.",
  })
  overlay: OverlayDto | null;

  @ApiProperty({ type: FreshnessDto })
  freshness: FreshnessDto;
}
