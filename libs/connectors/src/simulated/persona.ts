import type { ImportAudience, ImportPost } from '@fitscout/catalogue';
import type { FollowerSampleEntry, Platform } from '@fitscout/scoring';
import { type CreatorProfile, generateCatalogue } from '@fitscout/synthetic';
import { type SimulatedScenario, simulatedScenarioOf } from './scenarios';
import { hash32, mix, unit } from './seed';

const DAY_MS = 86_400_000;

/** Time zero of the simulation: follower counts are anchored here, post slots are numbered from here. */
export const SIMULATION_ANCHOR_MS = Date.UTC(2025, 0, 1);
/** Distinct captions per account; slots cycle through them, so a window of up to 50 posts never repeats. */
const POOL_SIZE = 60;
const FOLLOWER_SAMPLE_SIZE = 200;

/** A recent-post template: content and engagement relative to `baseFollowers`; time and id come from the slot. */
export interface PoolPost {
  kind: ImportPost['kind'];
  caption: string | null;
  hashtags: string[];
  mentions: string[];
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  views: number | null;
  isPaidPartnership: boolean;
  /** The generator's URL and id; the slot's id replaces the latter. */
  url: string | null;
  templateId: string;
}

/** Everything fixed about one simulated account (per platform and handle). */
export interface Persona {
  platform: Platform;
  /** Normalised handle (or external id when the ref has no handle): the seed of everything else. */
  key: string;
  seed: number;
  scenario: SimulatedScenario;
  externalId: string;
  displayName: string;
  bio: string | null;
  url: string | null;
  verified: boolean;
  /** Content language of comments: German or English. */
  language: 'de' | 'en';
  following: number | null;
  /** Followers at SIMULATION_ANCHOR_MS (organic). */
  baseFollowers: number;
  /** Posts published before SIMULATION_ANCHOR_MS. */
  basePostCount: number;
  /** Organic weekly growth rate (0.002 = +0.2% a week). */
  weeklyGrowth: number;
  /** Mean time between posts. */
  postGapMs: number;
  pool: PoolPost[];
  audience: ImportAudience;
  followerSample: FollowerSampleEntry[];
}

/** Where bought and bot followers "live": far from a German or English creator's real audience. */
const BOT_COUNTRIES: Readonly<Record<string, number>> = {
  IN: 0.2,
  BR: 0.16,
  ID: 0.14,
  NG: 0.1,
  PK: 0.08,
  BD: 0.07,
  EG: 0.05,
  VN: 0.05,
};

function blendCountries(real: Record<string, number> | undefined, botShare: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [country, share] of Object.entries(real ?? {})) out[country] = share * (1 - botShare);
  const botTotal = Object.values(BOT_COUNTRIES).reduce((a, b) => a + b, 0);
  for (const [country, share] of Object.entries(BOT_COUNTRIES)) {
    out[country] = (out[country] ?? 0) + (share / botTotal) * botShare;
  }
  for (const key of Object.keys(out)) out[key] = Math.round(out[key] * 1000) / 1000;
  return out;
}

/** The scenario's knobs on the drawn creator (the generator's randomness stays untouched). */
function script(profile: CreatorProfile, scenario: SimulatedScenario): void {
  if (scenario === 'dead') {
    profile.engagement *= 0.04;
    profile.fakeFollowerShare = 0.8;
    profile.weeklyGrowth = -0.0005;
  } else if (scenario === 'spike') {
    // Bought followers show up in follower samples as fake-looking accounts.
    profile.fakeFollowerShare = Math.max(profile.fakeFollowerShare, 0.3);
  } else {
    profile.fakeFollowerShare = Math.min(profile.fakeFollowerShare, 0.12);
  }
}

/**
 * Draws the creator with the synthetic catalogue generator (German and English vocabulary, paid-post
 * disclosures, realistic engagement per platform), overriding platform, handle and size. French creators
 * are skipped by re-seeding: the comments and the product focus are German and English.
 */
export function buildPersona(platform: Platform, key: string): Persona {
  const scenario = simulatedScenarioOf(key);
  const seed = hash32(`${platform}:${key}`);
  // Micro-influencers: log-uniform between 3k and 120k followers at the anchor.
  const baseFollowers = Math.round(3000 * 40 ** unit(seed, 1));
  for (let attempt = 0; ; attempt++) {
    let drawn: CreatorProfile | undefined;
    const [record] = generateCatalogue({
      seed: mix(seed, attempt),
      count: 1,
      postsPerAccount: POOL_SIZE,
      now: new Date(SIMULATION_ANCHOR_MS),
      multiAccountShare: 0,
      audienceCoverage: 1,
      followerSampleSize: FOLLOWER_SAMPLE_SIZE,
      overrideProfile: (profile) => {
        const verified = profile.accounts[0]?.verified ?? false;
        profile.accounts = [{ platform, handle: key, followers: baseFollowers, status: 'active', verified }];
        script(profile, scenario);
        drawn = profile;
      },
    });
    if (!record || !drawn) throw new Error('synthetic generator returned no creator');
    if (drawn.locale === 'fr-FR' && attempt < 16) continue;
    const language = drawn.locale.startsWith('de') ? 'de' : 'en';
    const pool = (record.posts ?? [])
      .filter((post) => post.kind !== 'story')
      .map((post): PoolPost => ({
        kind: post.kind,
        caption: post.caption ?? null,
        hashtags: post.hashtags ?? [],
        mentions: post.mentions ?? [],
        likes: post.likes ?? null,
        comments: post.comments ?? null,
        shares: post.shares ?? null,
        saves: post.saves ?? null,
        views: post.views ?? null,
        isPaidPartnership: post.isPaidPartnership ?? false,
        url: post.url ?? null,
        templateId: post.externalId,
      }));
    const botShare = scenario === 'dead' ? 0.7 : scenario === 'spike' ? 0.25 : 0;
    const audience = record.audience ?? {};
    return {
      platform,
      key,
      seed,
      scenario,
      externalId: record.externalId ?? `sim-${seed.toString(36)}`,
      displayName: record.influencer.displayName,
      bio: record.bio ?? null,
      url: record.url ?? null,
      verified: record.verified ?? false,
      language,
      following: record.following ?? null,
      baseFollowers,
      basePostCount: record.postCount ?? POOL_SIZE,
      weeklyGrowth: Math.min(0.004, Math.max(-0.001, drawn.weeklyGrowth)),
      // Between a post every ~20 hours and one every five days.
      postGapMs: DAY_MS * (0.8 + 4 * unit(seed, 2)),
      pool,
      audience:
        botShare > 0 ? { ...audience, countries: blendCountries(audience.countries, botShare) } : audience,
      followerSample: record.followerSample ?? [],
    };
  }
}
