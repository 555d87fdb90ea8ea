import type { AuditService } from '@fitscout/audit';
import { DomainError } from '@fitscout/common';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { staleVersion } from '../domain/campaign-lifecycle';
import { CampaignEntity } from '../entities/campaign.entity';
import { CollaborationEntity } from '../entities/collaboration.entity';
import { DeliverableEntity } from '../entities/deliverable.entity';

/** Who changes a campaign; `userId` null for the system (the worker's post checks). */
export interface CampaignActor {
  organisationId: string;
  userId: string | null;
  requestId?: string | null;
}

type LockMode = 'pessimistic_write' | undefined;

/** Another organisation's campaign is simply not found. */
export async function findCampaign(
  em: EntityManager,
  organisationId: string,
  id: string,
  lock?: LockMode,
): Promise<CampaignEntity> {
  const campaign = await em.findOne(CampaignEntity, {
    where: { id, organisationId },
    ...(lock ? { lock: { mode: lock } } : {}),
  });
  if (!campaign) throw DomainError.notFound('Campaign');
  return campaign;
}

export async function findCollaboration(
  em: EntityManager,
  organisationId: string,
  id: string,
  lock?: LockMode,
): Promise<CollaborationEntity> {
  const collaboration = await em.findOne(CollaborationEntity, {
    where: { id, organisationId },
    ...(lock ? { lock: { mode: lock } } : {}),
  });
  if (!collaboration) throw DomainError.notFound('Collaboration');
  return collaboration;
}

export async function findDeliverable(
  em: EntityManager,
  organisationId: string,
  id: string,
  lock?: LockMode,
): Promise<DeliverableEntity> {
  const deliverable = await em.findOne(DeliverableEntity, {
    where: { id, organisationId },
    ...(lock ? { lock: { mode: lock } } : {}),
  });
  if (!deliverable) throw DomainError.notFound('Deliverable');
  return deliverable;
}

/**
 * Optimistic write: `UPDATE … SET …, version = version + 1 WHERE id, organisation_id AND version = :seen`.
 * A concurrent writer that committed first bumped the version, so this update matches no row and the caller
 * gets a 409 instead of silently overwriting the other change. Returns the new version.
 */
export async function updateVersioned<T extends ObjectLiteral & { version: number }>(
  em: EntityManager,
  target: EntityTarget<T>,
  resource: string,
  row: { id: string; organisationId: string; version: number },
  set: Partial<Record<keyof T, unknown>>,
): Promise<number> {
  const result = await em
    .createQueryBuilder()
    .update(target)
    .set({ ...set, version: () => 'version + 1' } as never)
    .where('id = :id AND organisation_id = :organisationId AND version = :version', {
      id: row.id,
      organisationId: row.organisationId,
      version: row.version,
    })
    .execute();
  if (result.affected !== 1) throw staleVersion(resource);
  return row.version + 1;
}

export async function recordAudit(
  audit: AuditService,
  em: EntityManager,
  actor: CampaignActor,
  action: string,
  target: { type: string; id: string },
  changes: Record<string, unknown>,
): Promise<void> {
  await audit.record(em, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    requestId: actor.requestId ?? null,
    action,
    targetType: target.type,
    targetId: target.id,
    changes,
  });
}
