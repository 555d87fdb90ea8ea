import { JobName, type JobPayloads } from '@fitscout/queue';

export interface ScheduleDefinition<N extends JobName = JobName> {
  jobName: N;
  /** Cron pattern (UTC). */
  pattern: string;
  payload: JobPayloads[N];
}

/** Hourly, off the full hour so it does not collide with other hourly work. */
export const PURGE_EXPIRED_REFRESH_TOKENS_CRON = '17 * * * *';

/** Repeatable jobs, upserted idempotently at every worker start. */
export const SCHEDULES: ScheduleDefinition[] = [
  {
    jobName: JobName.PurgeExpiredRefreshTokens,
    pattern: PURGE_EXPIRED_REFRESH_TOKENS_CRON,
    payload: { trigger: 'schedule' },
  },
];
