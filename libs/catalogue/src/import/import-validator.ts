import {
  ACCOUNT_STATUSES,
  AGE_BANDS,
  CATEGORIES,
  GENDERS,
  PLATFORMS,
  POST_KINDS,
} from '../catalogue.constants';
import type { ImportRecord } from './import-record';

/** One reason a line was rejected: reported with its line number while the valid lines go in. */
export interface ImportRowError {
  line: number;
  field: string;
  reason: string;
}

export const IMPORT_LIMITS = {
  maxPosts: 100,
  maxSnapshots: 400,
  maxFollowerSample: 5000,
  maxText: 10_000,
  maxTags: 60,
} as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const HANDLE = /^[a-z0-9._-]{1,100}$/;
const LANGUAGE = /^[a-z]{2}$/;
const COUNTRY = /^[A-Z]{2}$/;

type Obj = Record<string, unknown>;

/**
 * Hand-written (not class-validator) because it runs on millions of lines: every field is checked
 * for type, range and enum; the first problem per field is reported, all fields are checked.
 * Returns a normalised record (handles lower-cased, '@'/'#' stripped) or the errors.
 */
export function validateImportRecord(
  raw: unknown,
  line: number,
): { record: ImportRecord | null; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const fail = (field: string, reason: string) => errors.push({ line, field, reason });
  if (!isObj(raw))
    return { record: null, errors: [{ line, field: '(line)', reason: 'must be a JSON object' }] };

  const platform = oneOf(raw.platform, PLATFORMS, 'platform', fail, true);
  const handle = str(raw.handle, 'handle', fail, { required: true, max: 101 })
    ?.replace(/^@/, '')
    .toLowerCase();
  if (handle !== undefined && !HANDLE.test(handle))
    fail('handle', 'must be 1–100 characters of a-z, 0-9, . _ -');
  const externalId = str(raw.externalId, 'externalId', fail, { max: 100 });
  const followers = int(raw.followers, 'followers', fail, true);
  const influencer = validateInfluencer(raw.influencer, fail);
  const record: ImportRecord = {
    platform: platform!,
    handle: handle!,
    externalId,
    url: url(raw.url, 'url', fail),
    followers: followers!,
    following: int(raw.following, 'following', fail),
    postCount: int(raw.postCount, 'postCount', fail),
    verified: bool(raw.verified, 'verified', fail),
    bio: str(raw.bio, 'bio', fail, { max: IMPORT_LIMITS.maxText }),
    status: oneOf(raw.status, ACCOUNT_STATUSES, 'status', fail),
    lastPostedAt: date(raw.lastPostedAt, 'lastPostedAt', fail),
    capturedAt: date(raw.capturedAt, 'capturedAt', fail),
    influencer: influencer!,
    posts: arr(raw.posts, 'posts', fail, IMPORT_LIMITS.maxPosts)?.map((p, i) =>
      validatePost(p, `posts[${i}]`, fail),
    ),
    audience: validateAudience(raw.audience, fail),
    metrics: arr(raw.metrics, 'metrics', fail, IMPORT_LIMITS.maxSnapshots)?.map((m, i) => {
      const f = `metrics[${i}]`;
      if (!isObj(m)) return void fail(f, 'must be an object') as never;
      return {
        capturedAt: date(m.capturedAt, `${f}.capturedAt`, fail, true)!,
        followers: int(m.followers, `${f}.followers`, fail, true)!,
        following: int(m.following, `${f}.following`, fail),
        postCount: int(m.postCount, `${f}.postCount`, fail),
      };
    }),
    followerSample: arr(raw.followerSample, 'followerSample', fail, IMPORT_LIMITS.maxFollowerSample)?.map(
      (s, i) => {
        const f = `followerSample[${i}]`;
        if (!isObj(s)) return void fail(f, 'must be an object') as never;
        return {
          posts: int(s.posts, `${f}.posts`, fail, true)!,
          followers: int(s.followers, `${f}.followers`, fail, true)!,
          following: int(s.following, `${f}.following`, fail, true)!,
          hasProfilePicture: bool(s.hasProfilePicture, `${f}.hasProfilePicture`, fail, true)!,
          isPrivate: bool(s.isPrivate, `${f}.isPrivate`, fail, true)!,
          usernameLength: int(s.usernameLength, `${f}.usernameLength`, fail, true)!,
          digitsInUsername: int(s.digitsInUsername, `${f}.digitsInUsername`, fail, true)!,
        };
      },
    ),
  };
  const known = new Set(Object.keys(record).concat('externalId'));
  for (const key of Object.keys(raw)) if (!known.has(key)) fail(key, 'is not a known field');
  return errors.length > 0 ? { record: null, errors } : { record, errors };
}

type Fail = (field: string, reason: string) => void;

function validateInfluencer(raw: unknown, fail: Fail): ImportRecord['influencer'] | undefined {
  if (!isObj(raw)) return void fail('influencer', 'is required and must be an object');
  const languages = strArr(raw.languages, 'influencer.languages', fail, 10);
  languages?.forEach(
    (l, i) => LANGUAGE.test(l) || fail(`influencer.languages[${i}]`, 'must be an ISO 639-1 code like "de"'),
  );
  const country = str(raw.country, 'influencer.country', fail, { max: 2 });
  if (country !== undefined && !COUNTRY.test(country))
    fail('influencer.country', 'must be an ISO 3166-1 alpha-2 code like "DE"');
  const categories = strArr(raw.categories, 'influencer.categories', fail, CATEGORIES.length);
  categories?.forEach(
    (c, i) =>
      (CATEGORIES as readonly string[]).includes(c) ||
      fail(`influencer.categories[${i}]`, `must be one of: ${CATEGORIES.join(', ')}`),
  );
  return {
    key: str(raw.key, 'influencer.key', fail, { max: 200 }),
    displayName: str(raw.displayName, 'influencer.displayName', fail, { required: true, max: 200 })!,
    bio: str(raw.bio, 'influencer.bio', fail, { max: IMPORT_LIMITS.maxText }),
    languages,
    country,
    region: str(raw.region, 'influencer.region', fail, { max: 100 }),
    categories: categories as ImportRecord['influencer']['categories'],
  };
}

function validatePost(raw: unknown, f: string, fail: Fail): NonNullable<ImportRecord['posts']>[number] {
  if (!isObj(raw)) return void fail(f, 'must be an object') as never;
  return {
    externalId: str(raw.externalId, `${f}.externalId`, fail, { required: true, max: 100 })!,
    kind: oneOf(raw.kind, POST_KINDS, `${f}.kind`, fail, true)!,
    publishedAt: date(raw.publishedAt, `${f}.publishedAt`, fail, true)!,
    caption: str(raw.caption, `${f}.caption`, fail, { max: IMPORT_LIMITS.maxText }),
    hashtags: strArr(raw.hashtags, `${f}.hashtags`, fail, IMPORT_LIMITS.maxTags)?.map((h) =>
      h.replace(/^#/, ''),
    ),
    mentions: strArr(raw.mentions, `${f}.mentions`, fail, IMPORT_LIMITS.maxTags)?.map((m) =>
      m.replace(/^@/, ''),
    ),
    likes: nullableInt(raw.likes, `${f}.likes`, fail),
    comments: nullableInt(raw.comments, `${f}.comments`, fail),
    shares: nullableInt(raw.shares, `${f}.shares`, fail),
    saves: nullableInt(raw.saves, `${f}.saves`, fail),
    views: nullableInt(raw.views, `${f}.views`, fail, Number.MAX_SAFE_INTEGER),
    isPaidPartnership: bool(raw.isPaidPartnership, `${f}.isPaidPartnership`, fail),
    url: url(raw.url, `${f}.url`, fail),
  };
}

function validateAudience(raw: unknown, fail: Fail): ImportRecord['audience'] {
  if (raw === undefined || raw === null) return undefined;
  if (!isObj(raw)) return void fail('audience', 'must be an object') as never;
  return {
    countries: shares(raw.countries, 'audience.countries', fail, (k) => COUNTRY.test(k)),
    languages: shares(raw.languages, 'audience.languages', fail, (k) => LANGUAGE.test(k)),
    ageBands: shares(raw.ageBands, 'audience.ageBands', fail, (k) =>
      (AGE_BANDS as readonly string[]).includes(k),
    ),
    genders: shares(raw.genders, 'audience.genders', fail, (k) => (GENDERS as readonly string[]).includes(k)),
    sampleSize: int(raw.sampleSize, 'audience.sampleSize', fail),
    capturedAt: date(raw.capturedAt, 'audience.capturedAt', fail),
  };
}

function shares(
  raw: unknown,
  f: string,
  fail: Fail,
  keyOk: (k: string) => boolean,
): Record<string, number> | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!isObj(raw)) return void fail(f, 'must be an object of shares') as never;
  let sum = 0;
  for (const [k, v] of Object.entries(raw)) {
    if (!keyOk(k)) fail(`${f}.${k}`, 'is not a valid key');
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) fail(`${f}.${k}`, 'must be a share between 0 and 1');
    else sum += v;
  }
  // Rounded shares may add up to slightly more than 1.
  if (sum > 1.02) fail(f, `shares add up to ${sum.toFixed(3)}, more than 1`);
  return raw as Record<string, number>;
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function str(v: unknown, f: string, fail: Fail, o: { required?: boolean; max: number }): string | undefined {
  if (v === undefined || v === null || v === '') return o.required ? void fail(f, 'is required') : undefined;
  if (typeof v !== 'string') return void fail(f, 'must be a string');
  if (v.length > o.max) return void fail(f, `must be at most ${o.max} characters`);
  return v;
}

function int(v: unknown, f: string, fail: Fail, required = false, max = 2_147_483_647): number | undefined {
  if (v === undefined || v === null) return required ? void fail(f, 'is required') : undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) {
    return void fail(f, `must be a whole number from 0 to ${max}`);
  }
  return v;
}

function nullableInt(v: unknown, f: string, fail: Fail, max?: number): number | null | undefined {
  return v === null ? null : int(v, f, fail, false, max);
}

function bool(v: unknown, f: string, fail: Fail, required = false): boolean | undefined {
  if (v === undefined || v === null) return required ? void fail(f, 'is required') : undefined;
  if (typeof v !== 'boolean') return void fail(f, 'must be true or false');
  return v;
}

function date(v: unknown, f: string, fail: Fail, required = false): string | undefined {
  if (v === undefined || v === null) return required ? void fail(f, 'is required') : undefined;
  if (typeof v !== 'string' || !ISO_DATE.test(v) || Number.isNaN(Date.parse(v))) {
    return void fail(f, 'must be an ISO 8601 date-time');
  }
  return v;
}

function url(v: unknown, f: string, fail: Fail): string | undefined {
  const s = str(v, f, fail, { max: 500 });
  if (s !== undefined && !/^https?:\/\/\S+$/.test(s)) return void fail(f, 'must be an http(s) URL');
  return s;
}

function oneOf<T extends string>(
  v: unknown,
  allowed: readonly T[],
  f: string,
  fail: Fail,
  required = false,
): T | undefined {
  if (v === undefined || v === null) return required ? void fail(f, 'is required') : undefined;
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v))
    return void fail(f, `must be one of: ${allowed.join(', ')}`);
  return v as T;
}

function arr(v: unknown, f: string, fail: Fail, max: number): unknown[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) return void fail(f, 'must be an array');
  if (v.length > max) return void fail(f, `must have at most ${max} items`);
  return v;
}

function strArr(v: unknown, f: string, fail: Fail, max: number): string[] | undefined {
  const a = arr(v, f, fail, max);
  if (a === undefined) return undefined;
  if (!a.every((x) => typeof x === 'string' && x.length > 0 && x.length <= 100)) {
    return void fail(f, 'must be an array of non-empty strings (at most 100 characters each)');
  }
  return a as string[];
}
