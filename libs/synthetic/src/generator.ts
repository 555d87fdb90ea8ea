import type { ImportRecord } from '@fitscout/catalogue';
import { buildAudience } from './audience';
import { type CreatorProfile, drawCreator } from './creator';
import { HandleRegistry } from './handles';
import { buildFollowerSample, buildSnapshots } from './history';
import { accountId, accountKey } from './ids';
import { LOCALES } from './locales';
import { PLATFORM_MODELS } from './platforms';
import { buildPosts, POST_WINDOW_DAYS } from './posts';
import { fmix32, Rng } from './prng';
import { DAY_MS, isoSeconds } from './time';

// Aliased once: under Jest's vm sandbox each `Math.x` is a slow global lookup.
const { ceil, imul, max, min, round } = Math;

export interface CatalogueOptions {
  /** Same seed (and options) → byte-identical output. Any 32-bit integer. */
  seed: number;
  /** How many lines to produce; see `countBy`. */
  count: number;
  /** 'accounts' (default): exactly `count` lines. 'creators': `count` creators, ~15% more lines. */
  countBy?: 'accounts' | 'creators';
  /** Recent posts per account (0–100, the import's maximum): 3 for the benchmark, ~12 for the demo. */
  postsPerAccount: number;
  /** The moment the catalogue describes; posts, snapshots and audiences are dated before it. */
  now: Date;
  /** Older metric snapshots per account (default 0). */
  snapshots?: number;
  /** Days between snapshots (default 7). */
  snapshotIntervalDays?: number;
  /** Sampled followers per account (default 0: none). */
  followerSampleSize?: number;
  /** Average share of fake-looking followers in samples (default 0.08; varies per creator). */
  fakeFollowerShare?: number;
  /** Share of creators with a second account on another platform (default 0.15). */
  multiAccountShare?: number;
  /** Share of accounts with audience demographics (default 0.9: not every creator shares insights). */
  audienceCoverage?: number;
  /** Handles the generator must not hand out (e.g. ones a scripted-anomaly connector will add). */
  reservedHandles?: Iterable<string>;
  /**
   * Called with each sampled creator; return a changed profile (or mutate and return nothing) to script
   * single creators. Drawn randomness is per creator, so overriding one never changes the others.
   * Handles set here are not checked for uniqueness: reserve them via `reservedHandles`.
   */
  overrideProfile?: (profile: CreatorProfile) => CreatorProfile | void;
}

// Streams per creator (see Rng.derive): independent, so e.g. adding snapshots never changes posts.
const STREAM = { profile: 1, account: 2, posts: 3, audience: 4, snapshots: 5, followers: 6 } as const;

function check(condition: boolean, message: string): void {
  if (!condition) throw new RangeError(`generateCatalogue: ${message}`);
}

const isCount = (v: number, max: number) => Number.isInteger(v) && v >= 0 && v <= max;

function validate(o: CatalogueOptions): void {
  check(Number.isInteger(o.seed), 'seed must be an integer');
  check(isCount(o.count, 1e9), 'count must be a whole number ≥ 0');
  check(isCount(o.postsPerAccount, 100), 'postsPerAccount must be 0–100');
  check(o.now instanceof Date && !Number.isNaN(o.now.getTime()), 'now must be a valid Date');
  check(isCount(o.snapshots ?? 0, 399), 'snapshots must be 0–399');
  check((o.snapshotIntervalDays ?? 7) > 0, 'snapshotIntervalDays must be > 0');
  check(isCount(o.followerSampleSize ?? 0, 5000), 'followerSampleSize must be 0–5000');
  for (const [name, v] of [
    ['fakeFollowerShare', o.fakeFollowerShare],
    ['multiAccountShare', o.multiAccountShare],
    ['audienceCoverage', o.audienceCoverage],
  ] as const) {
    check(v === undefined || (v >= 0 && v <= 1), `${name} must be 0–1`);
  }
}

const cityTags = new Map<string, string>();

/** Location hashtag as people type it: lower case, umlauts kept, no spaces or dots ("frankfurtoder"). */
function cityHashtag(city: string): string {
  let tag = cityTags.get(city);
  if (tag === undefined) cityTags.set(city, (tag = city.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')));
  return tag;
}

/** Posting cadence seen in the recent posts, for back-casting postCount in older snapshots. */
function postsPerWeek(posts: readonly { publishedAt: string }[], nowMs: number): number {
  if (posts.length < 2) return 2;
  const spanDays = (nowMs - Date.parse(posts[posts.length - 1].publishedAt)) / DAY_MS;
  return min(30, (posts.length / max(spanDays, 1)) * 7);
}

/** Lines for one creator (one per account), primary account first. */
function buildRecords(profile: CreatorProfile, o: CatalogueOptions, seedMix: number): ImportRecord[] {
  const nowMs = o.now.getTime();
  const locale = LOCALES[profile.locale];
  const cityTag = cityHashtag(profile.city);
  const capturedAt = isoSeconds(nowMs);
  const secondVocabulary = profile.languages.includes('en') ? locale.secondLanguageVocabulary : null;
  const records: ImportRecord[] = [];

  profile.accounts.forEach((account, slot) => {
    const model = PLATFORM_MODELS[account.platform];
    const derive = (stream: number) => Rng.derive(o.seed, stream * 4 + slot, profile.index);
    const rng = derive(STREAM.account);
    const key = accountKey(seedMix, profile.index * 2 + slot);
    const following = model.following
      ? min(model.following.max, round(rng.logNormal(model.following.median, model.following.sigma)))
      : undefined;
    const postCount = max(o.postsPerAccount, round(rng.logNormal(model.postCountMedian, 0.9)));
    const hasAudience = rng.chance(o.audienceCoverage ?? 0.9);

    const posts = buildPosts(
      derive(STREAM.posts),
      {
        profile,
        account,
        model,
        vocabulary: locale.vocabulary,
        secondVocabulary,
        cityTag,
        names: locale.names,
        accountKey: key,
        nowMs,
      },
      o.postsPerAccount,
    );
    const lastPostedAt =
      posts.length > 0 ? posts[0].publishedAt : isoSeconds(nowMs - rng.exponential(5) * DAY_MS);
    const snapshots = o.snapshots ?? 0;

    records.push({
      platform: account.platform,
      externalId: accountId(model.accountId, key, rng),
      handle: account.handle,
      url: model.profileUrl(account.handle),
      followers: account.followers,
      following,
      postCount,
      verified: account.verified,
      bio: profile.bio,
      status: account.status,
      lastPostedAt,
      capturedAt,
      influencer: {
        key: profile.key,
        displayName: profile.displayName,
        bio: profile.bio,
        languages: profile.languages,
        country: profile.country,
        region: profile.region,
        categories: profile.categories,
      },
      posts,
      audience: hasAudience
        ? buildAudience(derive(STREAM.audience), profile, account, locale, nowMs)
        : undefined,
      metrics:
        snapshots > 0
          ? buildSnapshots(
              derive(STREAM.snapshots),
              { followers: account.followers, following, postCount },
              profile.weeklyGrowth,
              postsPerWeek(posts, nowMs),
              snapshots,
              o.snapshotIntervalDays ?? 7,
              nowMs,
            )
          : undefined,
      followerSample:
        (o.followerSampleSize ?? 0) > 0
          ? buildFollowerSample(
              derive(STREAM.followers),
              o.followerSampleSize ?? 0,
              profile.fakeFollowerShare,
            )
          : undefined,
    });
  });
  return records;
}

/**
 * Streams a deterministic synthetic catalogue, one `ImportRecord` per platform account. Nothing is kept
 * per record; memory is the handle filter (~24 bits per handle, ≈ 4 MB for a million accounts).
 */
export function* generateCatalogue(options: CatalogueOptions): Generator<ImportRecord, void, undefined> {
  validate(options);
  const byCreators = options.countBy === 'creators';
  const registry = new HandleRegistry(ceil(options.count * 1.2) + 16);
  for (const handle of options.reservedHandles ?? []) registry.add(handle.toLowerCase());
  const seedMix = fmix32(imul(options.seed, 0x9e3779b1) ^ 0x7feb352d);
  const creatorOptions = {
    seed: options.seed,
    multiAccountShare: options.multiAccountShare ?? 0.15,
    fakeFollowerShare: options.fakeFollowerShare ?? 0.08,
  };

  let lines = 0;
  for (let index = 0; byCreators ? index < options.count : lines < options.count; index++) {
    let profile = drawCreator(
      Rng.derive(options.seed, STREAM.profile, index),
      index,
      registry,
      creatorOptions,
    );
    if (options.overrideProfile) profile = options.overrideProfile(profile) ?? profile;
    for (const record of buildRecords(profile, options, seedMix)) {
      // With countBy 'accounts' the last creator's second account may be cut to hit the count exactly.
      if (!byCreators && lines >= options.count) return;
      lines++;
      yield record;
    }
  }
}

export { POST_WINDOW_DAYS };
