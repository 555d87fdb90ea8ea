import type { EngagementBasics } from '@fitscout/scoring';

/** Stored with the account (jsonb): the engagement rate with its formula, window, denominator and sample. */
export type EngagementSummary = EngagementBasics & { computedAt: string };
