import { AuditService } from '@fitscout/audit';
import { InfluencerListEntity } from '@fitscout/catalogue';
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
import { DataSource, type EntityManager, In } from 'typeorm';
import type { CollaborationSource, CollaborationStage, FeedbackSentiment } from '../campaign.constants';
import { assertCampaignOpen } from '../domain/campaign-lifecycle';
import {
  CollaborationEntity,
  CollaborationFeedbackEntity,
  CollaborationStageChangeEntity,
} from '../entities/collaboration.entity';
import { type CampaignActor, findCampaign, findCollaboration, recordAudit } from './campaign-actor';
import {
  type CollaborationView,
  type FeedbackView,
  type StageChangeView,
  toFeedbackView,
  toStageChangeView,
} from './campaign-views';
import { collaborationViews } from './creator-refs';

export interface AddCollaborationsInput {
  /** Creators to add; or `listId` to add everyone on one of the organisation's lists. */
  influencerIds?: string[];
  listId?: string;
  source?: CollaborationSource;
}

export interface AddCollaborationsResult {
  added: CollaborationView[];
  /** Creators already in the campaign (in any stage), left as they are. */
  skippedInfluencerIds: string[];
}

export interface CollaborationListFilter extends PageQueryDto {
  stage?: CollaborationStage;
}

/** Adding creators to a campaign, listing them, their stage history and feedback notes. */
@Injectable()
export class CollaborationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Adds creators (from recommendations, a list or by id) as `shortlisted`. Each gets its largest active account
   * on a platform the brief asks for (else its largest), and the brief's deliverables as its first terms.
   * Unknown creators: 404 naming them, nothing added. Creators already in the campaign are skipped.
   */
  async add(
    actor: CampaignActor,
    campaignId: string,
    input: AddCollaborationsInput,
  ): Promise<AddCollaborationsResult> {
    const result = await this.dataSource.transaction(async (em) => {
      const campaign = await findCampaign(em, actor.organisationId, campaignId);
      assertCampaignOpen(campaign.status);
      const ids = input.listId
        ? await this.listMembers(em, actor.organisationId, input.listId)
        : [...new Set(input.influencerIds ?? [])];
      if (ids.length === 0) return { addedIds: [], order: ids, skippedInfluencerIds: [] };
      const accounts = await this.chooseAccounts(em, ids, campaign.brief.creatorCriteria.platforms);
      const plan = campaign.brief.deliverables.map((d) => ({ ...d, dueDate: null }));
      const source: CollaborationSource = input.source ?? (input.listId ? 'list' : 'manual');
      const now = new Date();
      const inserted: { id: string; influencer_id: string }[] = await em.query(
        `INSERT INTO campaign_collaborations
           (organisation_id, campaign_id, influencer_id, account_id, stage, version, source, deliverables_plan,
            added_by_user_id, stage_changed_at)
         SELECT $1, $2, x.influencer_id, x.account_id, 'shortlisted', 1, $3, $4::jsonb, $5, $6
           FROM unnest($7::uuid[], $8::uuid[]) AS x(influencer_id, account_id)
         ON CONFLICT (campaign_id, influencer_id) DO NOTHING
         RETURNING id, influencer_id`,
        [
          actor.organisationId,
          campaignId,
          source,
          JSON.stringify(plan),
          actor.userId,
          now,
          ids,
          ids.map((id) => accounts.get(id) ?? null),
        ],
      );
      if (inserted.length > 0) {
        await em.insert(
          CollaborationStageChangeEntity,
          inserted.map((row) => ({
            organisationId: actor.organisationId,
            collaborationId: row.id,
            fromStage: null,
            toStage: 'shortlisted' as const,
            note: `added (${source})`,
            actorUserId: actor.userId,
            version: 1,
          })),
        );
        await recordAudit(
          this.audit,
          em,
          actor,
          'campaign.collaborations_added',
          { type: 'campaign', id: campaignId },
          {
            influencerIds: inserted.map((row) => row.influencer_id),
            source,
          },
        );
      }
      const addedIds = new Set(inserted.map((row) => row.influencer_id));
      return {
        addedIds: inserted.map((row) => row.id),
        order: ids,
        skippedInfluencerIds: ids.filter((id) => !addedIds.has(id)),
      };
    });
    const rows =
      result.addedIds.length === 0
        ? []
        : await this.dataSource.getRepository(CollaborationEntity).find({
            where: { id: In(result.addedIds), organisationId: actor.organisationId },
            order: { createdAt: 'ASC', id: 'ASC' },
          });
    const position = new Map(result.order.map((id, index) => [id, index]));
    rows.sort((a, b) => (position.get(a.influencerId) ?? 0) - (position.get(b.influencerId) ?? 0));
    return {
      added: await collaborationViews(this.dataSource, rows),
      skippedInfluencerIds: result.skippedInfluencerIds,
    };
  }

  /** In the order they were added, keyset-paginated on (created_at, id). */
  async list(
    organisationId: string,
    campaignId: string,
    filter: CollaborationListFilter,
  ): Promise<Page<CollaborationView>> {
    await findCampaign(this.dataSource.manager, organisationId, campaignId);
    const limit = pageLimit(filter);
    const qb = this.dataSource
      .getRepository(CollaborationEntity)
      .createQueryBuilder('c')
      .where('c.organisation_id = :organisationId AND c.campaign_id = :campaignId', {
        organisationId,
        campaignId,
      })
      .orderBy('c.created_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(limit + 1);
    if (filter.stage) qb.andWhere('c.stage = :stage', { stage: filter.stage });
    if (filter.cursor) {
      const [createdAt, id] = decodeCursor(filter.cursor, 2);
      qb.andWhere('(c.created_at, c.id) > (:createdAt::timestamptz, :id::uuid)', { createdAt, id });
    }
    const rows = await qb.getMany();
    const page = toPage(
      rows,
      limit,
      (r) => [r.createdAt.toISOString(), r.id],
      (r) => r,
    );
    return { items: await collaborationViews(this.dataSource, page.items), nextCursor: page.nextCursor };
  }

  async get(organisationId: string, id: string): Promise<CollaborationView> {
    const collaboration = await findCollaboration(this.dataSource.manager, organisationId, id);
    const [view] = await collaborationViews(this.dataSource, [collaboration]);
    return view;
  }

  /** Every stage change, oldest first: who, when, from, to and the note. */
  async history(organisationId: string, id: string): Promise<StageChangeView[]> {
    await findCollaboration(this.dataSource.manager, organisationId, id);
    const rows = await this.dataSource.getRepository(CollaborationStageChangeEntity).find({
      where: { organisationId, collaborationId: id },
      order: { createdAt: 'ASC', version: 'ASC' },
    });
    return rows.map(toStageChangeView);
  }

  async addFeedback(
    actor: CampaignActor,
    id: string,
    input: { note: string; sentiment?: FeedbackSentiment | null },
  ): Promise<FeedbackView> {
    return this.dataSource.transaction(async (em) => {
      const collaboration = await findCollaboration(em, actor.organisationId, id);
      const feedback = await em.save(
        em.create(CollaborationFeedbackEntity, {
          organisationId: actor.organisationId,
          collaborationId: collaboration.id,
          note: input.note.trim(),
          sentiment: input.sentiment ?? null,
          authorUserId: actor.userId,
        }),
      );
      await recordAudit(
        this.audit,
        em,
        actor,
        'collaboration.feedback_added',
        { type: 'collaboration', id },
        {
          sentiment: feedback.sentiment,
        },
      );
      return toFeedbackView(feedback);
    });
  }

  /** Oldest first. */
  async listFeedback(organisationId: string, id: string): Promise<FeedbackView[]> {
    await findCollaboration(this.dataSource.manager, organisationId, id);
    const rows = await this.dataSource.getRepository(CollaborationFeedbackEntity).find({
      where: { organisationId, collaborationId: id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map(toFeedbackView);
  }

  /** Everyone on one of the organisation's lists; another organisation's list is not found. */
  private async listMembers(em: EntityManager, organisationId: string, listId: string): Promise<string[]> {
    const list = await em.findOne(InfluencerListEntity, { where: { id: listId, organisationId } });
    if (!list) throw DomainError.notFound('List');
    const rows: { influencer_id: string }[] = await em.query(
      `SELECT influencer_id FROM influencer_list_items
        WHERE organisation_id = $1 AND list_id = $2 ORDER BY created_at, influencer_id`,
      [organisationId, listId],
    );
    return rows.map((r) => r.influencer_id);
  }

  /** influencer → its largest active account, preferring the brief's platforms; 404 naming unknown creators. */
  private async chooseAccounts(
    em: EntityManager,
    influencerIds: string[],
    platforms: readonly string[],
  ): Promise<Map<string, string | null>> {
    const known: { id: string; account_id: string | null }[] = await em.query(
      `SELECT i.id,
              (SELECT a.id FROM platform_accounts a
                WHERE a.influencer_id = i.id AND a.status = 'active'
                ORDER BY (a.platform = ANY($2::varchar[])) DESC, a.followers DESC, a.id
                LIMIT 1) AS account_id
         FROM influencers i WHERE i.id = ANY($1::uuid[])`,
      [influencerIds, platforms],
    );
    if (known.length !== influencerIds.length) {
      const found = new Set(known.map((k) => k.id));
      const missingIds = influencerIds.filter((id) => !found.has(id));
      throw new DomainError(ErrorCode.NotFound, `${missingIds.length} influencer(s) were not found.`, {
        extensions: { resource: 'Influencer', missingIds },
      });
    }
    return new Map(known.map((k) => [k.id, k.account_id]));
  }
}
