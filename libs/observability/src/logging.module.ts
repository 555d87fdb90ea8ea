import { APP_CONFIG, type AppConfig } from '@fitscout/config';
import { type DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { RequestWithId } from './request-id';

/** JSON logs via pino; every HTTP log line carries the request id. Secrets are redacted. */
@Module({})
export class LoggingModule {
  static forRoot(app: 'api' | 'worker' | 'cli'): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            // Nest 11 (path-to-regexp 8) wildcard syntax; the library's default '*' logs a conversion warning.
            forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }],
            pinoHttp: {
              level: config.log.level,
              base: { app },
              genReqId: (req) => (req as unknown as RequestWithId).id ?? 'unknown',
              customAttributeKeys: { reqId: 'requestId' },
              redact: {
                paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'],
                remove: true,
              },
              autoLogging: {
                ignore: (req) => (req.url ?? '').startsWith('/health') || req.url === '/metrics',
              },
              quietReqLogger: true,
            },
          }),
        }),
      ],
    };
  }
}
