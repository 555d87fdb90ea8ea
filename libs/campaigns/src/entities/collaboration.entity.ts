import { InfluencerEntity, PlatformAccountEntity } from '@fitscout/catalogue';
import { TenantScopedEntity } from '@fitscout/tenancy';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { CollaborationSource, CollaborationStage, FeedbackSentiment } from '../campaign.constants';
import type { DeliverableTemplate } from '../domain/brief';
import { CampaignEntity } from './campaign.entity';
import { BIGINT_NUMBER } from './money.transformer';

/** A planned deliverable in the terms; materialised into `count` deliverables when contracted. */
export interface DeliverablePlanItem extends DeliverableTemplate {
  /** `YYYY-MM-DD`, within the campaign period; null when not agreed yet. */
  dueDate: string | null;
}

/** One creator in one campaign, moving through the pipeline; `version` makes stage changes optimistic. */
@Entity('campaign_collaborations')
@Index('UQ_COLLABORATIONS_CAMPAIGN_INFLUENCER', ['campaignId', 'influencerId'], { unique: true })
@Index('IDX_COLLABORATIONS_ORG_CAMPAIGN', ['organisationId', 'campaignId', 'createdAt', 'id'])
export class CollaborationEntity extends TenantScopedEntity {
  @Column({ type: 'uuid' })
  campaignId: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity;

  @Index()
  @Column({ type: 'uuid' })
  influencerId: string;

  @ManyToOne(() => InfluencerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'influencer_id' })
  influencer?: InfluencerEntity;

  /** The account the collaboration runs on (largest active one on a brief platform when added). */
  @Column({ type: 'uuid', nullable: true })
  accountId: string | null;

  @ManyToOne(() => PlatformAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'account_id' })
  account?: PlatformAccountEntity;

  @Column({ type: 'varchar', length: 30, default: 'shortlisted' })
  stage: CollaborationStage;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ type: 'varchar', length: 20 })
  source: CollaborationSource;

  @Column({ type: 'bigint', nullable: true, transformer: BIGINT_NUMBER })
  feeAmountMinor: number | null;

  /** Always the campaign's currency (fees are summed against its budget). */
  @Column({ type: 'char', length: 3, nullable: true })
  feeCurrency: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  deliverablesPlan: DeliverablePlanItem[];

  @Column({ type: 'text', nullable: true })
  usageRights: string | null;

  @Column({ type: 'text', nullable: true })
  exclusivity: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'uuid', nullable: true })
  addedByUserId: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  stageChangedAt: Date;
}

/** Append-only history of stage changes: who, when, from, to and why. */
@Entity('collaboration_stage_changes')
@Index('IDX_STAGE_CHANGES_COLLABORATION', ['collaborationId', 'createdAt', 'id'])
export class CollaborationStageChangeEntity extends TenantScopedEntity {
  @Column({ type: 'uuid' })
  collaborationId: string;

  @ManyToOne(() => CollaborationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'collaboration_id' })
  collaboration?: CollaborationEntity;

  /** Null for the entry written when the creator was added. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  fromStage: CollaborationStage | null;

  @Column({ type: 'varchar', length: 30 })
  toStage: CollaborationStage;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  /** The collaboration's version after this change. */
  @Column({ type: 'integer' })
  version: number;
}

/** What the creator reports back from their community. */
@Entity('collaboration_feedback')
@Index('IDX_FEEDBACK_COLLABORATION', ['collaborationId', 'createdAt', 'id'])
export class CollaborationFeedbackEntity extends TenantScopedEntity {
  @Column({ type: 'uuid' })
  collaborationId: string;

  @ManyToOne(() => CollaborationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'collaboration_id' })
  collaboration?: CollaborationEntity;

  @Column({ type: 'text' })
  note: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  sentiment: FeedbackSentiment | null;

  @Column({ type: 'uuid', nullable: true })
  authorUserId: string | null;
}
