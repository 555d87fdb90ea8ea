import { ConfigModule } from '@fitscout/config';
import { DatabaseModule } from '@fitscout/database';
import { JobProducer, QueueModule, QueueName } from '@fitscout/queue';
import { type QueuedRefresh, RefreshModule, RefreshSchedulerService } from '@fitscout/refresh';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { importCreators } from './support/catalogue-fixtures';
import { SCORING_NOW, simulatedAccountRecord } from './support/scoring-fixtures';

const ROOT = resolve(__dirname, '../..');

@Module({
  imports: [ConfigModule, DatabaseModule.forRoot({ applicationName: 'test' }), QueueModule, RefreshModule],
})
class ProducerModule {}

/** A real worker process on the test database and queue prefix (inherited from the test environment). */
function startWorker(port: number): ChildProcess {
  return spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/worker/src/main.ts'],
    {
      cwd: ROOT,
      env: { ...process.env, WORKER_PORT: String(port), LOG_LEVEL: 'silent', REFRESH_CONCURRENCY: '16' },
      stdio: 'ignore',
    },
  );
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * Reliability of the refresh pipeline with real processes, Redis and PostgreSQL: no refresh is lost and none
 * writes twice, whether two workers share the queue or one is killed in the middle of a batch.
 */
describe('refresh workers: shared queues and a killed worker', () => {
  let app: INestApplicationContext;
  let ds: DataSource;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    app = await NestFactory.createApplicationContext(ProducerModule, { logger: false });
    ds = app.get(DataSource);
  });
  afterAll(async () => {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await app.close();
  });

  async function accounts(n: number): Promise<string[]> {
    const records = Array.from({ length: n }, () => simulatedAccountRecord());
    const ids = await importCreators({ app, ds }, records, SCORING_NOW);
    return [...ids.values()].map((a) => a.accountId);
  }

  const states = async (jobs: QueuedRefresh[]) => {
    const queue = app.get(JobProducer).queue(QueueName.MetricsRefresh);
    return Promise.all(jobs.map((j) => queue.getJobState(j.jobId)));
  };

  /** Exactly one snapshot per account for its window, and every account refreshed (12+ posts now). */
  async function expectEachRefreshedOnce(jobs: QueuedRefresh[]): Promise<void> {
    const rows: { account_id: string; snapshots: number; posts: number }[] = await ds.query(
      `SELECT j.account_id,
              (SELECT count(*)::int FROM metric_snapshots s WHERE s.account_id = j.account_id AND s.captured_at = j.win) AS snapshots,
              (SELECT count(*)::int FROM posts p WHERE p.account_id = j.account_id) AS posts
         FROM jsonb_to_recordset($1::jsonb) AS j(account_id uuid, win timestamptz)`,
      [JSON.stringify(jobs.map((j) => ({ account_id: j.accountId, win: j.window })))],
    );
    expect(rows.filter((r) => r.snapshots !== 1)).toEqual([]);
    expect(rows.filter((r) => r.posts < 12)).toEqual([]);
  }

  it('two worker processes share one queue: every job done once in effect, no duplicate snapshot', async () => {
    const ids = await accounts(120);
    const workers = [startWorker(3921), startWorker(3922)];
    children.push(...workers);
    try {
      const jobs = await app.get(RefreshSchedulerService).requestRefresh(ids, 'api');
      await until(
        async () => (await states(jobs)).every((s) => s === 'completed'),
        90_000,
        'all refresh jobs',
      );
      await expectEachRefreshedOnce(jobs);
    } finally {
      for (const w of workers) w.kill('SIGKILL');
    }
  }, 120_000);

  it('a worker killed (SIGKILL) mid-batch loses nothing: its jobs are taken over and written once', async () => {
    const ids = await accounts(200);
    const first = startWorker(3923);
    children.push(first);
    const jobs = await app.get(RefreshSchedulerService).requestRefresh(ids, 'api');
    // Kill it while it is working through the batch.
    await until(
      async () => (await states(jobs)).filter((s) => s === 'completed').length >= 20,
      60_000,
      'the first worker to start',
    );
    first.kill('SIGKILL');
    const left = (await states(jobs)).filter((s) => s !== 'completed').length;
    expect(left).toBeGreaterThan(0);
    const second = startWorker(3924);
    children.push(second);
    // Jobs the killed worker held are found stalled once their lock expires (30 s) and run again.
    await until(
      async () => (await states(jobs)).every((s) => s === 'completed'),
      150_000,
      'the jobs to be taken over',
    );
    try {
      await expectEachRefreshedOnce(jobs);
    } finally {
      second.kill('SIGKILL');
    }
  }, 200_000);
});
