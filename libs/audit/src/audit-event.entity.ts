import { TenantScopedEntity } from '@fitscout/tenancy';
import { Column, Entity, Index } from 'typeorm';

/** Append-only record of who changed what inside an organisation. */
@Entity('audit_events')
@Index('IDX_AUDIT_EVENTS_ORG_CREATED', ['organisationId', 'createdAt', 'id'])
export class AuditEventEntity extends TenantScopedEntity {
  /** Null when an operator acted through the CLI or the system acted on its own. */
  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  /** Dotted verb, e.g. `member.role_changed`. */
  @Column({ type: 'varchar', length: 80 })
  action: string;

  @Column({ type: 'varchar', length: 60 })
  targetType: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  targetId: string | null;

  /** What changed: `{ before, after }` or the created values; never secrets. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  changes: Record<string, unknown>;

  @Column({ type: 'varchar', length: 128, nullable: true })
  requestId: string | null;
}
