import type { AppConfig } from '@fitscout/config';
import { httpMetricsMiddleware, requestIdMiddleware } from '@fitscout/observability';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import swaggerUi from 'swagger-ui-express';
import { sendProblem } from './http/problem.filter';
import { createValidationPipe } from './http/validation.pipe';
import { buildOpenApiDocument } from './openapi/openapi-document';

export const UNPREFIXED_ROUTES = ['health/live', 'health/ready', 'metrics'];

/**
 * Everything main.ts and the e2e tests both need, so tests exercise the real HTTP pipeline:
 * request id → metrics → helmet → CORS → JSON body (size-limited) → prefix, validation, docs.
 * The app must be created with `bodyParser: false` so our parser and its errors are the only ones.
 */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  const logger = new Logger('Http');
  app.disable('x-powered-by');
  app.use(requestIdMiddleware);
  app.use(httpMetricsMiddleware);
  app.use(helmet());
  app.enableCors({
    origin: config.http.corsOrigins === '*' ? true : config.http.corsOrigins,
    exposedHeaders: ['X-Request-Id', 'Retry-After'],
  });
  const jsonTypes = ['application/json', 'application/*+json'];
  // Batch compliance checks carry up to 1,000 captions of up to 10,000 characters each; parsed here,
  // the general parser below then leaves the body alone.
  app.use('/v1/compliance/checks/batch', express.json({ limit: '12mb', strict: true, type: jsonTypes }));
  app.use(express.json({ limit: config.http.bodyLimit, strict: true, type: jsonTypes }));
  // Body-parser errors (malformed JSON, 413) happen before Nest routing; answer them as problems here.
  app.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    sendProblem(error, req, res, logger);
  });
  app.setGlobalPrefix('v1', { exclude: UNPREFIXED_ROUTES });
  app.useGlobalPipes(createValidationPipe());

  const document = buildOpenApiDocument(app);
  app.use('/openapi.json', (_req: Request, res: Response) => res.json(document));
  app.use('/docs', swaggerUi.serve, swaggerUi.setup(undefined, { swaggerOptions: { url: '/openapi.json' } }));
  app.enableShutdownHooks();
}
