import { ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { RequestWithId } from '@fitscout/observability';
import { PROBLEM_CONTENT_TYPE, toProblem } from './problem';

/** Sends a problem document for a thrown error. Shared by the Nest filter and the express error handler. */
export function sendProblem(error: unknown, req: Request, res: Response, logger: Logger): void {
  const requestId = (req as RequestWithId).id;
  const problem = toProblem(error, requestId);
  problem.instance = req.originalUrl.split('?')[0];
  if (problem.status >= 500) {
    // Only server faults are logged as errors; 4xx are the caller's business.
    logger.error({ err: error, requestId }, 'Unhandled error');
  }
  if (problem.status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
  res.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}

/** The one global filter: every error, whatever threw it, leaves as application/problem+json. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemFilter.name);

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendProblem(error, http.getRequest<Request>(), http.getResponse<Response>(), this.logger);
  }
}
