import { JOB_QUEUE, type JobName, type QueueName } from '@fitscout/queue';

export type JobHandlerFn = (payload: unknown, meta: { jobId: string; attempt: number }) => Promise<unknown>;

export interface DiscoveredHandler {
  jobName: JobName;
  owner: string;
  handle: JobHandlerFn;
}

export class HandlerRegistryError extends Error {
  constructor(readonly problems: string[]) {
    super(`Worker refuses to start:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'HandlerRegistryError';
  }
}

/**
 * Every job name must have exactly one handler: a missing one would let jobs pile up unprocessed,
 * a duplicate would make dispatch ambiguous. Returns the handlers grouped by queue.
 */
export function buildHandlerRegistry(
  discovered: DiscoveredHandler[],
  jobNames: readonly JobName[],
): Map<QueueName, Map<JobName, DiscoveredHandler>> {
  const problems: string[] = [];
  const byQueue = new Map<QueueName, Map<JobName, DiscoveredHandler>>();
  for (const name of jobNames) {
    const matches = discovered.filter((h) => h.jobName === name);
    if (matches.length === 0) problems.push(`job "${name}" has no handler`);
    if (matches.length > 1)
      problems.push(
        `job "${name}" has ${matches.length} handlers: ${matches.map((m) => m.owner).join(', ')}`,
      );
    if (matches.length !== 1) continue;
    const queue = JOB_QUEUE[name];
    const handlers = byQueue.get(queue) ?? new Map<JobName, DiscoveredHandler>();
    handlers.set(name, matches[0]);
    byQueue.set(queue, handlers);
  }
  for (const h of discovered) {
    if (!jobNames.includes(h.jobName)) problems.push(`${h.owner} handles unknown job "${h.jobName}"`);
  }
  if (problems.length > 0) throw new HandlerRegistryError(problems);
  return byQueue;
}
