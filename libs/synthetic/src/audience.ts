import type { AgeBand, Category, Gender, ImportAudience, Platform } from '@fitscout/catalogue';
import type { AccountProfile, CreatorProfile } from './creator';
import type { Locale } from './locales';
import { noiseTable, type Rng } from './prng';
import { DAY_MS, isoSeconds } from './time';

// Aliased once: under Jest's vm sandbox each `Math.x` is a slow global lookup.
const { log10, max, min, round } = Math;

/** Local copies of the catalogue's enums (values): importing them would load its NestJS module. */
export const AGE_BAND_LIST = [
  '13-17',
  '18-24',
  '25-34',
  '35-44',
  '45-54',
  '55-64',
  '65+',
] as const satisfies readonly AgeBand[];
export const GENDER_LIST = ['female', 'male', 'other'] as const satisfies readonly Gender[];
// Compile-time check that no band or gender was added to the catalogue without being added here.
type Covers<All, Listed extends All> = [All] extends [Listed] ? true : never;
const _bands: Covers<AgeBand, (typeof AGE_BAND_LIST)[number]> = true;
const _genders: Covers<Gender, (typeof GENDER_LIST)[number]> = true;

/** Typical follower age mix per platform (public ad-reach reports, rounded). */
const AGE_BY_PLATFORM: Record<Platform, readonly number[]> = {
  instagram: [0.06, 0.3, 0.32, 0.17, 0.09, 0.04, 0.02],
  tiktok: [0.16, 0.38, 0.25, 0.11, 0.06, 0.03, 0.01],
  youtube: [0.08, 0.25, 0.27, 0.18, 0.12, 0.07, 0.03],
  x: [0.03, 0.2, 0.3, 0.21, 0.14, 0.08, 0.04],
  twitch: [0.12, 0.4, 0.3, 0.12, 0.04, 0.015, 0.005],
  facebook: [0.02, 0.1, 0.22, 0.22, 0.2, 0.14, 0.1],
  linkedin: [0, 0.15, 0.38, 0.25, 0.14, 0.06, 0.02],
  reddit: [0.05, 0.35, 0.33, 0.16, 0.07, 0.03, 0.01],
};

/** How a topic shifts the age mix (multipliers per band). */
const AGE_TILT: Partial<Record<Category, readonly number[]>> = {
  gaming: [1.6, 1.4, 1, 0.7, 0.5, 0.4, 0.3],
  beauty: [1.3, 1.3, 1.1, 0.8, 0.7, 0.6, 0.5],
  fashion: [1.3, 1.3, 1.1, 0.8, 0.7, 0.6, 0.5],
  politics: [0.5, 0.8, 1, 1.1, 1.3, 1.4, 1.4],
  labour: [0.4, 0.8, 1, 1.2, 1.3, 1.3, 1.1],
  family: [0.3, 0.6, 1.4, 1.5, 0.9, 0.7, 0.6],
  finance: [0.3, 1, 1.3, 1.2, 1, 0.8, 0.6],
  health: [0.5, 0.9, 1, 1.1, 1.2, 1.2, 1.1],
  education: [0.8, 0.9, 1.1, 1.2, 1.1, 0.9, 0.8],
};

/** Female share of a topic's audience. */
const FEMALE_AUDIENCE: Record<Category, number> = {
  beauty: 0.82,
  fashion: 0.75,
  family: 0.72,
  lifestyle: 0.65,
  health: 0.62,
  education: 0.62,
  food: 0.6,
  culture: 0.56,
  environment: 0.55,
  travel: 0.55,
  politics: 0.45,
  labour: 0.42,
  sport: 0.4,
  finance: 0.38,
  technology: 0.3,
  gaming: 0.28,
};

/** Typical share of followers living in the creator's own country (Austrians have many German followers). */
const HOME_SHARE: Record<string, number> = { DE: 0.78, AT: 0.55, GB: 0.62, US: 0.72, FR: 0.7 };
const MAIN_LANGUAGE_SHARE: Record<string, number> = { de: 0.86, en: 0.9, fr: 0.82 };

const units = new Int32Array(64);

/**
 * Rounds weights to shares in thousandths that add up to exactly 1000 (into `units`), so the shares sum
 * to 1 and never exceed it: each is rounded, and the rounding residual (at most half a unit per key)
 * goes to the largest share, which is far bigger than the residual.
 */
function roundShares(weights: ArrayLike<number>, n: number): Int32Array {
  let total = 0;
  for (let i = 0; i < n; i++) total += weights[i];
  let used = 0;
  let largest = 0;
  for (let i = 0; i < n; i++) {
    const u = round((weights[i] / total) * 1000);
    units[i] = u;
    used += u;
    if (u > units[largest]) largest = i;
  }
  units[largest] += 1000 - used;
  return units;
}

/** Shares keyed by `keys` (zero shares dropped): countries and languages, whose keys vary by locale. */
export function toShares(keys: readonly string[], weights: ArrayLike<number>): Record<string, number> {
  const u = roundShares(weights, keys.length);
  const out: Record<string, number> = {};
  for (let i = 0; i < keys.length; i++) if (u[i] > 0) out[keys[i]] = u[i] / 1000;
  return out;
}

const clamp = (v: number, lo: number, hi: number) => min(hi, max(lo, v));

/** Per-locale key lists, built once: the home country/language first, then the foreign ones. */
const keyCache = new Map<Locale, { countries: string[]; languages: string[] }>();
function localeKeys(locale: Locale, mainLanguage: string) {
  let keys = keyCache.get(locale);
  if (!keys) {
    keys = {
      countries: [locale.country, ...locale.foreignAudience.map(([c]) => c)],
      languages: [locale.vocabulary.language, ...locale.foreignLanguages.map(([l]) => l)],
    };
    keyCache.set(locale, keys);
  }
  if (mainLanguage === keys.languages[0]) return keys;
  // An override changed the main language: it takes the first slot, the locale's language its old one.
  const home = keys.languages[0];
  return {
    countries: keys.countries,
    languages: [mainLanguage, ...keys.languages.slice(1).map((l) => (l === mainLanguage ? home : l))],
  };
}

const weights = new Float64Array(64);
const SHARE_NOISE = noiseTable(0.5);
const AGE_NOISE = noiseTable(0.25);

/** Distributes `rest` over the foreign entries in proportion to their (noisy) weights. */
function spread(
  rows: ReadonlyArray<readonly [string, number]>,
  rest: number,
  boost: readonly string[],
  rng: Rng,
) {
  let total = 0;
  for (let i = 0; i < rows.length; i++) {
    // A creator who also speaks Turkish reaches more Turkish speakers.
    const w = rows[i][1] * (boost.includes(rows[i][0]) ? 4 : 1) * rng.fromTable(SHARE_NOISE);
    weights[i + 1] = w;
    total += w;
  }
  for (let i = 1; i <= rows.length; i++) weights[i] = (rest * weights[i]) / total;
}

export function buildAudience(
  rng: Rng,
  profile: CreatorProfile,
  account: AccountProfile,
  locale: Locale,
  nowMs: number,
): ImportAudience {
  const mainLanguage = profile.languages[0] ?? locale.vocabulary.language;
  const keys = localeKeys(locale, mainLanguage);

  // Bigger accounts reach further abroad.
  const reach = 0.04 * log10(max(account.followers, 1_000) / 10_000);
  const home = clamp((HOME_SHARE[locale.country] - reach) * rng.noise(0.12), 0.3, 0.95);
  weights[0] = home;
  spread(locale.foreignAudience, 1 - home, [], rng);
  const countries = toShares(keys.countries, weights);

  const mainShare = clamp((MAIN_LANGUAGE_SHARE[mainLanguage] ?? 0.85) * rng.noise(0.06), 0.5, 0.98);
  weights[0] = mainShare;
  spread(locale.foreignLanguages, 1 - mainShare, profile.languages, rng);
  const languages = toShares(keys.languages, weights);

  const main = profile.categories[0];
  const base = AGE_BY_PLATFORM[account.platform];
  const tilt = AGE_TILT[main];
  for (let i = 0; i < base.length; i++)
    weights[i] = base[i] * (tilt ? tilt[i] : 1) * rng.fromTable(AGE_NOISE);
  // Literal objects for the fixed key sets: one hidden class, much cheaper than keyed stores.
  const a = roundShares(weights, AGE_BAND_LIST.length);
  const ageBands = {
    '13-17': a[0] / 1000,
    '18-24': a[1] / 1000,
    '25-34': a[2] / 1000,
    '35-44': a[3] / 1000,
    '45-54': a[4] / 1000,
    '55-64': a[5] / 1000,
    '65+': a[6] / 1000,
  } satisfies Record<AgeBand, number>;

  const creatorPull = profile.gender === 'female' ? 0.06 : profile.gender === 'male' ? -0.06 : 0;
  const female = clamp(FEMALE_AUDIENCE[main] + creatorPull + rng.quickNormal() * 0.06, 0.05, 0.95);
  const other = rng.range(0.005, 0.025);
  weights[0] = female * (1 - other);
  weights[1] = (1 - female) * (1 - other);
  weights[2] = other;
  const g = roundShares(weights, 3);
  const genders = { female: g[0] / 1000, male: g[1] / 1000, other: g[2] / 1000 } satisfies Record<
    Gender,
    number
  >;

  return {
    countries,
    languages,
    ageBands,
    genders,
    sampleSize: min(account.followers, round(2_500 * rng.noise(0.5))),
    capturedAt: isoSeconds(nowMs - rng.range(0, 14) * DAY_MS),
  };
}
