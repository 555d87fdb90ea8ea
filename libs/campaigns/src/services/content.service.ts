import { AuditService } from '@fitscout/audit';
import { DomainError } from '@fitscout/common';
import {
  ComplianceCheckEntity,
  ComplianceChecksService,
  type ComplianceFinding,
  type ContentKind,
  type Platform,
  type VideoDisclosure,
} from '@fitscout/compliance';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { assertCampaignOpen } from '../domain/campaign-lifecycle';
import { assertInContentReview } from '../domain/collaboration-pipeline';
import { allFindings, assertApprovable, complianceInputFor, countFindings } from '../domain/draft-compliance';
import { ContentDraftEntity } from '../entities/content-draft.entity';
import { DeliverableEntity } from '../entities/deliverable.entity';
import {
  type CampaignActor,
  findCampaign,
  findCollaboration,
  findDeliverable,
  recordAudit,
} from './campaign-actor';
import { type DeliverableView, type DraftView, toDeliverableView, toDraftView } from './campaign-views';

export interface DraftInput {
  caption: string;
  /** Defaults to the deliverable's type and platform; when given they must match it. */
  kind?: ContentKind;
  platform?: Platform;
  paidPartnershipLabel: boolean;
  videoDisclosure?: VideoDisclosure | null;
  retouched?: boolean;
  aiGenerated?: boolean;
  note?: string | null;
}

/**
 * Deliverables and their drafts: every submitted version is kept and checked by the compliance engine against
 * the campaign's jurisdictions and political flag; a draft with error findings cannot be approved.
 */
@Injectable()
export class ContentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly checks: ComplianceChecksService,
    private readonly audit: AuditService,
  ) {}

  async deliverables(organisationId: string, collaborationId: string): Promise<DeliverableView[]> {
    await findCollaboration(this.dataSource.manager, organisationId, collaborationId);
    const rows = await this.dataSource.getRepository(DeliverableEntity).find({
      where: { organisationId, collaborationId },
      order: { seq: 'ASC' },
    });
    return rows.map(toDeliverableView);
  }

  async getDeliverable(organisationId: string, id: string): Promise<DeliverableView> {
    return toDeliverableView(await findDeliverable(this.dataSource.manager, organisationId, id));
  }

  /** A new version for the deliverable; a version still awaiting review is superseded by it. */
  async submitDraft(actor: CampaignActor, deliverableId: string, input: DraftInput): Promise<DraftView> {
    const draftId = await this.dataSource.transaction(async (em) => {
      const deliverable = await findDeliverable(em, actor.organisationId, deliverableId, 'pessimistic_write');
      const collaboration = await findCollaboration(em, actor.organisationId, deliverable.collaborationId);
      const campaign = await findCampaign(em, actor.organisationId, deliverable.campaignId);
      assertCampaignOpen(campaign.status);
      assertInContentReview(collaboration.stage);
      if (deliverable.status === 'approved' || deliverable.status === 'published') {
        throw DomainError.conflict(
          `The deliverable is already ${deliverable.status}; no new drafts are taken.`,
          {
            status: deliverable.status,
          },
        );
      }
      assertMatchesDeliverable(deliverable, input);
      const content = {
        caption: input.caption,
        kind: deliverable.type,
        platform: deliverable.platform,
        paidPartnershipLabel: input.paidPartnershipLabel,
        videoDisclosure: input.videoDisclosure ?? null,
        retouched: input.retouched ?? false,
        aiGenerated: input.aiGenerated ?? false,
      };
      const country = await creatorCountry(em, collaboration.influencerId);
      const check = await this.checks.check(
        { organisationId: actor.organisationId, userId: actor.userId, requestId: actor.requestId ?? null },
        complianceInputFor(
          { ...campaign, feeAmountMinor: collaboration.feeAmountMinor, creatorCountry: country },
          content,
        ),
        'draft',
      );
      const counts = countFindings(allFindings(check.result));
      await em.update(
        ContentDraftEntity,
        { organisationId: actor.organisationId, deliverableId, status: 'pending_review' },
        { status: 'superseded' },
      );
      const [{ next }]: { next: number }[] = await em.query(
        'SELECT coalesce(max(version), 0) + 1 AS next FROM content_drafts WHERE deliverable_id = $1',
        [deliverableId],
      );
      const draft = await em.save(
        em.create(ContentDraftEntity, {
          organisationId: actor.organisationId,
          campaignId: deliverable.campaignId,
          collaborationId: deliverable.collaborationId,
          deliverableId,
          version: Number(next),
          ...content,
          status: 'pending_review',
          complianceCheckId: check.id,
          verdict: check.verdict,
          findingCodes: check.codes,
          errorCount: counts.errors,
          warningCount: counts.warnings,
          note: input.note?.trim() || null,
          submittedByUserId: actor.userId,
        }),
      );
      await em.update(
        DeliverableEntity,
        { id: deliverableId, organisationId: actor.organisationId },
        { status: 'in_review' },
      );
      await recordAudit(
        this.audit,
        em,
        actor,
        'draft.submitted',
        { type: 'content_draft', id: draft.id },
        {
          deliverableId,
          version: draft.version,
          verdict: draft.verdict,
        },
      );
      return draft.id;
    });
    return this.getDraft(actor.organisationId, draftId);
  }

  /** Every version, newest first. */
  async drafts(organisationId: string, deliverableId: string): Promise<DraftView[]> {
    await findDeliverable(this.dataSource.manager, organisationId, deliverableId);
    const rows = await this.dataSource.getRepository(ContentDraftEntity).find({
      where: { organisationId, deliverableId },
      order: { version: 'DESC' },
    });
    return this.withFindings(organisationId, rows);
  }

  async getDraft(organisationId: string, id: string): Promise<DraftView> {
    const [view] = await this.withFindings(organisationId, [
      await findDraft(this.dataSource.manager, organisationId, id),
    ]);
    return view;
  }

  /** The approval gate: only the version awaiting review, and only without error findings. */
  async approve(
    actor: CampaignActor,
    draftId: string,
    input: { comment?: string | null },
  ): Promise<DraftView> {
    await this.review(actor, draftId, async (em, draft) => {
      assertApprovable(draft);
      await em.update(
        DeliverableEntity,
        { id: draft.deliverableId, organisationId: actor.organisationId },
        { status: 'approved', approvedDraftId: draft.id },
      );
      return { status: 'approved', comment: input.comment ?? null };
    });
    return this.getDraft(actor.organisationId, draftId);
  }

  async requestChanges(
    actor: CampaignActor,
    draftId: string,
    input: { comment: string },
  ): Promise<DraftView> {
    await this.review(actor, draftId, async (em, draft) => {
      await em.update(
        DeliverableEntity,
        { id: draft.deliverableId, organisationId: actor.organisationId },
        { status: 'changes_requested' },
      );
      return { status: 'changes_requested', comment: input.comment };
    });
    return this.getDraft(actor.organisationId, draftId);
  }

  private async review(
    actor: CampaignActor,
    draftId: string,
    decide: (
      em: EntityManager,
      draft: ContentDraftEntity,
    ) => Promise<{ status: 'approved' | 'changes_requested'; comment: string | null }>,
  ): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const draft = await findDraft(em, actor.organisationId, draftId);
      // Lock the deliverable: a concurrent submission or review of the same deliverable waits for this one.
      await findDeliverable(em, actor.organisationId, draft.deliverableId, 'pessimistic_write');
      const current = await findDraft(em, actor.organisationId, draftId);
      const collaboration = await findCollaboration(em, actor.organisationId, current.collaborationId);
      const campaign = await findCampaign(em, actor.organisationId, current.campaignId);
      assertCampaignOpen(campaign.status);
      assertInContentReview(collaboration.stage);
      if (current.status !== 'pending_review') {
        throw DomainError.conflict(
          `Only a draft awaiting review can be reviewed; this one is ${current.status}.`,
          {
            status: current.status,
          },
        );
      }
      const decision = await decide(em, current);
      await em.update(
        ContentDraftEntity,
        { id: draftId, organisationId: actor.organisationId },
        {
          status: decision.status,
          reviewedByUserId: actor.userId,
          reviewedAt: new Date(),
          reviewComment: decision.comment?.trim() || null,
        },
      );
      const action = decision.status === 'approved' ? 'draft.approved' : 'draft.changes_requested';
      await recordAudit(
        this.audit,
        em,
        actor,
        action,
        { type: 'content_draft', id: draftId },
        {
          deliverableId: current.deliverableId,
          version: current.version,
        },
      );
    });
  }

  /** Loads the deciding findings (evidence, fixes) of the drafts' checks in one query. */
  private async withFindings(organisationId: string, drafts: ContentDraftEntity[]): Promise<DraftView[]> {
    const ids = drafts.map((d) => d.complianceCheckId).filter((id): id is string => id !== null);
    const checks =
      ids.length === 0
        ? []
        : await this.dataSource.getRepository(ComplianceCheckEntity).find({
            where: { organisationId, id: In(ids) },
            select: { id: true, result: true },
          });
    const findings = new Map<string, ComplianceFinding[]>(checks.map((c) => [c.id, c.result.findings]));
    return drafts.map((d) =>
      toDraftView(d, (d.complianceCheckId && findings.get(d.complianceCheckId)) || []),
    );
  }
}

async function findDraft(em: EntityManager, organisationId: string, id: string): Promise<ContentDraftEntity> {
  const draft = await em.findOne(ContentDraftEntity, { where: { id, organisationId } });
  if (!draft) throw DomainError.notFound('Draft');
  return draft;
}

export async function creatorCountry(em: EntityManager, influencerId: string): Promise<string | null> {
  const [row]: { country: string | null }[] = await em.query(
    'SELECT country FROM influencers WHERE id = $1',
    [influencerId],
  );
  return row?.country ?? null;
}

function assertMatchesDeliverable(deliverable: DeliverableEntity, input: DraftInput): void {
  const errors = [];
  if (input.kind !== undefined && input.kind !== deliverable.type) {
    errors.push({
      field: 'kind',
      message: `kind must be the deliverable's type ${deliverable.type}`,
      rule: 'deliverableType',
    });
  }
  if (input.platform !== undefined && input.platform !== deliverable.platform) {
    errors.push({
      field: 'platform',
      message: `platform must be the deliverable's platform ${deliverable.platform}`,
      rule: 'deliverablePlatform',
    });
  }
  if (errors.length > 0) throw DomainError.validation(errors);
}
