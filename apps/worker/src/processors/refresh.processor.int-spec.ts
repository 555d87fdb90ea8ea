import { JobProducer, QueueName } from '@fitscout/queue';
import { RefreshSchedulerService } from '@fitscout/refresh';
import { waitForJob } from '@fitscout/testing';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { importCreators } from '../../../../test/e2e/support/catalogue-fixtures';
import { SCORING_NOW, simulatedAccountRecord } from '../../../../test/e2e/support/scoring-fixtures';
import { WorkerModule } from '../worker.module';

describe('refresh jobs through real BullMQ workers', () => {
  let app: INestApplicationContext;
  let ds: DataSource;

  beforeAll(async () => {
    app = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    ds = app.get(DataSource);
  });
  afterAll(async () => {
    await app.get(JobProducer).queue(QueueName.MetricsRefresh).obliterate({ force: true });
    await app.close();
  });

  async function account(prefix: string): Promise<string> {
    const record = simulatedAccountRecord(prefix);
    return (await importCreators({ app, ds }, [record], SCORING_NOW)).get(record.handle)!.accountId;
  }

  it('refreshes an account end to end and completes the job with the outcome', async () => {
    const id = await account('sim_ok_');
    const [queued] = await app.get(RefreshSchedulerService).requestRefresh([id], 'api');
    const job = await waitForJob(app.get(JobProducer).queue(QueueName.MetricsRefresh), queued.jobId, 30_000);
    expect(await job.getState()).toBe('completed');
    expect(job.returnvalue).toMatchObject({ outcome: 'refreshed', accountId: id });
    const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM posts WHERE account_id = $1', [id]);
    expect(n).toBeGreaterThanOrEqual(12);
  });

  it('parks a rate-limited or quota-bound job until the given time without using an attempt', async () => {
    const id = await account('sim_quota_');
    const [queued] = await app.get(RefreshSchedulerService).requestRefresh([id], 'api');
    const queue = app.get(JobProducer).queue(QueueName.MetricsRefresh);
    const deadline = Date.now() + 15_000;
    let state = await queue.getJobState(queued.jobId);
    while (state !== 'delayed' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      state = await queue.getJobState(queued.jobId);
    }
    expect(state).toBe('delayed');
    const job = await queue.getJob(queued.jobId);
    expect(job?.attemptsMade).toBe(0);
    expect((job?.timestamp ?? 0) + (job?.delay ?? 0)).toBeGreaterThan(Date.now());
  });
});
