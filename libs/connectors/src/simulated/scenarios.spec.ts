import {
  analyseComments,
  analyseGrowth,
  isSuspiciousFollower,
  median,
  type Platform,
} from '@fitscout/scoring';
import type { AccountData } from '../connector.types';
import { SimulatedConnector } from './simulated.connector';

/**
 * The scripted anomalies must hold for every handle, not just the ones the other spec happens to use:
 * checked with Fitscout's own scoring functions over many handles, platforms and dates.
 */
const DAY = 86_400_000;
const DATES = [
  new Date('2025-02-01T00:00:00Z'),
  new Date('2026-03-01T12:00:00Z'),
  new Date('2027-08-17T03:00:00Z'),
];
const PLATFORMS: Platform[] = ['instagram', 'youtube', 'tiktok', 'facebook'];
const NAMES = ['anna', 'ben', 'cem', 'dora', 'emil', 'fatma'];

/** Likes + comments per follower where likes are public on ≥ 3 posts of both accounts, else comments only. */
function engagementPair(dead: AccountData, normal: AccountData): [number, number] {
  const visible = (a: AccountData) => a.posts.filter((p) => p.likes !== null);
  const useLikes = visible(dead).length >= 3 && visible(normal).length >= 3;
  const rate = (a: AccountData) =>
    median(
      (useLikes ? visible(a) : a.posts).map(
        (p) => ((useLikes ? p.likes! : 0) + (p.comments ?? 0)) / a.profile.followers!,
      ),
    ) ?? 0;
  return [rate(dead), rate(normal)];
}
const suspicious = (a: AccountData) =>
  a.followerSample!.followers.filter(isSuspiciousFollower).length / a.followerSample!.followers.length;
const comments = (a: AccountData) =>
  analyseComments(a.comments!.map((c) => ({ postId: c.postExternalId, authorId: c.authorId, text: c.text })));

async function load(platform: Platform, now: Date, handle: string) {
  const connector = new SimulatedConnector(platform, { clock: () => now });
  const account = await connector.fetchAccount({ handle });
  const snapshots = connector.history(handle, new Date(now.getTime() - 120 * DAY), now, DAY);
  const posts = account.posts.map((p) => ({ ...p, isPaidPartnership: p.isPaidPartnership ?? false }));
  const spikes = analyseGrowth(snapshots, posts, platform)!.anomalies.filter(
    (a) => a.kind === 'follower_spike',
  );
  return { account, spikes: spikes.length };
}

describe.each(PLATFORMS)('simulated scenarios on %s', (platform) => {
  it.each(DATES.map((d) => [d.toISOString().slice(0, 10), d] as const))(
    'hold for every handle at %s',
    async (_label, now) => {
      for (const name of NAMES) {
        const normal = await load(platform, now, name);
        const spike = await load(platform, now, `sim_spike_${name}`);
        const pod = await load(platform, now, `sim_pod_${name}`);
        const dead = await load(platform, now, `sim_dead_${name}`);

        expect({ name, spikes: normal.spikes }).toEqual({ name, spikes: 0 });
        expect({ name, spiked: spike.spikes > 0 }).toEqual({ name, spiked: true });

        const normalComments = comments(normal.account);
        if (normalComments) expect(normalComments.duplicateShare).toBeLessThan(0.05);
        const podComments = comments(pod.account);
        if (podComments) expect(podComments.duplicateShare).toBeGreaterThan(0.5);

        expect(suspicious(dead.account)).toBeGreaterThan(0.5);
        expect(suspicious(normal.account)).toBeLessThan(0.25);
        const [deadRate, normalRate] = engagementPair(dead.account, normal.account);
        // Tiny accounts with hidden likes can have a median of 0 comments: nothing to compare then.
        if (normalRate > 0)
          expect({ name, quarter: deadRate < normalRate / 4 }).toEqual({ name, quarter: true });
      }
    },
  );
});
