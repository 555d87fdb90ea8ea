/**
 * npm run bench:refresh — a benchmark that prints figures, not a test. In one run:
 * 1. the BullMQ no-op ceiling on this machine: BENCH_NOOP_JOBS (default 20,000) empty jobs through one worker;
 * 2. the end-to-end refresh rate: BENCH_ACCOUNTS (default 50,000) catalogue accounts refreshed through the
 *    simulated connector (12 posts each, scores recomputed) by the real worker module;
 * and their ratio (issue target: refresh rate ≥ 15 % of the ceiling and ≥ 1,000 accounts/s).
 * Its own database (fitscout_bench_refresh) and queue prefix; BENCH_REUSE=1 keeps an imported catalogue.
 */
import 'reflect-metadata';
import { CatalogueImportService, type ImportRecord } from '@fitscout/catalogue';
import { runMigrations } from '@fitscout/database';
import { JobProducer, QueueName } from '@fitscout/queue';
import { RefreshSchedulerService } from '@fitscout/refresh';
import { generateCatalogue } from '@fitscout/synthetic';
import { NestFactory } from '@nestjs/core';
import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import { benchDatabaseUrl, countAccounts, recreateDatabase } from './bench-support';

const NOOP_JOBS = Number(process.env.BENCH_NOOP_JOBS ?? 20_000);
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 50_000);
const DB_URL = benchDatabaseUrl('fitscout_bench_refresh');
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = 'fitscout-bench';

async function noopCeiling(): Promise<number> {
  const connection = new IORedis(REDIS_URL, { maxRetriesPerRequest: null });
  const queue = new Queue('bench-noop', { connection, prefix: PREFIX });
  await queue.obliterate({ force: true });
  for (let i = 0; i < NOOP_JOBS; i += 1000) {
    await queue.addBulk(
      Array.from({ length: Math.min(1000, NOOP_JOBS - i) }, (_, k) => ({
        name: 'noop',
        data: { i: i + k },
        opts: { removeOnComplete: true },
      })),
    );
  }
  let done = 0;
  const started = performance.now();
  const finished = new Promise<void>((resolve) => {
    const worker = new Worker('bench-noop', async () => undefined, {
      connection,
      prefix: PREFIX,
      concurrency: 64,
    });
    worker.on('completed', () => {
      if (++done === NOOP_JOBS) void worker.close().then(() => resolve());
    });
  });
  await finished;
  const rate = (NOOP_JOBS * 1000) / (performance.now() - started);
  await queue.obliterate({ force: true });
  await queue.close();
  connection.disconnect();
  return rate;
}

async function main(): Promise<void> {
  process.env.DATABASE_URL = DB_URL;
  process.env.QUEUE_PREFIX = PREFIX;
  process.env.WORKER_SCHEDULES = 'false';
  process.env.LOG_LEVEL = 'warn';
  process.env.CONNECTOR_MODE = 'simulated';
  const reuse = process.env.BENCH_REUSE === '1' && (await countAccounts(DB_URL)) >= ACCOUNTS;
  if (!reuse) await recreateDatabase(DB_URL);
  await runMigrations({ url: DB_URL, poolSize: 2, autoCreate: false });

  const ceiling = await noopCeiling();
  console.log(
    `BullMQ no-op ceiling: ${NOOP_JOBS} empty jobs, one worker (concurrency 64): ${ceiling.toFixed(0)} jobs/s`,
  );

  // Imported lazily so the env above is what their config reads.
  const { WorkerModule } = await import('../../apps/worker/src/worker.module');
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error', 'warn'] });
  try {
    if (!reuse) {
      const importer = app.get(CatalogueImportService);
      const now = new Date();
      let batch: ImportRecord[] = [];
      const t0 = performance.now();
      for (const record of generateCatalogue({ seed: 7, count: ACCOUNTS, postsPerAccount: 3, now })) {
        batch.push(record);
        if (batch.length === 1000) {
          await importer.importRecords(batch, now);
          batch = [];
        }
      }
      if (batch.length > 0) await importer.importRecords(batch, now);
      console.log(
        `imported ${ACCOUNTS} accounts to refresh in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );
    }
    const rows: { id: string }[] = await app
      .get(DataSource)
      .query(`SELECT id FROM platform_accounts WHERE status = 'active' ORDER BY id LIMIT $1`, [ACCOUNTS]);
    const ids = rows.map((r) => r.id);
    const queue = app.get(JobProducer).queue(QueueName.MetricsRefresh);
    await queue.obliterate({ force: true });
    const started = performance.now();
    const scheduler = app.get(RefreshSchedulerService);
    for (let i = 0; i < ids.length; i += 1000) await scheduler.requestRefresh(ids.slice(i, i + 1000), 'api');
    // Completed jobs are trimmed to the last 1,000, so the run ends when nothing is left to do.
    for (;;) {
      const c = await queue.getJobCounts('failed', 'waiting', 'active', 'delayed', 'prioritized');
      if (c.waiting + c.active + c.delayed + c.prioritized === 0) {
        const seconds = (performance.now() - started) / 1000;
        const rate = ids.length / seconds;
        console.log(
          `refreshed ${ids.length - c.failed} accounts (${c.failed} failed) in ${seconds.toFixed(1)} s = ${rate.toFixed(0)} accounts/s`,
        );
        console.log(
          `ratio refresh / no-op ceiling = ${((rate / ceiling) * 100).toFixed(1)} % (target >= 15 %); target >= 1,000 accounts/s`,
        );
        break;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    await queue.obliterate({ force: true });
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
