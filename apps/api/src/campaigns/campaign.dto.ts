import {
  CAMPAIGN_LIMITS,
  CAMPAIGN_OBJECTIVES,
  CAMPAIGN_STATUSES,
  type CampaignObjective,
  type CampaignStatus,
  CURRENCIES,
} from '@fitscout/campaigns';
import { EnumProperty, PageQueryDto } from '@fitscout/common';
import { AUDIENCE_JURISDICTIONS, type AudienceJurisdiction } from '@fitscout/compliance';
import { applyDecorators } from '@nestjs/common';
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
  IsISO8601,
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
import { PoliticalSponsorDto } from '../compliance/compliance-input.dto';
import { BriefDto } from './brief.dto';

/** A calendar date `YYYY-MM-DD` that exists (2027-02-30 is rejected). */
export function CalendarDate(options: {
  optional?: boolean;
  example: string;
  description?: string;
}): PropertyDecorator {
  const doc = { type: String, format: 'date', example: options.example, description: options.description };
  return applyDecorators(
    options.optional ? ApiPropertyOptional(doc) : ApiProperty(doc),
    ...(options.optional ? [IsOptional()] : []),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date like 2027-03-01' }),
    IsISO8601({ strict: true }, { message: '$property must be a valid calendar date' }),
  );
}

/** Money in minor units (cents) with its ISO 4217 currency. */
export class MoneyDto {
  @ApiProperty({ example: 2500000, minimum: 0, description: 'Minor units (cents): 2500000 = EUR 25,000.00.' })
  @IsInt()
  @Min(0)
  @Max(CAMPAIGN_LIMITS.maxAmountMinor)
  amountMinor: number;

  @ApiProperty({ example: 'EUR', description: 'ISO 4217 currency code.' })
  @IsIn(CURRENCIES, { message: 'currency must be an ISO 4217 code like EUR' })
  currency: string;
}

const JURISDICTIONS_DOC = {
  enum: AUDIENCE_JURISDICTIONS,
  enumName: 'ComplianceAudience',
  isArray: true,
  example: ['DE', 'AT'],
  description: 'Audience jurisdictions; every deliverable is checked against all of them.',
} as const;

export class CreateCampaignDto {
  @ApiProperty({ example: 'Verkehrswende Bayern 2027', minLength: 1, maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @EnumProperty(CAMPAIGN_OBJECTIVES, 'CampaignObjective', { example: 'mobilisation' })
  objective: CampaignObjective;

  @ApiPropertyOptional({
    example: false,
    description: 'Political campaigns need sponsor details before activation.',
  })
  @IsOptional()
  @IsBoolean()
  political?: boolean;

  @ApiPropertyOptional({ type: PoliticalSponsorDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PoliticalSponsorDto)
  sponsor?: PoliticalSponsorDto | null;

  @ApiProperty({ type: MoneyDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  budget: MoneyDto;

  @CalendarDate({ example: '2027-03-01' })
  startDate: string;

  @CalendarDate({ example: '2027-06-30', description: 'Must be after startDate.' })
  endDate: string;

  @ApiProperty(JURISDICTIONS_DOC)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(AUDIENCE_JURISDICTIONS.length)
  @IsIn(AUDIENCE_JURISDICTIONS, {
    each: true,
    message: `each value in jurisdictions must be one of: ${AUDIENCE_JURISDICTIONS.join(', ')}`,
  })
  jurisdictions: AudienceJurisdiction[];

  @ApiProperty({ type: BriefDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => BriefDto)
  brief: BriefDto;
}

const VersionProperty = () =>
  applyDecorators(
    ApiPropertyOptional({
      example: 3,
      minimum: 1,
      description: 'The version you last read; if the resource changed since, the request is a 409.',
    }),
    IsOptional(),
    IsInt(),
    Min(1),
  );

/** Every field optional; `brief` replaces the whole brief. */
export class UpdateCampaignDto {
  @ApiPropertyOptional({ example: 'Verkehrswende Bayern 2027 (Sommer)', minLength: 1, maxLength: 200 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @EnumProperty(CAMPAIGN_OBJECTIVES, 'CampaignObjective', { optional: true, example: 'awareness' })
  objective?: CampaignObjective;

  @ApiPropertyOptional({ example: true })
  @IsOptional()
  @IsBoolean()
  political?: boolean;

  @ApiPropertyOptional({ type: PoliticalSponsorDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PoliticalSponsorDto)
  sponsor?: PoliticalSponsorDto | null;

  @ApiPropertyOptional({ type: MoneyDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  budget?: MoneyDto;

  @CalendarDate({ optional: true, example: '2027-03-15' })
  startDate?: string;

  @CalendarDate({ optional: true, example: '2027-07-31' })
  endDate?: string;

  @ApiPropertyOptional(JURISDICTIONS_DOC)
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(AUDIENCE_JURISDICTIONS.length)
  @IsIn(AUDIENCE_JURISDICTIONS, {
    each: true,
    message: `each value in jurisdictions must be one of: ${AUDIENCE_JURISDICTIONS.join(', ')}`,
  })
  jurisdictions?: AudienceJurisdiction[];

  @ApiPropertyOptional({ type: BriefDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => BriefDto)
  brief?: BriefDto;

  @VersionProperty()
  version?: number;
}

export class CampaignStatusDto {
  @EnumProperty(CAMPAIGN_STATUSES, 'CampaignStatus', {
    example: 'active',
    description: 'draft → active → completed; cancelled from draft or active.',
  })
  status: CampaignStatus;

  @ApiPropertyOptional({ example: 'Freigabe durch den Vorstand am 1. März', maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;

  @VersionProperty()
  version?: number;
}

export class CampaignQueryDto extends PageQueryDto {
  @EnumProperty(CAMPAIGN_STATUSES, 'CampaignStatus', { optional: true, example: 'active' })
  status?: CampaignStatus;
}

export { VersionProperty };
