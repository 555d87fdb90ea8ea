import type { AccountStatus } from '@fitscout/catalogue';
import type { Platform } from '@fitscout/scoring';

/**
 * Typed connector failures. Workers branch on two questions only:
 *  - `kind`: 'transient' → retry (at `retryAt` when given, else with the queue's backoff);
 *    'permanent' → do not retry this account until something changes.
 *  - `accountStatus`: what a permanent error says about the account ('deleted', 'private', 'suspended'),
 *    or null when it is about us (credentials, configuration, a bad request), not the account.
 */
export type ConnectorErrorKind = 'transient' | 'permanent';

/** Account statuses an upstream answer can imply; a subset of the catalogue's AccountStatus. */
export type ImpliedAccountStatus = Extract<AccountStatus, 'deleted' | 'private' | 'suspended'>;

export enum ConnectorErrorCode {
  Timeout = 'timeout',
  Network = 'network',
  UpstreamUnavailable = 'upstream_unavailable',
  /** A 2xx answer we could not read (not JSON, unexpected shape): usually an upstream glitch. */
  BadResponse = 'bad_response',
  RateLimited = 'rate_limited',
  QuotaExhausted = 'quota_exhausted',
  AccountNotFound = 'account_not_found',
  AccountPrivate = 'account_private',
  AccountSuspended = 'account_suspended',
  InvalidCredentials = 'invalid_credentials',
  /** The platform refused the request itself (400 with a reason we do not map): a bug or an unusable ref. */
  RequestRejected = 'request_rejected',
  ConnectorDisabled = 'connector_disabled',
}

export type TransientErrorCode =
  | ConnectorErrorCode.Timeout
  | ConnectorErrorCode.Network
  | ConnectorErrorCode.UpstreamUnavailable
  | ConnectorErrorCode.BadResponse;

export interface ConnectorErrorOptions {
  httpStatus?: number | null;
  /** The platform's own reason (`quotaExceeded`, `190`, `110/2207013`), for logs and support tickets. */
  upstreamReason?: string | null;
  cause?: unknown;
}

interface BaseOptions extends ConnectorErrorOptions {
  retryAt?: Date | null;
  accountStatus?: ImpliedAccountStatus | null;
}

export abstract class ConnectorError extends Error {
  abstract readonly kind: ConnectorErrorKind;
  readonly httpStatus: number | null;
  readonly upstreamReason: string | null;
  /** Earliest sensible retry; `null` = no advice from upstream. */
  readonly retryAt: Date | null;
  readonly accountStatus: ImpliedAccountStatus | null;

  protected constructor(
    readonly code: ConnectorErrorCode,
    readonly platform: Platform,
    message: string,
    options: BaseOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.httpStatus = options.httpStatus ?? null;
    this.upstreamReason = options.upstreamReason ?? null;
    this.retryAt = options.retryAt ?? null;
    this.accountStatus = options.accountStatus ?? null;
  }

  /** Structured fields for logs and job failure records (no credentials: messages never contain URLs). */
  toLog(): Record<string, unknown> {
    return {
      error: this.name,
      code: this.code,
      kind: this.kind,
      platform: this.platform,
      httpStatus: this.httpStatus,
      upstreamReason: this.upstreamReason,
      retryAt: this.retryAt?.toISOString() ?? null,
      accountStatus: this.accountStatus,
      message: this.message,
    };
  }
}

/** Timeouts, network failures, 5xx, unreadable answers: retry with backoff. */
export class TransientConnectorError extends ConnectorError {
  readonly kind = 'transient' as const;

  constructor(
    code: TransientErrorCode,
    platform: Platform,
    message: string,
    options: ConnectorErrorOptions & { retryAt?: Date | null } = {},
  ) {
    super(code, platform, message, options);
  }
}

/** Too many requests for now; `retryAt` from Retry-After (or the platform's usage header, or a default). */
export class RateLimitedError extends ConnectorError {
  readonly kind = 'transient' as const;
  declare readonly retryAt: Date;

  constructor(platform: Platform, message: string, retryAt: Date, options: ConnectorErrorOptions = {}) {
    super(ConnectorErrorCode.RateLimited, platform, message, { ...options, retryAt });
  }
}

/** A daily/periodic quota is used up; nothing succeeds before `retryAt` (YouTube: next midnight Pacific). */
export class QuotaExhaustedError extends ConnectorError {
  readonly kind = 'transient' as const;
  declare readonly retryAt: Date;

  constructor(platform: Platform, message: string, retryAt: Date, options: ConnectorErrorOptions = {}) {
    super(ConnectorErrorCode.QuotaExhausted, platform, message, { ...options, retryAt });
  }
}

/** Retrying the same request will not help. */
export abstract class PermanentConnectorError extends ConnectorError {
  readonly kind = 'permanent' as const;
}

/** The account does not exist (any more). Implies `deleted`; see the connector docs for ambiguous cases. */
export class AccountNotFoundError extends PermanentConnectorError {
  declare readonly accountStatus: ImpliedAccountStatus;

  constructor(platform: Platform, message: string, options: ConnectorErrorOptions = {}) {
    super(ConnectorErrorCode.AccountNotFound, platform, message, { ...options, accountStatus: 'deleted' });
  }
}

export class AccountPrivateError extends PermanentConnectorError {
  declare readonly accountStatus: ImpliedAccountStatus;

  constructor(platform: Platform, message: string, options: ConnectorErrorOptions = {}) {
    super(ConnectorErrorCode.AccountPrivate, platform, message, { ...options, accountStatus: 'private' });
  }
}

export class AccountSuspendedError extends PermanentConnectorError {
  declare readonly accountStatus: ImpliedAccountStatus;

  constructor(platform: Platform, message: string, options: ConnectorErrorOptions = {}) {
    super(ConnectorErrorCode.AccountSuspended, platform, message, {
      ...options,
      accountStatus: 'suspended',
    });
  }
}

/** Missing, invalid, expired or under-privileged credentials: an operator must act; says nothing about the account. */
export class InvalidCredentialsError extends PermanentConnectorError {
  constructor(platform: Platform, message: string, options: ConnectorErrorOptions = {}) {
    super(ConnectorErrorCode.InvalidCredentials, platform, message, options);
  }
}

export class ConnectorRequestError extends PermanentConnectorError {
  constructor(platform: Platform, message: string, options: ConnectorErrorOptions = {}) {
    super(ConnectorErrorCode.RequestRejected, platform, message, options);
  }
}

/** Thrown by every fetch of a disabled connector (no credentials, or no live connector for the platform). */
export class ConnectorDisabledError extends PermanentConnectorError {
  constructor(platform: Platform, reason: string) {
    super(ConnectorErrorCode.ConnectorDisabled, platform, `The ${platform} connector is disabled: ${reason}`);
  }
}

export function isConnectorError(error: unknown): error is ConnectorError {
  return error instanceof ConnectorError;
}

export function isTransientConnectorError(error: unknown): error is ConnectorError {
  return error instanceof ConnectorError && error.kind === 'transient';
}
