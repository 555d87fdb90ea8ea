import type {
  AccountData,
  AccountRef,
  Clock,
  FetchPostsOptions,
  PostMetrics,
  ProfileMetrics,
} from '../connector.types';
import { DEFAULT_POST_LIMIT } from '../connector.types';
import {
  AccountNotFoundError,
  ConnectorErrorCode,
  ConnectorRequestError,
  TransientConnectorError,
} from '../errors/connector-errors';
import { asRecord, endpoint, getJson } from '../http/http-json';
import { ProfileAndPostsConnector } from '../profile-and-posts.connector';
import { normalizeHandle } from '../text/caption-entities';
import type {
  YtChannel,
  YtChannelListResponse,
  YtPlaylistItemListResponse,
  YtVideoListResponse,
} from './youtube.api';
import { classifyYouTubeError } from './youtube.errors';
import { toPost, toProfile } from './youtube.mapping';

export interface YouTubeConnectorOptions {
  apiKey: string | null;
  /** e.g. https://www.googleapis.com/youtube/v3 */
  baseUrl: string;
  timeoutMs: number;
  clock?: Clock;
}

/**
 * One page of playlistItems + one videos.list: a refresh costs 3 quota units (channels, playlistItems,
 * videos; 1 unit each) of the default 10,000 a day, whatever the limit.
 */
export const YOUTUBE_MAX_POSTS = 50;

/**
 * YouTube Data API v3 with an API key (public data only). Audience, follower samples and comments are
 * not offered: demographics need the owner's OAuth consent (YouTube Analytics API), subscriber lists are
 * private, and comment threads would cost quota per video.
 */
export class YouTubeConnector extends ProfileAndPostsConnector {
  readonly platform = 'youtube' as const;
  readonly source = 'youtube-data-api-v3' as const;

  constructor(private readonly options: YouTubeConnectorOptions) {
    super(options.apiKey ? null : 'YOUTUBE_API_KEY is not set', options.clock);
  }

  async fetchProfile(ref: AccountRef): Promise<ProfileMetrics> {
    const channel = await this.channel(ref);
    return toProfile(channel, ref.handle, this.clock());
  }

  async fetchRecentPosts(ref: AccountRef, options: FetchPostsOptions = {}): Promise<PostMetrics[]> {
    return this.posts(await this.channel(ref), options.limit);
  }

  /** One channels.list shared by profile and posts. */
  async fetchAccount(ref: AccountRef, options: FetchPostsOptions = {}): Promise<AccountData> {
    const channel = await this.channel(ref);
    const posts = await this.posts(channel, options.limit);
    const fetchedAt = this.clock();
    return this.accountData(toProfile(channel, ref.handle, fetchedAt), posts, fetchedAt);
  }

  /** By channel id when known (stable), else by handle (`forHandle`, which accepts the '@' form). */
  private async channel(ref: AccountRef): Promise<YtChannel> {
    this.assertEnabled();
    const lookup: Record<string, string> = ref.externalId
      ? { id: ref.externalId }
      : ref.handle && normalizeHandle(ref.handle)
        ? { forHandle: `@${normalizeHandle(ref.handle)}` }
        : {};
    if (Object.keys(lookup).length === 0) {
      throw new ConnectorRequestError(this.platform, 'An account ref needs a handle or an externalId');
    }
    const body = await this.get<YtChannelListResponse>('channels', 'channels.list', {
      part: 'snippet,statistics,contentDetails',
      ...lookup,
    });
    // An unknown, deleted or terminated channel is not an HTTP error here: the list is simply empty.
    // The Data API does not tell terminated from deleted, so both imply `deleted`.
    const channel = body.items?.[0];
    if (!channel || typeof channel.id !== 'string') {
      const what = ref.externalId
        ? `channel ${ref.externalId}`
        : `handle @${normalizeHandle(ref.handle ?? '')}`;
      throw new AccountNotFoundError(this.platform, `YouTube channels.list: no ${what}`, {
        httpStatus: 200,
        upstreamReason: 'emptyResult',
      });
    }
    return channel;
  }

  private async posts(channel: YtChannel, limit = DEFAULT_POST_LIMIT): Promise<PostMetrics[]> {
    const max = Math.min(YOUTUBE_MAX_POSTS, Math.max(1, Math.floor(limit)));
    const uploads = channel.contentDetails?.relatedPlaylists?.uploads;
    if (!uploads) return [];
    let items: YtPlaylistItemListResponse;
    try {
      items = await this.get<YtPlaylistItemListResponse>('playlistItems', 'playlistItems.list', {
        part: 'contentDetails',
        playlistId: uploads,
        maxResults: String(max),
      });
    } catch (error) {
      // A channel that never uploaded has an uploads playlist id that does not resolve.
      if (error instanceof AccountNotFoundError && error.upstreamReason === 'playlistNotFound') return [];
      throw error;
    }
    const ids = (items.items ?? [])
      .map((item) => item.contentDetails?.videoId)
      .filter((id): id is string => typeof id === 'string' && id.length > 0);
    if (ids.length === 0) return [];
    const videos = await this.get<YtVideoListResponse>('videos', 'videos.list', {
      part: 'snippet,statistics,contentDetails,liveStreamingDetails',
      // No maxResults here: the API does not support it together with `id`.
      id: ids.join(','),
    });
    // Private and deleted uploads stay in the playlist but videos.list leaves them out.
    return (videos.items ?? [])
      .map(toPost)
      .filter((post): post is PostMetrics => post !== null)
      .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())
      .slice(0, max);
  }

  private async get<T>(path: string, operation: string, query: Record<string, string>): Promise<T> {
    const url = endpoint(this.options.baseUrl, path, { ...query, key: this.options.apiKey ?? '' });
    const response = await getJson(url, {
      platform: this.platform,
      timeoutMs: this.options.timeoutMs,
      operation,
    });
    if (response.status < 200 || response.status >= 300) {
      throw classifyYouTubeError(response, operation, this.clock());
    }
    const body = asRecord(response.body);
    if (!body || (body.items !== undefined && !Array.isArray(body.items))) {
      throw new TransientConnectorError(
        ConnectorErrorCode.BadResponse,
        this.platform,
        `YouTube ${operation}: unreadable response body`,
        { httpStatus: response.status },
      );
    }
    return body as T;
  }
}
