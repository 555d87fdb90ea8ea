import 'reflect-metadata';
import { loadConfigOrExit } from '@fitscout/config';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { ApiModule } from './api.module';
import { configureApp } from './configure-app';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, {
    bodyParser: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  configureApp(app, config);
  await app.listen(config.http.port);
  app.get(Logger).log(`Fitscout API listening on http://localhost:${config.http.port} (docs at /docs)`);
}

void bootstrap();
