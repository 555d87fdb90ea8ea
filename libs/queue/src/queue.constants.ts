/**
 * Queue and job names are explicit strings (never Class.name): they are stored in Redis and
 * must survive refactoring. A breaking payload change means a new JobName, not an edited one.
 */
export enum QueueName {
  Maintenance = 'maintenance',
  Scoring = 'scoring',
  MetricsRefresh = 'metrics-refresh',
}

export enum JobName {
  PurgeExpiredRefreshTokens = 'auth.purge-expired-refresh-tokens',
  /** Scores the accounts whose data changed since they were last scored. */
  ScoreStaleAccounts = 'scoring.score-stale-accounts',
  /** New engagement benchmark from the catalogue, then the whole catalogue re-scored against it. */
  RebuildBenchmarks = 'scoring.rebuild-benchmarks',
  /** Fetches one account from its platform connector and writes it to the catalogue; ids only. */
  RefreshAccount = 'metrics.refresh-account',
  /** Freshness scheduler: enqueues the accounts that are due, with deterministic job ids. */
  ScheduleRefreshes = 'metrics.schedule-refreshes',
  /** Relays the account_refresh_requests outbox to the metrics-refresh queue. */
  RelayRefreshRequests = 'metrics.relay-refresh-requests',
}

/** The payload of every job, keyed by name: enqueueing a wrong payload does not compile. */
export interface JobPayloads {
  [JobName.PurgeExpiredRefreshTokens]: { trigger: 'schedule' | 'operator' };
  [JobName.ScoreStaleAccounts]: { trigger: 'schedule' | 'operator' };
  [JobName.RebuildBenchmarks]: { trigger: 'schedule' | 'operator' };
  /** `window`: the refresh window (ISO start); one window writes one snapshot however often the job runs. */
  [JobName.RefreshAccount]: { accountId: string; window: string; trigger: 'api' | 'schedule' | 'tracking' };
  [JobName.ScheduleRefreshes]: { trigger: 'schedule' | 'operator' };
  [JobName.RelayRefreshRequests]: { trigger: 'schedule' | 'operator' };
}

/** Which queue each job runs on. */
export const JOB_QUEUE: { readonly [N in JobName]: QueueName } = {
  [JobName.PurgeExpiredRefreshTokens]: QueueName.Maintenance,
  [JobName.ScoreStaleAccounts]: QueueName.Scoring,
  [JobName.RebuildBenchmarks]: QueueName.Scoring,
  [JobName.RefreshAccount]: QueueName.MetricsRefresh,
  [JobName.ScheduleRefreshes]: QueueName.Maintenance,
  [JobName.RelayRefreshRequests]: QueueName.Maintenance,
};

export const ALL_JOB_NAMES: readonly JobName[] = Object.values(JobName);
export const ALL_QUEUE_NAMES: readonly QueueName[] = Object.values(QueueName);

/** Deterministic job id for deduplication; BullMQ forbids `:` in custom ids. */
export function jobIdFor(name: JobName, ...keys: (string | number)[]): string {
  return [name, ...keys].join('__');
}
