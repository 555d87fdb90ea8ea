import { JobName, type JobPayloads } from '@fitscout/queue';

export interface ScheduleDefinition<N extends JobName = JobName> {
  jobName: N;
  /** Cron pattern (UTC). */
  pattern: string;
  payload: JobPayloads[N];
}

/** Hourly, off the full hour so it does not collide with other hourly work. */
export const PURGE_EXPIRED_REFRESH_TOKENS_CRON = '17 * * * *';

/** Every 5 minutes: data changed by imports and refreshes is scored within minutes, in small batches. */
export const SCORE_STALE_ACCOUNTS_CRON = '*/5 * * * *';

/** Daily at night (UTC): benchmarks follow the catalogue; the re-score that follows takes about a minute per 1M. */
export const REBUILD_BENCHMARKS_CRON = '40 3 * * *';

/** Every minute: the freshness scheduler queues what is due; the outbox relay forwards tracking requests. */
export const SCHEDULE_REFRESHES_CRON = '* * * * *';
export const RELAY_REFRESH_REQUESTS_CRON = '* * * * *';

/** Repeatable jobs, upserted idempotently at every worker start. */
export const SCHEDULES: ScheduleDefinition[] = [
  {
    jobName: JobName.PurgeExpiredRefreshTokens,
    pattern: PURGE_EXPIRED_REFRESH_TOKENS_CRON,
    payload: { trigger: 'schedule' },
  },
  {
    jobName: JobName.ScoreStaleAccounts,
    pattern: SCORE_STALE_ACCOUNTS_CRON,
    payload: { trigger: 'schedule' },
  },
  {
    jobName: JobName.RebuildBenchmarks,
    pattern: REBUILD_BENCHMARKS_CRON,
    payload: { trigger: 'schedule' },
  },
  { jobName: JobName.ScheduleRefreshes, pattern: SCHEDULE_REFRESHES_CRON, payload: { trigger: 'schedule' } },
  {
    jobName: JobName.RelayRefreshRequests,
    pattern: RELAY_REFRESH_REQUESTS_CRON,
    payload: { trigger: 'schedule' },
  },
];
