/**
 * npm run bench:discovery — a benchmark that prints figures, not a test.
 * 1. generates a deterministic synthetic catalogue (BENCH_ACCOUNTS, default 1,000,000; 3 posts each)
 *    and imports it through the same import path as `catalogue:import`;
 * 2. starts the API as its own process on that database;
 * 3. drives discovery (a fixed mix of realistic queries) and GET /v1/influencers/{id} on random ids,
 *    concurrency 8, and prints p50/p95/p99, requests/s and the ratio discovery p50 ÷ get-by-id p50.
 * BENCH_REUSE=1 skips generation and import when the bench database is already loaded.
 */
import 'reflect-metadata';
import { CatalogueModule, CatalogueImportService } from '@fitscout/catalogue';
import { ConfigModule } from '@fitscout/config';
import { DatabaseModule, runMigrations } from '@fitscout/database';
import { writeCatalogueJsonl } from '@fitscout/synthetic';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  benchDatabaseUrl,
  drive,
  formatStats,
  recreateDatabase,
  startApi,
  countAccounts,
  benchLogin,
} from './bench-support';
import { DISCOVERY_QUERIES } from './discovery-queries';

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3000);
const CONCURRENCY = 8;
const PORT = 3900;
const DB_URL = benchDatabaseUrl('fitscout_bench');
const NOW = new Date('2026-11-23T12:00:00Z');

@Module({
  imports: [ConfigModule, DatabaseModule.forRoot({ applicationName: 'bench-import' }), CatalogueModule],
})
class ImportModule {}

async function prepare(): Promise<void> {
  if (process.env.BENCH_REUSE === '1' && (await countAccounts(DB_URL)) >= ACCOUNTS) {
    console.log(`reusing fitscout_bench with ${await countAccounts(DB_URL)} accounts`);
    return;
  }
  await recreateDatabase(DB_URL);
  await runMigrations({ url: DB_URL, poolSize: 2, autoCreate: false });
  const file = join(tmpdir(), `fitscout-bench-${ACCOUNTS}.jsonl`);
  if (!existsSync(file)) {
    const t0 = performance.now();
    const { records, bytes } = await writeCatalogueJsonl(file, {
      seed: 2026,
      count: ACCOUNTS,
      postsPerAccount: 3,
      now: NOW,
    });
    console.log(
      `generated ${records} accounts (${(bytes / 1e6).toFixed(0)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
  process.env.DATABASE_URL = DB_URL;
  process.env.LOG_LEVEL = 'warn';
  const app = await NestFactory.createApplicationContext(ImportModule, { logger: ['error', 'warn'] });
  const report = await app.get(CatalogueImportService).importFile(file, { now: NOW });
  await app.close();
  console.log(
    `import: ${report.inserted + report.updated} accounts (${report.invalid} invalid) in ${(report.durationMs / 1000).toFixed(1)} s = ${report.accountsPerSecond} accounts/s`,
  );
  if (process.env.BENCH_KEEP_FILE !== '1') rmSync(file, { force: true });
  const client = new Client({ connectionString: DB_URL });
  await client.connect();
  await client.query('VACUUM ANALYZE');
  await client.end();
}

async function main(): Promise<void> {
  await prepare();
  const client = new Client({ connectionString: DB_URL });
  await client.connect();
  // A 2 % page sample is cheap on a million rows but can come back empty on a small catalogue.
  const sample = 'SELECT id FROM influencers TABLESAMPLE SYSTEM (2) LIMIT 20000';
  let ids = (await client.query(sample)).rows.map((r) => r.id as string);
  if (ids.length < 100)
    ids = (await client.query('SELECT id FROM influencers LIMIT 20000')).rows.map((r) => r.id as string);
  await client.end();

  const api = await startApi({ DATABASE_URL: DB_URL, QUEUE_PREFIX: 'fitscout-bench' }, PORT);
  try {
    const base = `http://127.0.0.1:${PORT}`;
    const token = await benchLogin(base, DB_URL, 'bench@fitscout.local');
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const discovery = (i: number) =>
      fetch(`${base}/v1/discovery/search`, {
        method: 'POST',
        headers,
        body: JSON.stringify(DISCOVERY_QUERIES[i % DISCOVERY_QUERIES.length]),
      }).then(async (r) => (await r.arrayBuffer(), r.ok));
    const byId = (i: number) =>
      fetch(`${base}/v1/influencers/${ids[(i * 7919) % ids.length]}`, { headers }).then(
        async (r) => (await r.arrayBuffer(), r.ok),
      );

    await drive(DISCOVERY_QUERIES.length * 2, CONCURRENCY, discovery); // warm-up: plans and caches
    await drive(200, CONCURRENCY, byId);
    const d = await drive(REQUESTS, CONCURRENCY, discovery);
    const g = await drive(REQUESTS, CONCURRENCY, byId);
    console.log(
      `\n${DISCOVERY_QUERIES.length} discovery queries, concurrency ${CONCURRENCY}, ${ACCOUNTS} accounts`,
    );
    console.log(formatStats('discovery search', d));
    console.log(formatStats('GET influencer by id', g));
    console.log(`ratio discovery p50 / get-by-id p50 = ${(d.p50 / g.p50).toFixed(2)} (target <= 3)`);
    console.log(`discovery p95 = ${d.p95.toFixed(1)} ms (target < 50 ms)`);
    await perQuery(base, headers);
  } finally {
    api.kill('SIGTERM');
  }
}

/** Median latency of each query alone, to see which one is slow. */
async function perQuery(base: string, headers: Record<string, string>): Promise<void> {
  console.log('\nper query (median of 5, sequential):');
  for (const [i, q] of DISCOVERY_QUERIES.entries()) {
    const times: number[] = [];
    let hits = 0;
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now();
      const r = await fetch(`${base}/v1/discovery/search`, {
        method: 'POST',
        headers,
        body: JSON.stringify(q),
      });
      hits = ((await r.json()) as { items: unknown[] }).items.length;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(
      `  #${String(i).padStart(2)} ${times[2].toFixed(1).padStart(7)} ms  ${String(hits).padStart(3)} hits  ${JSON.stringify(q)}`,
    );
  }
}

void main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
