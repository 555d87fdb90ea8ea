import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

interface Started {
  child: ChildProcess;
  output: () => string;
}

/** Starts an app entry point as its own process, on its own ports, with the test database and queue prefix. */
function startProcess(entry: string, env: Record<string, string>): Started {
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', entry],
    {
      cwd: ROOT,
      env: { ...process.env, ...env, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return { child, output: () => out };
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

const APPS: { name: string; entry: string; env: Record<string, string>; port: number; stopped: string }[] = [
  {
    name: 'api',
    entry: 'apps/api/src/main.ts',
    env: { PORT: '3911' },
    port: 3911,
    stopped: 'Fitscout API stopped',
  },
  {
    name: 'worker',
    entry: 'apps/worker/src/main.ts',
    env: { WORKER_PORT: '3912' },
    port: 3912,
    stopped: 'Fitscout worker stopped',
  },
];

describe('graceful shutdown on SIGTERM', () => {
  for (const app of APPS) {
    it(`${app.name} runs its shutdown hooks, closes its connections and exits`, async () => {
      const readyUrl = `http://127.0.0.1:${app.port}/health/ready`;
      const { child, output } = startProcess(app.entry, app.env);
      const exited = exitOf(child);
      try {
        await waitReady(readyUrl);
        const started = Date.now();
        child.kill('SIGTERM');
        // Nest re-raises the signal once its hooks are done; the log line proves they ran before the exit.
        expect(await exited).toEqual({ code: null, signal: 'SIGTERM' });
        expect(Date.now() - started).toBeLessThan(10_000);
        expect(output()).toContain(app.stopped);
        await expect(fetch(readyUrl)).rejects.toThrow();
      } finally {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
    }, 60_000);
  }
});
