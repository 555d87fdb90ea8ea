import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

/** Starts an app entry point as its own process, on its own port, with the test database and queue prefix. */
function startProcess(entry: string, env: Record<string, string>): ChildProcess {
  return spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', entry],
    {
      cwd: ROOT,
      env: { ...process.env, ...env, LOG_LEVEL: 'silent' },
      stdio: 'ignore',
    },
  );
}

async function waitReady(url: string, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} not ready`);
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
}

const APPS: { name: string; entry: string; env: Record<string, string>; port: number }[] = [
  { name: 'api', entry: 'apps/api/src/main.ts', env: { PORT: '3911' }, port: 3911 },
  { name: 'worker', entry: 'apps/worker/src/main.ts', env: { WORKER_PORT: '3912' }, port: 3912 },
];

describe('graceful shutdown on SIGTERM', () => {
  for (const app of APPS) {
    it(`${app.name} stops serving and exits promptly on SIGTERM`, async () => {
      const readyUrl = `http://127.0.0.1:${app.port}/health/ready`;
      const child = startProcess(app.entry, app.env);
      const exited = exitOf(child);
      try {
        await waitReady(readyUrl);
        const started = Date.now();
        child.kill('SIGTERM');
        // Nest re-raises the signal once its shutdown hooks are done (workers closed, HTTP server and pools
        // closed). A hook that hung, or a handle left open, would keep the process alive past the deadline.
        expect(await exited).toEqual({ code: null, signal: 'SIGTERM' });
        expect(Date.now() - started).toBeLessThan(10_000);
        await expect(fetch(readyUrl)).rejects.toThrow();
      } finally {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
    }, 60_000);
  }
});
