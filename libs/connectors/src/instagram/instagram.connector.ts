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
  ConnectorErrorCode,
  ConnectorRequestError,
  TransientConnectorError,
} from '../errors/connector-errors';
import { asRecord, endpoint, getJson } from '../http/http-json';
import { ProfileAndPostsConnector } from '../profile-and-posts.connector';
import { normalizeHandle } from '../text/caption-entities';
import {
  type IgBusinessDiscovery,
  type IgDiscoveryResponse,
  IG_MEDIA_FIELDS,
  IG_PROFILE_FIELDS,
} from './instagram.api';
import { classifyInstagramError } from './instagram.errors';
import { toPost, toProfile } from './instagram.mapping';

export interface InstagramConnectorOptions {
  accessToken: string | null;
  /** Our own professional account: Business Discovery queries are made "as" this account. */
  businessAccountId: string | null;
  /** e.g. https://graph.facebook.com/v21.0 */
  graphBaseUrl: string;
  timeoutMs: number;
  clock?: Clock;
}

/** One page of the nested media edge; more would need cursor paging through the same field expansion. */
export const INSTAGRAM_MAX_POSTS = 50;

/** Instagram usernames: letters, digits, '.' and '_', at most 30. Also keeps the field expansion well-formed. */
const USERNAME = /^[a-z0-9._]{1,30}$/;

/**
 * Instagram Graph API Business Discovery: public figures of other professional (business/creator)
 * accounts, looked up by username. Personal and private accounts are not reachable (see
 * instagram.errors.ts for how that surfaces). Audience demographics need the owner's insights
 * permission; followers and comments of other accounts are not exposed.
 */
export class InstagramConnector extends ProfileAndPostsConnector {
  readonly platform = 'instagram' as const;
  readonly source = 'instagram-business-discovery' as const;

  constructor(private readonly options: InstagramConnectorOptions) {
    const missing = [
      options.accessToken ? null : 'INSTAGRAM_ACCESS_TOKEN',
      options.businessAccountId ? null : 'INSTAGRAM_BUSINESS_ACCOUNT_ID',
    ].filter((name): name is string => name !== null);
    super(
      missing.length === 0 ? null : `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set`,
      options.clock,
    );
  }

  async fetchProfile(ref: AccountRef): Promise<ProfileMetrics> {
    const handle = this.handleOf(ref);
    const discovery = await this.discover(handle, IG_PROFILE_FIELDS.join(','));
    return toProfile(discovery, handle, this.clock());
  }

  async fetchRecentPosts(ref: AccountRef, options: FetchPostsOptions = {}): Promise<PostMetrics[]> {
    const handle = this.handleOf(ref);
    const discovery = await this.discover(handle, `id,username,${this.mediaField(options.limit)}`);
    return this.postsOf(discovery);
  }

  /** Profile and media in a single Graph API call (one unit of the rate-limit budget). */
  async fetchAccount(ref: AccountRef, options: FetchPostsOptions = {}): Promise<AccountData> {
    const handle = this.handleOf(ref);
    const fields = `${IG_PROFILE_FIELDS.join(',')},${this.mediaField(options.limit)}`;
    const discovery = await this.discover(handle, fields);
    const fetchedAt = this.clock();
    return this.accountData(toProfile(discovery, handle, fetchedAt), this.postsOf(discovery), fetchedAt);
  }

  private handleOf(ref: AccountRef): string {
    this.assertEnabled();
    const handle = ref.handle ? normalizeHandle(ref.handle) : '';
    if (!handle) {
      throw new ConnectorRequestError(
        this.platform,
        'Business Discovery looks accounts up by username; the ref has none',
      );
    }
    if (!USERNAME.test(handle)) {
      throw new ConnectorRequestError(this.platform, `"${handle}" is not a valid Instagram username`);
    }
    return handle;
  }

  private mediaField(limit = DEFAULT_POST_LIMIT): string {
    const n = Math.min(INSTAGRAM_MAX_POSTS, Math.max(1, Math.floor(limit)));
    return `media.limit(${n}){${IG_MEDIA_FIELDS.join(',')}}`;
  }

  private postsOf(discovery: IgBusinessDiscovery): PostMetrics[] {
    const media = Array.isArray(discovery.media?.data) ? discovery.media.data : [];
    return media
      .map(toPost)
      .filter((post): post is PostMetrics => post !== null)
      .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
  }

  private async discover(handle: string, fields: string): Promise<IgBusinessDiscovery> {
    const url = endpoint(this.options.graphBaseUrl, this.options.businessAccountId ?? '', {
      fields: `business_discovery.username(${handle}){${fields}}`,
      access_token: this.options.accessToken ?? '',
    });
    const operation = 'business_discovery';
    const response = await getJson(url, {
      platform: this.platform,
      timeoutMs: this.options.timeoutMs,
      operation,
    });
    if (response.status < 200 || response.status >= 300) {
      throw classifyInstagramError(response, handle, this.clock());
    }
    const discovery = (asRecord(response.body) as IgDiscoveryResponse | undefined)?.business_discovery;
    if (!asRecord(discovery) || typeof discovery?.id !== 'string') {
      throw new TransientConnectorError(
        ConnectorErrorCode.BadResponse,
        this.platform,
        'Instagram business_discovery: response without business_discovery.id',
        { httpStatus: response.status },
      );
    }
    return discovery;
  }
}
