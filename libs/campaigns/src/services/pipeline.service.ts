import { AuditService } from '@fitscout/audit';
import { DomainError, type FieldError } from '@fitscout/common';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CollaborationStage } from '../campaign.constants';
import { type BudgetSummary, summariseBudget } from '../domain/budget';
import { assertCampaignOpen, assertVersion } from '../domain/campaign-lifecycle';
import { assertStageChange, assertTermsEditable } from '../domain/collaboration-pipeline';
import type { CampaignEntity } from '../entities/campaign.entity';
import {
  CollaborationEntity,
  CollaborationStageChangeEntity,
  type DeliverablePlanItem,
} from '../entities/collaboration.entity';
import { DeliverableEntity } from '../entities/deliverable.entity';
import {
  type CampaignActor,
  findCampaign,
  findCollaboration,
  recordAudit,
  updateVersioned,
} from './campaign-actor';
import type { CollaborationView, Money } from './campaign-views';
import { collaborationViews } from './creator-refs';

export interface StageChangeInput {
  stage: CollaborationStage;
  note?: string | null;
  /** The version the caller saw; a different current version is a 409. */
  version?: number;
}

/** The terms replace the previous ones as a whole. */
export interface TermsInput {
  fee?: Money | null;
  /** A due date left out is "not agreed yet". */
  deliverables: (Omit<DeliverablePlanItem, 'dueDate'> & { dueDate?: string | null })[];
  usageRights?: string | null;
  exclusivity?: string | null;
  notes?: string | null;
  version?: number;
}

export interface TermsResult {
  collaboration: CollaborationView;
  budget: BudgetSummary;
}

/**
 * Stage changes and terms. Both are optimistic: the update only applies to the version that was read, so of two
 * concurrent changes one wins and the other gets a 409 (never a lost update).
 */
@Injectable()
export class PipelineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async changeStage(actor: CampaignActor, id: string, input: StageChangeInput): Promise<CollaborationView> {
    await this.dataSource.transaction(async (em) => {
      const collaboration = await findCollaboration(em, actor.organisationId, id);
      assertVersion('Collaboration', input.version, collaboration.version);
      const campaign = await findCampaign(em, actor.organisationId, collaboration.campaignId);
      assertCampaignOpen(campaign.status);
      const deliverables = await em.find(DeliverableEntity, {
        where: { organisationId: actor.organisationId, collaborationId: id },
        select: { status: true },
      });
      const from = collaboration.stage;
      assertStageChange(from, input.stage, {
        campaignStatus: campaign.status,
        feeAmountMinor: collaboration.feeAmountMinor,
        plannedDeliverables: plannedCount(collaboration.deliverablesPlan),
        deliverableStatuses: deliverables.map((d) => d.status),
      });
      const version = await updateVersioned(em, CollaborationEntity, 'Collaboration', collaboration, {
        stage: input.stage,
        stageChangedAt: new Date(),
      });
      if (input.stage === 'contracted') await this.createDeliverables(em, collaboration);
      await em.insert(CollaborationStageChangeEntity, {
        organisationId: actor.organisationId,
        collaborationId: id,
        fromStage: from,
        toStage: input.stage,
        note: input.note?.trim() || null,
        actorUserId: actor.userId,
        version,
      });
      await recordAudit(this.audit, em, actor, 'collaboration.stage_changed', target(id), {
        before: { stage: from },
        after: { stage: input.stage },
        campaignId: campaign.id,
      });
    });
    return this.view(actor.organisationId, id);
  }

  /**
   * Fee (in the campaign's currency), deliverables (due dates within the campaign), usage rights, exclusivity and
   * notes; editable until the contract. Answers with the budget summary, which warns when fees exceed the budget.
   */
  async updateTerms(actor: CampaignActor, id: string, input: TermsInput): Promise<TermsResult> {
    const budget = await this.dataSource.transaction(async (em) => {
      const collaboration = await findCollaboration(em, actor.organisationId, id);
      assertVersion('Collaboration', input.version, collaboration.version);
      const campaign = await findCampaign(em, actor.organisationId, collaboration.campaignId);
      assertCampaignOpen(campaign.status);
      assertTermsEditable(collaboration.stage);
      assertTermsFit(campaign, input);
      const fee = input.fee ?? null;
      await updateVersioned(em, CollaborationEntity, 'Collaboration', collaboration, {
        feeAmountMinor: fee?.amountMinor ?? null,
        feeCurrency: fee?.currency ?? null,
        deliverablesPlan: input.deliverables.map((d) => ({ ...d, dueDate: d.dueDate ?? null })),
        usageRights: input.usageRights ?? null,
        exclusivity: input.exclusivity ?? null,
        notes: input.notes ?? null,
      });
      await recordAudit(this.audit, em, actor, 'collaboration.terms_updated', target(id), {
        before: {
          fee: collaboration.feeAmountMinor,
          deliverables: plannedCount(collaboration.deliverablesPlan),
        },
        after: { fee: fee?.amountMinor ?? null, deliverables: plannedCount(input.deliverables) },
      });
      const lines = await em.find(CollaborationEntity, {
        where: { organisationId: actor.organisationId, campaignId: campaign.id },
        select: { stage: true, feeAmountMinor: true },
      });
      return summariseBudget(campaign.budgetAmountMinor, campaign.budgetCurrency, lines);
    });
    return { collaboration: await this.view(actor.organisationId, id), budget };
  }

  /** The contract fixes the terms: one deliverable per unit of each planned item, numbered in order. */
  private async createDeliverables(em: EntityManager, collaboration: CollaborationEntity): Promise<void> {
    const rows: Partial<DeliverableEntity>[] = [];
    for (const item of collaboration.deliverablesPlan) {
      for (let i = 0; i < item.count; i += 1) {
        rows.push({
          organisationId: collaboration.organisationId,
          campaignId: collaboration.campaignId,
          collaborationId: collaboration.id,
          seq: rows.length + 1,
          type: item.type,
          platform: item.platform,
          dueDate: item.dueDate,
          status: 'planned',
        });
      }
    }
    if (rows.length > 0) await em.insert(DeliverableEntity, rows);
  }

  private async view(organisationId: string, id: string): Promise<CollaborationView> {
    const collaboration = await findCollaboration(this.dataSource.manager, organisationId, id);
    const [view] = await collaborationViews(this.dataSource, [collaboration]);
    return view;
  }
}

export function plannedCount(plan: readonly { count: number }[]): number {
  return plan.reduce((sum, item) => sum + item.count, 0);
}

/** Fees are summed against the budget, so they must be in its currency; due dates fall within the campaign. */
function assertTermsFit(campaign: CampaignEntity, input: TermsInput): void {
  const errors: FieldError[] = [];
  if (input.fee && input.fee.currency !== campaign.budgetCurrency) {
    errors.push({
      field: 'fee.currency',
      message: `fee.currency must be the campaign's budget currency ${campaign.budgetCurrency}`,
      rule: 'campaignCurrency',
    });
  }
  input.deliverables.forEach((item, index) => {
    if (item.dueDate && (item.dueDate < campaign.startDate || item.dueDate > campaign.endDate)) {
      errors.push({
        field: `deliverables[${index}].dueDate`,
        message: `deliverables[${index}].dueDate must be within the campaign (${campaign.startDate} to ${campaign.endDate})`,
        rule: 'withinCampaign',
      });
    }
  });
  if (errors.length > 0) throw DomainError.validation(errors);
}

const target = (id: string) => ({ type: 'collaboration', id });
