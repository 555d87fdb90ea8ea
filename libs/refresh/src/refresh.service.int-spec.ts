import { ConfigModule } from '@fitscout/config';
import { DatabaseModule } from '@fitscout/database';
import { AccountScoreEntity } from '@fitscout/fit';
import { JobProducer, QueueModule, QueueName, RetryLaterError } from '@fitscout/queue';
import type { INestApplicationContext } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { importCreators } from '../../../test/e2e/support/catalogue-fixtures';
import { SCORING_NOW, simulatedAccountRecord } from '../../../test/e2e/support/scoring-fixtures';
import { refreshWindow } from './freshness';
import { RefreshModule } from './refresh.module';
import { MANUAL_WINDOW_MINUTES, RefreshSchedulerService } from './refresh-scheduler.service';
import { RefreshService } from './refresh.service';

@Module({
  imports: [ConfigModule, DatabaseModule.forRoot({ applicationName: 'test' }), QueueModule, RefreshModule],
})
class TestModule {}

describe('RefreshService with the simulated connector, real PostgreSQL and Redis', () => {
  let app: INestApplicationContext;
  let ds: DataSource;
  let refresh: RefreshService;
  let scheduler: RefreshSchedulerService;
  const window = refreshWindow(new Date(), 60);

  beforeAll(async () => {
    app = await NestFactory.createApplicationContext(TestModule, { logger: false });
    ds = app.get(DataSource);
    refresh = app.get(RefreshService);
    scheduler = app.get(RefreshSchedulerService);
  });
  afterAll(async () => {
    await app.get(JobProducer).queue(QueueName.MetricsRefresh).obliterate({ force: true });
    await app.close();
  });

  async function account(prefix?: string): Promise<string> {
    const record = simulatedAccountRecord(prefix);
    return (await importCreators({ app, ds }, [record], SCORING_NOW)).get(record.handle)!.accountId;
  }
  const snapshots = (id: string, at: Date) =>
    ds.query('SELECT count(*)::int AS n FROM metric_snapshots WHERE account_id = $1 AND captured_at = $2', [
      id,
      at,
    ]);

  it('writes profile, posts, a snapshot for the window and fresh scores', async () => {
    const id = await account();
    const result = await refresh.refreshAccount(id, window);
    expect(result).toMatchObject({ outcome: 'refreshed', accountId: id });
    expect((result as { posts: number }).posts).toBeGreaterThanOrEqual(12);
    expect(await snapshots(id, window)).toEqual([{ n: 1 }]);
    const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM posts WHERE account_id = $1', [id]);
    expect(n).toBeGreaterThanOrEqual(12);
    const scores = await ds.getRepository(AccountScoreEntity).findOneByOrFail({ accountId: id });
    const [{ updated_at }] = await ds.query('SELECT updated_at FROM platform_accounts WHERE id = $1', [id]);
    expect(scores.sourceVersion).toEqual(updated_at);
  });

  it('batches the writes of concurrent refreshes, each job still getting its own outcome', async () => {
    const ids = await Promise.all(Array.from({ length: 20 }, () => account()));
    const results = await Promise.all(ids.map((id) => refresh.refreshAccount(id, window)));
    expect(results.map((r) => r.outcome)).toEqual(ids.map(() => 'refreshed'));
    expect(results.map((r) => r.accountId)).toEqual(ids);
    const [{ n }] = await ds.query(
      'SELECT count(DISTINCT account_id)::int AS n FROM metric_snapshots WHERE account_id = ANY($1) AND captured_at = $2',
      [ids, window],
    );
    expect(n).toBe(20);
  });

  it('is idempotent per window: a retried or duplicated job writes one snapshot', async () => {
    const id = await account();
    await refresh.refreshAccount(id, window);
    await refresh.refreshAccount(id, window);
    expect(await snapshots(id, window)).toEqual([{ n: 1 }]);
    const next = new Date(window.getTime() + 3_600_000);
    await refresh.refreshAccount(id, next);
    expect(await snapshots(id, next)).toEqual([{ n: 1 }]);
  });

  it.each([
    ['sim_private_', 'private'],
    ['sim_gone_', 'deleted'],
    ['sim_suspended_', 'suspended'],
  ])('a %s account gets status %s and no retry', async (prefix, status) => {
    const id = await account(prefix);
    const result = await refresh.refreshAccount(id, window);
    expect(result).toMatchObject({ outcome: 'account_unavailable', status });
    const [row] = await ds.query('SELECT status FROM platform_accounts WHERE id = $1', [id]);
    expect(row.status).toBe(status);
    if (status !== 'private') {
      expect(await refresh.refreshAccount(id, window)).toMatchObject({ outcome: 'skipped' });
    }
  });

  it('turns an exhausted quota into "retry at" (the runtime delays the job), transient errors into a throw', async () => {
    const quota = await account('sim_quota_');
    const error = await refresh.refreshAccount(quota, window).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetryLaterError);
    expect((error as RetryLaterError).retryAt.getTime()).toBeGreaterThan(Date.now());
    const flaky = await account('sim_flaky_');
    await expect(refresh.refreshAccount(flaky, window)).rejects.toThrow();
  });

  it('queues one job per account and window, however often it is asked', async () => {
    const id = await account();
    const [first] = await scheduler.requestRefresh([id], 'api');
    const [second] = await scheduler.requestRefresh([id], 'api');
    expect(second.jobId).toBe(first.jobId);
    expect(first.window).toBe(refreshWindow(new Date(), MANUAL_WINDOW_MINUTES).toISOString());
    const queue = app.get(JobProducer).queue(QueueName.MetricsRefresh);
    const job = await queue.getJob(first.jobId);
    expect(job?.data).toMatchObject({ accountId: id, trigger: 'api' });
  });

  it('relays the tracking outbox: rows become jobs and are removed only then', async () => {
    const id = await account();
    await ds.query(
      `INSERT INTO account_refresh_requests (account_id, requested_at, reason) VALUES ($1, now(), 'tracked')
       ON CONFLICT DO NOTHING`,
      [id],
    );
    const { relayed } = await scheduler.relayOutbox();
    expect(relayed).toBeGreaterThanOrEqual(1);
    expect(await ds.query('SELECT 1 FROM account_refresh_requests WHERE account_id = $1', [id])).toEqual([]);
    const jobs = await app
      .get(JobProducer)
      .queue(QueueName.MetricsRefresh)
      .getJobs(['waiting', 'delayed', 'prioritized']);
    expect(jobs.some((j) => j.data.accountId === id && j.data.trigger === 'tracking')).toBe(true);
  });

  it('schedules tracked creators before the rest of the catalogue', async () => {
    const id = await account();
    const org = randomUUID();
    await ds.query(`INSERT INTO organisations (id, name, kind) VALUES ($1, $2, 'ngo')`, [org, `org ${org}`]);
    await ds.query(
      `INSERT INTO influencer_overlays (organisation_id, influencer_id, tracked_at)
       SELECT $1, influencer_id, now() FROM platform_accounts WHERE id = $2`,
      [org, id],
    );
    // A day later the tracked account (daily) is due, and it is classed as tracked.
    const later = new Date(Date.now() + 25 * 3_600_000);
    const result = await scheduler.scheduleDue(later);
    expect(result.byClass.tracked).toBeGreaterThanOrEqual(1);
    const jobs = await app
      .get(JobProducer)
      .queue(QueueName.MetricsRefresh)
      .getJobs(['waiting', 'prioritized']);
    expect(jobs.some((j) => j.data.accountId === id && j.data.trigger === 'schedule')).toBe(true);
  });
});
