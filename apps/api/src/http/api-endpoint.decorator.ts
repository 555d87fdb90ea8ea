import { applyDecorators, HttpCode, HttpStatus } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse } from '@nestjs/swagger';
import type { Role } from '@fitscout/tenancy';
import { Public, RequireRole } from './auth.decorators';
import { PROBLEM_CONTENT_TYPE } from './problem';
import { ProblemDto } from './problem.dto';

export interface ApiEndpointOptions {
  operationId: string;
  summary: string;
  description?: string;
  /** Minimum role, or 'public' for unauthenticated routes. */
  access: Role | 'public';
  /** Success status when not 200 (201 for creates, 204 for deletes). */
  status?: HttpStatus;
  /** Extra error statuses this endpoint can answer besides the common ones. */
  errors?: number[];
}

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input (problem+json with `errors[]` naming each field)',
  401: 'Missing, invalid or expired credentials',
  403: 'The caller’s role is not sufficient',
  404: 'Not found (also for another organisation’s resources)',
  409: 'Conflict with the current state',
  413: 'Request body too large',
  422: 'Semantically invalid request',
  429: 'Rate limited',
  503: 'A dependency (PostgreSQL, Redis) is unavailable',
};

/**
 * One decorator per route: access rule, OpenAPI operation and documented error responses.
 * Keeping auth and docs together means the document cannot forget a route's security.
 */
export function ApiEndpoint(options: ApiEndpointOptions): MethodDecorator {
  const isPublic = options.access === 'public';
  const statuses = new Set<number>([400, ...(isPublic ? [] : [401, 403]), ...(options.errors ?? [])]);
  const roleNote = isPublic ? 'Public.' : `Requires role \`${options.access}\` or higher.`;
  return applyDecorators(
    ApiOperation({
      operationId: options.operationId,
      summary: options.summary,
      description: [options.description, roleNote].filter(Boolean).join('\n\n'),
    }),
    ...(options.status ? [HttpCode(options.status)] : []),
    ...(isPublic ? [Public()] : [RequireRole(options.access as Role), ApiBearerAuth('bearer')]),
    ...[...statuses].sort().map((status) =>
      ApiResponse({
        status,
        description: ERROR_DESCRIPTIONS[status] ?? 'Error',
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDto' } } },
      }),
    ),
  );
}

export { ProblemDto };
