/**
 * Typed domain errors. Services (used by both the API and the worker) throw these,
 * never HttpException; the API maps each code to HTTP once, in the problem filter.
 */
export enum ErrorCode {
  ValidationFailed = 'validation_failed',
  MalformedRequest = 'malformed_request',
  PayloadTooLarge = 'payload_too_large',
  Unauthenticated = 'unauthenticated',
  InvalidCredentials = 'invalid_credentials',
  InvalidToken = 'invalid_token',
  Forbidden = 'forbidden',
  NotFound = 'not_found',
  Conflict = 'conflict',
  InvalidStateTransition = 'invalid_state_transition',
  Unprocessable = 'unprocessable',
  RateLimited = 'rate_limited',
  DependencyUnavailable = 'dependency_unavailable',
  Internal = 'internal_error',
}

/** One problem with one input field, addressed by its path (`brief.budget.amount`, `items[3].caption`). */
export interface FieldError {
  field: string;
  message: string;
  /** The rule that failed, e.g. `isUuid`, `maxLength`, `whitelistValidation`. */
  rule?: string;
}

export interface DomainErrorOptions {
  errors?: FieldError[];
  /** Extra machine-readable members added to the problem document (e.g. `allowed`). */
  extensions?: Record<string, unknown>;
  cause?: unknown;
}

export class DomainError extends Error {
  readonly errors: FieldError[];
  readonly extensions: Record<string, unknown>;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: DomainErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DomainError';
    this.errors = options.errors ?? [];
    this.extensions = options.extensions ?? {};
  }

  static validation(errors: FieldError[], message = 'The request is invalid.'): DomainError {
    return new DomainError(ErrorCode.ValidationFailed, message, { errors });
  }

  static notFound(resource: string): DomainError {
    return new DomainError(ErrorCode.NotFound, `${resource} was not found.`, { extensions: { resource } });
  }

  static conflict(message: string, extensions?: Record<string, unknown>): DomainError {
    return new DomainError(ErrorCode.Conflict, message, { extensions });
  }

  static forbidden(message: string, extensions?: Record<string, unknown>): DomainError {
    return new DomainError(ErrorCode.Forbidden, message, { extensions });
  }
}

export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}
