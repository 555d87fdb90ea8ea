import type { Platform } from '@fitscout/scoring';
import type {
  AccountData,
  AudienceData,
  CommentSample,
  ConnectorCapabilities,
  FollowerSampleData,
  PlatformConnector,
  PostMetrics,
  ProfileMetrics,
} from './connector.types';
import { ConnectorDisabledError } from './errors/connector-errors';

/** Stands in for a platform without a usable connector, so callers never get `undefined` from the registry. */
export class DisabledConnector implements PlatformConnector {
  readonly source = 'none' as const;
  readonly enabled = false;
  readonly capabilities: ConnectorCapabilities = { audience: false, followerSample: false, comments: false };

  constructor(
    readonly platform: Platform,
    readonly disabledReason: string,
  ) {}

  fetchProfile(): Promise<ProfileMetrics> {
    return this.fail();
  }

  fetchRecentPosts(): Promise<PostMetrics[]> {
    return this.fail();
  }

  fetchAudience(): Promise<AudienceData | null> {
    return this.fail();
  }

  fetchFollowerSample(): Promise<FollowerSampleData | null> {
    return this.fail();
  }

  fetchRecentComments(): Promise<CommentSample[] | null> {
    return this.fail();
  }

  fetchAccount(): Promise<AccountData> {
    return this.fail();
  }

  private async fail(): Promise<never> {
    throw new ConnectorDisabledError(this.platform, this.disabledReason);
  }
}
