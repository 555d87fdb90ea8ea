import type { PostKind } from '@fitscout/scoring';
import type { PostMetrics, ProfileMetrics } from '../connector.types';
import { asCount } from '../http/http-json';
import { extractHashtags, extractMentions, normalizeHandle } from '../text/caption-entities';
import type { IgBusinessDiscovery, IgMedia } from './instagram.api';

export function mediaKind(media: IgMedia): PostKind {
  switch (media.media_product_type) {
    case 'REELS':
      return 'reel';
    case 'STORY':
      return 'story';
    case 'FEED':
    case 'AD':
      return 'post';
    default:
      // Older API versions omit the product type; every video uploaded since 2022 is a reel.
      return media.media_type === 'VIDEO' ? 'reel' : 'post';
  }
}

/** The Graph API writes `2024-05-01T12:00:00+0000`; the offset without a colon is not ISO 8601 proper. */
export function parseGraphTimestamp(value: string | undefined): Date | null {
  if (!value) return null;
  const ms = Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(ms) ? null : new Date(ms);
}

export function toPost(media: IgMedia): PostMetrics | null {
  const publishedAt = parseGraphTimestamp(media.timestamp);
  if (!publishedAt || typeof media.id !== 'string') return null;
  const caption = media.caption?.trim() || null;
  return {
    externalId: media.id,
    kind: mediaKind(media),
    publishedAt,
    caption,
    hashtags: extractHashtags(caption),
    // The API strips '@' from other accounts' captions unless the app user is an admin of the media,
    // so mentions are often lost on Instagram; we report the ones that survive.
    mentions: extractMentions(caption),
    // like_count is left out when the owner hides likes: null, never 0.
    likes: asCount(media.like_count),
    comments: asCount(media.comments_count),
    shares: null,
    saves: null,
    // Business Discovery exposes no view or play counts for other accounts.
    views: null,
    isPaidPartnership: null,
    url: media.permalink ?? null,
  };
}

export function toProfile(
  discovery: IgBusinessDiscovery,
  requestedHandle: string,
  now: Date,
): ProfileMetrics {
  const handle = normalizeHandle(discovery.username ?? requestedHandle);
  return {
    externalId: discovery.id,
    handle,
    displayName: discovery.name?.trim() || null,
    url: `https://www.instagram.com/${handle}/`,
    followers: asCount(discovery.followers_count),
    following: asCount(discovery.follows_count),
    postCount: asCount(discovery.media_count),
    verified: null,
    bio: discovery.biography?.trim() || null,
    fetchedAt: now,
  };
}
