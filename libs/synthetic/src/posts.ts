import type { Category, ImportPost, PostKind } from '@fitscout/catalogue';
import { BRANDS } from './brands';
import type { AccountProfile, CreatorProfile } from './creator';
import { postId } from './ids';
import { type NamePool, toHandlePart } from './names';
import type { KindModel, PlatformModel } from './platforms';
import { noiseTable, type Rng } from './prng';
import { DAY_MS, isoSeconds } from './time';
import type { LanguageVocabulary } from './vocabulary.types';

// Aliased once: under Jest's vm sandbox each `Math.x` is a slow global lookup.
const { max, min, round } = Math;

/** Posts fall within this many days before `now`: inside the scoring window (180 days) with margin. */
export const POST_WINDOW_DAYS = 120;

// Per-post spread of views and likes around the creator's typical value (log-space sigma). Reddit
// upvotes swing far more: a post either hits the front of a subreddit or it does not.
const VIEW_NOISE = noiseTable(0.5);
const LIKE_NOISE = noiseTable(0.45);
const REDDIT_NOISE = noiseTable(1);

export interface PostContext {
  profile: CreatorProfile;
  account: AccountProfile;
  model: PlatformModel;
  vocabulary: LanguageVocabulary;
  /** English for bilingual German/French creators, else null. */
  secondVocabulary: LanguageVocabulary | null;
  /** Location hashtag (lower case, umlauts kept as people type them: köln, münchen). */
  cityTag: string;
  /** For mentions of other (invented) creators. */
  names: NamePool;
  /** Account key from ids.ts: post ids derive from it. */
  accountKey: number;
  nowMs: number;
}

/**
 * Sponsored-post disclosure, weighted: most paid posts carry a label and the platform flag, some only one
 * of them, a few neither (hidden ads: brand mention and discount code only) — the compliance checks need
 * all four cases.
 */
type Disclosure = 'labelAndFlag' | 'labelOnly' | 'flagOnly' | 'hidden';
function drawDisclosure(rng: Rng): Disclosure {
  const r = rng.float();
  return r < 0.78 ? 'labelAndFlag' : r < 0.9 ? 'labelOnly' : r < 0.96 ? 'flagOnly' : 'hidden';
}

/** Newest first: the newest sits `lastGap` before now, the rest spread over the creator's active span. */
function drawTimes(rng: Rng, count: number, nowMs: number): number[] {
  const lastGap = min(rng.exponential(2.5 * DAY_MS), 30 * DAY_MS) + rng.range(0.5, 6) * 3_600_000;
  const span = max(lastGap + DAY_MS, rng.range(0.2, 1) * POST_WINDOW_DAYS * DAY_MS);
  const times: number[] = [];
  const newest = nowMs - lastGap;
  for (let i = 0; i < count; i++) times[i] = i === 0 ? newest : nowMs - rng.range(lastGap, span);
  // isoSeconds() drops the milliseconds later: whole seconds, like platform APIs report them.
  // Insertion sort, newest first: a dozen items, where Array#sort's comparator calls dominate.
  for (let i = 1; i < count; i++) {
    const t = times[i];
    let j = i - 1;
    for (; j >= 0 && times[j] < t; j--) times[j + 1] = times[j];
    times[j + 1] = t;
  }
  return times;
}

function pushUnique(list: string[], tag: string): void {
  if (!list.includes(tag)) list.push(tag);
}

function drawHashtags(
  rng: Rng,
  ctx: PostContext,
  kind: PostKind,
  vocab: LanguageVocabulary,
  category: Category,
) {
  const [min, max] = ctx.model.hashtags;
  const n = rng.int(min, max);
  const tags: string[] = [];
  if (n === 0) return tags;
  const topic = vocab.topics[category];
  if (ctx.model.platform === 'tiktok' && rng.chance(0.5))
    pushUnique(tags, rng.chance(0.7) ? 'fyp' : 'foryou');
  if (kind === 'short' && rng.chance(0.7)) pushUnique(tags, 'shorts');
  if (kind === 'reel' && rng.chance(0.3)) pushUnique(tags, 'reels');
  if (rng.chance(0.15)) pushUnique(tags, rng.pick(topic.camelTags));
  if (rng.chance(0.25)) pushUnique(tags, ctx.cityTag);
  if (rng.chance(0.2)) pushUnique(tags, rng.pick(vocab.genericTags));
  // Topic tags fill the rest; the pool is finite, so stop after a few misses instead of looping.
  for (let misses = 0; tags.length < n && misses < 6;) {
    const before = tags.length;
    pushUnique(tags, rng.pick(topic.tags));
    if (tags.length === before) misses++;
  }
  return tags;
}

/** Checked per sentence (flat literals): `includes` on the concatenated caption would flatten it first. */
const fillCity = (line: string, city: string) =>
  line.includes('{city}') ? line.replace('{city}', city) : line;

/** Two different sentences of the topic, or one; `{city}` filled in. */
function captionLines(
  rng: Rng,
  vocab: LanguageVocabulary,
  category: Category,
  city: string,
  two: boolean,
): string {
  const lines = vocab.topics[category].lines;
  const first = rng.int(0, lines.length - 1);
  const text = fillCity(lines[first], city);
  // Offset by 1..n-1 so the second sentence never repeats the first.
  return two
    ? `${text} ${fillCity(lines[(first + rng.int(1, lines.length - 1)) % lines.length], city)}`
    : text;
}

export function buildPosts(rng: Rng, ctx: PostContext, count: number): ImportPost[] {
  const { profile, account, model } = ctx;
  const times = drawTimes(rng, count, ctx.nowMs);
  const posts: ImportPost[] = [];
  const followers = account.followers;
  // Larger accounts engage a smaller share of followers (power law in size, per 1k followers).
  const size = max(followers, 100) / 1000;
  const feedSize = size ** -0.2;
  const viewSize = size ** -0.12;
  const hidesLikes = model.hideableLikes && profile.hidesLikes;

  for (let i = 0; i < count; i++) {
    const kindModel: KindModel = rng.weighted(model.kinds);
    const kind = kindModel.kind;
    const vocab = ctx.secondVocabulary !== null && rng.chance(0.2) ? ctx.secondVocabulary : ctx.vocabulary;
    const category = rng.chance(0.6) ? profile.categories[0] : rng.pick(profile.categories);
    const sponsored = model.paid && kind !== 'story' && rng.chance(profile.sponsorRate);
    const disclosure = sponsored ? drawDisclosure(rng) : null;
    const id = postId(model, kind, ctx.accountKey, i);
    const mentions: string[] = [];
    let caption: string;
    let hashtags: string[];

    if (kind === 'story') {
      caption = rng.pick(vocab.storyCaptions);
      hashtags = rng.chance(0.2) ? [ctx.cityTag] : [];
    } else {
      hashtags = drawHashtags(rng, ctx, kind, vocab, category);
      let text = '';
      if (rng.chance(0.3)) text += `${rng.pick(vocab.openers)} `;
      text += captionLines(rng, vocab, category, profile.city, model.platform !== 'x' && rng.chance(0.35));
      if (disclosure !== null) {
        const brand = rng.pick(BRANDS[category]);
        mentions.push(brand);
        const code = `${profile.firstName.toUpperCase().replace(/[^A-Z]/g, '') || 'CODE'}${rng.int(10, 25)}`;
        const line = disclosure === 'hidden' ? vocab.sponsorLines[2] : rng.pick(vocab.sponsorLines);
        text += ` ${line.replace('{brand}', brand).replace('{code}', code)}`;
        if (disclosure === 'labelAndFlag' || disclosure === 'labelOnly') {
          // Labels appear either as a caption prefix or as the first hashtag, as creators do both.
          if (rng.chance(0.6)) text = rng.pick(vocab.paidPrefixes) + text;
          else hashtags.unshift(rng.pick(vocab.paidTags));
        }
      } else if (vocab.unpaidLabels.length > 0 && rng.chance(0.02)) {
        const brand = rng.pick(BRANDS[category]);
        mentions.push(brand);
        text += ` @${brand} ${rng.pick(vocab.unpaidLabels)}`;
      } else if (rng.chance(0.08)) {
        const names = ctx.names;
        const first = toHandlePart(rng.pick(rng.chance(0.5) ? names.female : names.male));
        const friend = `${first}${rng.pick(['.', '_', ''])}${toHandlePart(rng.pick(names.family))}`;
        mentions.push(friend);
        text += ` 📸 @${friend}`;
      }
      if (model.platform !== 'x' && rng.chance(0.4)) text += `\n\n${rng.pick(vocab.closers)}`;
      if (hashtags.length > 0) {
        text += `\n\n#${hashtags[0]}`;
        for (let t = 1; t < hashtags.length; t++) text += ` #${hashtags[t]}`;
      }
      caption = text;
    }

    let views: number | undefined;
    if (kindModel.viewRate !== null) {
      views = round(
        followers * kindModel.viewRate * viewSize * (sponsored ? 0.85 : 1) * rng.fromTable(VIEW_NOISE),
      );
    }
    let likes: number | null | undefined;
    let comments: number | undefined;
    let shares: number | undefined;
    let saves: number | undefined;
    if (kindModel.interactions) {
      const noise =
        (sponsored ? 0.75 : 1) * rng.fromTable(model.platform === 'reddit' ? REDDIT_NOISE : LIKE_NOISE);
      const raw =
        views !== undefined
          ? views * kindModel.likeRate * profile.engagement * noise
          : followers * kindModel.likeRate * feedSize * profile.engagement * noise;
      const trueLikes = round(raw);
      const [lo, hi] = model.likesPerComment;
      comments = round(trueLikes / rng.range(lo, hi));
      if (model.shares && rng.chance(model.shares.p))
        shares = round(trueLikes * rng.range(model.shares.min, model.shares.max));
      if (model.saves && rng.chance(model.saves.p))
        saves = round(trueLikes * rng.range(model.saves.min, model.saves.max));
      const hidden = model.hideableLikes && (hidesLikes ? rng.chance(0.9) : rng.chance(0.01));
      likes = hidden ? null : trueLikes;
    }

    posts[i] = {
      externalId: id,
      kind,
      publishedAt: isoSeconds(times[i]),
      caption,
      hashtags: hashtags.length > 0 ? hashtags : undefined,
      mentions: mentions.length > 0 ? mentions : undefined,
      likes,
      comments,
      shares,
      saves,
      views,
      isPaidPartnership: disclosure === 'labelAndFlag' || disclosure === 'flagOnly',
      url: model.postUrl(account.handle, kind, id),
    };
  }
  return posts;
}
