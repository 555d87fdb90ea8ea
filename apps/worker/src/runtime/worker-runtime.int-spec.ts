import { RefreshTokenEntity } from '@fitscout/identity';
import { JOB_QUEUE, JobName, JobProducer, jobIdFor, QueueName } from '@fitscout/queue';
import { createMember, createOrganisation, waitForJob } from '@fitscout/testing';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { MaintenanceProcessor } from '../processors/maintenance.processor';
import { WorkerModule } from '../worker.module';
import { SCHEDULES } from './schedules';

describe('worker runtime against real Redis and PostgreSQL', () => {
  let app: INestApplicationContext;

  beforeAll(async () => {
    app = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
  });
  afterAll(() => app.close());

  it('processes an enqueued job end to end: expired refresh tokens are purged', async () => {
    const ds = app.get(DataSource);
    const org = await createOrganisation(ds);
    const member = await createMember(ds, org.id, 'viewer');
    const base = { organisationId: org.id, userId: member.userId, revokedAt: null, revokedReason: null };
    await ds.getRepository(RefreshTokenEntity).insert([
      {
        ...base,
        familyId: randomUUID(),
        tokenHash: randomUUID().replace(/-/g, ''),
        expiresAt: new Date(Date.now() - 1000),
      },
      {
        ...base,
        familyId: randomUUID(),
        tokenHash: randomUUID().replace(/-/g, ''),
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    ]);

    const producer = app.get(JobProducer);
    const jobId = jobIdFor(JobName.PurgeExpiredRefreshTokens, randomUUID());
    await producer.enqueue(JobName.PurgeExpiredRefreshTokens, { trigger: 'operator' }, { jobId });
    const job = await waitForJob(producer.queue(QueueName.Maintenance), jobId);

    expect(await job.getState()).toBe('completed');
    expect((job.returnvalue as { deleted: number }).deleted).toBeGreaterThanOrEqual(1);
    const left = await ds.getRepository(RefreshTokenEntity).find({ where: { userId: member.userId } });
    expect(left).toHaveLength(1);
    expect(left[0].expiresAt.getTime()).toBeGreaterThan(Date.now());
  });

  it('deduplicates jobs with the same deterministic id', async () => {
    const producer = app.get(JobProducer);
    const jobId = jobIdFor(JobName.PurgeExpiredRefreshTokens, 'dedup', randomUUID());
    const queue = producer.queue(QueueName.Maintenance);
    await queue.pause();
    try {
      const a = await producer.enqueue(JobName.PurgeExpiredRefreshTokens, { trigger: 'operator' }, { jobId });
      const b = await producer.enqueue(JobName.PurgeExpiredRefreshTokens, { trigger: 'operator' }, { jobId });
      expect(a).toBe(b);
      const waiting = await queue.getJobs(['waiting']);
      expect(waiting.filter((j) => j.id === jobId)).toHaveLength(1);
    } finally {
      await queue.resume();
    }
    await waitForJob(queue, jobId);
  });

  it('registers every schedule idempotently (what a worker does at boot when WORKER_SCHEDULES is on)', async () => {
    const producer = app.get(JobProducer);
    // Twice, as two worker starts would; then removed so no repeatable job acts on later suites' data.
    for (let boot = 0; boot < 2; boot++) {
      for (const s of SCHEDULES) await producer.schedule(s.jobName, s.pattern, s.payload);
    }
    try {
      for (const s of SCHEDULES) {
        const schedulers = await producer.queue(JOB_QUEUE[s.jobName]).getJobSchedulers();
        const mine = schedulers.filter((x) => x.key === s.jobName);
        expect(mine.map((x) => x.pattern)).toEqual([s.pattern]);
      }
      expect(SCHEDULES.find((s) => s.jobName === JobName.PurgeExpiredRefreshTokens)?.pattern).toBe(
        '17 * * * *',
      );
    } finally {
      for (const s of SCHEDULES) await producer.queue(JOB_QUEUE[s.jobName]).removeJobScheduler(s.jobName);
    }
  });

  it('refuses to boot when a job name has no handler', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [WorkerModule] })
      .overrideProvider(MaintenanceProcessor)
      .useValue({})
      .compile();
    const broken = moduleRef.createNestApplication({ logger: false });
    await expect(broken.init()).rejects.toThrow(/job "auth\.purge-expired-refresh-tokens" has no handler/);
    await broken.close();
  });
});
