import type { PostKind } from '@fitscout/scoring';
import { asCount } from '../http/http-json';
import type { PostMetrics, ProfileMetrics } from '../connector.types';
import { extractHashtags, extractMentions, normalizeHandle } from '../text/caption-entities';
import type { YtChannel, YtVideo } from './youtube.api';

/**
 * Shorts detection. The Data API has no "is short" flag, so we go by duration: up to 60 s a vertical
 * upload was always a Short; since October 2024 Shorts may run up to 3 minutes, but so do many ordinary
 * videos, so between 61 and 180 s we only call it a Short when the creator tags it #shorts (YouTube's own
 * convention). Everything longer is a video.
 */
export const SHORT_MAX_SECONDS = 60;
export const TAGGED_SHORT_MAX_SECONDS = 180;

/** Seconds of an ISO 8601 duration as YouTube writes them (`PT1H2M3S`, `P1DT2H`, `P0D`); null if unreadable. */
export function parseIsoDuration(value: string | undefined): number | null {
  if (!value) return null;
  const match = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value);
  if (!match || value === 'P' || value.endsWith('T')) return null;
  const [, w, d, h, m, s] = match.map((part) => (part === undefined ? 0 : Number(part)));
  return (((w * 7 + d) * 24 + h) * 60 + m) * 60 + s;
}

export function videoKind(video: YtVideo, hashtags: readonly string[]): PostKind {
  const live = video.snippet?.liveBroadcastContent;
  // liveStreamingDetails stays on the video after the broadcast ends, so past streams count too.
  if (video.liveStreamingDetails || live === 'live' || live === 'upcoming') return 'livestream';
  const seconds = parseIsoDuration(video.contentDetails?.duration);
  if (seconds === null || seconds === 0) return 'video';
  if (seconds <= SHORT_MAX_SECONDS) return 'short';
  const taggedShort = hashtags.some((tag) => tag.toLowerCase() === 'shorts');
  return taggedShort && seconds <= TAGGED_SHORT_MAX_SECONDS ? 'short' : 'video';
}

/** Title and description together: YouTube shows hashtags from both, and the title is the "caption". */
function captionOf(video: YtVideo): string | null {
  const title = video.snippet?.title?.trim() ?? '';
  const description = video.snippet?.description?.trim() ?? '';
  const text = [title, description].filter((part) => part.length > 0).join('\n\n');
  return text.length > 0 ? text : null;
}

/** null when the video cannot be dated (then it cannot be scored either) or has not aired yet. */
export function toPost(video: YtVideo): PostMetrics | null {
  if (video.snippet?.liveBroadcastContent === 'upcoming') return null;
  const publishedAt = Date.parse(video.snippet?.publishedAt ?? '');
  if (Number.isNaN(publishedAt)) return null;
  const caption = captionOf(video);
  const hashtags = extractHashtags(caption);
  const kind = videoKind(video, hashtags);
  const stats = video.statistics ?? {};
  return {
    externalId: video.id,
    kind,
    publishedAt: new Date(publishedAt),
    caption,
    hashtags,
    mentions: extractMentions(video.snippet?.description),
    // Absent statistics are hidden ones (likes hidden by the creator, comments turned off): null, not 0.
    likes: asCount(stats.likeCount),
    comments: asCount(stats.commentCount),
    shares: null,
    saves: null,
    views: asCount(stats.viewCount),
    // paidProductPlacementDetails is readable by the video owner only.
    isPaidPartnership: null,
    url:
      kind === 'short'
        ? `https://www.youtube.com/shorts/${video.id}`
        : `https://www.youtube.com/watch?v=${video.id}`,
  };
}

export function toProfile(
  channel: YtChannel,
  requestedHandle: string | undefined,
  now: Date,
): ProfileMetrics {
  const customUrl = channel.snippet?.customUrl?.trim();
  // customUrl is the handle for channels that have one; legacy custom URLs have no '@' and are not handles.
  const handle = customUrl?.startsWith('@')
    ? normalizeHandle(customUrl)
    : requestedHandle
      ? normalizeHandle(requestedHandle)
      : channel.id.toLowerCase();
  const stats = channel.statistics ?? {};
  return {
    externalId: channel.id,
    handle,
    displayName: channel.snippet?.title?.trim() || null,
    url: customUrl?.startsWith('@')
      ? `https://www.youtube.com/${customUrl}`
      : `https://www.youtube.com/channel/${channel.id}`,
    followers: stats.hiddenSubscriberCount ? null : asCount(stats.subscriberCount),
    // YouTube does not publish how many channels a channel subscribes to.
    following: null,
    postCount: asCount(stats.videoCount),
    verified: null,
    bio: channel.snippet?.description?.trim() || null,
    fetchedAt: now,
  };
}
