import type { AudienceJurisdiction } from '@fitscout/compliance';
import { TenantScopedEntity } from '@fitscout/tenancy';
import { Column, Entity, Index } from 'typeorm';
import type { CampaignObjective, CampaignStatus } from '../campaign.constants';
import type { CampaignBrief } from '../domain/brief';
import type { SponsorDetails } from '../domain/campaign-lifecycle';
import { BIGINT_NUMBER } from './money.transformer';

/** A campaign of one organisation with its brief; `version` guards status and detail changes (optimistic). */
@Entity('campaigns')
@Index('IDX_CAMPAIGNS_ORG_CREATED', ['organisationId', 'createdAt', 'id'])
export class CampaignEntity extends TenantScopedEntity {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  objective: CampaignObjective;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status: CampaignStatus;

  @Column({ type: 'boolean', default: false })
  political: boolean;

  /** Required (all four fields) before a political campaign can be activated. */
  @Column({ type: 'jsonb', nullable: true })
  sponsor: SponsorDetails | null;

  @Column({ type: 'bigint', transformer: BIGINT_NUMBER })
  budgetAmountMinor: number;

  /** ISO 4217. */
  @Column({ type: 'char', length: 3 })
  budgetCurrency: string;

  /** `YYYY-MM-DD` (PostgreSQL `date`, read back as a string). */
  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date' })
  endDate: string;

  /** Audience jurisdictions every deliverable is checked against. */
  @Column({ type: 'varchar', length: 2, array: true })
  jurisdictions: AudienceJurisdiction[];

  @Column({ type: 'jsonb' })
  brief: CampaignBrief;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  statusChangedAt: Date | null;
}
