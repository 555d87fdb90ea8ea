import { TenantScopedEntity } from '@fitscout/tenancy';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { InfluencerEntity } from './influencer.entity';

export interface ContactDetails {
  email?: string;
  phone?: string;
  website?: string;
  agency?: string;
}

export interface NegotiatedRate {
  deliverable: string;
  platform?: string;
  /** Minor units (cents) to avoid floating-point money. */
  amountMinor: number;
  /** ISO 4217. */
  currency: string;
  note?: string;
}

/** What one organisation knows about a creator: private to it, never shown to others. */
@Entity('influencer_overlays')
@Index('UQ_OVERLAYS_ORG_INFLUENCER', ['organisationId', 'influencerId'], { unique: true })
export class InfluencerOverlayEntity extends TenantScopedEntity {
  @Index()
  @Column({ type: 'uuid' })
  influencerId: string;

  @ManyToOne(() => InfluencerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'influencer_id' })
  influencer?: InfluencerEntity;

  /** Set when the organisation tracks the creator (kept fresh by the workers). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  trackedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'varchar', length: 50, array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ type: 'jsonb', nullable: true })
  contact: ContactDetails | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  rates: NegotiatedRate[];
}
