import {
  AccountNotFoundError,
  AccountSuspendedError,
  ConnectorErrorCode,
  ConnectorRequestError,
  InvalidCredentialsError,
  QuotaExhaustedError,
  RateLimitedError,
  TransientConnectorError,
} from '../errors/connector-errors';
import type { JsonResponse } from '../http/http-json';
import { classifyYouTubeError, YOUTUBE_RATE_LIMIT_FALLBACK_MS } from './youtube.errors';

const now = new Date('2026-01-15T20:00:00Z');

function googleError(
  status: number,
  reason: string,
  message = 'Something happened',
  headers: Record<string, string> = {},
): JsonResponse {
  return {
    status,
    headers: new Headers(headers),
    body: { error: { code: status, message, errors: [{ message, domain: 'youtube.quota', reason }] } },
  };
}

describe('classifyYouTubeError', () => {
  it('maps quotaExceeded to QuotaExhaustedError until midnight Pacific', () => {
    const error = classifyYouTubeError(
      googleError(
        403,
        'quotaExceeded',
        'The request cannot be completed because you have exceeded your <a href="/youtube/v3/getting-started#quota">quota</a>.',
      ),
      'videos.list',
      now,
    );
    expect(error).toBeInstanceOf(QuotaExhaustedError);
    expect(error.kind).toBe('transient');
    expect(error.retryAt?.toISOString()).toBe('2026-01-16T08:00:00.000Z');
    expect(error.upstreamReason).toBe('quotaExceeded');
    expect(error.message).toContain('exceeded your quota.');
    expect(error.message).not.toContain('<a');
  });

  it('maps rate limits to RateLimitedError, honouring Retry-After', () => {
    const withHeader = classifyYouTubeError(
      googleError(403, 'rateLimitExceeded', 'slow', { 'retry-after': '30' }),
      'x',
      now,
    );
    expect(withHeader).toBeInstanceOf(RateLimitedError);
    expect(withHeader.retryAt?.getTime()).toBe(now.getTime() + 30_000);
    const without = classifyYouTubeError(googleError(403, 'userRateLimitExceeded'), 'x', now);
    expect(without.retryAt?.getTime()).toBe(now.getTime() + YOUTUBE_RATE_LIMIT_FALLBACK_MS);
    const plain429 = classifyYouTubeError({ status: 429, headers: new Headers(), body: undefined }, 'x', now);
    expect(plain429).toBeInstanceOf(RateLimitedError);
  });

  it('maps bad keys in both the old and the current envelope to InvalidCredentialsError', () => {
    expect(classifyYouTubeError(googleError(400, 'keyInvalid', 'Bad Request'), 'x', now)).toBeInstanceOf(
      InvalidCredentialsError,
    );
    const current: JsonResponse = {
      status: 400,
      headers: new Headers(),
      body: {
        error: {
          code: 400,
          message: 'API key not valid. Please pass a valid API key.',
          errors: [
            {
              message: 'API key not valid. Please pass a valid API key.',
              domain: 'global',
              reason: 'badRequest',
            },
          ],
          status: 'INVALID_ARGUMENT',
          details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID' }],
        },
      },
    };
    const error = classifyYouTubeError(current, 'x', now);
    expect(error).toBeInstanceOf(InvalidCredentialsError);
    expect(error.kind).toBe('permanent');
    expect(error.accountStatus).toBeNull();
    expect(classifyYouTubeError(googleError(403, 'accessNotConfigured'), 'x', now)).toBeInstanceOf(
      InvalidCredentialsError,
    );
    expect(classifyYouTubeError(googleError(403, 'forbidden'), 'x', now)).toBeInstanceOf(
      InvalidCredentialsError,
    );
  });

  it('maps missing and closed channels to AccountNotFoundError, suspended ones to AccountSuspendedError', () => {
    const missing = classifyYouTubeError(googleError(404, 'channelNotFound'), 'channels.list', now);
    expect(missing).toBeInstanceOf(AccountNotFoundError);
    expect(missing.accountStatus).toBe('deleted');
    expect(classifyYouTubeError(googleError(403, 'channelClosed'), 'x', now)).toBeInstanceOf(
      AccountNotFoundError,
    );
    const suspended = classifyYouTubeError(googleError(403, 'channelSuspended'), 'x', now);
    expect(suspended).toBeInstanceOf(AccountSuspendedError);
    expect(suspended.accountStatus).toBe('suspended');
  });

  it('maps 5xx and backendError to a transient error, other 4xx to ConnectorRequestError', () => {
    const upstream = classifyYouTubeError(googleError(503, 'backendError'), 'x', now);
    expect(upstream).toBeInstanceOf(TransientConnectorError);
    expect(upstream.code).toBe(ConnectorErrorCode.UpstreamUnavailable);
    const html = classifyYouTubeError({ status: 502, headers: new Headers(), body: undefined }, 'x', now);
    expect(html.code).toBe(ConnectorErrorCode.UpstreamUnavailable);
    const bad = classifyYouTubeError(googleError(400, 'invalidPageToken'), 'x', now);
    expect(bad).toBeInstanceOf(ConnectorRequestError);
    expect(bad.kind).toBe('permanent');
  });
});
