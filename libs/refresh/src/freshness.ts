import type { AppConfig } from '@fitscout/config';

/** Why an account is refreshed as often as it is; the first matching class wins, in this order. */
export const FRESHNESS_CLASSES = [
  'freshPublication',
  'published',
  'activeCampaign',
  'tracked',
  'catalogue',
] as const;
export type FreshnessClass = (typeof FRESHNESS_CLASSES)[number];

export type FreshnessIntervals = AppConfig['refresh']['intervalsMinutes'];

/** How long a published post counts as fresh (hourly refreshes while its numbers still move). */
export const FRESH_PUBLICATION_HOURS = 48;

/**
 * The refresh window a moment falls in, for an interval: windows are aligned to the epoch, so every scheduler run
 * and every API request inside one window names the same window — and the same job id.
 */
export function refreshWindow(at: Date, intervalMinutes: number): Date {
  const ms = intervalMinutes * 60_000;
  return new Date(Math.floor(at.getTime() / ms) * ms);
}
