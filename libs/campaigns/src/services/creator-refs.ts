import type { DataSource, EntityManager } from 'typeorm';
import type { CollaborationEntity } from '../entities/collaboration.entity';
import { type CollaborationView, type CreatorRef, toCollaborationView } from './campaign-views';

/** Display names and accounts of the collaborations' creators, one query (public catalogue data). */
export async function loadCreatorRefs(
  db: DataSource | EntityManager,
  collaborations: readonly Pick<CollaborationEntity, 'id' | 'influencerId' | 'accountId'>[],
): Promise<Map<string, CreatorRef>> {
  if (collaborations.length === 0) return new Map();
  const rows: {
    id: string;
    display_name: string;
    platform: string | null;
    handle: string | null;
    followers: number | null;
  }[] = await db.query(
    `SELECT x.id, i.display_name, a.platform, a.handle, a.followers
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS x(id, influencer_id, account_id)
       JOIN influencers i ON i.id = x.influencer_id
       LEFT JOIN platform_accounts a ON a.id = x.account_id`,
    [
      collaborations.map((c) => c.id),
      collaborations.map((c) => c.influencerId),
      collaborations.map((c) => c.accountId),
    ],
  );
  return new Map(
    rows.map((r) => [
      r.id,
      { displayName: r.display_name, platform: r.platform, handle: r.handle, followers: r.followers },
    ]),
  );
}

export async function collaborationViews(
  db: DataSource | EntityManager,
  collaborations: readonly CollaborationEntity[],
): Promise<CollaborationView[]> {
  const refs = await loadCreatorRefs(db, collaborations);
  return collaborations.map((c) => toCollaborationView(c, refs.get(c.id)));
}
