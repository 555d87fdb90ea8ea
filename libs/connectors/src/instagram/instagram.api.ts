/**
 * The parts of Instagram Graph API answers we read: the IG User `business_discovery` field
 * (developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/business_discovery)
 * and IG Media fields. Owners can hide like counts; the API then leaves `like_count` out.
 */

export interface IgMedia {
  id: string;
  caption?: string;
  comments_count?: number;
  like_count?: number;
  /** IMAGE | VIDEO | CAROUSEL_ALBUM */
  media_type?: string;
  /** AD | FEED | STORY | REELS */
  media_product_type?: string;
  permalink?: string;
  /** ISO 8601 with a `+0000` offset. */
  timestamp?: string;
}

export interface IgBusinessDiscovery {
  id: string;
  username?: string;
  name?: string;
  biography?: string;
  followers_count?: number;
  follows_count?: number;
  media_count?: number;
  profile_picture_url?: string;
  website?: string;
  media?: { data?: IgMedia[] };
}

export interface IgDiscoveryResponse {
  business_discovery?: IgBusinessDiscovery;
  id?: string;
}

/** Graph API error envelope (developers.facebook.com/docs/graph-api/guides/error-handling). */
export interface IgErrorBody {
  error?: {
    message?: string;
    type?: string;
    code?: number;
    error_subcode?: number;
    is_transient?: boolean;
    error_user_title?: string;
    error_user_msg?: string;
    fbtrace_id?: string;
  };
}

export const IG_PROFILE_FIELDS = [
  'id',
  'username',
  'name',
  'biography',
  'followers_count',
  'follows_count',
  'media_count',
  'profile_picture_url',
  'website',
] as const;

/** `comments_count` is the documented IG Media field name (not `comment_count`). */
export const IG_MEDIA_FIELDS = [
  'id',
  'caption',
  'comments_count',
  'like_count',
  'media_type',
  'media_product_type',
  'permalink',
  'timestamp',
] as const;
