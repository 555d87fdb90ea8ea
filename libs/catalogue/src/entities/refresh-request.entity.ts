import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Transactional outbox of refresh requests: written in the same transaction as the change that
 * needs fresh data (tracking a new creator), so a request is never lost when Redis is down. The
 * workers relay pending rows to the metrics-refresh queue. One row per account: requests coalesce.
 */
@Entity('account_refresh_requests')
export class RefreshRequestEntity {
  @PrimaryColumn({ type: 'uuid' })
  accountId: string;

  @Index()
  @Column({ type: 'timestamptz', precision: 3 })
  requestedAt: Date;

  @Column({ type: 'varchar', length: 40 })
  reason: 'tracked' | 'manual' | 'campaign';

  @Column({ type: 'uuid', nullable: true })
  requestedByOrganisationId: string | null;
}
