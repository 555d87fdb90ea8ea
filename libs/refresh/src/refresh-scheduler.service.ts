import { APP_CONFIG, type AppConfig } from '@fitscout/config';
import { DomainError } from '@fitscout/common';
import { JobName, type JobPayloads, JobProducer, jobIdFor, QueueName } from '@fitscout/queue';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FRESH_PUBLICATION_HOURS, type FreshnessClass, refreshWindow } from './freshness';

/** Manual and tracking refreshes of one account share a window this long (a click storm queues one job). */
export const MANUAL_WINDOW_MINUTES = 15;
/** Transient platform errors: 6 attempts with exponential backoff from 5 s (≈ 2.5 min in all). */
export const REFRESH_ATTEMPTS = 6;
export const REFRESH_BACKOFF_MS = 5000;

export interface QueuedRefresh {
  accountId: string;
  jobId: string;
  window: string;
}

const REFRESH_JOB_ID = new RegExp(`^${JobName.RefreshAccount.replace('.', '\\.')}__[0-9a-f-]{36}__\\d+$`);

export interface RefreshJobView {
  id: string;
  name: string;
  state: string;
  accountId: string;
  window: string;
  trigger: string;
  attemptsMade: number;
  maxAttempts: number;
  failedReason: string | null;
  result: unknown;
  queuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** When a delayed job (backoff, rate limit) runs next. */
  runAfter: string | null;
}

interface DueRow {
  id: string;
  class: FreshnessClass;
}

/**
 * Decides which accounts are due and queues them with deterministic job ids (account + refresh window), so the
 * scheduler, the API and the outbox relay can all ask for the same refresh without it running twice.
 */
@Injectable()
export class RefreshSchedulerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: JobProducer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Refreshes asked for by a user or by tracking: one job per account per 15-minute window. */
  async requestRefresh(
    accountIds: readonly string[],
    trigger: 'api' | 'tracking',
    now = new Date(),
  ): Promise<QueuedRefresh[]> {
    return this.enqueue(
      accountIds.map((id) => ({ id, minutes: MANUAL_WINDOW_MINUTES })),
      trigger,
      now,
    );
  }

  /** `POST /v1/influencers/{id}/refresh`: every refreshable account of the creator; unknown creator → 404. */
  async requestInfluencerRefresh(influencerId: string, now = new Date()): Promise<QueuedRefresh[]> {
    const rows: { id: string | null }[] = await this.dataSource.query(
      `SELECT a.id FROM influencers i
         LEFT JOIN platform_accounts a ON a.influencer_id = i.id AND a.status NOT IN ('deleted', 'suspended')
        WHERE i.id = $1`,
      [influencerId],
    );
    if (rows.length === 0) throw DomainError.notFound('Influencer');
    const ids = rows.map((r) => r.id).filter((id): id is string => id !== null);
    return this.requestRefresh(ids, 'api', now);
  }

  /** A refresh job as the API shows it; only refresh jobs can be looked up (anything else is not found). */
  async refreshJob(jobId: string): Promise<RefreshJobView> {
    if (!REFRESH_JOB_ID.test(jobId)) throw DomainError.notFound('Job');
    const job = await this.producer.queue(QueueName.MetricsRefresh).getJob(jobId);
    if (!job) throw DomainError.notFound('Job');
    const data = job.data as JobPayloads[JobName.RefreshAccount];
    return {
      id: jobId,
      name: job.name,
      state: await job.getState(),
      accountId: data.accountId,
      window: data.window,
      trigger: data.trigger,
      attemptsMade: job.attemptsMade,
      maxAttempts: job.opts.attempts ?? 1,
      failedReason: job.failedReason || null,
      result: (job.returnvalue as unknown) ?? null,
      queuedAt: new Date(job.timestamp).toISOString(),
      startedAt: job.processedOn ? new Date(job.processedOn).toISOString() : null,
      finishedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
      runAfter: job.delay > 0 ? new Date(job.timestamp + job.delay).toISOString() : null,
    };
  }

  /**
   * One scheduler run: accounts of campaigns and tracked creators first (each by its class interval), then the
   * longest-unrefreshed rest of the catalogue, up to the batch size.
   */
  async scheduleDue(now = new Date()): Promise<{ queued: number; byClass: Record<string, number> }> {
    const minutes = this.config.refresh.intervalsMinutes;
    const batch = this.config.refresh.schedulerBatch;
    const priority: DueRow[] = await this.dataSource.query(
      `WITH classed AS (
         SELECT a.id, a.metrics_updated_at,
                CASE
                  WHEN bool_or(d.status = 'published' AND d.published_at > $1::timestamptz - make_interval(hours => $2::int))
                    THEN 'freshPublication'
                  WHEN bool_or(d.status = 'published') THEN 'published'
                  WHEN bool_or(k.status = 'active' AND c.stage NOT IN ('declined', 'cancelled', 'completed'))
                    THEN 'activeCampaign'
                  ELSE 'tracked'
                END AS class
           FROM platform_accounts a
           LEFT JOIN campaign_collaborations c ON c.influencer_id = a.influencer_id
           LEFT JOIN campaigns k ON k.id = c.campaign_id AND k.status = 'active'
           LEFT JOIN campaign_deliverables d ON d.collaboration_id = c.id AND d.platform = a.platform
                 AND k.id IS NOT NULL
          WHERE a.status IN ('active', 'pending', 'private')
            AND (k.id IS NOT NULL
                 OR EXISTS (SELECT 1 FROM influencer_overlays o
                             WHERE o.influencer_id = a.influencer_id AND o.tracked_at IS NOT NULL))
          GROUP BY a.id, a.metrics_updated_at)
       SELECT id, class FROM classed
        WHERE coalesce(metrics_updated_at, '-infinity') < $1::timestamptz - make_interval(mins =>
              CASE class WHEN 'freshPublication' THEN $3::int WHEN 'published' THEN $4::int WHEN 'activeCampaign' THEN $5::int
                         ELSE $6::int END)
        ORDER BY metrics_updated_at NULLS FIRST
        LIMIT $7`,
      [
        now.toISOString(),
        FRESH_PUBLICATION_HOURS,
        minutes.freshPublication,
        minutes.published,
        minutes.activeCampaign,
        minutes.tracked,
        batch,
      ],
    );
    const rest: DueRow[] =
      priority.length >= batch
        ? []
        : await this.dataSource.query(
            `SELECT a.id, 'catalogue' AS class FROM platform_accounts a
              WHERE a.status IN ('active', 'pending', 'private')
                AND coalesce(a.metrics_updated_at, '-infinity') < $1::timestamptz - make_interval(mins => $2::int)
                AND a.id <> ALL($4::uuid[])
              ORDER BY a.metrics_updated_at NULLS FIRST
              LIMIT $3`,
            [now.toISOString(), minutes.catalogue, batch - priority.length, priority.map((p) => p.id)],
          );
    const due = [...priority, ...rest];
    await this.enqueue(
      due.map((d) => ({ id: d.id, minutes: minutes[d.class] })),
      'schedule',
      now,
    );
    const byClass: Record<string, number> = {};
    for (const d of due) byClass[d.class] = (byClass[d.class] ?? 0) + 1;
    return { queued: due.length, byClass };
  }

  /**
   * Relays the transactional outbox (account_refresh_requests) to the queue. Rows are locked, queued and
   * deleted in one transaction: if Redis is down the enqueue throws, the transaction rolls back and the rows
   * wait for the next run; a crash after queueing re-queues them next time, which the job id deduplicates.
   */
  async relayOutbox(now = new Date(), limit = 1000): Promise<{ relayed: number }> {
    return this.dataSource.transaction(async (em) => {
      const rows: { account_id: string }[] = await em.query(
        `SELECT account_id FROM account_refresh_requests ORDER BY requested_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      if (rows.length === 0) return { relayed: 0 };
      const ids = rows.map((r) => r.account_id);
      await this.enqueue(
        ids.map((id) => ({ id, minutes: MANUAL_WINDOW_MINUTES })),
        'tracking',
        now,
      );
      await em.query('DELETE FROM account_refresh_requests WHERE account_id = ANY($1::uuid[])', [ids]);
      return { relayed: ids.length };
    });
  }

  private async enqueue(
    accounts: readonly { id: string; minutes: number }[],
    trigger: 'api' | 'schedule' | 'tracking',
    now: Date,
  ): Promise<QueuedRefresh[]> {
    const jobs = accounts.map(({ id, minutes }) => {
      const window = refreshWindow(now, minutes).toISOString();
      return { accountId: id, window, jobId: jobIdFor(JobName.RefreshAccount, id, Date.parse(window)) };
    });
    await this.producer.enqueueMany(
      JobName.RefreshAccount,
      jobs.map((j) => ({
        payload: { accountId: j.accountId, window: j.window, trigger },
        options: { jobId: j.jobId, attempts: REFRESH_ATTEMPTS, backoffMs: REFRESH_BACKOFF_MS },
      })),
    );
    return jobs;
  }
}
