import type { ImportPost, ImportRecord, ImportSampledFollower } from '@fitscout/catalogue';
import { randomUUID } from 'node:crypto';

/** Deterministic creators with enough history for engagement and authenticity scores (docs/scoring.md). */

export const SCORING_NOW = new Date('2026-11-23T12:00:00Z');
const DAY = 86_400_000;

export interface ScoringRecordOptions {
  followers?: number;
  /** Interactions per post as a fraction of followers (likes ≈ 96%, comments ≈ 4%). */
  engagementRate?: number;
  posts?: number;
  snapshots?: number;
  sampleSize?: number;
  captions?: string[];
  bio?: string;
  country?: string;
  categories?: ImportRecord['influencer']['categories'];
  key?: string;
  handle?: string;
  audience?: ImportRecord['audience'] | null;
}

const HEALTHY_FOLLOWER: ImportSampledFollower = {
  posts: 40,
  followers: 350,
  following: 420,
  hasProfilePicture: true,
  isPrivate: false,
  usernameLength: 11,
  digitsInUsername: 0,
};

export function scoringRecord(options: ScoringRecordOptions = {}): ImportRecord {
  const handle = options.handle ?? `score.${randomUUID().slice(0, 8)}`;
  const followers = options.followers ?? 12_000;
  const er = options.engagementRate ?? 0.03;
  const captions = options.captions ?? ['Mit dem Rad zur Arbeit #klimaschutz', 'Energiewende jetzt #klima'];
  const posts: ImportPost[] = Array.from({ length: options.posts ?? 12 }, (_, i) => {
    // ±20% around the rate so medians and spreads are realistic but deterministic.
    const interactions = Math.round(followers * er * (0.8 + ((i * 7) % 5) / 10));
    return {
      externalId: `${handle}-${i}`,
      kind: i % 3 === 0 ? 'reel' : 'post',
      publishedAt: new Date(SCORING_NOW.getTime() - (3 + i * 5) * DAY).toISOString(),
      caption: captions[i % captions.length],
      hashtags: (captions[i % captions.length].match(/#(\p{L}+)/gu) ?? []).map((h) => h.slice(1)),
      likes: Math.round(interactions * 0.96),
      comments: Math.max(1, Math.round(interactions * 0.04)),
      views: i % 3 === 0 ? followers * 2 : undefined,
      isPaidPartnership: i % 6 === 5,
    };
  });
  const snapshotCount = options.snapshots ?? 8;
  const metrics = Array.from({ length: snapshotCount }, (_, i) => ({
    capturedAt: new Date(SCORING_NOW.getTime() - (snapshotCount - i) * 7 * DAY).toISOString(),
    followers: Math.round(followers * (1 - (snapshotCount - i) * 0.004)),
    following: 300,
    postCount: 400 - (snapshotCount - i),
  }));
  const sampleSize = options.sampleSize ?? 100;
  const record: ImportRecord = {
    platform: 'instagram',
    handle,
    externalId: `ext-${handle}`,
    followers,
    following: 300,
    postCount: 400,
    bio: options.bio ?? 'Radfahren und Energiewende aus München',
    influencer: {
      key: options.key ?? handle,
      displayName: `Creator ${handle}`,
      languages: ['de'],
      country: options.country ?? 'DE',
      categories: options.categories ?? ['environment'],
    },
    posts,
    metrics,
    followerSample: Array.from({ length: sampleSize }, (_, i) => ({
      ...HEALTHY_FOLLOWER,
      posts: HEALTHY_FOLLOWER.posts + (i % 13),
      followers: HEALTHY_FOLLOWER.followers + i * 3,
    })),
    capturedAt: SCORING_NOW.toISOString(),
  };
  if (options.audience !== null) {
    record.audience = options.audience ?? {
      countries: { DE: 0.78, AT: 0.12 },
      languages: { de: 0.9 },
      ageBands: { '18-24': 0.35, '25-34': 0.4 },
      genders: { female: 0.6, male: 0.38, other: 0.02 },
      sampleSize: 800,
    };
  }
  return record;
}

/**
 * An account the simulated connector recognises by its handle prefix (`sim_ok_` a normal creator, `sim_private_`,
 * `sim_quota_`, … the scripted problems in libs/connectors/README.md); three posts until it is refreshed.
 */
export function simulatedAccountRecord(prefix = 'sim_ok_'): ImportRecord {
  return scoringRecord({ handle: `${prefix}${randomUUID().slice(0, 8)}`, posts: 3 });
}

/** An account with no posts, no history and no follower sample: every score is `insufficient_data`. */
export function emptyScoringRecord(): ImportRecord {
  const record = scoringRecord({ posts: 0, snapshots: 0, sampleSize: 0, audience: null });
  delete record.followerSample;
  delete record.metrics;
  return record;
}
