import type { Platform } from '@fitscout/scoring';
import { ConnectorErrorCode, TransientConnectorError } from '../errors/connector-errors';

export interface JsonResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON, or `undefined` when the body was empty or not JSON (error pages from proxies). */
  body: unknown;
}

export interface GetJsonOptions {
  platform: Platform;
  timeoutMs: number;
  /** Names the call in error messages ("channels.list"); URLs are never put in messages (they carry keys). */
  operation: string;
}

/**
 * GET a JSON API with a hard timeout covering connect, headers and body. Network failures and timeouts
 * become TransientConnectorError; every HTTP answer (including 4xx/5xx) is returned for the platform's
 * own classifier, because only it knows what a 403 means there.
 */
export async function getJson(url: URL, options: GetJsonOptions): Promise<JsonResponse> {
  const { platform, timeoutMs, operation } = options;
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { method: 'GET', headers: { accept: 'application/json' }, signal });
    text = await response.text();
  } catch (error) {
    if (isTimeout(error, signal)) {
      throw new TransientConnectorError(
        ConnectorErrorCode.Timeout,
        platform,
        `${platform} ${operation} timed out after ${timeoutMs} ms`,
        { cause: error },
      );
    }
    throw new TransientConnectorError(
      ConnectorErrorCode.Network,
      platform,
      `${platform} ${operation} failed: ${describeNetworkError(error)}`,
      { cause: error },
    );
  }
  return { status: response.status, headers: response.headers, body: parseJson(text) };
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isTimeout(error: unknown, signal: AbortSignal): boolean {
  if (signal.aborted) return true;
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/** undici wraps the interesting part (ECONNREFUSED, ECONNRESET…) in `cause`. */
function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  if (cause && typeof cause.code === 'string') return `${error.message} (${cause.code})`;
  return error.message;
}

/** `base` + `path` without losing the base's own path (`new URL('x', 'https://h/v3')` would drop `v3`). */
export function endpoint(base: string, path: string, query: Record<string, string>): URL {
  const url = new URL(`${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return url;
}

/** Narrowing helpers for untyped JSON: the upstream shape is documented, not guaranteed. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Counts arrive as numbers (Graph API) or decimal strings (Google APIs encode uint64 as strings). */
export function asCount(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return Math.round(value);
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return null;
}
