import type { CollaborationStage, DeliverableStatus } from '../campaign.constants';
import { COMMITTED_STAGES } from '../campaign.constants';
import { round4 } from '../domain/budget';

/** Public figures of a tracked post (null: not public / not collected) and its account's followers. */
export interface TrackedPostMetrics {
  publishedAt: Date;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  views: number | null;
  /** The account's followers at report time. */
  followers: number | null;
}

/** The compliance state of a deliverable: its latest check (published caption, else the approved draft). */
export interface CurrentCheck {
  errors: number;
  warnings: number;
}

export interface ReportDeliverableInput {
  status: DeliverableStatus;
  /** Null until the post is found in the catalogue (the workers keep it fresh). */
  post: TrackedPostMetrics | null;
  check: CurrentCheck | null;
}

export interface ReportCollaborationInput {
  collaborationId: string;
  influencerId: string;
  displayName: string;
  handle: string | null;
  platform: string | null;
  stage: CollaborationStage;
  feeAmountMinor: number | null;
  accountFollowers: number | null;
  plannedPosts: number;
  deliverables: ReportDeliverableInput[];
  openAlerts: number;
}

export interface ReportFigures {
  postsPlanned: number;
  postsPublished: number;
  postsTracked: number;
  followersReached: number;
  views: number;
  engagements: number;
  engagementRate: number | null;
  costPerEngagementMinor: number | null;
  costPerThousandViewsMinor: number | null;
  budgetUsedMinor: number;
  complianceRate: number | null;
  openFindings: number;
  openAlerts: number;
}

export interface CollaborationReport extends ReportFigures {
  collaborationId: string;
  influencerId: string;
  displayName: string;
  handle: string | null;
  platform: string | null;
  stage: CollaborationStage;
  feeAmountMinor: number | null;
}

export interface DailyEngagements {
  /** UTC day, `YYYY-MM-DD`. */
  date: string;
  posts: number;
  engagements: number;
}

export interface CampaignReportFigures {
  totals: ReportFigures & { budgetMinor: number; budgetUsedShare: number | null };
  collaborations: CollaborationReport[];
  timeSeries: DailyEngagements[];
}

/** Sums that the ratios are made of, kept so totals are ratios of sums (not averages of ratios). */
interface Sums {
  postsPlanned: number;
  postsPublished: number;
  postsTracked: number;
  followersReached: number;
  views: number;
  engagements: number;
  followerExposure: number;
  budgetUsedMinor: number;
  checked: number;
  compliant: number;
  openFindings: number;
  openAlerts: number;
}

export function postEngagements(post: TrackedPostMetrics): number {
  return (post.likes ?? 0) + (post.comments ?? 0) + (post.shares ?? 0) + (post.saves ?? 0);
}

function sumsOf(c: ReportCollaborationInput): Sums {
  const published = c.deliverables.filter((d) => d.status === 'published');
  const tracked = published.map((d) => d.post).filter((p): p is TrackedPostMetrics => p !== null);
  const checked = published.map((d) => d.check).filter((k): k is CurrentCheck => k !== null);
  return {
    postsPlanned: c.plannedPosts,
    postsPublished: published.length,
    postsTracked: tracked.length,
    followersReached: published.length > 0 ? (c.accountFollowers ?? 0) : 0,
    views: tracked.reduce((sum, p) => sum + (p.views ?? 0), 0),
    engagements: tracked.reduce((sum, p) => sum + postEngagements(p), 0),
    followerExposure: tracked.reduce((sum, p) => sum + (p.followers ?? 0), 0),
    budgetUsedMinor: COMMITTED_STAGES.includes(c.stage) ? (c.feeAmountMinor ?? 0) : 0,
    checked: checked.length,
    compliant: checked.filter((k) => k.errors === 0).length,
    openFindings: checked.reduce((sum, k) => sum + k.errors + k.warnings, 0),
    openAlerts: c.openAlerts,
  };
}

function addSums(a: Sums, b: Sums): Sums {
  const out = { ...a };
  for (const key of Object.keys(b) as (keyof Sums)[]) out[key] += b[key];
  return out;
}

const ratio = (numerator: number, denominator: number): number | null =>
  denominator > 0 ? round4(numerator / denominator) : null;

function figuresOf(s: Sums): ReportFigures {
  return {
    postsPlanned: s.postsPlanned,
    postsPublished: s.postsPublished,
    postsTracked: s.postsTracked,
    followersReached: s.followersReached,
    views: s.views,
    engagements: s.engagements,
    engagementRate: ratio(s.engagements, s.followerExposure),
    costPerEngagementMinor: s.engagements > 0 ? Math.round(s.budgetUsedMinor / s.engagements) : null,
    costPerThousandViewsMinor: s.views > 0 ? Math.round((s.budgetUsedMinor * 1000) / s.views) : null,
    budgetUsedMinor: s.budgetUsedMinor,
    complianceRate: ratio(s.compliant, s.checked),
    openFindings: s.openFindings,
    openAlerts: s.openAlerts,
  };
}

const EMPTY: Sums = {
  postsPlanned: 0,
  postsPublished: 0,
  postsTracked: 0,
  followersReached: 0,
  views: 0,
  engagements: 0,
  followerExposure: 0,
  budgetUsedMinor: 0,
  checked: 0,
  compliant: 0,
  openFindings: 0,
  openAlerts: 0,
};

/** Longest time series returned (ten years of days); a longer span keeps its most recent days. */
export const MAX_SERIES_DAYS = 3660;
const DAY_MS = 86_400_000;

/** Engagements of tracked posts by UTC publication day, every day from the first to the last post. */
export function engagementsByDay(posts: readonly TrackedPostMetrics[]): DailyEngagements[] {
  if (posts.length === 0) return [];
  const byDay = new Map<number, DailyEngagements>();
  for (const post of posts) {
    const day = Math.floor(post.publishedAt.getTime() / DAY_MS);
    const entry = byDay.get(day) ?? { date: '', posts: 0, engagements: 0 };
    entry.posts += 1;
    entry.engagements += postEngagements(post);
    byDay.set(day, entry);
  }
  const days = [...byDay.keys()];
  const last = Math.max(...days);
  const first = Math.max(Math.min(...days), last - MAX_SERIES_DAYS + 1);
  const series: DailyEngagements[] = [];
  for (let day = first; day <= last; day += 1) {
    const entry = byDay.get(day);
    series.push({
      date: new Date(day * DAY_MS).toISOString().slice(0, 10),
      posts: entry?.posts ?? 0,
      engagements: entry?.engagements ?? 0,
    });
  }
  return series;
}

/** Pure: per-collaboration figures, totals as ratios of summed parts, and the daily series. */
export function computeReport(
  budgetMinor: number,
  inputs: readonly ReportCollaborationInput[],
): CampaignReportFigures {
  let total = EMPTY;
  const collaborations = inputs.map((c): CollaborationReport => {
    const sums = sumsOf(c);
    total = addSums(total, sums);
    return {
      collaborationId: c.collaborationId,
      influencerId: c.influencerId,
      displayName: c.displayName,
      handle: c.handle,
      platform: c.platform,
      stage: c.stage,
      feeAmountMinor: c.feeAmountMinor,
      ...figuresOf(sums),
    };
  });
  const posts = inputs.flatMap((c) =>
    c.deliverables
      .filter((d) => d.status === 'published')
      .map((d) => d.post)
      .filter((p): p is TrackedPostMetrics => p !== null),
  );
  return {
    totals: {
      ...figuresOf(total),
      budgetMinor,
      budgetUsedShare: ratio(total.budgetUsedMinor, budgetMinor),
    },
    collaborations,
    timeSeries: engagementsByDay(posts),
  };
}
