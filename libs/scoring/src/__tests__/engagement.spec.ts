import {
  computeEngagementBasics,
  postEngagementByFollowers,
  postEngagementByViews,
  postInteractions,
} from '../engagement';
import { ScoringAccountInput } from '../types';
import { NOW, post } from './helpers';

const ig = (followers = 1_000): ScoringAccountInput => ({
  platform: 'instagram',
  followers,
  following: 100,
  postCount: 50,
});

describe('per-post engagement', () => {
  it('counts likes + comments on Instagram and adds shares on TikTok', () => {
    const p = post(5, 50, 10, { shares: 40 });
    expect(postInteractions('instagram', p)).toBe(60);
    expect(postInteractions('tiktok', p)).toBe(100);
    expect(postEngagementByFollowers('instagram', p, 1_000)).toBeCloseTo(0.06);
    expect(postEngagementByFollowers('tiktok', p, 1_000)).toBeCloseTo(0.1);
  });

  it('returns null for hidden likes and zero followers, treats missing comments as 0', () => {
    expect(postInteractions('instagram', post(5, null, 10))).toBeNull();
    expect(postEngagementByFollowers('instagram', post(5, 10, 1), 0)).toBeNull();
    expect(postInteractions('instagram', post(5, 10, null))).toBe(10);
  });

  it('divides by views only for video items with views', () => {
    const video = post(5, 50, 10, { kind: 'video', views: 2_000, shares: 40 });
    expect(postEngagementByViews('tiktok', video)).toBeCloseTo(0.05); // (50+10+40)/2000
    expect(postEngagementByViews('instagram', post(5, 50, 10, { views: 2_000 }))).toBeNull();
    expect(postEngagementByViews('tiktok', post(5, 50, 10, { kind: 'video', views: 0 }))).toBeNull();
  });
});

describe('computeEngagementBasics', () => {
  it('median, mean and virality over organic posts (hand-computed)', () => {
    // ER per post: 60/1000 = .06, 20/1000 = .02, 120/1000 = .12 → median .06, mean .0667
    const b = computeEngagementBasics(ig(), [post(3, 50, 10), post(6, 20, 0), post(9, 100, 20)], NOW);
    expect(b.sampleSize).toBe(3);
    expect(b.engagementRate).toBeCloseTo(0.06);
    expect(b.meanEngagementRate).toBeCloseTo(0.2 / 3);
    expect(b.virality).toBeCloseTo(0.2 / 3 / 0.06);
    expect(b.formula).toBe('median((likes + comments) / followers)');
    expect(b.denominator).toBe('followers');
    expect(b.window.maxPosts).toBe(12);
    expect(b.tier).toBe('nano');
    expect(b.bucket).toBe('1k_3k');
  });

  it('excludes posts younger than 48 h, older than 180 days, stories and pinned posts', () => {
    const posts = [
      post(1, 999, 0), // 24 h old
      post(181, 999, 0), // outside window
      post(10, 999, 0, { kind: 'story' }),
      post(11, 999, 0, { isPinned: true }),
      post(5, 30, 0),
    ];
    const b = computeEngagementBasics(ig(), posts, NOW);
    expect(b.sampleSize).toBe(1);
    expect(b.engagementRate).toBeCloseTo(0.03);
    expect(b.windowPostCount).toBe(1);
  });

  it('uses only the 12 most recent organic posts, whatever the input order', () => {
    // 14 posts: the two oldest have huge ER and must be ignored; others ER = i/1000
    const posts = Array.from({ length: 14 }, (_, i) => post(3 + i, i < 12 ? i + 1 : 900, 0)).reverse();
    const b = computeEngagementBasics(ig(), posts, NOW);
    expect(b.sampleSize).toBe(12);
    expect(b.engagementRate).toBeCloseTo(6.5 / 1000); // median of 1..12 = 6.5
  });

  it('reports sponsored posts separately with paid-post performance', () => {
    const posts = [
      post(3, 100, 0),
      post(4, 100, 0),
      post(5, 100, 0),
      post(6, 50, 0, { isPaidPartnership: true }),
    ];
    const b = computeEngagementBasics(ig(), posts, NOW);
    expect(b.engagementRate).toBeCloseTo(0.1);
    expect(b.sponsored.sampleSize).toBe(1);
    expect(b.sponsored.engagementRate).toBeCloseTo(0.05);
    expect(b.sponsored.performance).toBeCloseTo(0.5);
    expect(b.sponsoredShare).toBeCloseTo(0.25);
  });

  it('skips hidden-like posts and counts them', () => {
    const b = computeEngagementBasics(ig(), [post(3, null, 5), post(4, 40, 0)], NOW);
    expect(b.hiddenLikesSkipped).toBe(1);
    expect(b.sampleSize).toBe(1);
    expect(b.engagementRate).toBeCloseTo(0.04);
  });

  it('edge cases: no posts, zero followers, one post, only sponsored posts', () => {
    const none = computeEngagementBasics(ig(), [], NOW);
    expect(none.engagementRate).toBeNull();
    expect(none.sampleSize).toBe(0);
    expect(none.sponsoredShare).toBeNull();
    expect(none.daysSinceLastPost).toBeNull();

    const zero = computeEngagementBasics(ig(0), [post(3, 10, 1)], NOW);
    expect(zero.engagementRate).toBeNull();

    const one = computeEngagementBasics(ig(), [post(3, 10, 2)], NOW);
    expect(one.engagementRate).toBeCloseTo(0.012);
    expect(one.virality).toBeCloseTo(1);

    const paid = computeEngagementBasics(ig(), [post(3, 10, 2, { isPaidPartnership: true })], NOW);
    expect(paid.engagementRate).toBeNull();
    expect(paid.sponsored.engagementRate).toBeCloseTo(0.012);
    expect(paid.sponsored.performance).toBeNull();
    expect(paid.sponsoredShare).toBe(1);
  });

  it('engagement by views and view rate for video platforms', () => {
    const tiktok: ScoringAccountInput = {
      platform: 'tiktok',
      followers: 10_000,
      following: 10,
      postCount: 9,
    };
    const posts = [1, 2, 3].map((d) => post(2 + d, 80, 10, { kind: 'video', views: 1_000 * d, shares: 10 }));
    const b = computeEngagementBasics(tiktok, posts, NOW);
    expect(b.engagementRate).toBeCloseTo(0.01); // 100 / 10,000
    expect(b.byViews?.engagementRate).toBeCloseTo(0.05); // median of 100/1000, 100/2000, 100/3000
    expect(b.viewRate).toBeCloseTo(0.2); // median views 2000 / 10,000
    expect(b.formula).toContain('shares');
    expect(computeEngagementBasics(ig(), [post(3, 1, 1)], NOW).byViews).toBeNull();
  });

  it('likes per comment needs three posts with comments', () => {
    const two = computeEngagementBasics(ig(), [post(3, 40, 2), post(4, 60, 2)], NOW);
    expect(two.likesPerComment).toBeNull();
    const three = computeEngagementBasics(ig(), [post(3, 40, 2), post(4, 60, 2), post(5, 90, 3)], NOW);
    expect(three.likesPerComment).toBeCloseTo(30); // 20, 30, 30
  });

  it('days since last post uses lastPostedAt or the newest post, including fresh ones', () => {
    const b = computeEngagementBasics(
      { ...ig(), lastPostedAt: new Date(NOW.getTime() - 12 * 3_600_000) },
      [post(10, 1, 1)],
      NOW,
    );
    expect(b.daysSinceLastPost).toBeCloseTo(0.5);
  });
});
