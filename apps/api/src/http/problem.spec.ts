import { DomainError, ErrorCode } from '@fitscout/common';
import { BadRequestException, NotFoundException } from '@nestjs/common';
import { statusOf, toProblem } from './problem';

describe('problem documents', () => {
  it('maps every error code to an HTTP status', () => {
    for (const code of Object.values(ErrorCode)) expect(statusOf(code)).toBeGreaterThanOrEqual(400);
    expect(statusOf(ErrorCode.NotFound)).toBe(404);
    expect(statusOf(ErrorCode.InvalidStateTransition)).toBe(409);
  });

  it('carries field errors and extensions of domain errors', () => {
    const problem = toProblem(
      new DomainError(ErrorCode.Conflict, 'no', { extensions: { allowed: ['a'] } }),
      'req-1',
    );
    expect(problem).toMatchObject({
      status: 409,
      code: 'conflict',
      detail: 'no',
      allowed: ['a'],
      requestId: 'req-1',
    });
  });

  it('maps framework and body-parser errors', () => {
    expect(toProblem(new NotFoundException()).status).toBe(404);
    expect(toProblem(new BadRequestException('bad')).code).toBe('malformed_request');
    expect(toProblem({ type: 'entity.too.large', status: 413 }).status).toBe(413);
    expect(toProblem({ type: 'entity.parse.failed', status: 400 }).code).toBe('malformed_request');
  });

  it('hides the details of unexpected errors', () => {
    const problem = toProblem(new Error('password=hunter2 in a stack'));
    expect(problem.status).toBe(500);
    expect(JSON.stringify(problem)).not.toContain('hunter2');
  });
});
