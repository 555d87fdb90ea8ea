import { decodeCursor, type Page, type PageQueryDto, pageLimit, toPage } from '@fitscout/common';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditEntry {
  organisationId: string;
  actorUserId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  changes?: Record<string, unknown>;
  requestId?: string | null;
}

export interface AuditListFilter extends PageQueryDto {
  action?: string;
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>) {}

  /**
   * Records inside the caller's transaction, so an audit row exists exactly when the change does.
   */
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    const event = manager.create(AuditEventEntity, {
      organisationId: entry.organisationId,
      actorUserId: entry.actorUserId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      changes: entry.changes ?? {},
      requestId: entry.requestId ?? null,
    });
    await manager.save(event);
  }

  /** Newest first, keyset-paginated on (created_at, id). */
  async list(organisationId: string, filter: AuditListFilter): Promise<Page<AuditEventEntity>> {
    const limit = pageLimit(filter);
    const qb = this.events
      .createQueryBuilder('e')
      .where('e.organisation_id = :organisationId', { organisationId })
      .orderBy('e.created_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(limit + 1);
    if (filter.action) qb.andWhere('e.action = :action', { action: filter.action });
    if (filter.cursor) {
      const [createdAt, id] = decodeCursor(filter.cursor, 2);
      qb.andWhere('(e.created_at, e.id) < (:createdAt::timestamptz, :id::uuid)', { createdAt, id });
    }
    const rows = await qb.getMany();
    return toPage(
      rows,
      limit,
      (r) => [r.createdAt.toISOString(), r.id],
      (r) => r,
    );
  }
}
