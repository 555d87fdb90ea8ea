import type { FindingCode, Verdict } from '@fitscout/compliance';
import { TenantScopedEntity } from '@fitscout/tenancy';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { AlertStatus } from '../campaign.constants';
import { CampaignEntity } from './campaign.entity';
import { DeliverableEntity } from './deliverable.entity';

/** A published caption that no longer passes the compliance check (edited after approval). */
@Entity('campaign_compliance_alerts')
@Index('UQ_ALERTS_DELIVERABLE_CAPTION', ['deliverableId', 'captionHash'], { unique: true })
@Index('IDX_ALERTS_ORG_CAMPAIGN', ['organisationId', 'campaignId', 'createdAt', 'id'])
export class CampaignComplianceAlertEntity extends TenantScopedEntity {
  @Column({ type: 'uuid' })
  campaignId: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity;

  @Column({ type: 'uuid' })
  collaborationId: string;

  @Column({ type: 'uuid' })
  deliverableId: string;

  @ManyToOne(() => DeliverableEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deliverable_id' })
  deliverable?: DeliverableEntity;

  @Column({ type: 'uuid', nullable: true })
  postId: string | null;

  @Column({ type: 'uuid', nullable: true })
  complianceCheckId: string | null;

  @Column({ type: 'text' })
  caption: string;

  @Column({ type: 'varchar', length: 64 })
  captionHash: string;

  @Column({ type: 'varchar', length: 20 })
  verdict: Verdict;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  findingCodes: FindingCode[];

  @Column({ type: 'varchar', length: 20, default: 'open' })
  status: AlertStatus;

  @Column({ type: 'uuid', nullable: true })
  resolvedByUserId: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  resolvedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  resolutionNote: string | null;
}
