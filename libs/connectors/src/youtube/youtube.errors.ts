import {
  AccountNotFoundError,
  AccountSuspendedError,
  type ConnectorError,
  ConnectorErrorCode,
  ConnectorRequestError,
  InvalidCredentialsError,
  QuotaExhaustedError,
  RateLimitedError,
  TransientConnectorError,
} from '../errors/connector-errors';
import { after, nextMidnightPacific, parseRetryAfter } from '../errors/retry-after';
import { asRecord, type JsonResponse } from '../http/http-json';
import type { YtErrorBody } from './youtube.api';

/** Google sends no Retry-After with per-minute limits; a minute is the window those limits are counted in. */
export const YOUTUBE_RATE_LIMIT_FALLBACK_MS = 60_000;

// Reasons from developers.google.com/youtube/v3/docs/errors and Google's global API errors.
const QUOTA = new Set(['quotaExceeded', 'dailyLimitExceeded', 'dailyLimitExceededUnreg']);
const RATE = new Set(['rateLimitExceeded', 'userRateLimitExceeded', 'RATE_LIMIT_EXCEEDED']);
const CREDENTIALS = new Set([
  'keyInvalid',
  'keyExpired',
  'API_KEY_INVALID',
  'API_KEY_EXPIRED',
  'API_KEY_SERVICE_BLOCKED',
  'accessNotConfigured',
  'SERVICE_DISABLED',
  'ipRefererBlocked',
  'API_KEY_HTTP_REFERRER_BLOCKED',
  'API_KEY_IP_ADDRESS_BLOCKED',
  'forbidden',
  'insufficientPermissions',
  'authError',
]);
const NOT_FOUND = new Set([
  'channelNotFound',
  'playlistNotFound',
  'videoNotFound',
  'notFound',
  'channelClosed',
]);
const SUSPENDED = new Set(['channelSuspended']);

/** Every reason the envelope carries: `errors[].reason` (v3 style) and `details[].reason` (google.rpc style). */
export function youtubeReasons(body: unknown): string[] {
  const error = (asRecord(body) as YtErrorBody | undefined)?.error;
  if (!asRecord(error)) return [];
  const reasons: string[] = [];
  for (const item of Array.isArray(error?.errors) ? error.errors : []) {
    if (typeof item?.reason === 'string') reasons.push(item.reason);
  }
  for (const item of Array.isArray(error?.details) ? error.details : []) {
    if (typeof item?.reason === 'string') reasons.push(item.reason);
  }
  return reasons;
}

function messageOf(body: unknown): string | undefined {
  const message = (asRecord(body) as YtErrorBody | undefined)?.error?.message;
  // Google's messages contain HTML links (`<a href=...>quota</a>`); keep the text only.
  return typeof message === 'string' ? message.replace(/<[^>]*>/g, '').trim() : undefined;
}

/**
 * Maps a non-2xx YouTube answer to a typed error. Reasons win over status codes: Google answers 403 for
 * quota, rate limits and bad keys alike. `operation` names the call for messages.
 */
export function classifyYouTubeError(response: JsonResponse, operation: string, now: Date): ConnectorError {
  const { status } = response;
  const reasons = youtubeReasons(response.body);
  const has = (set: ReadonlySet<string>) => reasons.find((reason) => set.has(reason));
  const detail = messageOf(response.body) ?? `HTTP ${status}`;
  const base = { httpStatus: status, upstreamReason: reasons[0] ?? null };
  const prefix = `YouTube ${operation}`;

  const quota = has(QUOTA);
  if (quota) {
    return new QuotaExhaustedError(
      'youtube',
      `${prefix}: daily quota exhausted (${detail})`,
      nextMidnightPacific(now),
      {
        ...base,
        upstreamReason: quota,
      },
    );
  }
  const rate = has(RATE);
  if (rate || status === 429) {
    const retryAt =
      parseRetryAfter(response.headers.get('retry-after'), now) ?? after(now, YOUTUBE_RATE_LIMIT_FALLBACK_MS);
    return new RateLimitedError('youtube', `${prefix}: rate limited (${detail})`, retryAt, {
      ...base,
      upstreamReason: rate ?? base.upstreamReason,
    });
  }
  // An invalid key comes back as 400 badRequest with "API key not valid" on current API versions.
  const credentials = has(CREDENTIALS);
  if (credentials || status === 401 || /API key/i.test(detail)) {
    return new InvalidCredentialsError('youtube', `${prefix}: credentials refused (${detail})`, {
      ...base,
      upstreamReason: credentials ?? base.upstreamReason,
    });
  }
  const suspended = has(SUSPENDED);
  if (suspended) {
    return new AccountSuspendedError('youtube', `${prefix}: channel suspended (${detail})`, {
      ...base,
      upstreamReason: suspended,
    });
  }
  const notFound = has(NOT_FOUND);
  if (notFound || status === 404) {
    return new AccountNotFoundError('youtube', `${prefix}: not found (${detail})`, {
      ...base,
      upstreamReason: notFound ?? base.upstreamReason,
    });
  }
  if (status >= 500 || reasons.includes('backendError')) {
    const retryAt = parseRetryAfter(response.headers.get('retry-after'), now);
    return new TransientConnectorError(
      ConnectorErrorCode.UpstreamUnavailable,
      'youtube',
      `${prefix}: upstream error (${detail})`,
      { ...base, retryAt },
    );
  }
  return new ConnectorRequestError('youtube', `${prefix}: request rejected (${detail})`, base);
}
