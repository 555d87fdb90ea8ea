import type { AccountStatus, Category, Platform } from '@fitscout/catalogue';
import { claimHandle, drawHandle, fitHandle, type HandleParts, type HandleRegistry } from './handles';
import { LOCALE_MIX, type LocaleCode } from './locales';
import { toHandlePart } from './names';
import { PLATFORM_MODELS, platformsFor } from './platforms';
import { type Rng, weightedTable } from './prng';

// Aliased once: under Jest's vm sandbox each `Math.x` is a slow global lookup.
const { exp, log10, max, min, round, sqrt } = Math;

export type CreatorGender = 'female' | 'male' | 'other';

export interface AccountProfile {
  platform: Platform;
  handle: string;
  followers: number;
  status: AccountStatus;
  verified: boolean;
}

/**
 * Everything drawn about one creator before lines are written. Exposed so callers can override single
 * creators (see `CatalogueOptions.overrideProfile`) without forking the generator.
 */
export interface CreatorProfile {
  readonly index: number;
  /** `influencer.key`: groups the creator's accounts. */
  key: string;
  locale: LocaleCode;
  /** ISO 3166-1 alpha-2. */
  country: string;
  region: string;
  city: string;
  gender: CreatorGender;
  firstName: string;
  lastName: string;
  displayName: string;
  bio: string;
  /** ISO 639-1, first is the main content language. */
  languages: string[];
  categories: Category[];
  /** One or two accounts, on different platforms. */
  accounts: AccountProfile[];
  /** Share of (non-story) posts that are sponsored. */
  sponsorRate: number;
  /** Multiplies the platform's typical engagement; log-normal around 1. */
  engagement: number;
  /** Hides like counts on platforms that allow it. */
  hidesLikes: boolean;
  /** Weekly follower growth (0.004 = +0.4% a week), used for metric history. */
  weeklyGrowth: number;
  /** Share of fake-looking accounts among sampled followers. */
  fakeFollowerShare: number;
}

/** Topic mix: lifestyle-type topics dominate, but the customers' own topics (politics, labour…) are present. */
const CATEGORY_TABLE = weightedTable<Category>([
  ['lifestyle', 12],
  ['fashion', 9],
  ['food', 9],
  ['beauty', 8],
  ['sport', 8],
  ['travel', 7],
  ['family', 7],
  ['gaming', 6],
  ['technology', 6],
  ['environment', 6],
  ['health', 5],
  ['culture', 5],
  ['finance', 4],
  ['politics', 4],
  ['education', 4],
  ['labour', 3],
]);

/** Topics that go together; a related topic is three times as likely as a second or third category. */
const RELATED: Partial<Record<Category, readonly Category[]>> = {
  environment: ['politics', 'food', 'travel', 'lifestyle'],
  labour: ['politics', 'health', 'education'],
  education: ['family', 'politics', 'culture'],
  health: ['sport', 'food', 'labour'],
  sport: ['health', 'food', 'lifestyle'],
  fashion: ['beauty', 'lifestyle', 'travel'],
  beauty: ['fashion', 'lifestyle', 'health'],
  politics: ['environment', 'labour', 'education'],
  family: ['food', 'education', 'lifestyle'],
  food: ['lifestyle', 'travel', 'health'],
  travel: ['lifestyle', 'food', 'culture'],
  technology: ['gaming', 'finance', 'education'],
  culture: ['education', 'travel', 'lifestyle'],
  gaming: ['technology', 'culture'],
  finance: ['technology', 'family', 'lifestyle'],
  lifestyle: ['fashion', 'food', 'travel'],
};

const FEMALE_SHARE: Partial<Record<Category, number>> = {
  beauty: 0.85,
  fashion: 0.75,
  family: 0.7,
  gaming: 0.3,
  technology: 0.35,
  finance: 0.4,
  sport: 0.45,
};

const EMOJI: Record<Category, string> = {
  environment: '🌱',
  labour: '✊',
  education: '📚',
  health: '💙',
  sport: '🏃',
  fashion: '👗',
  beauty: '✨',
  politics: '🗳️',
  family: '👨‍👩‍👧',
  food: '🍳',
  travel: '✈️',
  technology: '💻',
  culture: '🎭',
  gaming: '🎮',
  finance: '📈',
  lifestyle: '🌿',
};

function drawCategories(rng: Rng): Category[] {
  const first = rng.weighted(CATEGORY_TABLE);
  const r = rng.float();
  const count = r < 0.5 ? 1 : r < 0.85 ? 2 : 3;
  const out: Category[] = [first];
  while (out.length < count) {
    const related = RELATED[first];
    const next = related && rng.chance(0.6) ? rng.pick(related) : rng.weighted(CATEGORY_TABLE);
    if (!out.includes(next)) out.push(next);
  }
  return out;
}

const capitalised = new Map<string, string>();
/** Memoised: the inputs come from the fixed vocabulary, so the cache stays small. */
function capitalise(s: string): string {
  let out = capitalised.get(s);
  if (out === undefined) capitalised.set(s, (out = s.charAt(0).toUpperCase() + s.slice(1)));
  return out;
}

/** Log-normal followers around the platform's median: most land in 1k–100k, with tails both ways. */
function drawFollowers(rng: Rng, platform: Platform): number {
  return max(12, round(rng.logNormal(PLATFORM_MODELS[platform].followerMedian, 1.45)));
}

/** Verification is rare below 100k and common for the biggest accounts (logistic in log10 followers). */
function drawVerified(rng: Rng, followers: number): boolean {
  const p = 1 / (1 + exp(-3 * (log10(max(followers, 1)) - 6)));
  return rng.chance(p);
}

function drawStatus(rng: Rng, platform: Platform): AccountStatus {
  const r = rng.float();
  // YouTube channels and Twitch streams cannot be private; Reddit profiles neither.
  if (r < 0.025)
    return platform === 'youtube' || platform === 'twitch' || platform === 'reddit' ? 'active' : 'private';
  if (r < 0.04) return 'pending';
  return 'active';
}

export interface DrawCreatorOptions {
  seed: number;
  multiAccountShare: number;
  fakeFollowerShare: number;
}

export function drawCreator(
  rng: Rng,
  index: number,
  registry: HandleRegistry,
  o: DrawCreatorOptions,
): CreatorProfile {
  const locale = rng.weighted(LOCALE_MIX);
  const vocabulary = locale.vocabulary;
  const region = rng.weighted(locale.regions);
  const city = rng.pick(region.cities);
  const categories = drawCategories(rng);
  const main = categories[0];

  const femaleShare = FEMALE_SHARE[main] ?? 0.55;
  const g = rng.float();
  const gender: CreatorGender = g < 0.02 ? 'other' : g < 0.02 + 0.98 * femaleShare ? 'female' : 'male';
  const firstPool =
    gender === 'male' || (gender === 'other' && rng.chance(0.5)) ? locale.names.male : locale.names.female;
  const firstName = rng.pick(firstPool);
  const lastName = rng.pick(locale.names.family);
  const topic = vocabulary.topics[main];

  const d = rng.float();
  const displayName =
    d < 0.7
      ? `${firstName} ${lastName}`
      : d < 0.8
        ? `${firstName} ${lastName.charAt(0)}.`
        : d < 0.88
          ? `${firstName} | ${capitalise(rng.pick(topic.bio))}`
          : d < 0.95
            ? `${firstName} ${lastName} ${EMOJI[main]}`
            : `${firstName} ${EMOJI[main]}`;

  const role = topic.role[gender === 'female' ? 0 : gender === 'male' ? 1 : 2];
  const template = rng.pick(vocabulary.bioIntros);
  const intro = template
    .replace('{role}', template.startsWith('{role}') ? capitalise(role) : role)
    .replace('{city}', city);
  let topics = capitalise(rng.pick(vocabulary.topics[main].bio));
  for (let c = 1; c < categories.length; c++) {
    topics +=
      (c === categories.length - 1 ? vocabulary.and : ', ') + rng.pick(vocabulary.topics[categories[c]].bio);
  }
  let bio = `${intro} | ${topics}`;
  if (rng.chance(0.5)) bio += ` | ${rng.pick(vocabulary.bioCalls)}`;

  const parts: HandleParts = {
    first: toHandlePart(firstName),
    last: toHandlePart(lastName),
    city: toHandlePart(city),
    topicWords: topic.handleWords,
    english: vocabulary.language === 'en',
  };
  const preferred = drawHandle(parts, rng);
  const platform = rng.weighted(platformsFor(main));
  const followers = drawFollowers(rng, platform);
  const accounts: AccountProfile[] = [
    {
      platform,
      handle: claimHandle(registry, PLATFORM_MODELS[platform], rng, parts, preferred),
      followers,
      status: drawStatus(rng, platform),
      verified: drawVerified(rng, followers),
    },
  ];
  if (rng.chance(o.multiAccountShare)) {
    const second = rng.weighted(platformsFor(main, platform));
    const model = PLATFORM_MODELS[second];
    // Creators mostly keep their handle across platforms; the same string on another platform is theirs.
    const same = fitHandle(preferred, model);
    const handle =
      same === accounts[0].handle && rng.chance(0.7)
        ? same
        : claimHandle(registry, model, rng, parts, preferred);
    const ratio = sqrt(model.followerMedian / PLATFORM_MODELS[platform].followerMedian);
    const secondFollowers = max(12, round(rng.logNormal(followers * 0.5 * ratio, 0.9)));
    accounts.push({
      platform: second,
      handle,
      followers: secondFollowers,
      status: drawStatus(rng, second),
      verified: accounts[0].verified ? rng.chance(0.6) : drawVerified(rng, secondFollowers),
    });
  }

  const doesAds = rng.chance(0.75);
  const sizeFactor = followers < 1_000 ? 0.3 : followers >= 10_000 ? 1.2 : 1;
  return {
    index,
    key: `syn-${(o.seed >>> 0).toString(36)}-${index}`,
    locale: locale.code,
    country: locale.country,
    region: region.name,
    city,
    gender,
    firstName,
    lastName,
    displayName,
    bio,
    languages: [...rng.weighted(locale.languageSets)],
    categories,
    accounts,
    sponsorRate: doesAds ? min(0.5, 0.17 * sizeFactor * rng.logNormal(1, 0.6)) : 0,
    engagement: rng.logNormal(1, 0.4),
    hidesLikes: rng.chance(0.03),
    weeklyGrowth: rng.normal() * 0.006 + (followers < 10_000 ? 0.008 : 0.004),
    fakeFollowerShare: min(0.9, o.fakeFollowerShare * rng.logNormal(1, 0.7)),
  };
}
