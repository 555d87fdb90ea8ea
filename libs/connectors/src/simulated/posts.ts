import type { Platform } from '@fitscout/scoring';
import type { PostMetrics } from '../connector.types';
import type { Persona, PoolPost } from './persona';
import { mix, stream, unit } from './seed';
import { engagementMaturity, organicFollowersAt, slotTime, viewMaturity } from './timeline';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Slots are numbered around the anchor; the offset keeps them positive for the id encodings. */
const SLOT_OFFSET = 1_000_000;

function b64(value: number, chars: number): string {
  let out = '';
  let v = value;
  for (let i = 0; i < chars; i++) {
    out += B64[v % 64];
    v = Math.floor(v / 64);
  }
  return out;
}

/**
 * Platform-looking post ids, unique per account by construction: an account part from the seed and a
 * slot part through a bijection (odd multiplier mod 2^30, or a multiplier coprime to 10 mod 10^10).
 */
export function simulatedPostId(platform: Platform, seed: number, slot: number): string {
  const idSeed = mix(seed, 0x1d5);
  const n = slot + SLOT_OFFSET;
  switch (platform) {
    case 'youtube':
      return b64(idSeed, 5) + b64((Math.imul(n, 0x2545f491) + idSeed) & 0x3fffffff, 6);
    case 'reddit':
    case 'linkedin':
      return (idSeed % 1e6).toString(36) + ((n * 7_654_321 + 12_345) % 36 ** 5).toString(36).padStart(5, '0');
    default:
      return `${17 + (idSeed % 3)}${String(idSeed % 1e7).padStart(7, '0')}${String((n * 7_654_321 + idSeed) % 1e10).padStart(10, '0')}`;
  }
}

const scale = (value: number | null, factor: number): number | null =>
  value === null ? null : Math.max(0, Math.round(value * factor));

/**
 * The post in slot `k` as seen at `now`: content from the pool, engagement scaled to the followers the
 * account had when it was published, grown with the post's age, and bent by the scenario.
 */
export function slotPost(persona: Persona, k: number, now: number): PostMetrics {
  const template: PoolPost =
    persona.pool[((k % persona.pool.length) + persona.pool.length) % persona.pool.length];
  const publishedAt = slotTime(persona, k);
  const age = now - publishedAt;
  const noiseSeed = stream(persona.seed, 'postNoise');
  // ±25% per slot, so the same template does not repeat its numbers every cycle.
  const noise = Math.exp(0.5 * (unit(noiseSeed, k) - 0.5));
  const audience = (organicFollowersAt(persona, publishedAt) / persona.baseFollowers) * noise;
  const interactions = audience * engagementMaturity(age);
  let likes = scale(template.likes, interactions);
  let comments = scale(template.comments, interactions);
  let views = scale(template.views, audience * viewMaturity(age));

  if (persona.scenario === 'pod') {
    // Pods trade comments: a handful of likes per comment instead of dozens.
    likes = scale(likes, 1.3);
    const perComment = 2 + 2 * unit(noiseSeed, k + 0x50d);
    const base = likes ?? scale(template.comments, interactions * 25) ?? 0;
    comments = Math.round(base / perComment);
  } else if (persona.scenario === 'dead') {
    views = scale(views, 0.15);
  }

  const externalId = simulatedPostId(persona.platform, persona.seed, k);
  return {
    externalId,
    kind: template.kind,
    publishedAt: new Date(Math.floor(publishedAt / 1000) * 1000),
    caption: template.caption,
    hashtags: [...template.hashtags],
    mentions: [...template.mentions],
    likes,
    comments,
    shares: scale(template.shares, interactions),
    saves: scale(template.saves, interactions),
    views,
    isPaidPartnership: template.isPaidPartnership,
    url: template.url ? template.url.split(template.templateId).join(externalId) : null,
  };
}
