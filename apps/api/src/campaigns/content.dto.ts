import { ALERT_STATUSES, type AlertStatus } from '@fitscout/campaigns';
import {
  CONTENT_KINDS,
  type ContentKind,
  MAX_CAPTION_LENGTH,
  PLATFORMS as CONTENT_PLATFORMS,
  type Platform as ContentPlatform,
} from '@fitscout/compliance';
import { EnumProperty } from '@fitscout/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { VideoDisclosureDto } from '../compliance/compliance-input.dto';

/** A creator's draft for a deliverable, as submitted by campaign staff. */
export class DraftInputDto {
  @ApiProperty({
    example: 'Werbung | Mit dem Rad zur Arbeit – schneller als gedacht! #verkehrswende',
    maxLength: MAX_CAPTION_LENGTH,
  })
  @IsString()
  @MaxLength(MAX_CAPTION_LENGTH)
  caption: string;

  @EnumProperty(CONTENT_KINDS, 'ContentKind', {
    optional: true,
    example: 'reel',
    description: "Defaults to the deliverable's type; must match it when given.",
  })
  kind?: ContentKind;

  @EnumProperty(CONTENT_PLATFORMS, 'CompliancePlatform', {
    optional: true,
    example: 'instagram',
    description: "Defaults to the deliverable's platform; must match it when given.",
  })
  platform?: ContentPlatform;

  @ApiProperty({ example: true, description: "The platform's paid-partnership label will be switched on." })
  @IsBoolean()
  paidPartnershipLabel: boolean;

  @ApiPropertyOptional({ type: VideoDisclosureDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => VideoDisclosureDto)
  videoDisclosure?: VideoDisclosureDto | null;

  @ApiPropertyOptional({ example: false, description: 'Body or face retouched.' })
  @IsOptional()
  @IsBoolean()
  retouched?: boolean;

  @ApiPropertyOptional({ example: false, description: 'Face or silhouette produced by AI.' })
  @IsOptional()
  @IsBoolean()
  aiGenerated?: boolean;

  @ApiPropertyOptional({ example: 'Zweite Fassung mit Werbekennzeichnung', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class ApproveDraftDto {
  @ApiPropertyOptional({ example: 'Passt so, danke!', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string | null;
}

export class RequestChangesDto {
  @ApiProperty({ example: 'Bitte „Werbung“ an den Anfang stellen.', minLength: 1, maxLength: 2000 })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  comment: string;
}

export class PublishDto {
  @ApiPropertyOptional({
    example: 'https://www.instagram.com/reel/C9xYz123abc/',
    maxLength: 500,
    description: 'Give this or `externalPostId` (or both).',
  })
  @IsOptional()
  @IsUrl(
    { require_protocol: true, protocols: ['http', 'https'] },
    { message: 'postUrl must be an http(s) URL' },
  )
  @MaxLength(500)
  postUrl?: string;

  @ApiPropertyOptional({
    example: '3390012345678901234',
    maxLength: 100,
    description: "The platform's post id.",
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  externalPostId?: string;

  @ApiPropertyOptional({ example: '2027-04-15T17:00:00Z', description: 'Default: now.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'publishedAt must be an ISO 8601 timestamp' })
  publishedAt?: string;
}

export class ResolveAlertDto {
  @ApiPropertyOptional({ example: 'Creator hat die Kennzeichnung wieder ergänzt.', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class AlertQueryDto {
  @EnumProperty(ALERT_STATUSES, 'ComplianceAlertStatus', { optional: true, example: 'open' })
  status?: AlertStatus;
}
