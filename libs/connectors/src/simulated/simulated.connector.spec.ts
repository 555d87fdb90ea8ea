import {
  analyseComments,
  analyseGrowth,
  isSuspiciousFollower,
  median,
  type Platform,
  type ScoringPostInput,
} from '@fitscout/scoring';
import type { AccountData, PostMetrics } from '../connector.types';
import {
  AccountNotFoundError,
  AccountPrivateError,
  AccountSuspendedError,
  ConnectorErrorCode,
  ConnectorRequestError,
  QuotaExhaustedError,
  RateLimitedError,
  TransientConnectorError,
} from '../errors/connector-errors';
import { simulatedScenarioOf } from './scenarios';
import { SimulatedConnector } from './simulated.connector';

const DAY = 86_400_000;
const NOW = new Date('2026-03-01T12:00:00.000Z');

function connectorAt(platform: Platform, now: Date): SimulatedConnector {
  return new SimulatedConnector(platform, { clock: () => now });
}

const toScoring = (p: PostMetrics): ScoringPostInput => ({
  ...p,
  isPaidPartnership: p.isPaidPartnership ?? false,
});
const suspiciousShare = (account: AccountData) =>
  account.followerSample!.followers.filter(isSuspiciousFollower).length /
  account.followerSample!.followers.length;
const engagementRate = (account: AccountData) =>
  median(account.posts.map((p) => ((p.likes ?? 0) + (p.comments ?? 0)) / account.profile.followers!)) ?? 0;

describe('SimulatedConnector', () => {
  describe('determinism', () => {
    it('gives the same account for the same handle, platform and time on a fresh instance', async () => {
      const a = await connectorAt('instagram', NOW).fetchAccount({ handle: 'lena.kocht' });
      const b = await connectorAt('instagram', NOW).fetchAccount({ handle: '@Lena.Kocht' });
      expect(b).toEqual(a);
    });

    it('gives different accounts for different handles and platforms', async () => {
      const lena = await connectorAt('instagram', NOW).fetchProfile({ handle: 'lena.kocht' });
      const tom = await connectorAt('instagram', NOW).fetchProfile({ handle: 'tom.cooks' });
      const lenaOnYoutube = await connectorAt('youtube', NOW).fetchProfile({ handle: 'lena.kocht' });
      expect(tom.externalId).not.toBe(lena.externalId);
      expect(lenaOnYoutube.externalId).not.toBe(lena.externalId);
      expect(lenaOnYoutube.externalId).toMatch(/^UC/);
    });

    it('keys refs by handle, falls back to the external id, and refuses empty refs', async () => {
      const connector = connectorAt('tiktok', NOW);
      const byHandle = await connector.fetchProfile({ handle: 'lena.kocht', externalId: 'ignored' });
      expect((await connector.fetchProfile({ handle: 'lena.kocht' })).externalId).toBe(byHandle.externalId);
      await expect(connector.fetchProfile({ externalId: '6800000001' })).resolves.toBeDefined();
      await expect(connector.fetchProfile({})).rejects.toBeInstanceOf(ConnectorRequestError);
    });
  });

  describe('an account over time', () => {
    it('serves 12 recent posts by default, newest first, dated before now, with unique ids', async () => {
      const posts = await connectorAt('instagram', NOW).fetchRecentPosts({ handle: 'lena.kocht' });
      expect(posts).toHaveLength(12);
      expect(new Set(posts.map((p) => p.externalId)).size).toBe(12);
      for (let i = 0; i < posts.length; i++) {
        expect(posts[i].publishedAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
        if (i > 0) expect(posts[i].publishedAt.getTime()).toBeLessThan(posts[i - 1].publishedAt.getTime());
        expect(['post', 'reel']).toContain(posts[i].kind);
        expect(posts[i].caption).toBeTruthy();
      }
      expect(
        (await connectorAt('youtube', NOW).fetchRecentPosts({ handle: 'lena.kocht' }, { limit: 30 })).length,
      ).toBe(30);
    });

    it('keeps posts stable across refreshes while engagement and new posts accrue', async () => {
      const later = new Date(NOW.getTime() + 10 * DAY);
      const before = await connectorAt('instagram', NOW).fetchRecentPosts(
        { handle: 'lena.kocht' },
        { limit: 20 },
      );
      const after = await connectorAt('instagram', later).fetchRecentPosts(
        { handle: 'lena.kocht' },
        { limit: 20 },
      );
      const byId = new Map(after.map((p) => [p.externalId, p]));
      const kept = before.filter((p) => byId.has(p.externalId));
      expect(kept.length).toBeGreaterThan(5);
      for (const post of kept) {
        const again = byId.get(post.externalId)!;
        expect(again.publishedAt).toEqual(post.publishedAt);
        expect(again.caption).toBe(post.caption);
        if (post.likes !== null) expect(again.likes!).toBeGreaterThanOrEqual(post.likes);
      }
      expect(after[0].publishedAt.getTime()).toBeGreaterThan(before[0].publishedAt.getTime());
      const newPosts = after.filter((p) => p.publishedAt > before[0].publishedAt).length;
      const profileBefore = await connectorAt('instagram', NOW).fetchProfile({ handle: 'lena.kocht' });
      const profileAfter = await connectorAt('instagram', later).fetchProfile({ handle: 'lena.kocht' });
      expect(profileAfter.postCount! - profileBefore.postCount!).toBe(newPosts);
    });

    it('reports the follower count that followersAt and history compute for that moment', async () => {
      const connector = connectorAt('youtube', NOW);
      const profile = await connector.fetchProfile({ handle: 'lena.kocht' });
      expect(profile.followers).toBe(connector.followersAt('lena.kocht', NOW));
      const history = connector.history('lena.kocht', new Date(NOW.getTime() - 30 * DAY), NOW, DAY);
      expect(history).toHaveLength(31);
      expect(history[30]).toEqual({
        capturedAt: NOW,
        followers: profile.followers,
        following: null,
        postCount: profile.postCount,
      });
      // Organic growth is gentle: no day moves more than 1%.
      for (let i = 1; i < history.length; i++) {
        expect(Math.abs(history[i].followers / history[i - 1].followers - 1)).toBeLessThan(0.01);
      }
    });

    it('writes German and English captions', async () => {
      const captions: string[] = [];
      for (const handle of [
        'lena.kocht',
        'tom.cooks',
        'mia.reist',
        'jonas.tech',
        'sarah.fit',
        'paul.green',
      ]) {
        const posts = await connectorAt('instagram', NOW).fetchRecentPosts({ handle });
        captions.push(...posts.map((p) => p.caption ?? ''));
      }
      expect(captions.some((c) => /\b(und|nicht|ich|mit|für|ihr)\b/i.test(c))).toBe(true);
      expect(captions.some((c) => /\b(the|and|with|my|your)\b/i.test(c))).toBe(true);
      expect(captions.some((c) => /#\p{L}/u.test(c))).toBe(true);
    });

    it('offers audience, follower sample and comments', async () => {
      const account = await connectorAt('instagram', NOW).fetchAccount({ handle: 'lena.kocht' });
      const sum = (shares: Record<string, number>) => Object.values(shares).reduce((a, b) => a + b, 0);
      expect(sum(account.audience!.countries)).toBeCloseTo(1, 1);
      expect(sum(account.audience!.genders)).toBeCloseTo(1, 1);
      expect(account.followerSample!.followers.length).toBe(200);
      expect(account.comments!.length).toBeGreaterThan(20);
      const ids = new Set(account.posts.map((p) => p.externalId));
      for (const c of account.comments!) {
        expect(ids.has(c.postExternalId)).toBe(true);
        expect(c.publishedAt!.getTime()).toBeLessThanOrEqual(NOW.getTime());
      }
    });
  });

  describe('scripted anomalies', () => {
    it('recognises the scripted prefixes', () => {
      expect(simulatedScenarioOf('@SIM_Pod_anna')).toBe('pod');
      expect(simulatedScenarioOf('sim_spike_max')).toBe('spike');
      expect(simulatedScenarioOf('simone')).toBe('normal');
    });

    it('sim_spike_: the growth analysis finds an unexplained follower spike; a normal account has none', async () => {
      const from = new Date(NOW.getTime() - 120 * DAY);
      for (const [handle, spikes] of [
        ['sim_spike_max', true],
        ['lena.kocht', false],
      ] as const) {
        const connector = connectorAt('instagram', NOW);
        const snapshots = connector.history(handle, from, NOW, DAY);
        const posts = (await connector.fetchRecentPosts({ handle }, { limit: 50 })).map(toScoring);
        const growth = analyseGrowth(snapshots, posts, 'instagram');
        const found = growth!.anomalies.filter((a) => a.kind === 'follower_spike');
        expect(found.length > 0).toBe(spikes);
        if (spikes) expect(growth!.unexplainedSpikeShare).toBeGreaterThan(0.1);
      }
    });

    it('sim_pod_: few likes per comment, copy-pasted comments from the same accounts', async () => {
      const pod = await connectorAt('instagram', NOW).fetchAccount({ handle: 'sim_pod_anna' });
      const normal = await connectorAt('instagram', NOW).fetchAccount({ handle: 'lena.kocht' });
      const likesPerComment = (a: AccountData) =>
        median(a.posts.filter((p) => p.likes !== null && p.comments).map((p) => p.likes! / p.comments!)) ?? 0;
      expect(likesPerComment(pod)).toBeLessThan(6);
      expect(likesPerComment(normal)).toBeGreaterThan(15);

      const quality = (a: AccountData) =>
        analyseComments(
          a.comments!.map((c) => ({ postId: c.postExternalId, authorId: c.authorId, text: c.text })),
        )!;
      expect(quality(pod).duplicateShare).toBeGreaterThan(0.5);
      expect(quality(pod).repeatCommenterShare).toBeGreaterThan(0.5);
      expect(quality(normal).duplicateShare).toBeLessThan(0.05);
      expect(quality(normal).repeatCommenterShare).toBeLessThan(0.05);
    });

    it('sim_dead_: very low engagement, mostly suspicious followers, audience abroad', async () => {
      const dead = await connectorAt('instagram', NOW).fetchAccount({ handle: 'sim_dead_bob' });
      const normal = await connectorAt('instagram', NOW).fetchAccount({ handle: 'lena.kocht' });
      expect(engagementRate(dead)).toBeLessThan(0.005);
      expect(engagementRate(normal)).toBeGreaterThan(engagementRate(dead) * 4);
      expect(suspiciousShare(dead)).toBeGreaterThan(0.5);
      expect(suspiciousShare(normal)).toBeLessThan(0.2);
      expect(dead.audience!.countries.IN).toBeGreaterThan(0.1);
    });

    it.each([
      ['sim_private_anna', AccountPrivateError, 'private'],
      ['sim_gone_anna', AccountNotFoundError, 'deleted'],
      ['sim_suspended_anna', AccountSuspendedError, 'suspended'],
    ] as const)(
      '%s throws %p (account status %s) but keeps a computable history',
      async (handle, type, status) => {
        const connector = connectorAt('instagram', NOW);
        for (const fetch of [
          () => connector.fetchProfile({ handle }),
          () => connector.fetchAccount({ handle }),
        ]) {
          const error = await fetch().catch((e: unknown) => e);
          expect(error).toBeInstanceOf(type);
          expect((error as AccountPrivateError).kind).toBe('permanent');
          expect((error as AccountPrivateError).accountStatus).toBe(status);
        }
        expect(connector.followersAt(handle, new Date(NOW.getTime() - 30 * DAY))).toBeGreaterThan(0);
      },
    );

    it('sim_flaky_: fails twice (timeout, 503), then succeeds, repeatedly', async () => {
      const connector = connectorAt('youtube', NOW);
      const outcome = async () => {
        try {
          await connector.fetchAccount({ handle: 'sim_flaky_tom' });
          return 'ok';
        } catch (error) {
          expect(error).toBeInstanceOf(TransientConnectorError);
          return (error as TransientConnectorError).code;
        }
      };
      const results = [];
      for (let i = 0; i < 6; i++) results.push(await outcome());
      expect(results).toEqual([
        ConnectorErrorCode.Timeout,
        ConnectorErrorCode.UpstreamUnavailable,
        'ok',
        ConnectorErrorCode.Timeout,
        ConnectorErrorCode.UpstreamUnavailable,
        'ok',
      ]);
    });

    it('sim_ratelimited_: rate limited in even 15-minute windows until the next window starts', async () => {
      const inEvenWindow = new Date('2026-03-01T12:05:00.000Z'); // window 12:00–12:15 is even
      const error = await connectorAt('instagram', inEvenWindow)
        .fetchProfile({ handle: 'sim_ratelimited_max' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RateLimitedError);
      const retryAt = (error as RateLimitedError).retryAt;
      expect(retryAt.toISOString()).toBe('2026-03-01T12:15:00.000Z');
      await expect(
        connectorAt('instagram', retryAt).fetchProfile({ handle: 'sim_ratelimited_max' }),
      ).resolves.toBeDefined();
    });

    it('sim_quota_: quota exhausted until midnight Pacific', async () => {
      const error = await connectorAt('youtube', NOW)
        .fetchRecentPosts({ handle: 'sim_quota_x' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QuotaExhaustedError);
      expect((error as QuotaExhaustedError).retryAt.toISOString()).toBe('2026-03-02T08:00:00.000Z');
    });
  });
});
