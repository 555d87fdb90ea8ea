import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake platform answers; `delayMs` holds the response back (timeouts). */
export interface FakeResponse {
  status?: number;
  headers?: Record<string, string>;
  /** Serialised as JSON unless `raw` is given. */
  body?: unknown;
  raw?: string;
  delayMs?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
}

export type FakeHandler = (request: RecordedRequest) => FakeResponse;

export interface LocalApiServer {
  /** `http://127.0.0.1:<port>` plus the given path prefix, without a trailing slash. */
  baseUrl: string;
  requests: RecordedRequest[];
  /** Replace the handler between tests. */
  handle(handler: FakeHandler): void;
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 (port 0 = any free port) that answers like a platform API, so the
 * connectors are tested through fetch, headers, status codes and timeouts rather than a mocked client.
 */
export async function startLocalApiServer(prefix = ''): Promise<LocalApiServer> {
  let handler: FakeHandler = () => ({ status: 404, body: { error: { message: 'no handler' } } });
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((req: IncomingMessage, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname;
    const recorded = { method: req.method ?? 'GET', path, query: url.searchParams };
    requests.push(recorded);
    const answer = handler(recorded);
    const send = () => {
      if (res.destroyed) return;
      const payload = answer.raw ?? (answer.body === undefined ? '' : JSON.stringify(answer.body));
      res.writeHead(answer.status ?? 200, {
        'content-type': 'application/json; charset=UTF-8',
        ...answer.headers,
      });
      res.end(payload);
    };
    if (answer.delayMs) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        send();
      }, answer.delayMs);
      timers.add(timer);
    } else {
      send();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${prefix}`,
    requests,
    handle: (next) => {
      handler = next;
    },
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
