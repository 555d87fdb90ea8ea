import {
  CAMPAIGN_LIMITS,
  COLLABORATION_SOURCES,
  COLLABORATION_STAGES,
  type CollaborationSource,
  type CollaborationStage,
  FEEDBACK_SENTIMENTS,
  type FeedbackSentiment,
} from '@fitscout/campaigns';
import { EnumProperty, PageQueryDto } from '@fitscout/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { DeliverableTemplateDto } from './brief.dto';
import { CalendarDate, MoneyDto, VersionProperty } from './campaign.dto';

export class AddCollaborationsDto {
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    minItems: 1,
    maxItems: CAMPAIGN_LIMITS.maxInfluencersPerRequest,
    example: ['6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f'],
    description: 'Creators to add. Give this or `listId`.',
  })
  @ValidateIf((o: AddCollaborationsDto) => o.listId === undefined || o.influencerIds !== undefined)
  @IsArray({ message: 'influencerIds or listId must be given' })
  @ArrayMinSize(1)
  @ArrayMaxSize(CAMPAIGN_LIMITS.maxInfluencersPerRequest)
  @IsUUID('all', { each: true })
  influencerIds?: string[];

  @ApiPropertyOptional({
    format: 'uuid',
    example: '0b9c2f4e-1d3a-4e5b-8c7d-6e5f4a3b2c1d',
    description: "Add everyone on one of your organisation's lists.",
  })
  @IsOptional()
  @IsUUID('all')
  listId?: string;

  @EnumProperty(COLLABORATION_SOURCES, 'CollaborationSource', {
    optional: true,
    example: 'recommendation',
    description: 'Where the creators came from (default: list for `listId`, otherwise manual).',
  })
  source?: CollaborationSource;
}

export class StageChangeDto {
  @EnumProperty(COLLABORATION_STAGES, 'CollaborationStage', { example: 'contacted' })
  stage: CollaborationStage;

  @ApiPropertyOptional({ example: 'Per E-Mail angefragt', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;

  @VersionProperty()
  version?: number;
}

export class DeliverablePlanItemDto extends DeliverableTemplateDto {
  @CalendarDate({
    optional: true,
    example: '2027-04-15',
    description: 'Within the campaign period; omit when not agreed yet.',
  })
  dueDate?: string | null;
}

/** The terms replace the previous ones as a whole; editable until the collaboration is contracted. */
export class TermsDto {
  @ApiPropertyOptional({ type: MoneyDto, nullable: true, description: "In the campaign's budget currency." })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  fee?: MoneyDto | null;

  @ApiProperty({ type: [DeliverablePlanItemDto], maxItems: CAMPAIGN_LIMITS.maxDeliverableItems })
  @IsDefined()
  @IsArray()
  @ArrayMaxSize(CAMPAIGN_LIMITS.maxDeliverableItems)
  @ValidateNested({ each: true })
  @Type(() => DeliverablePlanItemDto)
  deliverables: DeliverablePlanItemDto[];

  @ApiPropertyOptional({ example: 'Organische Nutzung 12 Monate, kein Paid Boost', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  usageRights?: string | null;

  @ApiPropertyOptional({ example: 'Keine Kooperation mit Autoherstellern bis 31.12.2027', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  exclusivity?: string | null;

  @ApiPropertyOptional({ example: 'Rechnung an die Geschäftsstelle', maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string | null;

  @VersionProperty()
  version?: number;
}

export class FeedbackInputDto {
  @ApiProperty({ example: 'Viele Fragen zu sicheren Radwegen in München.', minLength: 1, maxLength: 5000 })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  note: string;

  @EnumProperty(FEEDBACK_SENTIMENTS, 'FeedbackSentiment', { optional: true, example: 'positive' })
  sentiment?: FeedbackSentiment | null;
}

export class CollaborationQueryDto extends PageQueryDto {
  @EnumProperty(COLLABORATION_STAGES, 'CollaborationStage', { optional: true, example: 'contracted' })
  stage?: CollaborationStage;
}
