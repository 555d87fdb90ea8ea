import { DomainError, ErrorCode } from '@fitscout/common';
import type { CampaignStatus } from '../campaign.constants';

/** The campaign lifecycle: `draft → active → completed`; `cancelled` from draft or active. */
export const CAMPAIGN_TRANSITIONS: Readonly<Record<CampaignStatus, readonly CampaignStatus[]>> = {
  draft: ['active', 'cancelled'],
  active: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

export interface SponsorDetails {
  name?: string;
  contact?: string;
  /** The election or referendum (or legislative process) the campaign relates to. */
  election?: string;
  transparencyNoticeUrl?: string;
}

export const SPONSOR_FIELDS = ['name', 'contact', 'election', 'transparencyNoticeUrl'] as const;

/** 409 naming the allowed transitions (`allowed`, possibly empty for terminal states). */
export function assertCampaignTransition(from: CampaignStatus, to: CampaignStatus): void {
  const allowed = CAMPAIGN_TRANSITIONS[from];
  if (allowed.includes(to)) return;
  const options = allowed.length > 0 ? `allowed: ${allowed.join(', ')}` : `${from} is final`;
  throw new DomainError(
    ErrorCode.InvalidStateTransition,
    `A campaign cannot go from ${from} to ${to} (${options}).`,
    { extensions: { resource: 'Campaign', from, to, allowed } },
  );
}

/** Sponsor fields a political campaign still lacks (`sponsor.name`, …); empty when complete or not political. */
export function missingSponsorFields(campaign: {
  political: boolean;
  sponsor: SponsorDetails | null;
}): string[] {
  if (!campaign.political) return [];
  return SPONSOR_FIELDS.filter((field) => {
    const value = campaign.sponsor?.[field];
    return typeof value !== 'string' || value.trim() === '';
  }).map((field) => `sponsor.${field}`);
}

/**
 * Political campaigns feed their sponsor details into every deliverable's compliance check (EU 2024/900,
 * UK imprint), so they cannot go live without them.
 */
export function assertActivatable(campaign: { political: boolean; sponsor: SponsorDetails | null }): void {
  const missing = missingSponsorFields(campaign);
  if (missing.length === 0) return;
  throw DomainError.conflict(
    `A political campaign needs its sponsor details before activation; missing: ${missing.join(', ')}.`,
    { missing },
  );
}

/** Completed and cancelled campaigns are read-only: nothing in them changes any more. */
export function assertCampaignOpen(status: CampaignStatus): void {
  if (status === 'draft' || status === 'active') return;
  throw DomainError.conflict(`The campaign is ${status}; it can no longer be changed.`, { status });
}

/** Dates as `YYYY-MM-DD`; the end must come after the start (400 naming `endDate`). */
export function assertPeriod(startDate: string, endDate: string): void {
  if (endDate > startDate) return;
  throw DomainError.validation([
    { field: 'endDate', message: 'endDate must be after startDate', rule: 'isAfterStartDate' },
  ]);
}

/** 409 when the caller's `version` is stale (someone else changed the row since they read it). */
export function assertVersion(resource: string, expected: number | undefined, current: number): void {
  if (expected === undefined || expected === current) return;
  throw staleVersion(resource, current);
}

export function staleVersion(resource: string, current?: number): DomainError {
  return DomainError.conflict(
    `The ${resource.toLowerCase()} was changed by someone else meanwhile; reload it and try again.`,
    { resource, reason: 'version_conflict', ...(current === undefined ? {} : { currentVersion: current }) },
  );
}
