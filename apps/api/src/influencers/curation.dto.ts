import { PLATFORMS, type Platform } from '@fitscout/catalogue';
import { EnumProperty, PageOf, PageQueryDto } from '@fitscout/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ContactDto, RateDto } from './influencer.dto';

export class TrackInfluencerDto {
  @EnumProperty(PLATFORMS, 'Platform', {
    optional: true,
    example: 'instagram',
    description: 'Required with `handle`.',
  })
  @ValidateIf((o: TrackInfluencerDto) => o.handle !== undefined)
  platform?: Platform;

  @ApiPropertyOptional({
    example: 'klima.lena',
    description: 'Handle (with or without @); or give `url` instead.',
  })
  @ValidateIf((o: TrackInfluencerDto) => o.url === undefined)
  @IsString()
  @Matches(/^@?[A-Za-z0-9._-]{1,100}$/, { message: 'handle must be 1–100 letters, digits, . _ or -' })
  handle?: string;

  @ApiPropertyOptional({ example: 'https://www.instagram.com/klima.lena/' })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(500)
  url?: string;
}

export class TrackResultDto {
  @ApiProperty({ format: 'uuid' })
  influencerId: string;

  @ApiProperty({ format: 'uuid' })
  accountId: string;

  @ApiProperty({ description: 'True when the account was new to the catalogue (created as `pending`).' })
  created: boolean;

  @ApiProperty({ example: 'pending' })
  accountStatus: string;

  @ApiProperty({
    description: 'When the refresh was requested (queued durably; the workers fetch the data).',
  })
  refreshRequestedAt: string;
}

class ContactInputDto extends ContactDto {
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  declare email?: string;

  @IsOptional()
  @Matches(/^[+0-9 ()/-]{3,40}$/, { message: 'phone must be a phone number' })
  declare phone?: string;

  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(500)
  declare website?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  declare agency?: string;
}

class RateInputDto extends RateDto {
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  declare deliverable: string;

  @IsOptional()
  @Matches(new RegExp(`^(${PLATFORMS.join('|')})$`), {
    message: `platform must be one of: ${PLATFORMS.join(', ')}`,
  })
  declare platform?: string;

  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  declare amountMinor: number;

  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code like EUR' })
  declare currency: string;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  declare note?: string;
}

export class UpdateOverlayDto {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000 })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  notes?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['radverkehr'], maxItems: 50 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(50, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ type: ContactDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactInputDto)
  contact?: ContactInputDto | null;

  @ApiPropertyOptional({ type: [RateDto], maxItems: 50 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RateInputDto)
  rates?: RateInputDto[];
}

export class PostsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only posts of this account of the creator.' })
  @IsOptional()
  @IsUUID()
  accountId?: string;
}

export class PostDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  accountId: string;

  @ApiProperty({ example: '3281234567890' })
  externalId: string;

  @ApiProperty({ example: 'reel' })
  kind: string;

  @ApiProperty({ example: '2026-11-10T10:00:00.000Z' })
  publishedAt: string;

  @ApiProperty({ type: String, nullable: true, example: 'Mit dem Rad zur Arbeit #klimaschutz' })
  caption: string | null;

  @ApiProperty({ type: [String], example: ['klimaschutz'] })
  hashtags: string[];

  @ApiProperty({ type: [String] })
  mentions: string[];

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 610,
    description: 'null when the creator hides likes.',
  })
  likes: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 22 })
  comments: number | null;

  @ApiProperty({ type: Number, nullable: true })
  shares: number | null;

  @ApiProperty({ type: Number, nullable: true })
  saves: number | null;

  @ApiProperty({ type: Number, nullable: true })
  views: number | null;

  @ApiProperty({ example: false })
  isPaidPartnership: boolean;

  @ApiProperty({ type: String, nullable: true })
  url: string | null;
}

export class PostPageDto extends PageOf(PostDto) {}

export class MetricSnapshotDto {
  @ApiProperty({ example: '2026-11-23T00:00:00.000Z' })
  capturedAt: string;

  @ApiProperty({ example: 12400 })
  followers: number;

  @ApiProperty({ type: Number, nullable: true })
  following: number | null;

  @ApiProperty({ type: Number, nullable: true })
  postCount: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 0.0476 })
  engagementRate: number | null;
}

export class MetricSnapshotPageDto extends PageOf(MetricSnapshotDto) {}
