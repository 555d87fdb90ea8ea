/**
 * Queue and job names are explicit strings (never Class.name): they are stored in Redis and
 * must survive refactoring. A breaking payload change means a new JobName, not an edited one.
 */
export enum QueueName {
  Maintenance = 'maintenance',
}

export enum JobName {
  PurgeExpiredRefreshTokens = 'auth.purge-expired-refresh-tokens',
}

/** The payload of every job, keyed by name: enqueueing a wrong payload does not compile. */
export interface JobPayloads {
  [JobName.PurgeExpiredRefreshTokens]: { trigger: 'schedule' | 'operator' };
}

/** Which queue each job runs on. */
export const JOB_QUEUE: { readonly [N in JobName]: QueueName } = {
  [JobName.PurgeExpiredRefreshTokens]: QueueName.Maintenance,
};

export const ALL_JOB_NAMES: readonly JobName[] = Object.values(JobName);
export const ALL_QUEUE_NAMES: readonly QueueName[] = Object.values(QueueName);

/** Deterministic job id for deduplication; BullMQ forbids `:` in custom ids. */
export function jobIdFor(name: JobName, ...keys: (string | number)[]): string {
  return [name, ...keys].join('__');
}
