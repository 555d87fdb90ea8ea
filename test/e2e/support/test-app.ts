import { loadConfig } from '@fitscout/config';
import { createMember, TEST_PASSWORD, type TestMember } from '@fitscout/testing';
import type { Role } from '@fitscout/tenancy';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { ApiModule } from '../../../apps/api/src/api.module';
import { configureApp } from '../../../apps/api/src/configure-app';

export interface TestContext {
  app: NestExpressApplication;
  http: () => ReturnType<typeof request>;
  ds: DataSource;
  close: () => Promise<void>;
}

/** The real ApiModule with the real HTTP pipeline (configureApp), on the test database and Redis. */
export async function createTestApp(): Promise<TestContext> {
  const moduleRef = await Test.createTestingModule({ imports: [ApiModule] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false });
  configureApp(app, loadConfig());
  await app.init();
  const server = app.getHttpServer() as App;
  return {
    app,
    http: () => request(server),
    ds: app.get(DataSource),
    close: () => app.close(),
  };
}

export interface LoggedInMember extends TestMember {
  accessToken: string;
  refreshToken: string;
  auth: { Authorization: string };
}

export async function loginAs(ctx: TestContext, member: TestMember): Promise<LoggedInMember> {
  const res = await ctx
    .http()
    .post('/v1/auth/login')
    .send({ email: member.email, password: TEST_PASSWORD, organisationId: member.organisationId });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
  const body = res.body as { accessToken: string; refreshToken: string };
  return { ...member, ...body, auth: { Authorization: `Bearer ${body.accessToken}` } };
}

export async function memberWithToken(
  ctx: TestContext,
  organisationId: string,
  role: Role,
): Promise<LoggedInMember> {
  return loginAs(ctx, await createMember(ctx.ds, organisationId, role));
}

/** Asserts an RFC 9457 problem response and returns its body. */
export function expectProblem(res: request.Response, status: number, code?: string): Record<string, unknown> {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.body as Record<string, unknown>;
  expect(body).toMatchObject({
    status,
    type: expect.stringMatching(/^urn:fitscout:problem:/),
    title: expect.any(String),
  });
  expect(typeof body.detail).toBe('string');
  if (code) expect(body.code).toBe(code);
  return body;
}
