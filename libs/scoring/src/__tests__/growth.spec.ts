import { analyseGrowth } from '../growth';
import { MetricSnapshotInput } from '../types';
import { ago, post } from './helpers';

/** Daily snapshots ending today; `changes[d]` is the follower change into day d (d ≥ 1). */
function series(start: number, changes: number[], following?: number[]): MetricSnapshotInput[] {
  let followers = start;
  return [0, ...changes].map((c, d) => {
    followers += c;
    return { capturedAt: ago(changes.length - d), followers, following: following?.[d] ?? null };
  });
}

describe('analyseGrowth', () => {
  it('needs at least 7 daily intervals', () => {
    expect(analyseGrowth(series(10_000, [10, 10, 10, 10, 10, 10]), [], 'instagram')).toBeNull();
  });

  it('finds an unexplained spike with its date and robust z', () => {
    // typical +10/day with small noise, +2,000 on day 8 (20% of followers)
    const changes = [10, 12, 8, 11, 9, 10, 10, 2_000, 10, 11, 9, 10];
    const g = analyseGrowth(series(10_000, changes), [], 'instagram')!;
    expect(g.intervals).toBe(12);
    expect(g.medianDailyChange).toBe(10);
    // MAD of the changes around 10 is 1, floored at 0.05% of 12,110 followers = 6.055
    expect(g.madDailyChange).toBeCloseTo(6.055, 3);
    expect(g.anomalies).toHaveLength(1);
    const a = g.anomalies[0];
    expect(a.kind).toBe('follower_spike');
    expect(a.date).toBe(ago(4).toISOString().slice(0, 10));
    expect(a.excessChange).toBe(1_990);
    expect(a.robustZ).toBeCloseTo((0.6745 * 1_990) / 6.055, 3);
    expect(a.explainedBy).toBeNull();
    expect(g.unexplainedSpikeShare).toBeCloseTo(1_990 / 12_110, 5);
  });

  it('does not call a spike after a viral post suspicious', () => {
    const changes = [10, 12, 8, 11, 9, 10, 10, 2_000, 10, 11, 9, 10];
    const posts = [post(30, 100, 5), post(20, 110, 5), post(6, 5_000, 300, { id: 'viral' })];
    const g = analyseGrowth(series(10_000, changes), posts, 'instagram')!;
    expect(g.anomalies[0].explainedBy).toBe('viral');
    expect(g.unexplainedSpikeGain).toBe(0);
  });

  it('ignores outliers that move less than 1% of followers', () => {
    // z is large (MAD floor 5) but +80 is below 1% of ~10,000
    const g = analyseGrowth(series(10_000, [0, 0, 0, 0, 0, 0, 80, 0, 0]), [], 'instagram')!;
    expect(g.anomalies).toEqual([]);
  });

  it('finds drops and following churn', () => {
    const changes = [5, 5, 5, 5, 5, -900, 5, 5, 5, 5];
    const following = [2_000, 2_000, 2_000, 2_000, 5_000, 5_000, 2_100, 2_100, 2_100, 2_100, 2_100];
    const g = analyseGrowth(series(10_000, changes, following), [], 'instagram')!;
    expect(g.anomalies.map((a) => a.kind).sort()).toEqual([
      'follower_drop',
      'following_churn',
      'following_churn',
    ]);
  });
});
