import { DomainError, ErrorCode } from '@fitscout/common';
import type { CampaignStatus, CollaborationStage, DeliverableStatus } from '../campaign.constants';

/**
 * The collaboration pipeline. Forward along the happy path (contacting may lead straight to a contract),
 * `declined` (by the creator) before a contract, `cancelled` (by us) until the content is live, and an approved
 * collaboration may go back to review when content has to change again.
 */
export const STAGE_TRANSITIONS: Readonly<Record<CollaborationStage, readonly CollaborationStage[]>> = {
  shortlisted: ['contacted', 'declined', 'cancelled'],
  contacted: ['negotiating', 'contracted', 'declined', 'cancelled'],
  negotiating: ['contracted', 'declined', 'cancelled'],
  contracted: ['content_in_review', 'cancelled'],
  content_in_review: ['approved', 'cancelled'],
  approved: ['published', 'content_in_review', 'cancelled'],
  published: ['completed'],
  completed: [],
  declined: [],
  cancelled: [],
};

/** Stages in which the fee, deliverables and other terms may still change (before the contract). */
export const TERMS_EDITABLE_STAGES: readonly CollaborationStage[] = [
  'shortlisted',
  'contacted',
  'negotiating',
];

/** What the guards of a stage change look at besides the graph. */
export interface StageFacts {
  campaignStatus: CampaignStatus;
  feeAmountMinor: number | null;
  plannedDeliverables: number;
  /** Statuses of the collaboration's deliverables (empty before the contract). */
  deliverableStatuses: readonly DeliverableStatus[];
}

export function assertStageTransition(from: CollaborationStage, to: CollaborationStage): void {
  const allowed = STAGE_TRANSITIONS[from];
  if (allowed.includes(to)) return;
  const options = allowed.length > 0 ? `allowed: ${allowed.join(', ')}` : `${from} is final`;
  throw new DomainError(
    ErrorCode.InvalidStateTransition,
    `A collaboration cannot go from ${from} to ${to} (${options}).`,
    { extensions: { resource: 'Collaboration', from, to, allowed } },
  );
}

/** Preconditions of entering `to` that are not met, as sentences; empty when the change may happen. */
export function unmetStageRequirements(to: CollaborationStage, facts: StageFacts): string[] {
  const unmet: string[] = [];
  const statuses = facts.deliverableStatuses;
  switch (to) {
    case 'contracted':
      if (facts.campaignStatus !== 'active') unmet.push('the campaign must be active');
      if (facts.feeAmountMinor === null) unmet.push('the terms must name a fee');
      if (facts.plannedDeliverables < 1) unmet.push('the terms must name at least one deliverable');
      break;
    case 'approved':
      if (statuses.length === 0 || statuses.some((s) => s !== 'approved' && s !== 'published'))
        unmet.push('every deliverable must be approved');
      break;
    case 'published':
      if (statuses.length === 0 || statuses.some((s) => s !== 'published'))
        unmet.push('every deliverable must be published');
      break;
    default:
      break;
  }
  return unmet;
}

/** Graph first (409 naming the allowed stages), then the guards (409 listing what is unmet). */
export function assertStageChange(from: CollaborationStage, to: CollaborationStage, facts: StageFacts): void {
  assertStageTransition(from, to);
  const unmet = unmetStageRequirements(to, facts);
  if (unmet.length === 0) return;
  throw DomainError.conflict(`The collaboration cannot become ${to} yet: ${unmet.join('; ')}.`, {
    from,
    to,
    unmet,
  });
}

export function assertTermsEditable(stage: CollaborationStage): void {
  if (TERMS_EDITABLE_STAGES.includes(stage)) return;
  throw DomainError.conflict(`The terms are fixed once a collaboration is contracted (it is ${stage}).`, {
    stage,
    editableIn: TERMS_EDITABLE_STAGES,
  });
}

/** Drafts are submitted and reviewed while the collaboration is in content review. */
export function assertInContentReview(stage: CollaborationStage): void {
  if (stage === 'content_in_review') return;
  throw DomainError.conflict(
    `Content is reviewed while the collaboration is content_in_review (it is ${stage}).`,
    { stage, requiredStage: 'content_in_review' },
  );
}

/** An approved deliverable may go live while its collaboration is in review or approved. */
export function assertMayPublish(stage: CollaborationStage): void {
  if (stage === 'content_in_review' || stage === 'approved') return;
  throw DomainError.conflict(
    `Deliverables are published while the collaboration is content_in_review or approved (it is ${stage}).`,
    { stage },
  );
}
