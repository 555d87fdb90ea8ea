import { AccountScoreEntity } from '@fitscout/fit';
import { JobName, JobProducer, jobIdFor, QueueName } from '@fitscout/queue';
import { waitForJob } from '@fitscout/testing';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { importCreators } from '../../../../test/e2e/support/catalogue-fixtures';
import { SCORING_NOW, scoringRecord } from '../../../../test/e2e/support/scoring-fixtures';
import { WorkerModule } from '../worker.module';

describe('scoring jobs through real BullMQ and PostgreSQL', () => {
  let app: INestApplicationContext;
  let ds: DataSource;
  let producer: JobProducer;

  beforeAll(async () => {
    app = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    ds = app.get(DataSource);
    producer = app.get(JobProducer);
  });
  afterAll(() => app.close());

  async function importOne(engagementRate: number, handle?: string): Promise<string> {
    const record = scoringRecord({ engagementRate, handle });
    return (await importCreators({ app, ds }, [record], SCORING_NOW)).get(record.handle)!.accountId;
  }

  async function run(name: JobName.ScoreStaleAccounts | JobName.RebuildBenchmarks) {
    const jobId = jobIdFor(name, randomUUID());
    await producer.enqueue(name, { trigger: 'operator' }, { jobId });
    const job = await waitForJob(producer.queue(QueueName.Scoring), jobId, 30_000);
    expect(await job.getState()).toBe('completed');
    return job.returnvalue as Record<string, unknown>;
  }

  it('scores accounts whose data changed since their last score, and only those', async () => {
    const accountId = await importOne(0.004);
    await run(JobName.ScoreStaleAccounts);
    const first = await ds.getRepository(AccountScoreEntity).findOneByOrFail({ accountId });

    // Nothing changed: a second run leaves the row untouched.
    await run(JobName.ScoreStaleAccounts);
    const unchanged = await ds.getRepository(AccountScoreEntity).findOneByOrFail({ accountId });
    expect(unchanged.updatedAt).toEqual(first.updatedAt);

    // New data for the account: the next run re-derives and re-scores it.
    const handle: string = (
      await ds.query('SELECT handle FROM platform_accounts WHERE id = $1', [accountId])
    )[0].handle;
    await importOne(0.08, handle);
    await run(JobName.ScoreStaleAccounts);
    const changed = await ds.getRepository(AccountScoreEntity).findOneByOrFail({ accountId });
    expect(changed.engagementScore).toBeGreaterThan(first.engagementScore!);
  });

  it('rebuilds the benchmark and re-scores the catalogue against the new version', async () => {
    await importOne(0.02);
    const result = (await run(JobName.RebuildBenchmarks)) as {
      benchmark: { version: string };
      recompute: { accounts: number; benchmarkVersion: string };
    };
    expect(result.recompute.benchmarkVersion).toBe(result.benchmark.version);
    const [{ stale }] = await ds.query(
      'SELECT count(*)::int AS stale FROM account_scores WHERE benchmark_version <> $1',
      [result.benchmark.version],
    );
    expect(stale).toBe(0);
  });
});
