import { ALERT_STATUSES, DELIVERABLE_STATUSES, DRAFT_STATUSES } from '@fitscout/campaigns';
import { FINDING_CODES, VERDICTS } from '@fitscout/compliance';
import { ApiProperty } from '@nestjs/swagger';
import { FindingDto } from '../compliance/compliance-result.dto';
import { VideoDisclosureDto } from '../compliance/compliance-input.dto';

const VERDICT = { enum: VERDICTS, enumName: 'Verdict' } as const;
const CODES = { enum: FINDING_CODES, enumName: 'FindingCode', isArray: true } as const;

export class PublicationDto {
  @ApiProperty({ type: String, nullable: true, example: 'https://www.instagram.com/reel/C9xYz123abc/' })
  postUrl: string | null;

  @ApiProperty({ type: String, nullable: true, example: '3390012345678901234' })
  externalPostId: string | null;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The catalogue post once found; then tracked by catalogue refreshes.',
  })
  postId: string | null;

  @ApiProperty({ type: String, nullable: true, example: '2027-04-15T17:00:00.000Z' })
  publishedAt: string | null;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Latest check of the published caption.',
  })
  postCheckId: string | null;
}

export class DeliverableDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  campaignId: string;

  @ApiProperty({ format: 'uuid' })
  collaborationId: string;

  @ApiProperty({ example: 1, description: 'Number within the collaboration, in the order of the terms.' })
  seq: number;

  @ApiProperty({ example: 'reel' })
  type: string;

  @ApiProperty({ example: 'instagram' })
  platform: string;

  @ApiProperty({ type: String, nullable: true, format: 'date', example: '2027-04-15' })
  dueDate: string | null;

  @ApiProperty({ enum: DELIVERABLE_STATUSES, enumName: 'DeliverableStatus', example: 'planned' })
  status: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  approvedDraftId: string | null;

  @ApiProperty({ type: PublicationDto, nullable: true, description: 'Set once published.' })
  publication: PublicationDto | null;
}

export class DeliverableListDto {
  @ApiProperty({ type: [DeliverableDto] })
  items: DeliverableDto[];
}

export class DraftComplianceDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The stored compliance check.' })
  checkId: string | null;

  @ApiProperty({ ...VERDICT, example: 'non_compliant' })
  verdict: string;

  @ApiProperty({
    ...CODES,
    example: ['missing_disclosure'],
    description: 'Distinct codes over every audience.',
  })
  findingCodes: string[];

  @ApiProperty({ example: 1, description: 'Error findings over every audience; any error blocks approval.' })
  errorCount: number;

  @ApiProperty({ example: 0 })
  warningCount: number;

  @ApiProperty({ type: [FindingDto], description: 'Findings of the deciding audiences, with fixes.' })
  findings: FindingDto[];
}

export class DraftReviewDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  byUserId: string | null;

  @ApiProperty({ type: String, nullable: true, example: '2026-11-23T09:00:00.000Z' })
  at: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Bitte „Werbung“ an den Anfang stellen.' })
  comment: string | null;
}

export class DraftDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  deliverableId: string;

  @ApiProperty({ format: 'uuid' })
  collaborationId: string;

  @ApiProperty({ format: 'uuid' })
  campaignId: string;

  @ApiProperty({ example: 2, description: 'Version per deliverable; every version is kept.' })
  version: number;

  @ApiProperty({ example: 'Werbung | Mit dem Rad zur Arbeit #verkehrswende' })
  caption: string;

  @ApiProperty({ example: 'reel' })
  kind: string;

  @ApiProperty({ example: 'instagram' })
  platform: string;

  @ApiProperty({ example: true })
  paidPartnershipLabel: boolean;

  @ApiProperty({ type: VideoDisclosureDto, nullable: true })
  videoDisclosure: VideoDisclosureDto | null;

  @ApiProperty({ example: false })
  retouched: boolean;

  @ApiProperty({ example: false })
  aiGenerated: boolean;

  @ApiProperty({ type: String, nullable: true, example: null })
  note: string | null;

  @ApiProperty({ enum: DRAFT_STATUSES, enumName: 'DraftStatus', example: 'pending_review' })
  status: string;

  @ApiProperty({ example: true, description: 'Awaiting review and without error findings.' })
  approvable: boolean;

  @ApiProperty({ type: DraftComplianceDto })
  compliance: DraftComplianceDto;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  submittedByUserId: string | null;

  @ApiProperty({ example: '2026-11-23T09:00:00.000Z' })
  submittedAt: string;

  @ApiProperty({ type: DraftReviewDto, nullable: true })
  review: DraftReviewDto | null;
}

export class DraftListDto {
  @ApiProperty({ type: [DraftDto], description: 'Every version, newest first.' })
  items: DraftDto[];
}

export class CaptionCheckOutcomeDto {
  @ApiProperty({ format: 'uuid' })
  deliverableId: string;

  @ApiProperty({
    enum: ['unchanged', 'compliant', 'alert_raised'],
    enumName: 'CaptionCheckOutcome',
    example: 'compliant',
  })
  outcome: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  complianceCheckId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  alertId: string | null;
}

export class PublishResultDto {
  @ApiProperty({ type: DeliverableDto })
  deliverable: DeliverableDto;

  @ApiProperty({
    type: CaptionCheckOutcomeDto,
    nullable: true,
    description: 'The check of the published caption; null while the post is not in the catalogue yet.',
  })
  captionCheck: CaptionCheckOutcomeDto | null;
}

export class AlertDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  campaignId: string;

  @ApiProperty({ format: 'uuid' })
  collaborationId: string;

  @ApiProperty({ format: 'uuid' })
  deliverableId: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  postId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  complianceCheckId: string | null;

  @ApiProperty({ example: 'Mit dem Rad zur Arbeit #verkehrswende', description: 'The caption as published.' })
  caption: string;

  @ApiProperty({ ...VERDICT, example: 'non_compliant' })
  verdict: string;

  @ApiProperty({ ...CODES, example: ['missing_disclosure'] })
  findingCodes: string[];

  @ApiProperty({ enum: ALERT_STATUSES, enumName: 'ComplianceAlertStatus', example: 'open' })
  status: string;

  @ApiProperty({ example: '2026-11-23T09:00:00.000Z' })
  raisedAt: string;

  @ApiProperty({ type: String, nullable: true, example: null })
  resolvedAt: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  resolvedByUserId: string | null;

  @ApiProperty({ type: String, nullable: true, example: null })
  resolutionNote: string | null;
}

export class AlertListDto {
  @ApiProperty({ type: [AlertDto], description: 'Newest first.' })
  items: AlertDto[];
}
