import { type Platform, PLATFORMS, type Tier, TIERS } from '@fitscout/catalogue';
import { PageOf } from '@fitscout/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FreshnessDto } from '../influencers/influencer.dto';

class HitInfluencerDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Lena Klein' })
  displayName: string;

  @ApiProperty({ type: String, nullable: true, example: 'DE' })
  country: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Bayern' })
  region: string | null;

  @ApiProperty({ type: [String], example: ['de'] })
  languages: string[];

  @ApiProperty({ type: [String], example: ['environment'] })
  categories: string[];
}

class HitAccountDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: PLATFORMS, enumName: 'Platform', example: 'instagram' })
  platform: Platform;

  @ApiProperty({ example: 'klima.lena' })
  handle: string;

  @ApiProperty({ type: String, nullable: true })
  url: string | null;

  @ApiProperty({ example: 12400 })
  followers: number;

  @ApiProperty({ enum: TIERS, enumName: 'Tier', nullable: true, example: 'micro' })
  tier: Tier | null;

  @ApiProperty({ example: false })
  verified: boolean;

  @ApiProperty({ type: Number, nullable: true, example: 0.0476 })
  engagementRate: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 0.031 })
  followerGrowth30d: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 78,
    description: 'Stored authenticity score; null until scored.',
  })
  authenticityScore: number | null;

  @ApiProperty({ type: String, nullable: true })
  lastPostedAt: string | null;
}

class HitFitPartDto {
  @ApiProperty({ enum: ['relevance', 'engagement', 'authenticity'], example: 'relevance' })
  part: string;

  @ApiProperty({ type: Number, nullable: true, example: 72.5 })
  score: number | null;

  @ApiProperty({ example: 0.4 })
  weight: number;

  @ApiProperty({ type: Number, nullable: true, example: 29 })
  contribution: number | null;
}

class HitFitDto {
  @ApiProperty({ type: Number, nullable: true, example: 68.2 })
  score: number | null;

  @ApiProperty({ description: 'False when a hard filter of the brief failed.', example: true })
  eligible: boolean;

  @ApiProperty({ type: [HitFitPartDto], description: "Empty for a creator's second-best account." })
  parts: HitFitPartDto[];
}

export class DiscoveryHitDto {
  @ApiProperty({ type: HitInfluencerDto })
  influencer: HitInfluencerDto;

  @ApiProperty({ type: HitAccountDto, description: 'The account that matched the filters.' })
  account: HitAccountDto;

  @ApiProperty({ type: [String], example: ['Klimaschutz'] })
  matchedKeywords: string[];

  @ApiProperty({
    example: 0.41,
    description:
      'The value results are sorted by (relevance score, followers, rate, growth, authenticity or fit).',
  })
  sortValue: number;

  @ApiPropertyOptional({
    type: HitFitDto,
    nullable: true,
    description: 'Only when sorted by fit: the fit score and its parts.',
  })
  fit?: HitFitDto | null;

  @ApiProperty({ type: FreshnessDto })
  freshness: FreshnessDto;
}

export class DiscoveryPageDto extends PageOf(DiscoveryHitDto) {}
