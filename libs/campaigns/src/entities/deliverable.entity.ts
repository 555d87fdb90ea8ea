import { PostEntity } from '@fitscout/catalogue';
import type { ContentKind, Platform } from '@fitscout/compliance';
import { TenantScopedEntity } from '@fitscout/tenancy';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { DeliverableStatus } from '../campaign.constants';
import { CollaborationEntity } from './collaboration.entity';

/** One post a creator owes, created from the terms when the collaboration is contracted. */
@Entity('campaign_deliverables')
@Index('UQ_DELIVERABLES_COLLABORATION_SEQ', ['collaborationId', 'seq'], { unique: true })
@Index('IDX_DELIVERABLES_ORG_CAMPAIGN', ['organisationId', 'campaignId'])
@Index('IDX_DELIVERABLES_EXTERNAL_POST', ['externalPostId'], { where: 'external_post_id IS NOT NULL' })
export class DeliverableEntity extends TenantScopedEntity {
  @Column({ type: 'uuid' })
  campaignId: string;

  @Column({ type: 'uuid' })
  collaborationId: string;

  @ManyToOne(() => CollaborationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'collaboration_id' })
  collaboration?: CollaborationEntity;

  /** 1, 2, … within the collaboration, in the order of the terms. */
  @Column({ type: 'integer' })
  seq: number;

  @Column({ type: 'varchar', length: 20 })
  type: ContentKind;

  @Column({ type: 'varchar', length: 20 })
  platform: Platform;

  @Column({ type: 'date', nullable: true })
  dueDate: string | null;

  @Column({ type: 'varchar', length: 30, default: 'planned' })
  status: DeliverableStatus;

  @Column({ type: 'uuid', nullable: true })
  approvedDraftId: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  postUrl: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  externalPostId: string | null;

  /** The catalogue post, once found; its refreshed figures feed the report. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  postId: string | null;

  @ManyToOne(() => PostEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'post_id' })
  post?: PostEntity;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  publishedByUserId: string | null;

  /** sha256 of the published caption last checked: a refresh with the same caption is not checked again. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  checkedCaptionHash: string | null;

  /** The latest check of the published caption (a compliance_checks row, source `post`). */
  @Column({ type: 'uuid', nullable: true })
  postCheckId: string | null;
}
