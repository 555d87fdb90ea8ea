import { countsShares, followerBucket, followerTier, isVideoItem } from '../tiers';

describe('tiers and buckets', () => {
  it.each([
    [0, 'sub_nano'],
    [999, 'sub_nano'],
    [1_000, 'nano'],
    [9_999, 'nano'],
    [10_000, 'micro'],
    [99_999, 'micro'],
    [100_000, 'mid'],
    [500_000, 'macro'],
    [1_000_000, 'mega'],
  ])('%d followers → tier %s', (followers, tier) => {
    expect(followerTier(followers)).toBe(tier);
  });

  it.each([
    [500, 'lt_1k'],
    [1_000, '1k_3k'],
    [2_999, '1k_3k'],
    [3_000, '3k_10k'],
    [10_000, '10k_30k'],
    [30_000, '30k_100k'],
    [100_000, '100k_500k'],
    [500_000, '500k_1m'],
    [2_000_000, '1m_plus'],
  ])('%d followers → bucket %s', (followers, bucket) => {
    expect(followerBucket(followers)).toBe(bucket);
  });

  it('counts shares only where they are public and knows video items', () => {
    expect(countsShares('tiktok')).toBe(true);
    expect(countsShares('instagram')).toBe(false);
    expect(isVideoItem('youtube', 'post')).toBe(true);
    expect(isVideoItem('instagram', 'reel')).toBe(true);
    expect(isVideoItem('instagram', 'post')).toBe(false);
  });
});
