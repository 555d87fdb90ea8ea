import { type ImportRowError, validateImportRecord } from '@fitscout/catalogue';
import { ConnectorRegistry, isConnectorError } from '@fitscout/connectors';
import { RetryLaterError } from '@fitscout/queue';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type KnownAccount, toImportRecord } from './account-record';
import { PlatformRateLimiter } from './platform-rate-limiter';
import { RefreshBatcher } from './refresh-batcher';

export type RefreshOutcome =
  | { outcome: 'refreshed'; accountId: string; posts: number; captionChecks: number }
  /** The platform says the account is gone, private or suspended: its status is set, no retry. */
  | { outcome: 'account_unavailable'; accountId: string; status: string; code: string }
  /** Nothing a retry can fix (connector disabled, invalid credentials, unusable data). */
  | { outcome: 'failed_permanently'; accountId: string; code: string; errors?: ImportRowError[] }
  /** Erased, suppressed or no longer refreshable (deleted/suspended) by the time the job ran. */
  | { outcome: 'skipped'; accountId: string; reason: string };

interface AccountRow {
  platform: KnownAccount['platform'];
  handle: string;
  external_id: string | null;
  followers: number;
  verified: boolean;
  status: string;
  source_key: string;
  display_name: string;
  bio: string | null;
  languages: string[];
  country: string | null;
  region: string | null;
  categories: KnownAccount['influencer']['categories'];
}

/** Statuses a refresh leaves alone: the platform already said the account is gone. */
const NOT_REFRESHED = new Set(['deleted', 'suspended']);

/**
 * One account refresh: fetch from the platform connector, then write through the catalogue import path, re-score
 * and re-check the captions of posts that campaigns track — the writes batched with concurrent refreshes
 * (RefreshBatcher). Idempotent per refresh window (see toImportRecord), so a
 * retried or duplicated job does no harm. Transient connector errors are rethrown for the queue's backoff; rate
 * limits and quotas become RetryLaterError (wait until the given time without using an attempt).
 */
@Injectable()
export class RefreshService {
  private readonly logger = new Logger(RefreshService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly connectors: ConnectorRegistry,
    private readonly batcher: RefreshBatcher,
    private readonly rateLimiter: PlatformRateLimiter,
  ) {}

  async refreshAccount(accountId: string, window: Date): Promise<RefreshOutcome> {
    const known = await this.load(accountId);
    if (!known) return { outcome: 'skipped', accountId, reason: 'account no longer in the catalogue' };
    if (NOT_REFRESHED.has(known.status))
      return { outcome: 'skipped', accountId, reason: `account is ${known.status}` };

    const connector = this.connectors.get(known.platform);
    // Live platform APIs have budgets shared by every worker; the simulation has none.
    if (connector.source !== 'simulated') {
      const retryAt = await this.rateLimiter.acquire(known.platform);
      if (retryAt)
        throw new RetryLaterError(retryAt, `${known.platform} rate budget used up for this window`);
    }
    let data;
    try {
      data = await connector.fetchAccount({
        handle: known.handle,
        externalId: known.externalId ?? undefined,
      });
    } catch (error) {
      if (!isConnectorError(error)) throw error;
      if (error.kind === 'transient') {
        if (error.retryAt) throw new RetryLaterError(error.retryAt, error.message);
        throw error;
      }
      if (error.accountStatus) {
        await this.dataSource.query(
          'UPDATE platform_accounts SET status = $2, updated_at = now() WHERE id = $1',
          [accountId, error.accountStatus],
        );
        return { outcome: 'account_unavailable', accountId, status: error.accountStatus, code: error.code };
      }
      this.logger.warn({ accountId, ...error.toLog() }, 'refresh failed permanently');
      return { outcome: 'failed_permanently', accountId, code: error.code };
    }

    // Connector output is input like any other: validated before it reaches the catalogue.
    const { record, errors } = validateImportRecord(toImportRecord(known, data, window), 1);
    if (!record) return { outcome: 'failed_permanently', accountId, code: 'invalid_connector_data', errors };
    const { captionChecks } = await this.batcher.write(accountId, record);
    return { outcome: 'refreshed', accountId, posts: record.posts?.length ?? 0, captionChecks };
  }

  private async load(accountId: string): Promise<(KnownAccount & { status: string }) | null> {
    const [row]: AccountRow[] = await this.dataSource.query(
      `SELECT a.platform, a.handle, a.external_id, a.followers, a.verified, a.status, i.source_key, i.display_name,
              i.bio, i.languages, i.country, i.region, i.categories
         FROM platform_accounts a JOIN influencers i ON i.id = a.influencer_id
        WHERE a.id = $1`,
      [accountId],
    );
    if (!row) return null;
    return {
      platform: row.platform,
      handle: row.handle,
      externalId: row.external_id,
      followers: row.followers,
      verified: row.verified,
      status: row.status,
      influencer: {
        key: row.source_key,
        displayName: row.display_name,
        bio: row.bio ?? undefined,
        languages: row.languages,
        country: row.country ?? undefined,
        region: row.region ?? undefined,
        categories: row.categories,
      },
    };
  }
}
