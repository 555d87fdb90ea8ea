import {
  AccountNotFoundError,
  AccountPrivateError,
  AccountSuspendedError,
  ConnectorDisabledError,
  ConnectorError,
  ConnectorErrorCode,
  ConnectorRequestError,
  InvalidCredentialsError,
  isConnectorError,
  isTransientConnectorError,
  PermanentConnectorError,
  QuotaExhaustedError,
  RateLimitedError,
  TransientConnectorError,
} from './connector-errors';

describe('connector errors', () => {
  const retryAt = new Date('2026-03-01T12:05:00.000Z');

  it('classifies every error as transient or permanent, with a machine code', () => {
    const cases: [ConnectorError, 'transient' | 'permanent', ConnectorErrorCode][] = [
      [
        new TransientConnectorError(ConnectorErrorCode.Timeout, 'youtube', 't'),
        'transient',
        ConnectorErrorCode.Timeout,
      ],
      [new RateLimitedError('instagram', 'r', retryAt), 'transient', ConnectorErrorCode.RateLimited],
      [new QuotaExhaustedError('youtube', 'q', retryAt), 'transient', ConnectorErrorCode.QuotaExhausted],
      [new AccountNotFoundError('youtube', 'n'), 'permanent', ConnectorErrorCode.AccountNotFound],
      [new AccountPrivateError('instagram', 'p'), 'permanent', ConnectorErrorCode.AccountPrivate],
      [new AccountSuspendedError('youtube', 's'), 'permanent', ConnectorErrorCode.AccountSuspended],
      [new InvalidCredentialsError('youtube', 'c'), 'permanent', ConnectorErrorCode.InvalidCredentials],
      [new ConnectorRequestError('instagram', 'b'), 'permanent', ConnectorErrorCode.RequestRejected],
      [new ConnectorDisabledError('tiktok', 'no key'), 'permanent', ConnectorErrorCode.ConnectorDisabled],
    ];
    for (const [error, kind, code] of cases) {
      expect(error).toBeInstanceOf(ConnectorError);
      expect(error).toBeInstanceOf(Error);
      expect(error.kind).toBe(kind);
      expect(error.code).toBe(code);
      expect(error instanceof PermanentConnectorError).toBe(kind === 'permanent');
      expect(isConnectorError(error)).toBe(true);
      expect(isTransientConnectorError(error)).toBe(kind === 'transient');
      expect(error.name).toBe(error.constructor.name);
    }
  });

  it('says which account status a permanent error implies, and none for our own problems', () => {
    expect(new AccountNotFoundError('youtube', 'x').accountStatus).toBe('deleted');
    expect(new AccountPrivateError('instagram', 'x').accountStatus).toBe('private');
    expect(new AccountSuspendedError('youtube', 'x').accountStatus).toBe('suspended');
    expect(new InvalidCredentialsError('youtube', 'x').accountStatus).toBeNull();
    expect(new ConnectorRequestError('youtube', 'x').accountStatus).toBeNull();
    expect(new ConnectorDisabledError('x', 'x').accountStatus).toBeNull();
    expect(new RateLimitedError('youtube', 'x', retryAt).accountStatus).toBeNull();
  });

  it('carries retryAt on rate-limit and quota errors only when given', () => {
    expect(new RateLimitedError('youtube', 'x', retryAt).retryAt).toBe(retryAt);
    expect(new QuotaExhaustedError('youtube', 'x', retryAt).retryAt).toBe(retryAt);
    expect(new TransientConnectorError(ConnectorErrorCode.Network, 'youtube', 'x').retryAt).toBeNull();
    expect(new AccountNotFoundError('youtube', 'x').retryAt).toBeNull();
  });

  it('keeps the cause and renders a structured log line', () => {
    const cause = new Error('ECONNRESET');
    const error = new RateLimitedError('instagram', 'slow down', retryAt, {
      httpStatus: 400,
      upstreamReason: '4',
      cause,
    });
    expect(error.cause).toBe(cause);
    expect(error.toLog()).toEqual({
      error: 'RateLimitedError',
      code: 'rate_limited',
      kind: 'transient',
      platform: 'instagram',
      httpStatus: 400,
      upstreamReason: '4',
      retryAt: '2026-03-01T12:05:00.000Z',
      accountStatus: null,
      message: 'slow down',
    });
  });
});
