import {
  AccountNotFoundError,
  type ConnectorError,
  ConnectorErrorCode,
  ConnectorRequestError,
  InvalidCredentialsError,
  RateLimitedError,
  TransientConnectorError,
} from '../errors/connector-errors';
import { after, parseRetryAfter } from '../errors/retry-after';
import { asRecord, type JsonResponse } from '../http/http-json';
import type { IgErrorBody } from './instagram.api';

/**
 * Graph API throttling windows are rolling hours; without an estimate from upstream, retrying sooner than
 * a quarter of an hour mostly burns more of the same budget.
 */
export const INSTAGRAM_RATE_LIMIT_FALLBACK_MS = 15 * 60_000;

// developers.facebook.com/docs/graph-api/guides/error-handling and …/overview/rate-limiting:
// 4 app, 17 user, 32 page, 613 custom throttling; 80001–80014 Business Use Case limits (80002 = Instagram).
const RATE_LIMIT_CODES = new Set([4, 17, 32, 613]);
const isBucRateLimit = (code: number) => code >= 80001 && code <= 80014;
/** 190 expired/invalid token, 102 session; 10 and 200–299 missing permissions. */
const isCredentialCode = (code: number) =>
  code === 190 || code === 102 || code === 10 || (code >= 200 && code <= 299);
/** 1 unknown, 2 service: "temporary issue due to downtime, wait and retry". */
const TRANSIENT_CODES = new Set([1, 2]);
/**
 * Business Discovery's "Cannot find User" (code 110, also seen with 24). It is returned for usernames that
 * do not exist *and* for personal accounts, which Business Discovery cannot read. Private accounts are
 * always personal accounts, so a creator who went private looks exactly like a deleted one here.
 */
export const IG_USER_NOT_FOUND_SUBCODE = 2207013;

interface GraphError {
  code: number | null;
  subcode: number | null;
  message: string;
  transient: boolean;
  userTitle: string | null;
}

function readError(body: unknown): GraphError | null {
  const error = asRecord((asRecord(body) as IgErrorBody | undefined)?.error) as IgErrorBody['error'];
  if (!error) return null;
  return {
    code: typeof error.code === 'number' ? error.code : null,
    subcode: typeof error.error_subcode === 'number' ? error.error_subcode : null,
    message: typeof error.message === 'string' ? error.message : '',
    transient: error.is_transient === true,
    userTitle: typeof error.error_user_title === 'string' ? error.error_user_title : null,
  };
}

/** Minutes until access returns, from the Business Use Case usage header (max over its entries). */
export function bucRegainMs(header: string | null): number | null {
  if (!header) return null;
  let usage: unknown;
  try {
    usage = JSON.parse(header);
  } catch {
    return null;
  }
  let minutes = 0;
  for (const entries of Object.values(asRecord(usage) ?? {})) {
    for (const entry of Array.isArray(entries) ? entries : []) {
      const value = asRecord(entry)?.estimated_time_to_regain_access;
      if (typeof value === 'number' && value > minutes) minutes = value;
    }
  }
  return minutes > 0 ? minutes * 60_000 : null;
}

function rateLimitRetryAt(response: JsonResponse, now: Date): Date {
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'), now);
  if (retryAfter) return retryAfter;
  const regain = bucRegainMs(response.headers.get('x-business-use-case-usage'));
  return after(now, regain ?? INSTAGRAM_RATE_LIMIT_FALLBACK_MS);
}

/** Maps a Graph API error answer (usually HTTP 400 with the envelope) to a typed error. */
export function classifyInstagramError(response: JsonResponse, handle: string, now: Date): ConnectorError {
  const { status } = response;
  const error = readError(response.body);
  const code = error?.code ?? null;
  const reason = code === null ? null : error?.subcode ? `${code}/${error.subcode}` : `${code}`;
  const base = { httpStatus: status, upstreamReason: reason };
  const detail = error?.message || `HTTP ${status}`;
  const prefix = 'Instagram business_discovery';

  if ((code !== null && (RATE_LIMIT_CODES.has(code) || isBucRateLimit(code))) || status === 429) {
    return new RateLimitedError(
      'instagram',
      `${prefix}: rate limited (${detail})`,
      rateLimitRetryAt(response, now),
      base,
    );
  }
  if ((code !== null && isCredentialCode(code)) || status === 401) {
    return new InvalidCredentialsError(
      'instagram',
      `${prefix}: token or permissions refused (${detail})`,
      base,
    );
  }
  if (
    error?.subcode === IG_USER_NOT_FOUND_SUBCODE ||
    /cannot find user/i.test(`${error?.userTitle ?? ''} ${error?.message ?? ''}`)
  ) {
    return new AccountNotFoundError(
      'instagram',
      `${prefix}: no professional account @${handle} (it does not exist, was renamed, or is a personal/private account; Business Discovery cannot tell these apart)`,
      base,
    );
  }
  // 100/33: "object does not exist or cannot be loaded" for the id in the path, i.e. our own
  // INSTAGRAM_BUSINESS_ACCOUNT_ID is wrong or the token cannot see it: a configuration problem.
  if (code === 100 && error?.subcode === 33) {
    return new InvalidCredentialsError(
      'instagram',
      `${prefix}: INSTAGRAM_BUSINESS_ACCOUNT_ID is not readable with this token (${detail})`,
      base,
    );
  }
  if (status >= 500 || error?.transient || (code !== null && TRANSIENT_CODES.has(code))) {
    return new TransientConnectorError(
      ConnectorErrorCode.UpstreamUnavailable,
      'instagram',
      `${prefix}: upstream error (${detail})`,
      { ...base, retryAt: parseRetryAfter(response.headers.get('retry-after'), now) },
    );
  }
  return new ConnectorRequestError('instagram', `${prefix}: request rejected (${detail})`, base);
}
