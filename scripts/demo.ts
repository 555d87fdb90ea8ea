/**
 * `npm run demo`: checks PostgreSQL and Redis, migrates, seeds the demo organisation (idempotent),
 * starts the API and the worker from dist/, waits until both are ready and prints where to go.
 */
import 'reflect-metadata';
import { loadConfigOrExit } from '@fitscout/config';
import {
  DatabaseUnreachableError,
  describeDatabaseUrl,
  ensureDatabase,
  runMigrations,
} from '@fitscout/database';
import { CatalogueImportService, type ImportRecord } from '@fitscout/catalogue';
import { ScoreService } from '@fitscout/fit';
import { OrganisationsService } from '@fitscout/identity';
import { generateCatalogue } from '@fitscout/synthetic';
import { DataSource } from 'typeorm';
import { NestFactory } from '@nestjs/core';
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import IORedis from 'ioredis';
import { CliModule } from '../apps/cli/src/cli.module';

const DEMO_ORG = 'Demo Kampagnenbüro';
const DEMO_EMAIL = 'owner@demo.fitscout.local';
const DEMO_PASSWORD = 'fitscout-demo-2026';
const HOW_TO_START =
  'Start them with `docker compose up -d postgres redis`, or point DATABASE_URL / REDIS_URL at running servers.';

const fail = (line: string): never => {
  process.stderr.write(`${line}\n`);
  process.exit(1);
};

async function checkRedis(url: string): Promise<void> {
  const redis = new IORedis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch {
    fail(`Redis is not reachable at ${new URL(url).host}. ${HOW_TO_START}`);
  } finally {
    redis.disconnect();
  }
}

const DEMO_CREATORS = 5000;

/**
 * On first run: 5,000 synthetic creators (German and English, all tiers, posts, audiences, history,
 * follower samples) from the same deterministic generator the discovery benchmark uses.
 */
async function seedCatalogue(
  app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>,
): Promise<void> {
  const [{ count }] = await app.get(DataSource).query('SELECT count(*)::int AS count FROM platform_accounts');
  if (count > 0) return;
  const now = new Date();
  const importer = app.get(CatalogueImportService);
  let batch: ImportRecord[] = [];
  let imported = 0;
  const started = Date.now();
  const records = generateCatalogue({
    seed: 2026,
    count: DEMO_CREATORS,
    countBy: 'creators',
    postsPerAccount: 12,
    now,
    snapshots: 8,
    followerSampleSize: 100,
  });
  for (const record of records) {
    batch.push(record);
    if (batch.length === 500) {
      imported += (await importer.importRecords(batch, now)).inserted;
      batch = [];
    }
  }
  if (batch.length > 0) imported += (await importer.importRecords(batch, now)).inserted;
  process.stdout.write(
    `Imported ${imported} synthetic creator accounts in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`,
  );
  // Scores make the demo's detail pages, discovery sorts and fit ranking meaningful from the first request.
  const scores = app.get(ScoreService);
  const benchmark = await scores.rebuildBenchmark({ now });
  const scored = await scores.recomputeAll({ now });
  process.stdout.write(
    `Scored ${scored.accounts} accounts against benchmark ${benchmark.version} at ${scored.accountsPerSecond} accounts/s.\n`,
  );
}

async function seed(): Promise<void> {
  const app = await NestFactory.createApplicationContext(CliModule, { logger: ['error'] });
  try {
    await seedCatalogue(app);
    const organisations = app.get(OrganisationsService);
    if (await organisations.findByName(DEMO_ORG)) return;
    await organisations.create({
      name: DEMO_ORG,
      kind: 'ngo',
      defaultJurisdictions: ['DE', 'AT'],
      owner: { email: DEMO_EMAIL, password: DEMO_PASSWORD, displayName: 'Demo Owner' },
    });
  } finally {
    await app.close();
  }
}

// This file runs compiled as dist/scripts/demo.js.
const DIST = resolve(__dirname, '..');
const REGISTER_PATHS = resolve(DIST, '..', 'scripts', 'register-paths.js');

function start(name: string, entry: string): ChildProcess {
  const child = spawn(process.execPath, ['-r', REGISTER_PATHS, resolve(DIST, entry)], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: process.env,
  });
  child.on('exit', (code, signal) => {
    if (!stopping) fail(`${name} exited (${signal ?? code}); see its log above.`);
  });
  return child;
}

async function waitReady(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  fail(`${url} did not become ready within ${timeoutMs / 1000} s`);
}

let stopping = false;

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  try {
    await ensureDatabase(config.database.url);
  } catch (error) {
    if (error instanceof DatabaseUnreachableError) {
      fail(`PostgreSQL is not reachable at ${describeDatabaseUrl(config.database.url)}. ${HOW_TO_START}`);
    }
    throw error;
  }
  await checkRedis(config.redis.url);
  const applied = await runMigrations(config.database);
  process.stdout.write(`Database ready (${applied.length} migration(s) applied).\n`);
  await seed();

  const children = [start('API', 'apps/api/src/main.js'), start('worker', 'apps/worker/src/main.js')];
  const shutdown = () => {
    stopping = true;
    for (const c of children) c.kill('SIGTERM');
    setTimeout(() => process.exit(0), 10_000).unref();
    Promise.all(children.map((c) => new Promise((r) => c.once('exit', r)))).then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  const api = `http://localhost:${config.http.port}`;
  await waitReady(`${api}/health/ready`);
  await waitReady(`http://localhost:${config.http.workerPort}/health/ready`);
  process.stdout.write(
    [
      '',
      'Fitscout demo is running.',
      `  API          ${api}/v1`,
      `  Swagger UI   ${api}/docs`,
      `  OpenAPI      ${api}/openapi.json`,
      `  Health       ${api}/health/ready   (worker: http://localhost:${config.http.workerPort}/health/ready)`,
      `  Login        ${DEMO_EMAIL} / ${DEMO_PASSWORD}   (organisation "${DEMO_ORG}", role owner)`,
      '',
      `  curl -s -X POST ${api}/v1/auth/login -H 'Content-Type: application/json' \\`,
      `       -d '{"email":"${DEMO_EMAIL}","password":"${DEMO_PASSWORD}"}'`,
      '',
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
}

void main();
