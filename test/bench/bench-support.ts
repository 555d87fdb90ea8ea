import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { Client } from 'pg';

export const ROOT = resolve(__dirname, '..', '..');

export function benchDatabaseUrl(name: string): string {
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/fitscout');
  url.pathname = `/${name}`;
  return url.toString();
}

export async function recreateDatabase(url: string): Promise<void> {
  const admin = new URL(url);
  const name = admin.pathname.slice(1);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
}

/** Starts the API as its own process (as in production), so the load generator does not share its event loop. */
export async function startApi(env: Record<string, string>, port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      resolve(ROOT, 'apps/api/src/main.ts'),
    ],
    {
      cwd: ROOT,
      env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health/ready`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error('API did not become ready');
}

export interface LatencyStats {
  count: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  rps: number;
}

/** Runs `total` requests with `concurrency` workers; each request's latency in ms. */
export async function drive(
  total: number,
  concurrency: number,
  request: (i: number) => Promise<boolean>,
): Promise<LatencyStats> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const t0 = performance.now();
        const ok = await request(i);
        latencies.push(performance.now() - t0);
        if (!ok) errors++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  return {
    count: latencies.length,
    errors,
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    mean: latencies.reduce((s, v) => s + v, 0) / latencies.length,
    rps: latencies.length / elapsed,
  };
}

export function formatStats(name: string, s: LatencyStats): string {
  const f = (v: number) => v.toFixed(2).padStart(8);
  return `${name.padEnd(22)} n=${String(s.count).padStart(6)} err=${s.errors}  p50=${f(s.p50)} ms  p95=${f(s.p95)} ms  p99=${f(s.p99)} ms  ${s.rps.toFixed(0)} req/s`;
}

/** Accounts already in a bench database (0 when it does not exist yet): lets BENCH_REUSE skip the import. */
export async function countAccounts(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query('SELECT count(*)::int AS n FROM platform_accounts');
    return rows[0].n as number;
  } catch {
    return 0;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * A bench organisation with an analyst, logged in through the API; returns the access token.
 * The API cannot create organisations (operators do, via the CLI), so they are inserted with a real scrypt hash.
 */
export async function benchLogin(base: string, dbUrl: string, email: string): Promise<string> {
  const password = 'bench-password-2026';
  const { hashPassword } = await import('@fitscout/identity');
  const pg = new Client({ connectionString: dbUrl });
  await pg.connect();
  const org = await pg.query(`INSERT INTO organisations (name, kind) VALUES ('Bench', 'ngo') RETURNING id`);
  const user = await pg.query(
    `INSERT INTO users (email, password_hash) VALUES ($1, $2) ON CONFLICT (email) DO UPDATE SET password_hash = $2 RETURNING id`,
    [email, await hashPassword(password)],
  );
  await pg.query(
    `INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, 'analyst') ON CONFLICT DO NOTHING`,
    [org.rows[0].id, user.rows[0].id],
  );
  await pg.end();
  const res = await fetch(`${base}/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password, organisationId: org.rows[0].id }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}
