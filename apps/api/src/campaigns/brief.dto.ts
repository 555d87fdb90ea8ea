import { AGE_BANDS, CATEGORIES, GENDERS, PLATFORMS, type Platform, TIERS } from '@fitscout/catalogue';
import type { CampaignBriefInput, TierTerm } from '@fitscout/campaigns';
import { CAMPAIGN_LIMITS } from '@fitscout/campaigns';
import {
  CONTENT_KINDS,
  type ContentKind,
  PLATFORMS as CONTENT_PLATFORMS,
  type Platform as ContentPlatform,
} from '@fitscout/compliance';
import { EnumProperty } from '@fitscout/common';
import { TOPIC_IDS, type TopicId } from '@fitscout/scoring';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { FollowerRangeDto } from '../discovery/range.dto';
import { FitWeightsDto } from '../scoring/fit-request.dto';

const TIER_TERMS = [...TIERS, 'micro_influencer'] as const;

/** Lists of short texts (key messages, do's, don'ts). */
function TextList(example: string[], description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: [String], example, description, maxItems: 20 }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(20),
    IsString({ each: true }),
    MinLength(1, { each: true }),
    MaxLength(500, { each: true }),
  );
}

export class AudienceTargetDto {
  @ApiPropertyOptional({ type: [String], example: ['DE', 'AT'], description: 'ISO 3166-1 alpha-2.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @Matches(/^[A-Z]{2}$/, {
    each: true,
    message: 'each value in countries must be an ISO country code like DE',
  })
  countries?: string[];

  @ApiPropertyOptional({ type: [String], example: ['de'], description: 'ISO 639-1.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^[a-z]{2}$/, { each: true, message: 'each value in languages must be an ISO 639-1 code like de' })
  languages?: string[];

  @ApiPropertyOptional({ enum: AGE_BANDS, enumName: 'AgeBand', isArray: true, example: ['18-24', '25-34'] })
  @IsOptional()
  @IsArray()
  @IsIn(AGE_BANDS, { each: true, message: `each value in ageBands must be one of: ${AGE_BANDS.join(', ')}` })
  ageBands?: (typeof AGE_BANDS)[number][];

  @ApiPropertyOptional({ enum: GENDERS, enumName: 'Gender', isArray: true, example: ['female', 'male'] })
  @IsOptional()
  @IsArray()
  @IsIn(GENDERS, { each: true, message: `each value in genders must be one of: ${GENDERS.join(', ')}` })
  genders?: (typeof GENDERS)[number][];
}

export class CreatorCriteriaDto {
  @ApiPropertyOptional({ enum: PLATFORMS, enumName: 'Platform', isArray: true, example: ['instagram'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PLATFORMS.length)
  @IsIn(PLATFORMS, { each: true, message: `each value in platforms must be one of: ${PLATFORMS.join(', ')}` })
  platforms?: Platform[];

  @ApiPropertyOptional({ type: FollowerRangeDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => FollowerRangeDto)
  followers?: FollowerRangeDto | null;

  @ApiPropertyOptional({
    enum: TIER_TERMS,
    enumName: 'TierTerm',
    isArray: true,
    example: ['micro_influencer'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(TIER_TERMS.length)
  @IsIn(TIER_TERMS, { each: true, message: `each value in tiers must be one of: ${TIER_TERMS.join(', ')}` })
  tiers?: TierTerm[];

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 1,
    example: 0.02,
    description: 'Minimum stored engagement rate (fraction; 0.02 = 2 %).',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  minEngagementRate?: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 100,
    example: 60,
    description: 'Minimum authenticity score (0–100); creators below it are not recommended.',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  minAuthenticity?: number | null;
}

export class DeliverableTemplateDto {
  @EnumProperty(CONTENT_KINDS, 'ContentKind', { example: 'reel' })
  type: ContentKind;

  @EnumProperty(CONTENT_PLATFORMS, 'CompliancePlatform', { example: 'instagram' })
  platform: ContentPlatform;

  @ApiProperty({ minimum: 1, maximum: CAMPAIGN_LIMITS.maxDeliverableCount, example: 2 })
  @IsInt()
  @Min(1)
  @Max(CAMPAIGN_LIMITS.maxDeliverableCount)
  count: number;
}

/** The campaign brief; everything but the description is optional. */
export class BriefDto implements CampaignBriefInput {
  @ApiProperty({ example: 'Junge Menschen in Bayern für die Verkehrswende mobilisieren.', maxLength: 5000 })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  description: string;

  @ApiPropertyOptional({ enum: TOPIC_IDS, enumName: 'TopicId', isArray: true, example: ['umwelt_klima'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(TOPIC_IDS.length)
  @IsIn(TOPIC_IDS, { each: true, message: `each value in topics must be one of: ${TOPIC_IDS.join(', ')}` })
  topics?: TopicId[];

  @ApiPropertyOptional({ enum: CATEGORIES, enumName: 'Category', isArray: true, example: ['environment'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(CATEGORIES.length)
  @IsIn(CATEGORIES, {
    each: true,
    message: `each value in categories must be one of: ${CATEGORIES.join(', ')}`,
  })
  categories?: (typeof CATEGORIES)[number][];

  @ApiPropertyOptional({ type: [String], example: ['Klimaschutz', 'Fahrrad'], maxItems: 20 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(2, { each: true })
  @MaxLength(60, { each: true })
  keywords?: string[];

  @ApiPropertyOptional({ type: AudienceTargetDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AudienceTargetDto)
  audience?: AudienceTargetDto;

  @ApiPropertyOptional({ type: CreatorCriteriaDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CreatorCriteriaDto)
  creatorCriteria?: CreatorCriteriaDto;

  @ApiPropertyOptional({
    type: [DeliverableTemplateDto],
    maxItems: CAMPAIGN_LIMITS.maxDeliverableItems,
    description: "Every new collaboration's terms start with these deliverables.",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(CAMPAIGN_LIMITS.maxDeliverableItems)
  @ValidateNested({ each: true })
  @Type(() => DeliverableTemplateDto)
  deliverables?: DeliverableTemplateDto[];

  @TextList(['Mit dem Rad ist man in der Stadt schneller'], 'Key messages.')
  keyMessages?: string[];

  @TextList(['Eigene Alltagswege zeigen'], "Do's.")
  dos?: string[];

  @TextList(['Keine Autos schlechtreden'], "Don'ts.")
  donts?: string[];

  @ApiPropertyOptional({
    type: FitWeightsDto,
    nullable: true,
    description:
      'Fit weights for recommendations (normalised); default relevance 0.4, engagement 0.3, authenticity 0.3.',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => FitWeightsDto)
  weights?: FitWeightsDto | null;
}
