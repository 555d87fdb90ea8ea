import { AuditService } from '@fitscout/audit';
import { DomainError } from '@fitscout/common';
import { ComplianceChecksService } from '@fitscout/compliance';
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { assertCampaignOpen } from '../domain/campaign-lifecycle';
import { assertMayPublish } from '../domain/collaboration-pipeline';
import { allFindings, complianceInputFor, countFindings } from '../domain/draft-compliance';
import { ContentDraftEntity } from '../entities/content-draft.entity';
import { DeliverableEntity } from '../entities/deliverable.entity';
import { CampaignComplianceAlertEntity } from '../entities/compliance-alert.entity';
import {
  type CampaignActor,
  findCampaign,
  findCollaboration,
  findDeliverable,
  recordAudit,
} from './campaign-actor';
import { type DeliverableView, toDeliverableView } from './campaign-views';
import { creatorCountry } from './content.service';

export interface PublishInput {
  postUrl?: string | null;
  externalPostId?: string | null;
  publishedAt?: string | null;
}

/** What a check of a published caption did for one deliverable. */
export interface CaptionCheckOutcome {
  organisationId: string;
  campaignId: string;
  deliverableId: string;
  /** `unchanged`: same caption as last checked, nothing done. */
  outcome: 'unchanged' | 'compliant' | 'alert_raised';
  complianceCheckId: string | null;
  alertId: string | null;
}

export interface PublishResult {
  deliverable: DeliverableView;
  /** Null until the post is found in the catalogue; then the published caption has been checked. */
  captionCheck: CaptionCheckOutcome | null;
}

interface CataloguePost {
  id: string;
  account_id: string;
  external_id: string;
  url: string | null;
  caption: string | null;
  is_paid_partnership: boolean;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Publication and tracking: a published deliverable is linked to its catalogue post; whenever the catalogue
 * brings a new caption for it (`checkPublishedCaption`, called by the workers after a refresh) the caption is
 * checked again, and one that no longer passes raises a compliance alert on the campaign.
 */
@Injectable()
export class PublicationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly checks: ComplianceChecksService,
    private readonly audit: AuditService,
  ) {}

  async publish(actor: CampaignActor, deliverableId: string, input: PublishInput): Promise<PublishResult> {
    const postId = await this.dataSource.transaction(async (em) => {
      const deliverable = await findDeliverable(em, actor.organisationId, deliverableId, 'pessimistic_write');
      const collaboration = await findCollaboration(em, actor.organisationId, deliverable.collaborationId);
      const campaign = await findCampaign(em, actor.organisationId, deliverable.campaignId);
      assertCampaignOpen(campaign.status);
      assertMayPublish(collaboration.stage);
      if (deliverable.status !== 'approved') {
        throw DomainError.conflict(
          `Only an approved deliverable can be published; this one is ${deliverable.status}.`,
          {
            status: deliverable.status,
          },
        );
      }
      const post = await this.findPost(em, collaboration.influencerId, input);
      await em.update(
        DeliverableEntity,
        { id: deliverableId, organisationId: actor.organisationId },
        {
          status: 'published',
          postUrl: input.postUrl ?? null,
          externalPostId: input.externalPostId ?? null,
          postId: post?.id ?? null,
          publishedAt: input.publishedAt ? new Date(input.publishedAt) : new Date(),
          publishedByUserId: actor.userId,
        },
      );
      await recordAudit(
        this.audit,
        em,
        actor,
        'deliverable.published',
        { type: 'deliverable', id: deliverableId },
        {
          postUrl: input.postUrl ?? null,
          externalPostId: input.externalPostId ?? null,
          postId: post?.id ?? null,
        },
      );
      return post?.id ?? null;
    });
    const captionCheck = postId
      ? ((await this.checkPublishedCaption({ postId, organisationId: actor.organisationId })).find(
          (o) => o.deliverableId === deliverableId,
        ) ?? null)
      : null;
    return {
      deliverable: toDeliverableView(
        await findDeliverable(this.dataSource.manager, actor.organisationId, deliverableId),
      ),
      captionCheck,
    };
  }

  /**
   * For the workers, after a catalogue refresh stored a post: links published deliverables that name this post
   * (by external id or URL, on one of the creator's accounts) and checks the post's caption for each deliverable
   * tracking it, unless it is the caption checked last time. A caption with error findings raises one alert per
   * deliverable and caption. `organisationId` limits the work to one organisation (posts are public, so several
   * organisations may track the same one).
   */
  async checkPublishedCaption(input: {
    postId: string;
    organisationId?: string;
  }): Promise<CaptionCheckOutcome[]> {
    const [post]: CataloguePost[] = await this.dataSource.query(
      'SELECT id, account_id, external_id, url, caption, is_paid_partnership FROM posts WHERE id = $1',
      [input.postId],
    );
    if (!post) throw DomainError.notFound('Post');
    const org = input.organisationId ?? null;
    await this.dataSource.query(
      `UPDATE campaign_deliverables d SET post_id = $1, updated_at = now()
         FROM campaign_collaborations c, platform_accounts a
        WHERE c.id = d.collaboration_id AND a.id = $2 AND a.influencer_id = c.influencer_id
          AND d.status = 'published' AND d.post_id IS NULL
          AND (d.external_post_id = $3 OR d.post_url = $4)
          AND ($5::uuid IS NULL OR d.organisation_id = $5::uuid)`,
      [post.id, post.account_id, post.external_id, post.url, org],
    );
    const tracking = await this.dataSource
      .getRepository(DeliverableEntity)
      .createQueryBuilder('d')
      .where("d.post_id = :postId AND d.status = 'published'", { postId: post.id })
      .andWhere(':org::uuid IS NULL OR d.organisation_id = :org::uuid', { org })
      .orderBy('d.created_at')
      .getMany();
    const outcomes: CaptionCheckOutcome[] = [];
    for (const deliverable of tracking) outcomes.push(await this.recheck(deliverable, post));
    return outcomes;
  }

  private async recheck(deliverable: DeliverableEntity, post: CataloguePost): Promise<CaptionCheckOutcome> {
    const base = {
      organisationId: deliverable.organisationId,
      campaignId: deliverable.campaignId,
      deliverableId: deliverable.id,
    };
    const caption = post.caption ?? '';
    const hash = sha256(caption);
    if (deliverable.checkedCaptionHash === hash) {
      return { ...base, outcome: 'unchanged', complianceCheckId: deliverable.postCheckId, alertId: null };
    }
    const em = this.dataSource.manager;
    const org = deliverable.organisationId;
    const campaign = await findCampaign(em, org, deliverable.campaignId);
    const collaboration = await findCollaboration(em, org, deliverable.collaborationId);
    const draft = deliverable.approvedDraftId
      ? await em.findOne(ContentDraftEntity, {
          where: { id: deliverable.approvedDraftId, organisationId: org },
        })
      : null;
    // The media is the approved draft's; the caption and the platform label are what the catalogue sees now.
    const input = complianceInputFor(
      {
        ...campaign,
        feeAmountMinor: collaboration.feeAmountMinor,
        creatorCountry: await creatorCountry(em, collaboration.influencerId),
      },
      {
        caption,
        kind: deliverable.type,
        platform: deliverable.platform,
        paidPartnershipLabel: post.is_paid_partnership || (draft?.paidPartnershipLabel ?? false),
        videoDisclosure: draft?.videoDisclosure ?? null,
        retouched: draft?.retouched ?? false,
        aiGenerated: draft?.aiGenerated ?? false,
      },
    );
    const check = await this.checks.check({ organisationId: org, userId: null }, input, 'post');
    const errors = countFindings(allFindings(check.result)).errors;
    const alertId = await this.dataSource.transaction(async (tx) => {
      await tx.update(
        DeliverableEntity,
        { id: deliverable.id, organisationId: org },
        { checkedCaptionHash: hash, postCheckId: check.id },
      );
      if (errors === 0) return null;
      return this.raiseAlert(tx, deliverable, post, caption, hash, check);
    });
    return {
      ...base,
      outcome: errors > 0 ? 'alert_raised' : 'compliant',
      complianceCheckId: check.id,
      alertId,
    };
  }

  private async raiseAlert(
    em: EntityManager,
    deliverable: DeliverableEntity,
    post: CataloguePost,
    caption: string,
    hash: string,
    check: {
      id: string;
      verdict: CampaignComplianceAlertEntity['verdict'];
      codes: CampaignComplianceAlertEntity['findingCodes'];
    },
  ): Promise<string | null> {
    const inserted = await em
      .createQueryBuilder()
      .insert()
      .into(CampaignComplianceAlertEntity)
      .values({
        organisationId: deliverable.organisationId,
        campaignId: deliverable.campaignId,
        collaborationId: deliverable.collaborationId,
        deliverableId: deliverable.id,
        postId: post.id,
        complianceCheckId: check.id,
        caption,
        captionHash: hash,
        verdict: check.verdict,
        findingCodes: check.codes,
        status: 'open',
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (inserted.raw as { id: string }[])[0]?.id ?? null;
    if (id) {
      await recordAudit(
        this.audit,
        em,
        { organisationId: deliverable.organisationId, userId: null },
        'campaign.compliance_alert_raised',
        { type: 'campaign', id: deliverable.campaignId },
        { alertId: id, deliverableId: deliverable.id, findingCodes: check.codes },
      );
    }
    return id;
  }

  /** The catalogue post the publication names, on one of the creator's accounts; null until it is imported. */
  private async findPost(
    em: EntityManager,
    influencerId: string,
    input: PublishInput,
  ): Promise<CataloguePost | null> {
    if (!input.externalPostId && !input.postUrl) return null;
    const [post]: CataloguePost[] = await em.query(
      `SELECT p.id, p.account_id, p.external_id, p.url, p.caption, p.is_paid_partnership
         FROM posts p JOIN platform_accounts a ON a.id = p.account_id
        WHERE a.influencer_id = $1 AND (p.external_id = $2 OR p.url = $3)
        ORDER BY p.published_at DESC LIMIT 1`,
      [influencerId, input.externalPostId ?? null, input.postUrl ?? null],
    );
    return post ?? null;
  }
}
