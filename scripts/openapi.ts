/**
 * Writes the OpenAPI document to openapi.json at the repo root (`npm run openapi`), or with
 * `--check` fails when the committed file differs from what the code generates (CI drift gate).
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApiModule } from '../apps/api/src/api.module';
import { configureApp } from '../apps/api/src/configure-app';
import { loadConfig } from '@fitscout/config';
import { buildOpenApiDocument } from '../apps/api/src/openapi/openapi-document';

const TARGET = resolve(__dirname, '..', 'openapi.json');

async function main(): Promise<number> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, {
    bodyParser: false,
    logger: false,
  });
  configureApp(app, loadConfig());
  await app.init();
  const text = `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  await app.close();
  if (process.argv.includes('--check')) {
    const committed = readFileSync(TARGET, 'utf8');
    if (committed !== text) {
      process.stderr.write('openapi.json is stale: run `npm run openapi` and commit the result\n');
      return 1;
    }
    process.stdout.write('openapi.json is up to date\n');
    return 0;
  }
  writeFileSync(TARGET, text);
  process.stdout.write(`wrote ${TARGET}\n`);
  return 0;
}

void main().then((code) => process.exit(code));
