import { metricsRegistry } from '@fitscout/observability';
import { Gauge } from 'prom-client';
import type { Queue } from 'bullmq';
import { ALL_QUEUE_NAMES, type QueueName } from './queue.constants';

/** Whatever can hand out queues (the JobProducer); structural so this file does not import it. */
export interface QueueSource {
  queue(name: QueueName): Pick<Queue, 'getJobCounts'>;
}

const STATES = ['waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized'] as const;

let source: QueueSource | undefined;

/**
 * `queue_jobs{queue,state}`, read from Redis at scrape time. One gauge per process; the producer
 * it reads through is swapped as app instances start and stop (several in one test process).
 */
const queueDepth = new Gauge({
  name: 'queue_jobs',
  help: 'Jobs per BullMQ queue and state, read at scrape time',
  labelNames: ['queue', 'state'] as const,
  registers: [metricsRegistry],
  async collect() {
    this.reset();
    if (!source) return;
    for (const name of ALL_QUEUE_NAMES) {
      try {
        const counts = await source.queue(name).getJobCounts(...STATES);
        for (const state of STATES) this.set({ queue: name, state }, counts[state] ?? 0);
      } catch {
        // Redis is down: report nothing rather than stale numbers; readiness tells the outage.
      }
    }
  },
});

export function exposeQueueDepth(producer: QueueSource | undefined): void {
  source = producer;
  if (!producer) queueDepth.reset();
}
