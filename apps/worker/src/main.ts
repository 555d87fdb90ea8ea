import 'reflect-metadata';
import { loadConfigOrExit } from '@fitscout/config';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await NestFactory.create(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // SIGTERM: stop fetching jobs, let active ones finish, then close connections (see WorkerRuntime).
  app.enableShutdownHooks();
  await app.listen(config.http.workerPort);
  app
    .get(Logger)
    .log(`Fitscout worker running; health on http://localhost:${config.http.workerPort}/health/ready`);
}

void bootstrap();
