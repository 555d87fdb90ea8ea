import { postInteractions } from './engagement';
import { median, medianAbsoluteDeviation } from './stats';
import { MetricSnapshotInput, Platform, ScoringPostInput } from './types';

/**
 * Growth anomalies from the follower (and following) time series: daily changes are compared with the
 * account's own typical change using robust z-scores (median / MAD, Iglewicz & Hoaglin's modified z), so a
 * creator who always grows fast is not penalised, but a one-day jump of bought followers stands out.
 */

export const GROWTH_RULES = {
  /** Modified z-score above which a day is an outlier (Iglewicz & Hoaglin's recommended 3.5). */
  zThreshold: 3.5,
  /** A day must also move at least 1% of the audience, so tiny accounts' noise is not called a spike. */
  minShareOfFollowers: 0.01,
  /** Following-count moves must exceed 10% of following (follow/unfollow automation moves in thousands). */
  minShareOfFollowing: 0.1,
  /** MAD floor: 0.05% of followers per day (or 1), so perfectly smooth series don't give infinite z. */
  madFloorShare: 0.0005,
  /** At least a week of daily changes before the median and MAD mean anything. */
  minIntervals: 7,
  /** Intervals longer than this are too coarse to date a spike. */
  maxIntervalDays: 7,
  /** A post within 3 days before a spike with ≥ 5× the median interactions explains it (viral reach). */
  viralLookbackDays: 3,
  viralMultiple: 5,
} as const;

const DAY_MS = 86_400_000;

export type GrowthAnomalyKind = 'follower_spike' | 'follower_drop' | 'following_churn';

export interface GrowthAnomaly {
  kind: GrowthAnomalyKind;
  /** Date (YYYY-MM-DD) of the snapshot that closes the interval. */
  date: string;
  changePerDay: number;
  /** Change above/below the typical day, times the interval length. */
  excessChange: number;
  robustZ: number;
  /** Post id (or publication date) of the viral post that explains a spike, else null. */
  explainedBy: string | null;
}

export interface GrowthAnalysis {
  intervals: number;
  medianDailyChange: number;
  madDailyChange: number;
  anomalies: GrowthAnomaly[];
  /** Followers gained in unexplained spikes beyond the typical growth. */
  unexplainedSpikeGain: number;
  /** unexplainedSpikeGain ÷ current followers. */
  unexplainedSpikeShare: number;
}

interface Series {
  rates: number[];
  days: number[];
  ends: number[];
}

function dailySeries(
  sorted: readonly MetricSnapshotInput[],
  pick: (s: MetricSnapshotInput) => number | null,
): Series {
  const out: Series = { rates: [], days: [], ends: [] };
  for (let i = 1; i < sorted.length; i++) {
    const a = pick(sorted[i - 1]);
    const b = pick(sorted[i]);
    const days = (sorted[i].capturedAt.getTime() - sorted[i - 1].capturedAt.getTime()) / DAY_MS;
    if (a === null || b === null || days < 0.5 || days > GROWTH_RULES.maxIntervalDays) continue;
    out.rates.push((b - a) / days);
    out.days.push(days);
    out.ends.push(sorted[i].capturedAt.getTime());
  }
  return out;
}

function viralExplanation(
  end: number,
  days: number,
  posts: readonly ScoringPostInput[],
  platform: Platform,
  typical: number | null,
): string | null {
  if (typical === null || typical <= 0) return null;
  const from = end - (days + GROWTH_RULES.viralLookbackDays) * DAY_MS;
  for (const post of posts) {
    const t = post.publishedAt.getTime();
    if (t < from || t > end) continue;
    const interactions = postInteractions(platform, post) ?? post.views ?? 0;
    if (interactions >= GROWTH_RULES.viralMultiple * typical)
      return post.id ?? post.publishedAt.toISOString();
  }
  return null;
}

function typicalInteractions(posts: readonly ScoringPostInput[], platform: Platform): number | null {
  const values: number[] = [];
  for (const post of posts) {
    const v = postInteractions(platform, post);
    if (v !== null) values.push(v);
  }
  return median(values);
}

function outliers(series: Series, scale: number, minMove: number) {
  const med = median(series.rates) ?? 0;
  const mad = Math.max(medianAbsoluteDeviation(series.rates, med), scale);
  const found: { i: number; z: number; excess: number }[] = [];
  for (let i = 0; i < series.rates.length; i++) {
    const z = (0.6745 * (series.rates[i] - med)) / mad;
    const excess = (series.rates[i] - med) * series.days[i];
    if (Math.abs(z) > GROWTH_RULES.zThreshold && Math.abs(excess) >= minMove) found.push({ i, z, excess });
  }
  return { med, mad, found };
}

function isChronological(snapshots: readonly MetricSnapshotInput[]): boolean {
  for (let i = 1; i < snapshots.length; i++) {
    if (snapshots[i].capturedAt.getTime() < snapshots[i - 1].capturedAt.getTime()) return false;
  }
  return true;
}

/** `null` when there are fewer than `minIntervals` usable daily intervals. */
export function analyseGrowth(
  snapshots: readonly MetricSnapshotInput[],
  posts: readonly ScoringPostInput[],
  platform: Platform,
): GrowthAnalysis | null {
  const sorted = isChronological(snapshots)
    ? snapshots
    : [...snapshots].sort((a, b) => a.capturedAt.getTime() - b.capturedAt.getTime());
  if (sorted.length <= GROWTH_RULES.minIntervals) return null;
  const followers = dailySeries(sorted, (s) => s.followers);
  if (followers.rates.length < GROWTH_RULES.minIntervals) return null;
  const current = sorted[sorted.length - 1].followers;
  const f = outliers(
    followers,
    Math.max(1, GROWTH_RULES.madFloorShare * current),
    GROWTH_RULES.minShareOfFollowers * current,
  );
  const typical = typicalInteractions(posts, platform);
  const anomalies: GrowthAnomaly[] = [];
  let unexplainedSpikeGain = 0;
  for (const o of f.found) {
    const end = followers.ends[o.i];
    const spike = o.z > 0;
    const explainedBy = spike ? viralExplanation(end, followers.days[o.i], posts, platform, typical) : null;
    if (spike && explainedBy === null) unexplainedSpikeGain += o.excess;
    anomalies.push({
      kind: spike ? 'follower_spike' : 'follower_drop',
      date: new Date(end).toISOString().slice(0, 10),
      changePerDay: followers.rates[o.i],
      excessChange: o.excess,
      robustZ: o.z,
      explainedBy,
    });
  }
  const following = dailySeries(sorted, (s) => s.following ?? null);
  const currentFollowing = sorted[sorted.length - 1].following ?? null;
  if (following.rates.length >= GROWTH_RULES.minIntervals && currentFollowing !== null) {
    const g = outliers(
      following,
      Math.max(1, GROWTH_RULES.madFloorShare * currentFollowing),
      Math.max(100, GROWTH_RULES.minShareOfFollowing * currentFollowing),
    );
    for (const o of g.found) {
      anomalies.push({
        kind: 'following_churn',
        date: new Date(following.ends[o.i]).toISOString().slice(0, 10),
        changePerDay: following.rates[o.i],
        excessChange: o.excess,
        robustZ: o.z,
        explainedBy: null,
      });
    }
  }
  return {
    intervals: followers.rates.length,
    medianDailyChange: f.med,
    madDailyChange: f.mad,
    anomalies,
    unexplainedSpikeGain,
    unexplainedSpikeShare: current > 0 ? unexplainedSpikeGain / current : 0,
  };
}
