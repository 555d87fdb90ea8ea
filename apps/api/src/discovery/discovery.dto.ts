import {
  AGE_BANDS,
  type AgeBand,
  CATEGORIES,
  type Category,
  DISCOVERY_SORTS,
  type DiscoverySort,
  GENDERS,
  type Gender,
  type Platform,
  PLATFORMS,
  type Tier,
  TIERS,
} from '@fitscout/catalogue';
import { EnumProperty, MAX_PAGE_SIZE } from '@fitscout/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { FitWeightsDto } from '../scoring/fit-request.dto';
import { FollowerRangeDto, GrowthRangeDto, RateRangeDto, ScoreRangeDto } from './range.dto';

const TIER_TERMS = [...TIERS, 'micro_influencer'] as const;

class ShareThresholdDto {
  @ApiProperty({
    example: 'DE',
    description: 'Country (ISO alpha-2), language (ISO 639-1), age band or gender.',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(10)
  key: string;

  @ApiProperty({ minimum: 0, maximum: 1, example: 0.4, description: 'Minimum share of the audience.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  min: number;
}

class CountryShareDto extends ShareThresholdDto {
  @Matches(/^[A-Z]{2}$/, { message: 'key must be an ISO 3166-1 alpha-2 country code like DE' })
  declare key: string;
}

class LanguageShareDto extends ShareThresholdDto {
  @Matches(/^[a-z]{2}$/, { message: 'key must be an ISO 639-1 language code like de' })
  declare key: string;
}

class AgeBandShareDto extends ShareThresholdDto {
  @IsIn(AGE_BANDS, { message: `key must be one of: ${AGE_BANDS.join(', ')}` })
  declare key: AgeBand;
}

class GenderShareDto extends ShareThresholdDto {
  @IsIn(GENDERS, { message: `key must be one of: ${GENDERS.join(', ')}` })
  declare key: Gender;
}

class AudienceFilterDto {
  @ApiPropertyOptional({ type: [ShareThresholdDto], example: [{ key: 'DE', min: 0.4 }] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => CountryShareDto)
  countries?: CountryShareDto[];

  @ApiPropertyOptional({ type: [ShareThresholdDto], example: [{ key: 'de', min: 0.5 }] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => LanguageShareDto)
  languages?: LanguageShareDto[];

  @ApiPropertyOptional({ type: [ShareThresholdDto], example: [{ key: '18-24', min: 0.3 }] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(7)
  @ValidateNested({ each: true })
  @Type(() => AgeBandShareDto)
  ageBands?: AgeBandShareDto[];

  @ApiPropertyOptional({ type: [ShareThresholdDto], example: [{ key: 'female', min: 0.5 }] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => GenderShareDto)
  genders?: GenderShareDto[];
}

/** `fit` re-ranks the best matches by full fit (see docs/discovery.md); the others sort in SQL. */
export const SEARCH_SORTS = [...DISCOVERY_SORTS, 'fit'] as const;

class SortDto {
  @EnumProperty(SEARCH_SORTS, 'DiscoverySort', { example: 'relevance' })
  by: DiscoverySort | 'fit';

  @EnumProperty(['desc', 'asc'], 'SortDirection', { optional: true, example: 'desc' })
  direction?: 'asc' | 'desc';
}

/** Every filter is optional and combinable. */
export class DiscoverySearchDto {
  @ApiPropertyOptional({
    enum: PLATFORMS,
    enumName: 'Platform',
    isArray: true,
    example: ['instagram', 'tiktok'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PLATFORMS.length)
  @IsIn(PLATFORMS, { each: true, message: `each value in platforms must be one of: ${PLATFORMS.join(', ')}` })
  platforms?: Platform[];

  @ApiPropertyOptional({ type: FollowerRangeDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => FollowerRangeDto)
  followers?: FollowerRangeDto;

  @ApiPropertyOptional({
    enum: TIER_TERMS,
    enumName: 'TierTerm',
    isArray: true,
    example: ['micro_influencer'],
    description: 'nano 1k–10k, micro 10k–100k, mid, macro, mega; micro_influencer = 1k–100k.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(TIER_TERMS.length)
  @IsIn(TIER_TERMS, { each: true, message: `each value in tiers must be one of: ${TIER_TERMS.join(', ')}` })
  tiers?: (Tier | 'micro_influencer')[];

  @ApiPropertyOptional({ type: [String], example: ['DE', 'AT'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^[A-Z]{2}$/, {
    each: true,
    message: 'each value in countries must be an ISO alpha-2 code like DE',
  })
  countries?: string[];

  @ApiPropertyOptional({ type: [String], example: ['Bayern'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  regions?: string[];

  @ApiPropertyOptional({ type: [String], example: ['de'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^[a-z]{2}$/, { each: true, message: 'each value in languages must be an ISO 639-1 code like de' })
  languages?: string[];

  @ApiPropertyOptional({
    type: [String],
    example: ['Klimaschutz', 'Fahrrad'],
    description: 'Full text over bios, recent captions and hashtags (German and English stemming).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MinLength(2, { each: true })
  @MaxLength(60, { each: true })
  keywords?: string[];

  @EnumProperty(['any', 'all'], 'KeywordMode', {
    optional: true,
    example: 'any',
    description: 'Match any keyword (default) or all.',
  })
  keywordMode?: 'any' | 'all';

  @ApiPropertyOptional({ enum: CATEGORIES, enumName: 'Category', isArray: true, example: ['environment'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(CATEGORIES.length)
  @IsIn(CATEGORIES, {
    each: true,
    message: `each value in categories must be one of: ${CATEGORIES.join(', ')}`,
  })
  categories?: Category[];

  @ApiPropertyOptional({ type: RateRangeDto, description: 'Median engagement rate as a fraction.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RateRangeDto)
  engagementRate?: RateRangeDto;

  @ApiPropertyOptional({ type: GrowthRangeDto, description: 'Relative follower change over 30 days.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => GrowthRangeDto)
  followerGrowth30d?: GrowthRangeDto;

  @ApiPropertyOptional({
    type: ScoreRangeDto,
    description:
      'Stored authenticity score 0–100 (see GET /v1/influencers/{id}/scores); unscored accounts do not match.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScoreRangeDto)
  authenticity?: ScoreRangeDto;

  @ApiPropertyOptional({ minimum: 1, maximum: 3650, example: 30 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  lastPostedWithinDays?: number;

  @ApiPropertyOptional({
    description: 'Only creators your organisation has (true) or lacks (false) contact details for.',
  })
  @IsOptional()
  @IsBoolean()
  hasContactDetails?: boolean;

  @ApiPropertyOptional({ type: AudienceFilterDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => AudienceFilterDto)
  audience?: AudienceFilterDto;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Leave out creators on these lists of yours.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  excludeListIds?: string[];

  @ApiPropertyOptional({
    type: SortDto,
    description: 'Default: relevance with keywords, else followers (desc).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => SortDto)
  sort?: SortDto;

  @ApiPropertyOptional({
    type: FitWeightsDto,
    description:
      'Weights of relevance, engagement and authenticity when sorting by `fit` (default 0.4 / 0.3 / 0.3; normalised).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => FitWeightsDto)
  fitWeights?: FitWeightsDto;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 100,
    example: 60,
    description: 'With sort by `fit`: only hits whose fit score is at least this.',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  minFit?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page, with the same filters.' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;
}
