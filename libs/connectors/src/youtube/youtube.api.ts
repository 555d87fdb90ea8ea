/**
 * The parts of YouTube Data API v3 responses we read (developers.google.com/youtube/v3/docs).
 * Every field is optional: the API omits parts and statistics it will not show (hidden likes,
 * disabled comments, hidden subscriber counts), and counts are uint64 encoded as decimal strings.
 */

export interface YtChannel {
  id: string;
  snippet?: {
    title?: string;
    description?: string;
    /** The handle with '@' (`@lenakocht`), or a legacy custom URL; absent for channels without one. */
    customUrl?: string;
    publishedAt?: string;
    country?: string;
  };
  statistics?: {
    viewCount?: string;
    /** Absent when hiddenSubscriberCount is true; rounded to three significant digits otherwise. */
    subscriberCount?: string;
    hiddenSubscriberCount?: boolean;
    videoCount?: string;
  };
  contentDetails?: { relatedPlaylists?: { uploads?: string } };
}

export interface YtChannelListResponse {
  items?: YtChannel[];
  pageInfo?: { totalResults?: number };
}

export interface YtPlaylistItem {
  contentDetails?: { videoId?: string; videoPublishedAt?: string };
}

export interface YtPlaylistItemListResponse {
  items?: YtPlaylistItem[];
  nextPageToken?: string;
}

export interface YtVideo {
  id: string;
  snippet?: {
    publishedAt?: string;
    title?: string;
    description?: string;
    tags?: string[];
    /** 'none' | 'live' | 'upcoming'. */
    liveBroadcastContent?: string;
  };
  statistics?: { viewCount?: string; likeCount?: string; commentCount?: string };
  /** ISO 8601 duration (`PT1M3S`; `P0D` while live). */
  contentDetails?: { duration?: string };
  /** Present only for live broadcasts (and premieres), past or present. */
  liveStreamingDetails?: { actualStartTime?: string; actualEndTime?: string; scheduledStartTime?: string };
}

export interface YtVideoListResponse {
  items?: YtVideo[];
}

/** Google's JSON error envelope (developers.google.com/youtube/v3/docs/errors). */
export interface YtErrorBody {
  error?: {
    code?: number;
    message?: string;
    status?: string;
    errors?: { reason?: string; domain?: string; message?: string }[];
    details?: { '@type'?: string; reason?: string }[];
  };
}
