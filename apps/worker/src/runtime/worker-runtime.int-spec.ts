import { RefreshTokenEntity } from '@fitscout/identity';
import { JobName, JobProducer, jobIdFor, QueueName } from '@fitscout/queue';
import { createMember, createOrganisation, waitForJob } from '@fitscout/testing';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { MaintenanceProcessor } from '../processors/maintenance.processor';
import { WorkerModule } from '../worker.module';

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

  it('registers the hourly purge schedule idempotently', async () => {
    const queue = app.get(JobProducer).queue(QueueName.Maintenance);
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.filter((s) => s.key === JobName.PurgeExpiredRefreshTokens)).toHaveLength(1);
    expect(schedulers.find((s) => s.key === JobName.PurgeExpiredRefreshTokens)?.pattern).toBe('17 * * * *');
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
