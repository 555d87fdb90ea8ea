import { AuditService } from '@fitscout/audit';
import {
  decodeCursor,
  DomainError,
  ErrorCode,
  type Page,
  type PageQueryDto,
  pageLimit,
  toPage,
} from '@fitscout/common';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { InfluencerListEntity, InfluencerListItemEntity } from '../entities/influencer-list.entity';
import type { CurationActor } from './overlay.service';

export interface ListView {
  id: string;
  name: string;
  description: string | null;
  itemCount: number;
  createdAt: string;
}

export interface ListItemView {
  influencerId: string;
  displayName: string;
  country: string | null;
  addedAt: string;
}

export const MAX_ITEMS_PER_REQUEST = 500;

/** Named lists of creators ("Merklisten"), private to one organisation. */
@Injectable()
export class ListsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(
    actor: CurationActor,
    input: { name: string; description?: string | null },
  ): Promise<ListView> {
    return this.dataSource.transaction(async (em) => {
      await this.assertNameFree(em, actor.organisationId, input.name);
      const list = await em.save(
        em.create(InfluencerListEntity, {
          organisationId: actor.organisationId,
          name: input.name.trim(),
          description: input.description ?? null,
        }),
      );
      await this.auditList(em, actor, 'list.created', list.id, { name: list.name });
      return { ...this.view(list), itemCount: 0 };
    });
  }

  async list(organisationId: string, query: PageQueryDto): Promise<Page<ListView>> {
    const limit = pageLimit(query);
    const params: unknown[] = [organisationId, limit + 1];
    let after = '';
    if (query.cursor) {
      const [name, id] = decodeCursor(query.cursor, 2);
      params.push(name, id);
      after = 'AND (l.name, l.id) > ($3, $4::uuid)';
    }
    const rows: {
      id: string;
      name: string;
      description: string | null;
      created_at: Date;
      item_count: string;
    }[] = await this.dataSource.query(
      `SELECT l.id, l.name, l.description, l.created_at,
                (SELECT count(*) FROM influencer_list_items li WHERE li.list_id = l.id) AS item_count
           FROM influencer_lists l WHERE l.organisation_id = $1 ${after}
          ORDER BY l.name, l.id LIMIT $2`,
      params,
    );
    return toPage(
      rows,
      limit,
      (r) => [r.name, r.id],
      (r) => ({
        id: r.id,
        name: r.name,
        description: r.description,
        itemCount: Number(r.item_count),
        createdAt: r.created_at.toISOString(),
      }),
    );
  }

  async get(organisationId: string, listId: string): Promise<ListView> {
    const list = await this.find(this.dataSource.manager, organisationId, listId);
    const [{ count }] = await this.dataSource.query(
      'SELECT count(*) FROM influencer_list_items WHERE list_id = $1',
      [listId],
    );
    return { ...this.view(list), itemCount: Number(count) };
  }

  async update(
    actor: CurationActor,
    listId: string,
    patch: { name?: string; description?: string | null },
  ): Promise<ListView> {
    await this.dataSource.transaction(async (em) => {
      const list = await this.find(em, actor.organisationId, listId);
      if (patch.name !== undefined && patch.name.trim() !== list.name)
        await this.assertNameFree(em, actor.organisationId, patch.name);
      await em.update(
        InfluencerListEntity,
        { id: list.id, organisationId: actor.organisationId },
        {
          name: patch.name?.trim() ?? list.name,
          description: patch.description === undefined ? list.description : patch.description,
        },
      );
      await this.auditList(em, actor, 'list.updated', list.id, {
        before: { name: list.name },
        after: { name: patch.name ?? list.name },
      });
    });
    return this.get(actor.organisationId, listId);
  }

  async remove(actor: CurationActor, listId: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const list = await this.find(em, actor.organisationId, listId);
      await em.delete(InfluencerListEntity, { id: list.id, organisationId: actor.organisationId });
      await this.auditList(em, actor, 'list.deleted', list.id, { name: list.name });
    });
  }

  /** Adds creators; ones already on the list are left as they are. Unknown ids: 404 naming them, nothing added. */
  async addItems(actor: CurationActor, listId: string, influencerIds: string[]): Promise<{ added: number }> {
    const ids = [...new Set(influencerIds)];
    return this.dataSource.transaction(async (em) => {
      await this.find(em, actor.organisationId, listId);
      const known: { id: string }[] = await em.query(
        'SELECT id FROM influencers WHERE id = ANY($1::uuid[])',
        [ids],
      );
      if (known.length !== ids.length) {
        const found = new Set(known.map((k) => k.id));
        const missingIds = ids.filter((id) => !found.has(id));
        throw new DomainError(ErrorCode.NotFound, `${missingIds.length} influencer(s) were not found.`, {
          extensions: { resource: 'Influencer', missingIds },
        });
      }
      const inserted: unknown[] = await em.query(
        `INSERT INTO influencer_list_items (organisation_id, list_id, influencer_id, added_by_user_id)
         SELECT $1, $2, unnest($3::uuid[]), $4 ON CONFLICT (list_id, influencer_id) DO NOTHING RETURNING id`,
        [actor.organisationId, listId, ids, actor.userId],
      );
      await this.auditList(em, actor, 'list.items_added', listId, { influencerIds: ids });
      return { added: inserted.length };
    });
  }

  async removeItem(actor: CurationActor, listId: string, influencerId: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      await this.find(em, actor.organisationId, listId);
      const { affected } = await em
        .createQueryBuilder()
        .delete()
        .from(InfluencerListItemEntity)
        .where('organisation_id = :org AND list_id = :listId AND influencer_id = :influencerId', {
          org: actor.organisationId,
          listId,
          influencerId,
        })
        .execute();
      if (!affected) throw DomainError.notFound('List item');
      await this.auditList(em, actor, 'list.item_removed', listId, { influencerId });
    });
  }

  async items(organisationId: string, listId: string, query: PageQueryDto): Promise<Page<ListItemView>> {
    await this.find(this.dataSource.manager, organisationId, listId);
    const limit = pageLimit(query);
    const params: unknown[] = [organisationId, listId, limit + 1];
    let after = '';
    if (query.cursor) {
      const [addedAt, id] = decodeCursor(query.cursor, 2);
      params.push(addedAt, id);
      after = 'AND (li.created_at, li.influencer_id) > ($4::timestamptz, $5::uuid)';
    }
    const rows: { influencer_id: string; display_name: string; country: string | null; created_at: Date }[] =
      await this.dataSource.query(
        `SELECT li.influencer_id, i.display_name, i.country, li.created_at
           FROM influencer_list_items li JOIN influencers i ON i.id = li.influencer_id
          WHERE li.organisation_id = $1 AND li.list_id = $2 ${after}
          ORDER BY li.created_at, li.influencer_id LIMIT $3`,
        params,
      );
    return toPage(
      rows,
      limit,
      (r) => [r.created_at.toISOString(), r.influencer_id],
      (r) => ({
        influencerId: r.influencer_id,
        displayName: r.display_name,
        country: r.country,
        addedAt: r.created_at.toISOString(),
      }),
    );
  }

  private view(list: InfluencerListEntity): Omit<ListView, 'itemCount'> {
    return {
      id: list.id,
      name: list.name,
      description: list.description,
      createdAt: list.createdAt.toISOString(),
    };
  }

  /** Another organisation's list is simply not found. */
  private async find(
    em: EntityManager,
    organisationId: string,
    listId: string,
  ): Promise<InfluencerListEntity> {
    const list = await em.findOne(InfluencerListEntity, { where: { id: listId, organisationId } });
    if (!list) throw DomainError.notFound('List');
    return list;
  }

  private async assertNameFree(em: EntityManager, organisationId: string, name: string): Promise<void> {
    const taken = await em.findOne(InfluencerListEntity, { where: { organisationId, name: name.trim() } });
    if (taken) throw DomainError.conflict(`A list named "${name.trim()}" already exists.`);
  }

  private async auditList(
    em: EntityManager,
    actor: CurationActor,
    action: string,
    listId: string,
    changes: Record<string, unknown>,
  ) {
    await this.audit.record(em, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      requestId: actor.requestId,
      action,
      targetType: 'list',
      targetId: listId,
      changes,
    });
  }
}
