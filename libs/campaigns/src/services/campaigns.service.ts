import { AuditService } from '@fitscout/audit';
import { decodeCursor, DomainError, type Page, type PageQueryDto, pageLimit, toPage } from '@fitscout/common';
import type { AudienceJurisdiction } from '@fitscout/compliance';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  CLOSED_WITHOUT_RESULT,
  type CampaignObjective,
  type CampaignStatus,
  type CollaborationStage,
} from '../campaign.constants';
import { type BudgetSummary, summariseBudget } from '../domain/budget';
import { briefFieldErrors, type CampaignBriefInput, normaliseBrief } from '../domain/brief';
import {
  assertActivatable,
  assertCampaignOpen,
  assertCampaignTransition,
  assertPeriod,
  assertVersion,
  type SponsorDetails,
} from '../domain/campaign-lifecycle';
import { CampaignEntity } from '../entities/campaign.entity';
import { CollaborationEntity } from '../entities/collaboration.entity';
import { type CampaignActor, findCampaign, recordAudit, updateVersioned } from './campaign-actor';
import { type CampaignView, type Money, toCampaignView } from './campaign-views';

export interface CreateCampaignInput {
  name: string;
  objective: CampaignObjective;
  political?: boolean;
  sponsor?: SponsorDetails | null;
  budget: Money;
  startDate: string;
  endDate: string;
  jurisdictions: AudienceJurisdiction[];
  brief: CampaignBriefInput;
}

export type UpdateCampaignInput = Partial<CreateCampaignInput> & { version?: number };

export interface CampaignStatusInput {
  status: CampaignStatus;
  version?: number;
  note?: string | null;
}

export interface CampaignListFilter extends PageQueryDto {
  status?: CampaignStatus;
}

/** Campaigns and their lifecycle; every lookup is `{ id, organisationId }`. */
@Injectable()
export class CampaignsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(actor: CampaignActor, input: CreateCampaignInput): Promise<CampaignView> {
    assertPeriod(input.startDate, input.endDate);
    assertBrief(input.brief);
    return this.dataSource.transaction(async (em) => {
      const campaign = await em.save(
        em.create(CampaignEntity, {
          organisationId: actor.organisationId,
          name: input.name.trim(),
          objective: input.objective,
          status: 'draft',
          political: input.political ?? false,
          sponsor: input.sponsor ?? null,
          budgetAmountMinor: input.budget.amountMinor,
          budgetCurrency: input.budget.currency,
          startDate: input.startDate,
          endDate: input.endDate,
          jurisdictions: [...new Set(input.jurisdictions)],
          brief: normaliseBrief(input.brief),
          version: 1,
          createdByUserId: actor.userId,
          statusChangedAt: null,
        }),
      );
      await recordAudit(this.audit, em, actor, 'campaign.created', target(campaign.id), {
        name: campaign.name,
        political: campaign.political,
        budget: input.budget,
      });
      return toCampaignView(campaign);
    });
  }

  /** Newest first, keyset-paginated on (created_at, id). */
  async list(organisationId: string, filter: CampaignListFilter): Promise<Page<CampaignView>> {
    const limit = pageLimit(filter);
    const qb = this.dataSource
      .getRepository(CampaignEntity)
      .createQueryBuilder('c')
      .where('c.organisation_id = :organisationId', { organisationId })
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(limit + 1);
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    if (filter.cursor) {
      const [createdAt, id] = decodeCursor(filter.cursor, 2);
      qb.andWhere('(c.created_at, c.id) < (:createdAt::timestamptz, :id::uuid)', { createdAt, id });
    }
    const rows = await qb.getMany();
    return toPage(rows, limit, (r) => [r.createdAt.toISOString(), r.id], toCampaignView);
  }

  async get(organisationId: string, id: string): Promise<CampaignView> {
    return toCampaignView(await findCampaign(this.dataSource.manager, organisationId, id));
  }

  /** Details, brief and budget; dates re-validated together with the stored ones. */
  async update(actor: CampaignActor, id: string, patch: UpdateCampaignInput): Promise<CampaignView> {
    await this.dataSource.transaction(async (em) => {
      const campaign = await findCampaign(em, actor.organisationId, id);
      assertVersion('Campaign', patch.version, campaign.version);
      assertCampaignOpen(campaign.status);
      if (patch.brief) assertBrief(patch.brief);
      const next = {
        startDate: patch.startDate ?? campaign.startDate,
        endDate: patch.endDate ?? campaign.endDate,
        political: patch.political ?? campaign.political,
        sponsor: patch.sponsor === undefined ? campaign.sponsor : patch.sponsor,
      };
      assertPeriod(next.startDate, next.endDate);
      if (campaign.status === 'active') assertActivatable(next);
      if (patch.budget && patch.budget.currency !== campaign.budgetCurrency) {
        await this.assertNoFeesIn(em, campaign, patch.budget.currency);
      }
      const set: Partial<Record<keyof CampaignEntity, unknown>> = {
        ...next,
        ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
        ...(patch.objective !== undefined ? { objective: patch.objective } : {}),
        ...(patch.jurisdictions !== undefined ? { jurisdictions: [...new Set(patch.jurisdictions)] } : {}),
        ...(patch.brief !== undefined ? { brief: normaliseBrief(patch.brief) } : {}),
        ...(patch.budget !== undefined
          ? { budgetAmountMinor: patch.budget.amountMinor, budgetCurrency: patch.budget.currency }
          : {}),
      };
      await updateVersioned(em, CampaignEntity, 'Campaign', campaign, set);
      const { version: _version, ...changes } = patch;
      await recordAudit(this.audit, em, actor, 'campaign.updated', target(id), {
        fields: Object.keys(changes),
      });
    });
    return this.get(actor.organisationId, id);
  }

  /**
   * The guarded lifecycle. Activation needs a political campaign's sponsor details; completion needs every
   * collaboration to be finished (completed, declined or cancelled).
   */
  async changeStatus(actor: CampaignActor, id: string, input: CampaignStatusInput): Promise<CampaignView> {
    await this.dataSource.transaction(async (em) => {
      const campaign = await findCampaign(em, actor.organisationId, id);
      assertVersion('Campaign', input.version, campaign.version);
      assertCampaignTransition(campaign.status, input.status);
      if (input.status === 'active') assertActivatable(campaign);
      if (input.status === 'completed') await this.assertAllFinished(em, campaign);
      await updateVersioned(em, CampaignEntity, 'Campaign', campaign, {
        status: input.status,
        statusChangedAt: new Date(),
      });
      await recordAudit(this.audit, em, actor, 'campaign.status_changed', target(id), {
        before: { status: campaign.status },
        after: { status: input.status },
        note: input.note ?? null,
      });
    });
    return this.get(actor.organisationId, id);
  }

  /** Committed fees against the budget, warning when over. */
  async budget(organisationId: string, id: string): Promise<BudgetSummary> {
    const campaign = await findCampaign(this.dataSource.manager, organisationId, id);
    const lines = await this.dataSource.getRepository(CollaborationEntity).find({
      where: { organisationId, campaignId: id },
      select: { stage: true, feeAmountMinor: true },
    });
    return summariseBudget(campaign.budgetAmountMinor, campaign.budgetCurrency, lines);
  }

  private async assertAllFinished(em: EntityManager, campaign: CampaignEntity): Promise<void> {
    const finished: CollaborationStage[] = ['completed', ...CLOSED_WITHOUT_RESULT];
    const open = await em
      .getRepository(CollaborationEntity)
      .createQueryBuilder('c')
      .where('c.organisation_id = :org AND c.campaign_id = :id', {
        org: campaign.organisationId,
        id: campaign.id,
      })
      .andWhere('c.stage NOT IN (:...finished)', { finished })
      .getCount();
    if (open > 0) {
      throw DomainError.conflict(
        `The campaign cannot be completed while ${open} collaboration(s) are still in progress; complete, decline or cancel them first.`,
        { openCollaborations: open },
      );
    }
  }

  private async assertNoFeesIn(em: EntityManager, campaign: CampaignEntity, currency: string): Promise<void> {
    const withFees = await em
      .getRepository(CollaborationEntity)
      .createQueryBuilder('c')
      .where('c.organisation_id = :org AND c.campaign_id = :id', {
        org: campaign.organisationId,
        id: campaign.id,
      })
      .andWhere('c.fee_currency IS NOT NULL AND c.fee_currency <> :currency', { currency })
      .getCount();
    if (withFees > 0) {
      throw DomainError.conflict(
        `The budget currency cannot change to ${currency}: ${withFees} collaboration(s) have fees in ${campaign.budgetCurrency}.`,
        { collaborationsWithFees: withFees },
      );
    }
  }
}

const target = (id: string) => ({ type: 'campaign', id });

function assertBrief(brief: CampaignBriefInput): void {
  const errors = briefFieldErrors(brief);
  if (errors.length > 0) throw DomainError.validation(errors);
}
