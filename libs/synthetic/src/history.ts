import type { ImportMetricSnapshot, ImportSampledFollower } from '@fitscout/catalogue';
import type { Rng } from './prng';
import { DAY_MS, isoSeconds } from './time';

// Aliased once: under Jest's vm sandbox each `Math.x` is a slow global lookup.
const { max, min, round } = Math;

export interface CurrentFigures {
  followers: number;
  following: number | undefined;
  postCount: number;
}

/**
 * `count` older snapshots, oldest first, `intervalDays` apart, the newest one interval before now.
 * Follower counts are back-cast from today with the creator's weekly growth plus small noise, so the
 * series is smooth with the wiggle real counters have (unfollows, purges).
 */
export function buildSnapshots(
  rng: Rng,
  current: CurrentFigures,
  weeklyGrowth: number,
  postsPerWeek: number,
  count: number,
  intervalDays: number,
  nowMs: number,
): ImportMetricSnapshot[] {
  const out: ImportMetricSnapshot[] = [];
  for (let j = 0; j < count; j++) {
    const intervalsAgo = count - j;
    const weeksAgo = (intervalsAgo * intervalDays) / 7;
    const followers = max(0, round((current.followers / (1 + weeklyGrowth) ** weeksAgo) * rng.noise(0.004)));
    out[j] = {
      capturedAt: isoSeconds(nowMs - intervalsAgo * intervalDays * DAY_MS),
      followers,
      following:
        current.following === undefined
          ? undefined
          : max(0, round(current.following * (1 - 0.002 * weeksAgo) + rng.normal() * 2)),
      postCount: max(0, current.postCount - round(weeksAgo * postsPerWeek)),
    };
  }
  return out;
}

/**
 * A follower sample as the authenticity classifier sees it. Real accounts: some posts, modest follower
 * and following counts, a picture, short names. Fake-looking ones: no posts, follow thousands, no picture,
 * long generated names full of digits.
 */
export function buildFollowerSample(rng: Rng, size: number, fakeShare: number): ImportSampledFollower[] {
  const out: ImportSampledFollower[] = [];
  for (let i = 0; i < size; i++) {
    if (rng.chance(fakeShare)) {
      const usernameLength = rng.int(12, 24);
      out[i] = {
        posts: rng.chance(0.7) ? 0 : rng.int(1, 3),
        followers: round(rng.logNormal(15, 1)),
        following: rng.int(800, 7_500),
        hasProfilePicture: rng.chance(0.2),
        isPrivate: rng.chance(0.1),
        usernameLength,
        digitsInUsername: min(usernameLength - 3, rng.int(4, 9)),
      };
    } else {
      const usernameLength = min(30, max(4, round(12 + rng.normal() * 3)));
      out[i] = {
        posts: round(rng.logNormal(60, 1.3)),
        followers: round(rng.logNormal(350, 1.1)),
        following: min(7_500, round(rng.logNormal(400, 0.8))),
        hasProfilePicture: rng.chance(0.93),
        isPrivate: rng.chance(0.35),
        usernameLength,
        digitsInUsername: rng.chance(0.55) ? 0 : min(usernameLength - 2, rng.int(1, 4)),
      };
    }
  }
  return out;
}
