import type { ValueTransformer } from 'typeorm';

/**
 * Money in minor units is stored as bigint (budgets above 21 million euros overflow an integer column) and read
 * back as a JS number: amounts are capped at 10^13 (CAMPAIGN_LIMITS), far below Number.MAX_SAFE_INTEGER.
 */
export const BIGINT_NUMBER: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
