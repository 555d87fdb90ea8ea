import { COLLABORATION_SOURCES, COLLABORATION_STAGES, FEEDBACK_SENTIMENTS } from '@fitscout/campaigns';
import { PageOf } from '@fitscout/common';
import { ApiProperty } from '@nestjs/swagger';
import { BudgetSummaryDto } from './campaign-view.dto';
import { MoneyDto } from './campaign.dto';
import { DeliverablePlanItemDto } from './collaboration.dto';

const STAGE = { enum: COLLABORATION_STAGES, enumName: 'CollaborationStage' } as const;

export class CollaborationAccountDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: String, nullable: true, example: 'instagram' })
  platform: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'klima.lena' })
  handle: string | null;

  @ApiProperty({ type: Number, nullable: true, example: 12400 })
  followers: number | null;
}

export class CollaborationTermsDto {
  @ApiProperty({ type: MoneyDto, nullable: true })
  fee: MoneyDto | null;

  @ApiProperty({ type: [DeliverablePlanItemDto] })
  deliverables: DeliverablePlanItemDto[];

  @ApiProperty({ type: String, nullable: true, example: 'Organische Nutzung 12 Monate' })
  usageRights: string | null;

  @ApiProperty({ type: String, nullable: true, example: null })
  exclusivity: string | null;

  @ApiProperty({ type: String, nullable: true, example: null })
  notes: string | null;
}

export class CollaborationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  campaignId: string;

  @ApiProperty({ format: 'uuid' })
  influencerId: string;

  @ApiProperty({ example: 'Lena Klein' })
  displayName: string;

  @ApiProperty({
    type: CollaborationAccountDto,
    nullable: true,
    description: 'The account the collaboration runs on.',
  })
  account: CollaborationAccountDto | null;

  @ApiProperty({ ...STAGE, example: 'shortlisted' })
  stage: string;

  @ApiProperty({ ...STAGE, isArray: true, example: ['contacted', 'declined', 'cancelled'] })
  allowedStages: string[];

  @ApiProperty({ example: 1, description: 'Send it back with a stage change to detect concurrent changes.' })
  version: number;

  @ApiProperty({ enum: COLLABORATION_SOURCES, enumName: 'CollaborationSource', example: 'recommendation' })
  source: string;

  @ApiProperty({ type: CollaborationTermsDto })
  terms: CollaborationTermsDto;

  @ApiProperty({ example: '2026-11-23T09:00:00.000Z' })
  addedAt: string;

  @ApiProperty({ example: '2026-11-23T09:00:00.000Z' })
  stageChangedAt: string;
}

export class CollaborationPageDto extends PageOf(CollaborationDto) {}

export class AddCollaborationsResultDto {
  @ApiProperty({ type: [CollaborationDto] })
  added: CollaborationDto[];

  @ApiProperty({
    type: [String],
    format: 'uuid',
    example: [],
    description: 'Creators already in the campaign (any stage), left as they are.',
  })
  skippedInfluencerIds: string[];
}

export class StageChangeEntryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({
    ...STAGE,
    nullable: true,
    example: 'shortlisted',
    description: 'null when the creator was added.',
  })
  fromStage: string | null;

  @ApiProperty({ ...STAGE, example: 'contacted' })
  toStage: string;

  @ApiProperty({ type: String, nullable: true, example: 'Per E-Mail angefragt' })
  note: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  actorUserId: string | null;

  @ApiProperty({ example: 2, description: "The collaboration's version after the change." })
  version: number;

  @ApiProperty({ example: '2026-11-23T09:00:00.000Z' })
  changedAt: string;
}

export class StageHistoryDto {
  @ApiProperty({ type: [StageChangeEntryDto], description: 'Oldest first.' })
  items: StageChangeEntryDto[];
}

export class TermsResultDto {
  @ApiProperty({ type: CollaborationDto })
  collaboration: CollaborationDto;

  @ApiProperty({
    type: BudgetSummaryDto,
    description: "The campaign's budget after the change; see `warnings`.",
  })
  budget: BudgetSummaryDto;
}

export class FeedbackDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  collaborationId: string;

  @ApiProperty({ example: 'Viele Fragen zu sicheren Radwegen in München.' })
  note: string;

  @ApiProperty({
    enum: FEEDBACK_SENTIMENTS,
    enumName: 'FeedbackSentiment',
    nullable: true,
    example: 'positive',
  })
  sentiment: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  authorUserId: string | null;

  @ApiProperty({ example: '2026-11-23T09:00:00.000Z' })
  createdAt: string;
}

export class FeedbackListDto {
  @ApiProperty({ type: [FeedbackDto], description: 'Oldest first.' })
  items: FeedbackDto[];
}
