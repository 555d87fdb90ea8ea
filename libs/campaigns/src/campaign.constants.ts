/**
 * Vocabulary of campaigns as `as const` arrays, so entities, services, DTOs (class-validator, Swagger enums)
 * and tests share one source of truth.
 */

/** Our customers are parties, unions and NGOs as much as brands. */
export const CAMPAIGN_OBJECTIVES = [
  'awareness',
  'mobilisation',
  'recruitment',
  'sales',
  'fundraising',
  'other',
] as const;
export type CampaignObjective = (typeof CAMPAIGN_OBJECTIVES)[number];

/** Lifecycle `draft → active → completed`, `cancelled` from draft or active (domain/campaign-lifecycle.ts). */
export const CAMPAIGN_STATUSES = ['draft', 'active', 'completed', 'cancelled'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/** The collaboration pipeline (domain/collaboration-pipeline.ts). */
export const COLLABORATION_STAGES = [
  'shortlisted',
  'contacted',
  'negotiating',
  'contracted',
  'content_in_review',
  'approved',
  'published',
  'completed',
  'declined',
  'cancelled',
] as const;
export type CollaborationStage = (typeof COLLABORATION_STAGES)[number];

/** Stages whose fee counts as committed budget (a contract exists). */
export const COMMITTED_STAGES: readonly CollaborationStage[] = [
  'contracted',
  'content_in_review',
  'approved',
  'published',
  'completed',
];
/** Stages that left the pipeline without a result: excluded from budgets and reports. */
export const CLOSED_WITHOUT_RESULT: readonly CollaborationStage[] = ['declined', 'cancelled'];

export const COLLABORATION_SOURCES = ['recommendation', 'list', 'manual'] as const;
export type CollaborationSource = (typeof COLLABORATION_SOURCES)[number];

/** One planned post: `planned → in_review ⇄ changes_requested → approved → published`. */
export const DELIVERABLE_STATUSES = [
  'planned',
  'in_review',
  'changes_requested',
  'approved',
  'published',
] as const;
export type DeliverableStatus = (typeof DELIVERABLE_STATUSES)[number];

/** A draft version: awaiting review, approved, sent back, or replaced by a newer version before review. */
export const DRAFT_STATUSES = ['pending_review', 'approved', 'changes_requested', 'superseded'] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

export const FEEDBACK_SENTIMENTS = ['positive', 'neutral', 'negative'] as const;
export type FeedbackSentiment = (typeof FEEDBACK_SENTIMENTS)[number];

export const ALERT_STATUSES = ['open', 'resolved'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** Limits shared by DTOs and services. */
export const CAMPAIGN_LIMITS = {
  /** Largest money amount in minor units (10^13 cents = 100 billion): safe as a JS number and in bigint. */
  maxAmountMinor: 10_000_000_000_000,
  maxDeliverableItems: 20,
  maxDeliverableCount: 50,
  maxInfluencersPerRequest: 100,
  maxRecommendations: 50,
  /** Creators compared in full per recommendation request (discovery narrows the catalogue to these). */
  candidatePool: 100,
} as const;

/** ISO 4217 codes this runtime knows (Intl), e.g. EUR, GBP, CHF, USD. */
export const CURRENCIES: readonly string[] = Intl.supportedValuesOf('currency');

/** Digits after the decimal point of a currency (EUR 2, JPY 0), from Intl. */
export function minorDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

/** `EUR 1234.50` from 123450 minor units; exact (integer arithmetic, no floating point). */
export function formatMinor(amountMinor: number, currency: string): string {
  return `${currency} ${minorToDecimal(amountMinor, currency)}`;
}

/** `1234.50` from 123450 minor units (EUR), `-0.05` from -5. */
export function minorToDecimal(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(amountMinor)).toString();
  if (digits === 0) return `${sign}${abs}`;
  const padded = abs.padStart(digits + 1, '0');
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}
