import { isoString } from './result';
import { mean, median } from './stats';
import {
  countsShares,
  FollowerBucket,
  followerBucket,
  FollowerTier,
  followerTier,
  isVideoItem,
} from './tiers';
import { Platform, ScoringAccountInput, ScoringPostInput } from './types';

/**
 * Engagement basics shared by the catalogue, the engagement score and the authenticity signals.
 * Rates are fractions (0.0178 = 1.78%).
 */

export const ENGAGEMENT_WINDOW = {
  /** Older posts describe a different audience; 180 days keeps ~12 posts even for weekly posters. */
  maxAgeDays: 180,
  /** Counts still grow for a day or two (Meta insights lag up to 48 h), so fresh posts would drag the median. */
  minAgeHours: 48,
  /** Median over the last 12 organic posts (spec: N = 12–30; small N keeps it recent). */
  maxPosts: 12,
  /** Paid-content saturation looks at up to 30 recent posts, paid or not. */
  saturationPosts: 30,
} as const;

const DAY_MS = 86_400_000;
const MIN_LIKES_PER_COMMENT_POSTS = 3;

export interface EngagementBasics {
  platform: Platform;
  followers: number;
  tier: FollowerTier;
  bucket: FollowerBucket;
  formula: string;
  denominator: 'followers';
  window: { from: string; to: string; maxPosts: number; maxAgeDays: number; minAgeHours: number };
  /** Organic posts with visible likes used for the median. */
  sampleSize: number;
  /** Median per-post ER by followers; `null` without followers or without usable posts. */
  engagementRate: number | null;
  meanEngagementRate: number | null;
  /** mean ÷ median: > 1 means a few posts went far above the typical one. */
  virality: number | null;
  /** Median of (interactions ÷ views) over organic video items; `null` when there are none with views. */
  byViews: { formula: string; sampleSize: number; engagementRate: number | null } | null;
  sponsored: { sampleSize: number; engagementRate: number | null; performance: number | null };
  /** Posts in the window skipped because the creator hid likes. */
  hiddenLikesSkipped: number;
  /** Median likes ÷ comments over organic posts that have comments; `null` with fewer than 3 such posts. */
  likesPerComment: number | null;
  /** Median views ÷ followers over organic video items (reach check). */
  viewRate: number | null;
  viewRateSampleSize: number;
  /** Eligible posts (not stories, not pinned, 48 h–180 days old) in the window. */
  windowPostCount: number;
  /** Share of paid partnerships among the last 30 eligible posts. */
  sponsoredShare: number | null;
  sponsoredShareSampleSize: number;
  daysSinceLastPost: number | null;
}

/** likes + comments (+ shares where public); `null` when likes are hidden. Missing comments count as 0. */
export function postInteractions(platform: Platform, post: ScoringPostInput): number | null {
  if (post.likes === null) return null;
  let total = post.likes + (post.comments ?? 0);
  if (countsShares(platform) && post.shares != null) total += post.shares;
  return total;
}

export function postEngagementByFollowers(
  platform: Platform,
  post: ScoringPostInput,
  followers: number,
): number | null {
  if (!(followers > 0)) return null;
  const interactions = postInteractions(platform, post);
  return interactions === null ? null : interactions / followers;
}

/** Interactions ÷ views for video items; `null` when views are unknown or zero. */
export function postEngagementByViews(platform: Platform, post: ScoringPostInput): number | null {
  if (!isVideoItem(platform, post.kind) || post.views == null || post.views <= 0) return null;
  const interactions = postInteractions(platform, post);
  return interactions === null ? null : interactions / post.views;
}

export function engagementFormula(platform: Platform): string {
  return countsShares(platform)
    ? 'median((likes + comments + shares) / followers)'
    : 'median((likes + comments) / followers)';
}

// Scratch buffers: one account at a time, never escape this module (results are copied into numbers).
const organicBuf = new Float64Array(ENGAGEMENT_WINDOW.maxPosts);
const sponsoredBuf = new Float64Array(ENGAGEMENT_WINDOW.maxPosts);
const byViewsBuf = new Float64Array(ENGAGEMENT_WINDOW.maxPosts);
const viewRateBuf = new Float64Array(ENGAGEMENT_WINDOW.maxPosts);
const lpcBuf = new Float64Array(ENGAGEMENT_WINDOW.maxPosts);

let lastFromMs = Number.NaN;
let lastFrom = '';

/** Second memo next to isoString's, because each account formats both window ends. */
function windowFrom(ms: number): string {
  if (ms !== lastFromMs) {
    lastFrom = new Date(ms).toISOString();
    lastFromMs = ms;
  }
  return lastFrom;
}

function isEligible(post: ScoringPostInput, from: number, to: number): boolean {
  if (post.kind === 'story' || post.isPinned === true) return false;
  const t = post.publishedAt.getTime();
  return t >= from && t <= to;
}

/** Eligible posts, newest first. Avoids sorting when the caller already passes them newest first. */
function eligiblePosts(posts: readonly ScoringPostInput[], from: number, to: number): ScoringPostInput[] {
  const out: ScoringPostInput[] = [];
  let sorted = true;
  for (const post of posts) {
    if (!isEligible(post, from, to)) continue;
    if (out.length > 0 && out[out.length - 1].publishedAt.getTime() < post.publishedAt.getTime())
      sorted = false;
    out.push(post);
  }
  if (!sorted) out.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
  return out;
}

function newestPostTime(account: ScoringAccountInput, posts: readonly ScoringPostInput[]): number | null {
  let newest = account.lastPostedAt ? account.lastPostedAt.getTime() : -Infinity;
  for (const post of posts) if (post.publishedAt.getTime() > newest) newest = post.publishedAt.getTime();
  return Number.isFinite(newest) ? newest : null;
}

export function computeEngagementBasics(
  account: ScoringAccountInput,
  posts: readonly ScoringPostInput[],
  now: Date,
): EngagementBasics {
  const { platform, followers } = account;
  const nowMs = now.getTime();
  const from = nowMs - ENGAGEMENT_WINDOW.maxAgeDays * DAY_MS;
  const to = nowMs - ENGAGEMENT_WINDOW.minAgeHours * 3_600_000;
  const eligible = eligiblePosts(posts, from, to);
  const max = ENGAGEMENT_WINDOW.maxPosts;

  let nOrganic = 0;
  let nSponsored = 0;
  let nByViews = 0;
  let nViewRate = 0;
  let nLpc = 0;
  let hiddenLikesSkipped = 0;
  let recent = 0;
  let recentPaid = 0;
  for (const post of eligible) {
    if (recent < ENGAGEMENT_WINDOW.saturationPosts) {
      recent++;
      if (post.isPaidPartnership) recentPaid++;
    }
    if (post.isPaidPartnership) {
      const er = nSponsored < max ? postEngagementByFollowers(platform, post, followers) : null;
      if (er !== null) sponsoredBuf[nSponsored++] = er;
      continue;
    }
    if (nOrganic >= max) continue;
    if (post.likes === null) {
      hiddenLikesSkipped++;
      continue;
    }
    const er = postEngagementByFollowers(platform, post, followers);
    if (er === null) continue;
    organicBuf[nOrganic++] = er;
    const byViews = postEngagementByViews(platform, post);
    if (byViews !== null) {
      byViewsBuf[nByViews++] = byViews;
      viewRateBuf[nViewRate++] = (post.views as number) / followers;
    }
    if (post.comments != null && post.comments > 0) lpcBuf[nLpc++] = post.likes / post.comments;
  }

  const engagementRate = median(organicBuf, nOrganic);
  const meanEngagementRate = mean(organicBuf, nOrganic);
  const sponsoredRate = median(sponsoredBuf, nSponsored);
  const hasVideo = eligible.some((p) => isVideoItem(platform, p.kind));
  const newest = newestPostTime(account, posts);
  return {
    platform,
    followers,
    tier: followerTier(followers),
    bucket: followerBucket(followers),
    formula: engagementFormula(platform),
    denominator: 'followers',
    window: {
      from: windowFrom(from),
      to: isoString(to),
      maxPosts: max,
      maxAgeDays: ENGAGEMENT_WINDOW.maxAgeDays,
      minAgeHours: ENGAGEMENT_WINDOW.minAgeHours,
    },
    sampleSize: nOrganic,
    engagementRate,
    meanEngagementRate,
    virality:
      engagementRate !== null && meanEngagementRate !== null && engagementRate > 0
        ? meanEngagementRate / engagementRate
        : null,
    byViews: hasVideo
      ? {
          formula: 'median(interactions / views)',
          sampleSize: nByViews,
          engagementRate: median(byViewsBuf, nByViews),
        }
      : null,
    sponsored: {
      sampleSize: nSponsored,
      engagementRate: sponsoredRate,
      performance:
        sponsoredRate !== null && engagementRate !== null && engagementRate > 0
          ? sponsoredRate / engagementRate
          : null,
    },
    hiddenLikesSkipped,
    likesPerComment: nLpc >= MIN_LIKES_PER_COMMENT_POSTS ? median(lpcBuf, nLpc) : null,
    viewRate: median(viewRateBuf, nViewRate),
    viewRateSampleSize: nViewRate,
    windowPostCount: eligible.length,
    sponsoredShare: recent > 0 ? recentPaid / recent : null,
    sponsoredShareSampleSize: recent,
    daysSinceLastPost: newest === null ? null : Math.max(0, (nowMs - newest) / DAY_MS),
  };
}
