import { FollowerBucket } from './tiers';
import { Platform } from './types';

/**
 * Published engagement-rate benchmarks (ER by followers, as fractions), used only where our own catalogue
 * has too few accounts in a (platform, bucket). Sources and years are in docs/scoring.md; every cell says
 * where it comes from. These numbers are medians/typical values, not distributions, so each is turned into
 * a log-normal distribution with a hand-set spread (PUBLISHED_SIGMA).
 */

export const PUBLISHED_BENCHMARK_VERSION = 'published-2026.1';

/**
 * Spread of ln(ER) across accounts of one bucket. TrendHERO (~2020) gives "average" vs "good" ER per size
 * band (4.6% vs 17.7% for 2K–5K, 1.5% vs 7.2% for 1M+); reading "good" as the 90th percentile gives
 * σ ≈ 1.0–1.2, and because "average" is a mean (above the median of a skewed distribution) the median-based
 * σ is smaller. 0.9 is a round value inside that range, not fitted to any data we hold.
 */
export const PUBLISHED_SIGMA = 0.9;

/**
 * Likes per comment has no published per-tier norm in our sources. Hand-set heuristic: median 40 with
 * σ = 1.1 puts the 5th–95th percentile at roughly 7–250 likes per comment. Replace with catalogue quantiles
 * (buildEngagementBenchmark collects them) as soon as buckets are large enough.
 */
export const LIKES_PER_COMMENT_FALLBACK = { median: 40, sigma: 1.1 } as const;

export interface PublishedCell {
  median: number;
  quality: 'influencer' | 'brand-proxy';
  reference: string;
}

const HA26 = 'HypeAuditor State of Influencer Marketing 2026 via eMarketer';
const HA26_INTERP = 'interpolated (log scale) between HypeAuditor 2026 10K–50K 0.54% and 1M+ 0.33%';
const IH24 = 'Influencer Hero, own database, Jan 2024 (midpoint of "average" band)';
const SI26 = 'Socialinsider 2026 brand accounts (proxy: no influencer benchmark in our sources)';

function ig(median: number, reference: string): PublishedCell {
  return { median, quality: 'influencer', reference };
}

function same(median: number, reference: string): Partial<Record<FollowerBucket, PublishedCell>> {
  const cell: PublishedCell = { median, quality: 'brand-proxy', reference };
  return {
    lt_1k: cell,
    '1k_3k': cell,
    '3k_10k': cell,
    '10k_30k': cell,
    '30k_100k': cell,
    '100k_500k': cell,
    '500k_1m': cell,
    '1m_plus': cell,
  };
}

/** YouTube, Twitch and Reddit have no by-followers benchmark in our sources: no fallback, no guess. */
export const PUBLISHED_BENCHMARK_TABLE: Readonly<
  Partial<Record<Platform, Partial<Record<FollowerBucket, PublishedCell>>>>
> = {
  instagram: {
    lt_1k: ig(0.0178, `${HA26} (1K–10K value; no sub-1K figure published)`),
    '1k_3k': ig(0.0178, `${HA26} (1K–10K)`),
    '3k_10k': ig(0.0178, `${HA26} (1K–10K)`),
    '10k_30k': ig(0.0054, `${HA26} (10K–50K)`),
    '30k_100k': ig(0.0054, `${HA26} (10K–50K; no 50K–100K figure)`),
    '100k_500k': ig(0.0042, HA26_INTERP),
    '500k_1m': ig(0.0042, HA26_INTERP),
    '1m_plus': ig(0.0033, `${HA26} (1M+)`),
  },
  tiktok: {
    lt_1k: ig(0.0199, `${IH24} (1K–5K 1.79–2.18%; no sub-1K figure)`),
    '1k_3k': ig(0.0199, `${IH24} (1K–5K 1.79–2.18%)`),
    '3k_10k': ig(0.0159, `${IH24} (geometric mean of 1K–5K and 5K–10K 1.11–1.42%)`),
    '10k_30k': ig(0.0039, `${IH24} (10K–50K 0.29–0.49%, marked "sic" in our notes)`),
    '30k_100k': ig(0.0052, `${IH24} (between 10K–50K and 50K–100K 0.5–0.87%)`),
    '100k_500k': ig(0.0084, `${IH24} (100K–500K 0.68–1%)`),
    '500k_1m': ig(0.0113, `${IH24} (500K–1M 0.96–1.29%)`),
    '1m_plus': ig(0.0127, `${IH24} (1M+ 1.11–1.43%)`),
  },
  facebook: same(0.0015, SI26),
  x: same(0.0012, SI26),
  linkedin: same(0.0385, SI26),
};
