import { APP_CONFIG, type AppConfig } from '@fitscout/config';
import {
  ALL_JOB_NAMES,
  createRedisConnection,
  JOB_HANDLER_METADATA,
  type JobName,
  JobProducer,
  QueueName,
  RetryLaterError,
} from '@fitscout/queue';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { DelayedError, type Job, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { buildHandlerRegistry, type DiscoveredHandler, type JobHandlerFn } from './handler-registry';
import { SCHEDULES } from './schedules';
import { jobDuration, jobFailures } from './worker-metrics';

/**
 * Discovers @JobHandler methods, refuses to boot unless every job name has exactly one handler,
 * starts one BullMQ worker per queue and registers the schedules. On shutdown, workers stop taking
 * jobs and wait for the active ones to finish before connections close.
 */
@Injectable()
export class WorkerRuntime implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerRuntime.name);
  private readonly workers: Worker[] = [];
  private connection?: Redis;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly producer: JobProducer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const registry = buildHandlerRegistry(this.discover(), ALL_JOB_NAMES);
    this.connection = createRedisConnection(this.config.redis.url, 'worker', 'fitscout-worker');
    for (const [queue, handlers] of registry) {
      const worker = new Worker(
        queue,
        (job: Job, token?: string) => this.process(queue, handlers, job, token),
        {
          connection: this.connection,
          prefix: this.config.redis.queuePrefix,
          ...this.queueOptions(queue),
        },
      );
      worker.on('failed', (job, error) => {
        jobFailures.inc({ queue, job: job?.name ?? 'unknown' });
        this.logger.warn(
          { jobId: job?.id, jobName: job?.name, attempt: job?.attemptsMade, err: error },
          'Job failed',
        );
      });
      worker.on('error', (error) => this.logger.error({ err: error, queue }, 'Worker error'));
      this.workers.push(worker);
    }
    if (this.config.worker.schedules) {
      for (const s of SCHEDULES) await this.producer.schedule(s.jobName, s.pattern, s.payload);
    }
    this.logger.log(`Workers started for queues: ${[...registry.keys()].join(', ')}`);
  }

  async onApplicationShutdown(): Promise<void> {
    // close() waits for active jobs; new jobs are no longer fetched.
    await Promise.all(this.workers.map((w) => w.close()));
    this.workers.length = 0;
    this.connection?.disconnect();
    this.logger.log('Fitscout worker stopped: active jobs finished, queues and connections closed');
  }

  private async process(
    queue: string,
    handlers: Map<JobName, DiscoveredHandler>,
    job: Job,
    token: string | undefined,
  ): Promise<unknown> {
    const handler = handlers.get(job.name as JobName);
    // Unknown names cannot be handled by retrying; fail the job so it stays inspectable.
    if (!handler) throw new Error(`No handler for job "${job.name}" on queue "${queue}"`);
    const end = jobDuration.startTimer({ queue, job: job.name });
    try {
      const result = await handler.handle(job.data, { jobId: job.id ?? '', attempt: job.attemptsMade + 1 });
      end({ outcome: 'completed' });
      return result;
    } catch (error) {
      if (error instanceof RetryLaterError && token) {
        // Waiting for a rate limit or quota is not a failed attempt: park the job until the given time.
        end({ outcome: 'delayed' });
        await job.moveToDelayed(Math.max(error.retryAt.getTime(), Date.now() + 1000), token);
        this.logger.log({ jobId: job.id, jobName: job.name, retryAt: error.retryAt }, error.message);
        throw new DelayedError();
      }
      end({ outcome: 'failed' });
      throw error;
    }
  }

  /**
   * Refresh jobs wait on platform APIs, so a worker runs many at once; they are idempotent per window, so one whose
   * lock lapsed on a starved machine may run again rather than fail after its first stall (BullMQ allows one).
   */
  private queueOptions(queue: string): { concurrency: number; maxStalledCount?: number } {
    if (queue === QueueName.MetricsRefresh)
      return { concurrency: this.config.refresh.concurrency, maxStalledCount: 3 };
    return { concurrency: 4 };
  }

  private discover(): DiscoveredHandler[] {
    const found: DiscoveredHandler[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const fn = instance[method];
        if (typeof fn !== 'function') continue;
        const jobName = this.reflector.get<JobName | undefined>(JOB_HANDLER_METADATA, fn as () => unknown);
        if (!jobName) continue;
        found.push({
          jobName,
          owner: `${instance.constructor.name}.${method}`,
          handle: (fn as JobHandlerFn).bind(instance),
        });
      }
    }
    return found;
  }
}
