import type { Category, Platform, PostKind } from '@fitscout/catalogue';
import { type WeightedTable, weightedTable } from './prng';

/**
 * How each platform behaves: audience size, post formats, what it makes public and how engagement scales.
 * Rates are calibrated against public benchmark ranges (e.g. Instagram likes/followers ~4–5% for 1k accounts,
 * ~1–2% for 100k+; TikTok views often exceed followers for small creators).
 */
export interface KindModel {
  kind: PostKind;
  /** Views ÷ followers at 1k followers; `null` when the platform shows no views for this format. */
  viewRate: number | null;
  /** Likes ÷ views for viewed formats; otherwise likes ÷ followers at 1k followers. */
  likeRate: number;
  /** Stories expose neither likes nor comments publicly. */
  interactions: boolean;
}

export interface PlatformModel {
  readonly platform: Platform;
  /** Share among primary accounts before category affinity. */
  readonly weight: number;
  /** Median followers (log-normal); small communities (Reddit, Twitch) sit lower. */
  readonly followerMedian: number;
  readonly kinds: WeightedTable<KindModel>;
  readonly maxHandle: number;
  readonly minHandle: number;
  /** X, Twitch and Reddit allow no dots in usernames. */
  readonly dots: boolean;
  /** `null` where the platform does not show whom an account follows (YouTube, Twitch, pages, Reddit). */
  readonly following: { median: number; sigma: number; max: number } | null;
  readonly postCountMedian: number;
  readonly hashtags: readonly [min: number, max: number];
  /** Likes ÷ comments range (the brief's 30–60 for feed platforms; discussion platforms comment more). */
  readonly likesPerComment: readonly [min: number, max: number];
  /** Probability a post reports shares / saves, and their size relative to likes. */
  readonly shares: { p: number; min: number; max: number } | null;
  readonly saves: { p: number; min: number; max: number } | null;
  /** Creators can hide like counts (Instagram, Facebook). */
  readonly hideableLikes: boolean;
  /** Sponsored content is common enough to model (not on Reddit user profiles). */
  readonly paid: boolean;
  readonly profileUrl: (handle: string) => string;
  readonly postUrl: (handle: string, kind: PostKind, id: string) => string;
  readonly accountId: IdStyle;
  readonly postId: (kind: PostKind) => IdStyle;
}

export type IdStyle =
  | { style: 'numeric'; prefix: string; tailDigits: number }
  | { style: 'code'; prefix: string; length: number }
  | { style: 'base36'; prefix: string };

const kinds = (rows: ReadonlyArray<readonly [KindModel, number]>) => weightedTable(rows);
const k = (kind: PostKind, viewRate: number | null, likeRate: number, interactions = true): KindModel => ({
  kind,
  viewRate,
  likeRate,
  interactions,
});
const numeric = (prefix: string, tailDigits: number): IdStyle => ({ style: 'numeric', prefix, tailDigits });
const code = (prefix: string, length: number): IdStyle => ({ style: 'code', prefix, length });

export const PLATFORM_MODELS: Readonly<Record<Platform, PlatformModel>> = {
  instagram: {
    platform: 'instagram',
    weight: 36,
    followerMedian: 9_000,
    kinds: kinds([
      [k('post', null, 0.045), 45],
      [k('reel', 0.6, 0.06), 45],
      [k('story', 0.08, 0, false), 10],
    ]),
    maxHandle: 30,
    minHandle: 3,
    dots: true,
    following: { median: 650, sigma: 0.8, max: 7_500 },
    postCountMedian: 450,
    hashtags: [3, 12],
    likesPerComment: [30, 60],
    shares: { p: 0.4, min: 0.01, max: 0.05 },
    saves: { p: 0.5, min: 0.02, max: 0.12 },
    hideableLikes: true,
    paid: true,
    profileUrl: (h) => `https://www.instagram.com/${h}/`,
    postUrl: (h, kind, id) =>
      kind === 'story'
        ? `https://www.instagram.com/stories/${h}/${id}/`
        : `https://www.instagram.com/${kind === 'reel' ? 'reel' : 'p'}/${id}/`,
    accountId: numeric('', 0),
    postId: (kind) => (kind === 'story' ? numeric('3', 8) : code('', 11)),
  },
  tiktok: {
    platform: 'tiktok',
    weight: 24,
    followerMedian: 12_000,
    kinds: kinds([[k('video', 1.2, 0.065), 1]]),
    maxHandle: 24,
    minHandle: 2,
    dots: true,
    following: { median: 250, sigma: 1, max: 10_000 },
    postCountMedian: 280,
    hashtags: [3, 6],
    likesPerComment: [40, 60],
    shares: { p: 1, min: 0.01, max: 0.08 },
    saves: { p: 0.6, min: 0.02, max: 0.08 },
    hideableLikes: false,
    paid: true,
    profileUrl: (h) => `https://www.tiktok.com/@${h}`,
    postUrl: (h, _kind, id) => `https://www.tiktok.com/@${h}/video/${id}`,
    accountId: numeric('68', 7),
    postId: () => numeric('7', 8),
  },
  youtube: {
    platform: 'youtube',
    weight: 16,
    followerMedian: 6_000,
    kinds: kinds([
      [k('video', 0.3, 0.035), 45],
      [k('short', 0.8, 0.03), 45],
      [k('livestream', 0.05, 0.06), 10],
    ]),
    maxHandle: 30,
    minHandle: 3,
    dots: true,
    following: null,
    postCountMedian: 180,
    hashtags: [0, 3],
    likesPerComment: [20, 50],
    shares: null,
    saves: null,
    hideableLikes: false,
    paid: true,
    profileUrl: (h) => `https://www.youtube.com/@${h}`,
    postUrl: (_h, kind, id) =>
      kind === 'short'
        ? `https://www.youtube.com/shorts/${id}`
        : kind === 'livestream'
          ? `https://www.youtube.com/live/${id}`
          : `https://www.youtube.com/watch?v=${id}`,
    accountId: code('UC', 22),
    postId: () => code('', 11),
  },
  x: {
    platform: 'x',
    weight: 7,
    followerMedian: 3_000,
    kinds: kinds([
      [k('post', null, 0.008), 85],
      [k('video', 0.3, 0.02), 15],
    ]),
    maxHandle: 15,
    minHandle: 4,
    dots: false,
    following: { median: 450, sigma: 1, max: 50_000 },
    postCountMedian: 4_000,
    hashtags: [0, 2],
    likesPerComment: [15, 40],
    shares: { p: 1, min: 0.1, max: 0.25 },
    saves: { p: 0.3, min: 0.02, max: 0.1 },
    hideableLikes: false,
    paid: true,
    profileUrl: (h) => `https://x.com/${h}`,
    postUrl: (h, _kind, id) => `https://x.com/${h}/status/${id}`,
    accountId: numeric('1', 0),
    postId: () => numeric('1', 8),
  },
  twitch: {
    platform: 'twitch',
    weight: 4,
    followerMedian: 2_000,
    kinds: kinds([
      [k('livestream', 0.04, 0.05), 70],
      [k('video', 0.1, 0.04), 30],
    ]),
    maxHandle: 25,
    minHandle: 4,
    dots: false,
    following: null,
    postCountMedian: 150,
    hashtags: [0, 2],
    likesPerComment: [5, 20],
    shares: null,
    saves: null,
    hideableLikes: false,
    paid: true,
    profileUrl: (h) => `https://www.twitch.tv/${h}`,
    postUrl: (_h, _kind, id) => `https://www.twitch.tv/videos/${id}`,
    accountId: numeric('', 0),
    postId: () => numeric('2', 2),
  },
  facebook: {
    platform: 'facebook',
    weight: 6,
    followerMedian: 5_000,
    kinds: kinds([
      [k('post', null, 0.01), 70],
      [k('video', 0.2, 0.03), 20],
      [k('reel', 0.4, 0.03), 10],
    ]),
    maxHandle: 50,
    minHandle: 5,
    dots: true,
    following: null,
    postCountMedian: 900,
    hashtags: [0, 3],
    likesPerComment: [20, 50],
    shares: { p: 0.9, min: 0.05, max: 0.2 },
    saves: null,
    hideableLikes: true,
    paid: true,
    profileUrl: (h) => `https://www.facebook.com/${h}`,
    postUrl: (h, kind, id) =>
      kind === 'reel'
        ? `https://www.facebook.com/reel/${id}`
        : `https://www.facebook.com/${h}/${kind === 'video' ? 'videos' : 'posts'}/${id}`,
    accountId: numeric('1000', 0),
    postId: () => numeric('', 5),
  },
  linkedin: {
    platform: 'linkedin',
    weight: 4,
    followerMedian: 3_000,
    kinds: kinds([
      [k('post', null, 0.025), 85],
      [k('video', 0.15, 0.04), 15],
    ]),
    maxHandle: 30,
    minHandle: 3,
    dots: true,
    following: { median: 600, sigma: 0.7, max: 30_000 },
    postCountMedian: 150,
    hashtags: [2, 5],
    likesPerComment: [10, 25],
    shares: { p: 0.8, min: 0.02, max: 0.06 },
    saves: null,
    hideableLikes: false,
    paid: true,
    profileUrl: (h) => `https://www.linkedin.com/in/${h}/`,
    postUrl: (_h, _kind, id) => `https://www.linkedin.com/feed/update/urn:li:activity:${id}/`,
    accountId: code('ACoAA', 20),
    postId: () => numeric('7', 8),
  },
  reddit: {
    platform: 'reddit',
    weight: 3,
    followerMedian: 900,
    kinds: kinds([[k('post', null, 0.25), 1]]),
    maxHandle: 20,
    minHandle: 3,
    dots: false,
    following: null,
    postCountMedian: 350,
    hashtags: [0, 0],
    likesPerComment: [3, 10],
    shares: null,
    saves: null,
    hideableLikes: false,
    paid: false,
    profileUrl: (h) => `https://www.reddit.com/user/${h}/`,
    postUrl: (h, _kind, id) => `https://www.reddit.com/user/${h}/comments/${id}/`,
    accountId: { style: 'base36', prefix: 't2_' },
    postId: () => ({ style: 'base36', prefix: '' }),
  },
};

/** Where creators of a category gather, as multipliers on the base platform weights. */
const AFFINITY: Partial<Record<Category, Partial<Record<Platform, number>>>> = {
  gaming: { twitch: 6, youtube: 2, tiktok: 1.2, linkedin: 0.1, facebook: 0.5 },
  politics: { x: 3, facebook: 2, linkedin: 1.5, instagram: 0.9, twitch: 0.3 },
  labour: { facebook: 2.5, x: 2, linkedin: 2, twitch: 0.2 },
  technology: { youtube: 2, linkedin: 3, x: 2, reddit: 2 },
  finance: { linkedin: 3, youtube: 2, x: 1.5 },
  fashion: { instagram: 1.5, tiktok: 1.5, x: 0.3, linkedin: 0.1, reddit: 0.3, twitch: 0.1 },
  beauty: { instagram: 1.5, tiktok: 1.5, youtube: 1.3, x: 0.3, linkedin: 0.1, reddit: 0.3, twitch: 0.1 },
  education: { linkedin: 2, facebook: 1.5, twitch: 0.3 },
  food: { instagram: 1.3, youtube: 1.3, twitch: 0.2 },
  family: { facebook: 1.5, instagram: 1.3, twitch: 0.2, reddit: 0.5 },
  health: { facebook: 1.3, linkedin: 1.5 },
  environment: { instagram: 1.2, x: 1.3 },
};

const PLATFORM_LIST = Object.keys(PLATFORM_MODELS) as Platform[];

function platformTable(category: Category, exclude?: Platform): WeightedTable<Platform> {
  const affinity = AFFINITY[category] ?? {};
  return weightedTable(
    PLATFORM_LIST.map(
      (p) => [p, p === exclude ? 0 : PLATFORM_MODELS[p].weight * (affinity[p] ?? 1)] as const,
    ),
  );
}

const primaryTables = new Map<Category, WeightedTable<Platform>>();
const secondaryTables = new Map<string, WeightedTable<Platform>>();

/** Tables are built lazily and cached: 16 categories × 8 exclusions at most. */
export function platformsFor(category: Category, exclude?: Platform): WeightedTable<Platform> {
  if (exclude === undefined) {
    let table = primaryTables.get(category);
    if (!table) primaryTables.set(category, (table = platformTable(category)));
    return table;
  }
  const key = `${category}:${exclude}`;
  let table = secondaryTables.get(key);
  if (!table) secondaryTables.set(key, (table = platformTable(category, exclude)));
  return table;
}
