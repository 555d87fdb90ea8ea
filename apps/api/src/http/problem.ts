import { assertUnreachable, DomainError, ErrorCode, type FieldError } from '@fitscout/common';
import { HttpException, HttpStatus } from '@nestjs/common';

/** RFC 9457 problem document, as every error leaves the API. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemType(code: ErrorCode): string {
  return `urn:fitscout:problem:${code}`;
}

/** The one mapping of domain error codes to HTTP; adding a code without a status fails typechecking. */
export function statusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.ValidationFailed:
    case ErrorCode.MalformedRequest:
      return HttpStatus.BAD_REQUEST;
    case ErrorCode.Unauthenticated:
    case ErrorCode.InvalidCredentials:
    case ErrorCode.InvalidToken:
      return HttpStatus.UNAUTHORIZED;
    case ErrorCode.Forbidden:
      return HttpStatus.FORBIDDEN;
    case ErrorCode.NotFound:
      return HttpStatus.NOT_FOUND;
    case ErrorCode.Conflict:
    case ErrorCode.InvalidStateTransition:
      return HttpStatus.CONFLICT;
    case ErrorCode.PayloadTooLarge:
      return HttpStatus.PAYLOAD_TOO_LARGE;
    case ErrorCode.Unprocessable:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case ErrorCode.RateLimited:
      return HttpStatus.TOO_MANY_REQUESTS;
    case ErrorCode.DependencyUnavailable:
      return HttpStatus.SERVICE_UNAVAILABLE;
    case ErrorCode.Internal:
      return HttpStatus.INTERNAL_SERVER_ERROR;
    default:
      return assertUnreachable(code);
  }
}

const TITLES: Record<ErrorCode, string> = {
  [ErrorCode.ValidationFailed]: 'Validation failed',
  [ErrorCode.MalformedRequest]: 'Malformed request',
  [ErrorCode.PayloadTooLarge]: 'Payload too large',
  [ErrorCode.Unauthenticated]: 'Authentication required',
  [ErrorCode.InvalidCredentials]: 'Invalid credentials',
  [ErrorCode.InvalidToken]: 'Invalid token',
  [ErrorCode.Forbidden]: 'Forbidden',
  [ErrorCode.NotFound]: 'Not found',
  [ErrorCode.Conflict]: 'Conflict',
  [ErrorCode.InvalidStateTransition]: 'Invalid state transition',
  [ErrorCode.Unprocessable]: 'Unprocessable request',
  [ErrorCode.RateLimited]: 'Too many requests',
  [ErrorCode.DependencyUnavailable]: 'Service unavailable',
  [ErrorCode.Internal]: 'Internal server error',
};

const HTTP_STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  400: ErrorCode.MalformedRequest,
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  405: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
  413: ErrorCode.PayloadTooLarge,
  422: ErrorCode.Unprocessable,
  429: ErrorCode.RateLimited,
  503: ErrorCode.DependencyUnavailable,
};

/** Errors raised by body-parser carry `status` and `type` (entity.parse.failed, entity.too.large …). */
interface BodyParserError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
  message?: string;
}

/** Turns anything thrown into a problem document. Unknown errors become a generic 500. */
export function toProblem(error: unknown, requestId?: string): ProblemDocument {
  if (error instanceof DomainError) {
    return build(error.code, error.message, requestId, error.errors, error.extensions);
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const code = HTTP_STATUS_CODES[status] ?? ErrorCode.Internal;
    const detail =
      status === 404 ? 'No such resource or route.' : status >= 500 ? TITLES[code] : error.message;
    return { ...build(code, detail, requestId), status };
  }
  const bodyError = error as BodyParserError;
  if (bodyError?.type === 'entity.too.large') {
    return build(ErrorCode.PayloadTooLarge, 'The request body exceeds the size limit.', requestId);
  }
  if (bodyError?.type === 'entity.parse.failed') {
    return build(ErrorCode.MalformedRequest, 'The request body is not valid JSON.', requestId);
  }
  if (bodyError?.expose && typeof bodyError.status === 'number' && bodyError.status < 500) {
    const code = HTTP_STATUS_CODES[bodyError.status] ?? ErrorCode.MalformedRequest;
    return { ...build(code, bodyError.message ?? TITLES[code], requestId), status: bodyError.status };
  }
  return build(
    ErrorCode.Internal,
    'An unexpected error occurred. Quote the request id when reporting it.',
    requestId,
  );
}

function build(
  code: ErrorCode,
  detail: string,
  requestId: string | undefined,
  errors: FieldError[] = [],
  extensions: Record<string, unknown> = {},
): ProblemDocument {
  return {
    ...extensions,
    type: problemType(code),
    title: TITLES[code],
    status: statusOf(code),
    detail,
    code,
    ...(requestId ? { requestId } : {}),
    ...(errors.length > 0 ? { errors } : {}),
  };
}
