import { AGE_BANDS, CATEGORIES, GENDERS } from '@fitscout/catalogue';
import { TOPIC_IDS, type TopicId } from '@fitscout/scoring';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
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

export const MAX_FIT_INFLUENCERS = 100;

export class FitBriefDto {
  @ApiPropertyOptional({ type: [String], example: ['Klimaschutz', 'Fahrrad'], maxItems: 20 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(100, { each: true })
  keywords?: string[];

  @ApiPropertyOptional({
    enum: TOPIC_IDS,
    enumName: 'TopicId',
    isArray: true,
    example: ['umwelt_klima'],
    description: 'Lexicon topics (docs/scoring.md §8).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(TOPIC_IDS.length)
  @IsIn(TOPIC_IDS, { each: true, message: `each value in topics must be one of: ${TOPIC_IDS.join(', ')}` })
  topics?: TopicId[];

  @ApiPropertyOptional({
    enum: CATEGORIES,
    enumName: 'Category',
    isArray: true,
    example: ['environment'],
    description: 'Catalogue categories; mapped to lexicon topics where one exists.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(CATEGORIES.length)
  @IsIn(CATEGORIES, {
    each: true,
    message: `each value in categories must be one of: ${CATEGORIES.join(', ')}`,
  })
  categories?: string[];

  @ApiPropertyOptional({
    type: [String],
    example: ['DE', 'AT'],
    description: 'Target countries (ISO 3166-1 alpha-2) of creator and audience.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @Matches(/^[A-Z]{2}$/, {
    each: true,
    message: 'each value in countries must be an ISO country code like DE',
  })
  countries?: string[];

  @ApiPropertyOptional({
    type: [String],
    example: ['de'],
    description: 'Target languages (ISO 639-1) of creator and audience.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^[a-z]{2}$/, { each: true, message: 'each value in languages must be an ISO 639-1 code like de' })
  languages?: string[];

  @ApiPropertyOptional({ enum: AGE_BANDS, enumName: 'AgeBand', isArray: true, example: ['18-24', '25-34'] })
  @IsOptional()
  @IsArray()
  @IsIn(AGE_BANDS, { each: true, message: `each value in ageBands must be one of: ${AGE_BANDS.join(', ')}` })
  ageBands?: string[];

  @ApiPropertyOptional({ enum: GENDERS, enumName: 'Gender', isArray: true, example: ['female'] })
  @IsOptional()
  @IsArray()
  @IsIn(GENDERS, { each: true, message: `each value in genders must be one of: ${GENDERS.join(', ')}` })
  genders?: string[];
}

export class FitWeightsDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 100, example: 0.4 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  relevance?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, example: 0.3 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  engagement?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, example: 0.3 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  authenticity?: number;
}

export class FitFiltersDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 100, example: 60, description: 'Unknown authenticity fails.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  minAuthenticity?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, example: 40 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  minEngagement?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, example: 30 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  minRelevance?: number;

  @ApiPropertyOptional({ example: true, description: 'Reject creators with any critical flag.' })
  @IsOptional()
  @IsBoolean()
  rejectCriticalFlags?: boolean;
}

export class FitRequestDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    minItems: 1,
    maxItems: MAX_FIT_INFLUENCERS,
    example: ['6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f'],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_FIT_INFLUENCERS)
  @IsUUID('all', { each: true })
  influencerIds: string[];

  @ApiProperty({ type: FitBriefDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => FitBriefDto)
  brief: FitBriefDto;

  @ApiPropertyOptional({
    type: FitWeightsDto,
    description:
      'Relative weights (normalised to sum 1); default relevance 0.4, engagement 0.3, authenticity 0.3.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => FitWeightsDto)
  weights?: FitWeightsDto;

  @ApiPropertyOptional({
    type: FitFiltersDto,
    description: 'Hard filters: a creator failing one is not eligible.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => FitFiltersDto)
  filters?: FitFiltersDto;
}

export class LookalikesQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20, example: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}
