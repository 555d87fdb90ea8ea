import type { AudienceJurisdiction, ComplianceFinding, FindingCode, Verdict } from '@fitscout/compliance';
import type {
  AlertStatus,
  CampaignObjective,
  CampaignStatus,
  CollaborationSource,
  CollaborationStage,
  DeliverableStatus,
  DraftStatus,
  FeedbackSentiment,
} from '../campaign.constants';
import type { CampaignBrief } from '../domain/brief';
import {
  CAMPAIGN_TRANSITIONS,
  missingSponsorFields,
  type SponsorDetails,
} from '../domain/campaign-lifecycle';
import { STAGE_TRANSITIONS } from '../domain/collaboration-pipeline';
import type { CampaignEntity } from '../entities/campaign.entity';
import type { CampaignComplianceAlertEntity } from '../entities/compliance-alert.entity';
import type {
  CollaborationEntity,
  CollaborationFeedbackEntity,
  CollaborationStageChangeEntity,
  DeliverablePlanItem,
} from '../entities/collaboration.entity';
import type { ContentDraftEntity } from '../entities/content-draft.entity';
import type { DeliverableEntity } from '../entities/deliverable.entity';

export interface Money {
  amountMinor: number;
  currency: string;
}

export interface CampaignView {
  id: string;
  name: string;
  objective: CampaignObjective;
  status: CampaignStatus;
  allowedTransitions: CampaignStatus[];
  political: boolean;
  sponsor: SponsorDetails | null;
  /** Sponsor fields a political campaign still needs before activation. */
  missingForActivation: string[];
  budget: Money;
  startDate: string;
  endDate: string;
  jurisdictions: AudienceJurisdiction[];
  brief: CampaignBrief;
  version: number;
  createdAt: string;
  updatedAt: string;
  statusChangedAt: string | null;
}

export function toCampaignView(c: CampaignEntity): CampaignView {
  return {
    id: c.id,
    name: c.name,
    objective: c.objective,
    status: c.status,
    allowedTransitions: [...CAMPAIGN_TRANSITIONS[c.status]],
    political: c.political,
    sponsor: c.sponsor,
    missingForActivation: missingSponsorFields(c),
    budget: { amountMinor: c.budgetAmountMinor, currency: c.budgetCurrency },
    startDate: c.startDate,
    endDate: c.endDate,
    jurisdictions: c.jurisdictions,
    brief: c.brief,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    statusChangedAt: c.statusChangedAt?.toISOString() ?? null,
  };
}

/** Creator data shown beside a collaboration (public catalogue). */
export interface CreatorRef {
  displayName: string;
  platform: string | null;
  handle: string | null;
  followers: number | null;
}

export interface CollaborationView {
  id: string;
  campaignId: string;
  influencerId: string;
  displayName: string;
  account: { id: string; platform: string | null; handle: string | null; followers: number | null } | null;
  stage: CollaborationStage;
  allowedStages: CollaborationStage[];
  version: number;
  source: CollaborationSource;
  terms: {
    fee: Money | null;
    deliverables: DeliverablePlanItem[];
    usageRights: string | null;
    exclusivity: string | null;
    notes: string | null;
  };
  addedAt: string;
  stageChangedAt: string;
}

export function toCollaborationView(
  c: CollaborationEntity,
  creator: CreatorRef | undefined,
): CollaborationView {
  return {
    id: c.id,
    campaignId: c.campaignId,
    influencerId: c.influencerId,
    displayName: creator?.displayName ?? '',
    account: c.accountId
      ? {
          id: c.accountId,
          platform: creator?.platform ?? null,
          handle: creator?.handle ?? null,
          followers: creator?.followers ?? null,
        }
      : null,
    stage: c.stage,
    allowedStages: [...STAGE_TRANSITIONS[c.stage]],
    version: c.version,
    source: c.source,
    terms: {
      fee:
        c.feeAmountMinor === null ? null : { amountMinor: c.feeAmountMinor, currency: c.feeCurrency ?? '' },
      deliverables: c.deliverablesPlan,
      usageRights: c.usageRights,
      exclusivity: c.exclusivity,
      notes: c.notes,
    },
    addedAt: c.createdAt.toISOString(),
    stageChangedAt: c.stageChangedAt.toISOString(),
  };
}

export interface StageChangeView {
  id: string;
  fromStage: CollaborationStage | null;
  toStage: CollaborationStage;
  note: string | null;
  actorUserId: string | null;
  version: number;
  changedAt: string;
}

export const toStageChangeView = (h: CollaborationStageChangeEntity): StageChangeView => ({
  id: h.id,
  fromStage: h.fromStage,
  toStage: h.toStage,
  note: h.note,
  actorUserId: h.actorUserId,
  version: h.version,
  changedAt: h.createdAt.toISOString(),
});

export interface FeedbackView {
  id: string;
  collaborationId: string;
  note: string;
  sentiment: FeedbackSentiment | null;
  authorUserId: string | null;
  createdAt: string;
}

export const toFeedbackView = (f: CollaborationFeedbackEntity): FeedbackView => ({
  id: f.id,
  collaborationId: f.collaborationId,
  note: f.note,
  sentiment: f.sentiment,
  authorUserId: f.authorUserId,
  createdAt: f.createdAt.toISOString(),
});

export interface DeliverableView {
  id: string;
  campaignId: string;
  collaborationId: string;
  seq: number;
  type: string;
  platform: string;
  dueDate: string | null;
  status: DeliverableStatus;
  approvedDraftId: string | null;
  publication: {
    postUrl: string | null;
    externalPostId: string | null;
    /** The catalogue post once found (then tracked by catalogue refreshes); null until then. */
    postId: string | null;
    publishedAt: string | null;
    postCheckId: string | null;
  } | null;
}

export const toDeliverableView = (d: DeliverableEntity): DeliverableView => ({
  id: d.id,
  campaignId: d.campaignId,
  collaborationId: d.collaborationId,
  seq: d.seq,
  type: d.type,
  platform: d.platform,
  dueDate: d.dueDate,
  status: d.status,
  approvedDraftId: d.approvedDraftId,
  publication:
    d.status === 'published'
      ? {
          postUrl: d.postUrl,
          externalPostId: d.externalPostId,
          postId: d.postId,
          publishedAt: d.publishedAt?.toISOString() ?? null,
          postCheckId: d.postCheckId,
        }
      : null,
});

export interface DraftComplianceView {
  checkId: string | null;
  verdict: Verdict;
  findingCodes: FindingCode[];
  errorCount: number;
  warningCount: number;
  /** Findings of the audiences deciding the verdict, with evidence and fixes. */
  findings: ComplianceFinding[];
}

export interface DraftView {
  id: string;
  deliverableId: string;
  collaborationId: string;
  campaignId: string;
  version: number;
  caption: string;
  kind: string;
  platform: string;
  paidPartnershipLabel: boolean;
  videoDisclosure: ContentDraftEntity['videoDisclosure'];
  retouched: boolean;
  aiGenerated: boolean;
  note: string | null;
  status: DraftStatus;
  /** False while the compliance check found errors: such a draft cannot be approved. */
  approvable: boolean;
  compliance: DraftComplianceView;
  submittedByUserId: string | null;
  submittedAt: string;
  review: { byUserId: string | null; at: string | null; comment: string | null } | null;
}

export function toDraftView(d: ContentDraftEntity, findings: ComplianceFinding[]): DraftView {
  return {
    id: d.id,
    deliverableId: d.deliverableId,
    collaborationId: d.collaborationId,
    campaignId: d.campaignId,
    version: d.version,
    caption: d.caption,
    kind: d.kind,
    platform: d.platform,
    paidPartnershipLabel: d.paidPartnershipLabel,
    videoDisclosure: d.videoDisclosure,
    retouched: d.retouched,
    aiGenerated: d.aiGenerated,
    note: d.note,
    status: d.status,
    approvable: d.status === 'pending_review' && d.errorCount === 0,
    compliance: {
      checkId: d.complianceCheckId,
      verdict: d.verdict,
      findingCodes: d.findingCodes,
      errorCount: d.errorCount,
      warningCount: d.warningCount,
      findings,
    },
    submittedByUserId: d.submittedByUserId,
    submittedAt: d.createdAt.toISOString(),
    review: d.reviewedAt
      ? { byUserId: d.reviewedByUserId, at: d.reviewedAt.toISOString(), comment: d.reviewComment }
      : null,
  };
}

export interface AlertView {
  id: string;
  campaignId: string;
  collaborationId: string;
  deliverableId: string;
  postId: string | null;
  complianceCheckId: string | null;
  caption: string;
  verdict: Verdict;
  findingCodes: FindingCode[];
  status: AlertStatus;
  raisedAt: string;
  resolvedAt: string | null;
  resolvedByUserId: string | null;
  resolutionNote: string | null;
}

export const toAlertView = (a: CampaignComplianceAlertEntity): AlertView => ({
  id: a.id,
  campaignId: a.campaignId,
  collaborationId: a.collaborationId,
  deliverableId: a.deliverableId,
  postId: a.postId,
  complianceCheckId: a.complianceCheckId,
  caption: a.caption,
  verdict: a.verdict,
  findingCodes: a.findingCodes,
  status: a.status,
  raisedAt: a.createdAt.toISOString(),
  resolvedAt: a.resolvedAt?.toISOString() ?? null,
  resolvedByUserId: a.resolvedByUserId,
  resolutionNote: a.resolutionNote,
});
