import { ComplianceCheckEntity } from '@fitscout/compliance';
import type { ContentKind, FindingCode, Platform, Verdict, VideoDisclosure } from '@fitscout/compliance';
import { TenantScopedEntity } from '@fitscout/tenancy';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { DraftStatus } from '../campaign.constants';
import { DeliverableEntity } from './deliverable.entity';

/** One version of a creator's draft for a deliverable, with the compliance check it was given on submission. */
@Entity('content_drafts')
@Index('UQ_DRAFTS_DELIVERABLE_VERSION', ['deliverableId', 'version'], { unique: true })
export class ContentDraftEntity extends TenantScopedEntity {
  @Column({ type: 'uuid' })
  campaignId: string;

  @Column({ type: 'uuid' })
  collaborationId: string;

  @Column({ type: 'uuid' })
  deliverableId: string;

  @ManyToOne(() => DeliverableEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deliverable_id' })
  deliverable?: DeliverableEntity;

  /** 1, 2, … per deliverable; every version is kept. */
  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'text' })
  caption: string;

  @Column({ type: 'varchar', length: 20 })
  kind: ContentKind;

  @Column({ type: 'varchar', length: 20 })
  platform: Platform;

  @Column({ type: 'boolean' })
  paidPartnershipLabel: boolean;

  @Column({ type: 'jsonb', nullable: true })
  videoDisclosure: VideoDisclosure | null;

  @Column({ type: 'boolean', default: false })
  retouched: boolean;

  @Column({ type: 'boolean', default: false })
  aiGenerated: boolean;

  @Column({ type: 'varchar', length: 30, default: 'pending_review' })
  status: DraftStatus;

  @Column({ type: 'uuid', nullable: true })
  complianceCheckId: string | null;

  @ManyToOne(() => ComplianceCheckEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'compliance_check_id' })
  complianceCheck?: ComplianceCheckEntity;

  @Column({ type: 'varchar', length: 20 })
  verdict: Verdict;

  /** Distinct finding codes over every audience. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  findingCodes: FindingCode[];

  @Column({ type: 'integer', default: 0 })
  errorCount: number;

  @Column({ type: 'integer', default: 0 })
  warningCount: number;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid', nullable: true })
  submittedByUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedByUserId: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  reviewedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  reviewComment: string | null;
}
