import { DomainError, ErrorCode } from '@fitscout/common';
import { APP_CONFIG, type AppConfig } from '@fitscout/config';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { type JobsOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { JOB_QUEUE, type JobName, type JobPayloads, QueueName } from './queue.constants';
import { exposeQueueDepth } from './queue-metrics';
import { createRedisConnection } from './redis-connection';

export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { count: 1000, age: 24 * 3600 },
  removeOnFail: { count: 5000 },
};

export interface EnqueueOptions {
  /** Deterministic id (see jobIdFor): a second enqueue with the same id is a no-op while the first exists. */
  jobId?: string;
  delayMs?: number;
  priority?: number;
  /** Overrides DEFAULT_JOB_OPTIONS for jobs whose failures are mostly transient (platform APIs). */
  attempts?: number;
  backoffMs?: number;
}

function jobOptions(options: EnqueueOptions): JobsOptions {
  return {
    jobId: options.jobId,
    delay: options.delayMs,
    priority: options.priority,
    ...(options.attempts !== undefined ? { attempts: options.attempts } : {}),
    ...(options.backoffMs !== undefined
      ? { backoff: { type: 'exponential', delay: options.backoffMs } }
      : {}),
  };
}

function queueUnavailable(cause: unknown): DomainError {
  return new DomainError(
    ErrorCode.DependencyUnavailable,
    'The job queue is unavailable; nothing was queued.',
    {
      cause,
    },
  );
}

/** The one way to put work on a queue. */
@Injectable()
export class JobProducer implements OnModuleInit, OnModuleDestroy {
  private readonly connection: Redis;
  private readonly queues = new Map<QueueName, Queue>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.connection = createRedisConnection(config.redis.url, 'producer', 'fitscout-producer');
    // Errors surface on the calls that need Redis; an unhandled 'error' event would crash the process.
    this.connection.on('error', () => undefined);
  }

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: this.connection,
        prefix: this.config.redis.queuePrefix,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      });
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** Enqueues a job; a Redis outage becomes a 503 domain error rather than a hang or a false success. */
  async enqueue<N extends JobName>(
    name: N,
    payload: JobPayloads[N],
    options: EnqueueOptions = {},
  ): Promise<string> {
    try {
      const job = await this.queue(JOB_QUEUE[name]).add(name, payload, jobOptions(options));
      return job.id ?? '';
    } catch (error) {
      throw queueUnavailable(error);
    }
  }

  /** Many jobs of one name in one round trip (ids deduplicate as with enqueue); returns their ids. */
  async enqueueMany<N extends JobName>(
    name: N,
    jobs: readonly { payload: JobPayloads[N]; options?: EnqueueOptions }[],
  ): Promise<string[]> {
    if (jobs.length === 0) return [];
    try {
      const added = await this.queue(JOB_QUEUE[name]).addBulk(
        jobs.map((j) => ({ name, data: j.payload, opts: jobOptions(j.options ?? {}) })),
      );
      return added.map((job) => job.id ?? '');
    } catch (error) {
      throw queueUnavailable(error);
    }
  }

  /** Registers (or updates) a repeatable job; idempotent by scheduler id, safe at every boot. */
  async schedule<N extends JobName>(name: N, pattern: string, payload: JobPayloads[N]): Promise<void> {
    await this.queue(JOB_QUEUE[name]).upsertJobScheduler(name, { pattern }, { name, data: payload });
  }

  onModuleInit(): void {
    exposeQueueDepth(this);
  }

  async onModuleDestroy(): Promise<void> {
    exposeQueueDepth(undefined);
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.queues.clear();
    this.connection.disconnect();
  }
}
