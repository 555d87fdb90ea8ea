import type { Platform } from '@fitscout/scoring';
import type {
  AccountData,
  AccountRef,
  AudienceData,
  Clock,
  CommentSample,
  ConnectorCapabilities,
  ConnectorSource,
  FetchPostsOptions,
  FollowerSampleData,
  PlatformConnector,
  PostMetrics,
  ProfileMetrics,
} from './connector.types';
import { ConnectorDisabledError } from './errors/connector-errors';

/**
 * What the live connectors share: the public APIs we use offer a profile and recent posts of other accounts,
 * never their audience, followers or comments (those answer null), and a connector without credentials is
 * disabled and says why on every call.
 */
export abstract class ProfileAndPostsConnector implements PlatformConnector {
  abstract readonly platform: Platform;
  abstract readonly source: ConnectorSource;
  readonly capabilities: ConnectorCapabilities = { audience: false, followerSample: false, comments: false };
  readonly enabled: boolean;
  protected readonly clock: Clock;

  protected constructor(
    /** Why the connector is disabled (missing credentials), or null when it is usable. */
    readonly disabledReason: string | null,
    clock: Clock | undefined,
  ) {
    this.enabled = disabledReason === null;
    this.clock = clock ?? (() => new Date());
  }

  abstract fetchProfile(ref: AccountRef): Promise<ProfileMetrics>;
  abstract fetchRecentPosts(ref: AccountRef, options?: FetchPostsOptions): Promise<PostMetrics[]>;
  abstract fetchAccount(ref: AccountRef, options?: FetchPostsOptions): Promise<AccountData>;

  async fetchAudience(_ref: AccountRef): Promise<AudienceData | null> {
    this.assertEnabled();
    return null;
  }

  async fetchFollowerSample(_ref: AccountRef): Promise<FollowerSampleData | null> {
    this.assertEnabled();
    return null;
  }

  async fetchRecentComments(_ref: AccountRef): Promise<CommentSample[] | null> {
    this.assertEnabled();
    return null;
  }

  protected assertEnabled(): void {
    if (!this.enabled) throw new ConnectorDisabledError(this.platform, this.disabledReason ?? 'disabled');
  }

  /** A profile and its posts as one refresh's data (nothing else is offered). */
  protected accountData(profile: ProfileMetrics, posts: PostMetrics[], fetchedAt: Date): AccountData {
    return { profile, posts, audience: null, followerSample: null, comments: null, fetchedAt };
  }
}
