import {
  AUDIENCE_JURISDICTIONS,
  type AudienceJurisdiction,
  type ComplianceCheckInput,
  CONTENT_KINDS,
  type ContentKind,
  JURISDICTIONS,
  type Jurisdiction,
  MATERIAL_CONNECTIONS,
  MAX_BATCH_ITEMS,
  MAX_CAPTION_LENGTH,
  type MaterialConnection,
  type Platform,
  PLATFORMS,
  type PoliticalSponsorDetails,
  type VideoDisclosure,
} from '@fitscout/compliance';
import { EnumProperty } from '@fitscout/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

/**
 * Optional but never null: unlike `IsOptional`, a `null` is validated (and rejected), so the stored input
 * only ever holds the types the engine declares.
 */
const Optional = (): PropertyDecorator =>
  ValidateIf((_object: object, value: unknown) => value !== undefined);

/** `jurisdiction` is validated when given, and also when `audienceJurisdictions` is missing (one is needed). */
const needsJurisdiction = (o: ComplianceCheckInputDto): boolean =>
  o.jurisdiction !== undefined || o.audienceJurisdictions === undefined;

export class VideoDisclosureDto implements VideoDisclosure {
  @ApiProperty({ example: true, description: 'A disclosure is shown on screen inside the video.' })
  @IsBoolean()
  onScreen: boolean;

  @ApiProperty({ example: false, description: 'A disclosure is spoken inside the video.' })
  @IsBoolean()
  spoken: boolean;

  @ApiPropertyOptional({
    example: true,
    description: 'Livestreams: repeated periodically or kept on screen throughout.',
  })
  @Optional()
  @IsBoolean()
  repeated?: boolean;
}

export class PoliticalSponsorDto implements PoliticalSponsorDetails {
  @ApiPropertyOptional({ example: 'Klimabündnis e.V.', maxLength: 300 })
  @Optional()
  @IsString()
  @MaxLength(300)
  name?: string;

  @ApiPropertyOptional({ example: 'Hauptstraße 1, 10115 Berlin', maxLength: 500 })
  @Optional()
  @IsString()
  @MaxLength(500)
  contact?: string;

  @ApiPropertyOptional({ example: 'Bundestagswahl 2029', maxLength: 300 })
  @Optional()
  @IsString()
  @MaxLength(300)
  election?: string;

  @ApiPropertyOptional({ example: 'https://example.eu/t/1', maxLength: 2048 })
  @Optional()
  @IsUrl({ require_protocol: true }, { message: 'transparencyNoticeUrl must be an absolute URL' })
  @MaxLength(2048)
  transparencyNoticeUrl?: string;
}

/** One post to judge. Give `jurisdiction`, `audienceJurisdictions` or both (they are merged). */
export class ComplianceCheckInputDto implements ComplianceCheckInput {
  @ApiPropertyOptional({
    enum: JURISDICTIONS,
    enumName: 'ComplianceJurisdiction',
    example: 'DE',
    description: 'A single jurisdiction. Required unless `audienceJurisdictions` is given.',
  })
  @ValidateIf(needsJurisdiction)
  @IsIn(JURISDICTIONS, {
    message: ({ value }) =>
      value === undefined
        ? 'jurisdiction or audienceJurisdictions must be given'
        : `jurisdiction must be one of: ${JURISDICTIONS.join(', ')}`,
  })
  jurisdiction?: Jurisdiction;

  @ApiPropertyOptional({
    enum: AUDIENCE_JURISDICTIONS,
    enumName: 'ComplianceAudience',
    isArray: true,
    example: ['DE', 'AT'],
    description:
      'Every audience; the strictest outcome applies. EU member states without a rule set (IE, IT, …) are judged by the EU baseline.',
  })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(AUDIENCE_JURISDICTIONS.length)
  @IsIn(AUDIENCE_JURISDICTIONS, {
    each: true,
    message: `each value in audienceJurisdictions must be one of: ${AUDIENCE_JURISDICTIONS.join(', ')}`,
  })
  audienceJurisdictions?: readonly AudienceJurisdiction[];

  @EnumProperty(PLATFORMS, 'CompliancePlatform', { example: 'instagram' })
  platform: Platform;

  @EnumProperty(CONTENT_KINDS, 'ContentKind', {
    example: 'post',
    description: 'reel, video, short and livestream need the disclosure inside the media.',
  })
  kind: ContentKind;

  @ApiProperty({
    example: 'Mein neuer Lieblingsduft von @douglas 😍 #parfum',
    maxLength: MAX_CAPTION_LENGTH,
    description: 'The text as posted; for stories the overlay text of the frame.',
  })
  @IsString()
  @MaxLength(MAX_CAPTION_LENGTH)
  caption: string;

  @ApiProperty({ example: false, description: "The platform's own paid-partnership label is switched on." })
  @IsBoolean()
  paidPartnershipLabel: boolean;

  @EnumProperty(MATERIAL_CONNECTIONS, 'MaterialConnection', {
    example: 'paid',
    description: 'own_brand also covers employer and shareholding.',
  })
  materialConnection: MaterialConnection;

  @ApiProperty({ example: false, description: 'The content is political.' })
  @IsBoolean()
  political: boolean;

  @ApiPropertyOptional({
    example: false,
    description: 'Body or face retouched (not a background-only edit).',
  })
  @Optional()
  @IsBoolean()
  retouched?: boolean;

  @ApiPropertyOptional({ example: false, description: 'Face or silhouette produced by an AI process.' })
  @Optional()
  @IsBoolean()
  aiGenerated?: boolean;

  @ApiPropertyOptional({ type: VideoDisclosureDto })
  @Optional()
  @ValidateNested()
  @Type(() => VideoDisclosureDto)
  videoDisclosure?: VideoDisclosureDto;

  @ApiPropertyOptional({
    example: 'DE',
    description: 'ISO 3166-1 alpha-2 country where the creator is established (FR territorial scope).',
  })
  @Optional()
  @Matches(/^[A-Z]{2}$/, { message: 'creatorCountry must be an ISO 3166-1 alpha-2 code like DE' })
  creatorCountry?: string;

  @ApiPropertyOptional({ type: PoliticalSponsorDto, description: 'Campaign data used to write fixes.' })
  @Optional()
  @ValidateNested()
  @Type(() => PoliticalSponsorDto)
  politicalSponsor?: PoliticalSponsorDto;
}

export class ComplianceBatchDto {
  @ApiProperty({ type: [ComplianceCheckInputDto], minItems: 1, maxItems: MAX_BATCH_ITEMS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => ComplianceCheckInputDto)
  items: ComplianceCheckInputDto[];
}
