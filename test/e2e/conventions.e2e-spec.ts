import { createOrganisation } from '@fitscout/testing';
import {
  createTestApp,
  expectProblem,
  type LoggedInMember,
  memberWithToken,
  type TestContext,
} from './support/test-app';

describe('API conventions (problem+json, request ids, limits, docs, health)', () => {
  let ctx: TestContext;
  let admin: LoggedInMember;

  beforeAll(async () => {
    ctx = await createTestApp();
    const org = await createOrganisation(ctx.ds);
    admin = await memberWithToken(ctx, org.id, 'admin');
  });
  afterAll(() => ctx.close());

  it('answers malformed JSON with 400 malformed_request', async () => {
    const res = await ctx
      .http()
      .post('/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": ');
    expectProblem(res, 400, 'malformed_request');
  });

  it('rejects unknown fields with 400 naming the field', async () => {
    const res = await ctx.http().patch('/v1/organisation').set(admin.auth).send({ name: 'X', isAdmin: true });
    const body = expectProblem(res, 400, 'validation_failed');
    expect(body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'isAdmin', rule: 'whitelistValidation' })]),
    );
  });

  it('lists every invalid field at once', async () => {
    const res = await ctx
      .http()
      .post('/v1/members')
      .set(admin.auth)
      .send({ email: 'not-an-email', role: 'emperor' });
    const body = expectProblem(res, 400, 'validation_failed');
    const fields = (body.errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'role']));
  });

  it('rejects a non-UUID path id with 400 naming the parameter', async () => {
    const res = await ctx.http().get('/v1/members/not-a-uuid').set(admin.auth);
    const body = expectProblem(res, 400, 'validation_failed');
    expect(body.errors).toEqual([expect.objectContaining({ field: 'userId', rule: 'isUuid' })]);
  });

  it('answers an oversized body with 413 and writes nothing', async () => {
    const before = await ctx.http().get('/v1/organisation').set(admin.auth);
    const res = await ctx
      .http()
      .patch('/v1/organisation')
      .set(admin.auth)
      .send({ name: 'x'.repeat(2 * 1024 * 1024) });
    expectProblem(res, 413, 'payload_too_large');
    const after = await ctx.http().get('/v1/organisation').set(admin.auth);
    expect(after.body.name).toBe(before.body.name);
  });

  it('answers an unknown route with a 404 problem', async () => {
    expectProblem(await ctx.http().get('/v1/nothing-here').set(admin.auth), 404, 'not_found');
  });

  it('rejects page sizes above 200 and malformed cursors', async () => {
    const tooBig = await ctx.http().get('/v1/members?limit=500').set(admin.auth);
    expect(expectProblem(tooBig, 400).errors).toEqual([expect.objectContaining({ field: 'limit' })]);
    const badCursor = await ctx.http().get('/v1/members?cursor=garbage').set(admin.auth);
    expect(expectProblem(badCursor, 400).errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
  });

  it('echoes a caller X-Request-Id and generates one otherwise, also on errors', async () => {
    const echoed = await ctx.http().get('/health/live').set('X-Request-Id', 'trace-abc.123');
    expect(echoed.headers['x-request-id']).toBe('trace-abc.123');
    const generated = await ctx
      .http()
      .post('/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('{');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(generated.body.requestId).toBe(generated.headers['x-request-id']);
    const hostile = await ctx.http().get('/health/live').set('X-Request-Id', 'bad id with spaces <script>');
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers (helmet) and no x-powered-by', async () => {
    const res = await ctx.http().get('/health/live');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBeDefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('serves the OpenAPI document and Swagger UI', async () => {
    const doc = await ctx.http().get('/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(doc.body.paths['/v1/auth/login'].post.operationId).toBe('login');
    expect(doc.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    const ui = await ctx.http().get('/docs/');
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger-ui');
  });

  it('reports liveness, readiness of PostgreSQL and Redis, and Prometheus metrics', async () => {
    expect((await ctx.http().get('/health/live')).body).toEqual({ status: 'ok' });
    const ready = await ctx.http().get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.info).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });
    const metrics = await ctx.http().get('/metrics');
    expect(metrics.text).toContain('http_request_duration_seconds_bucket');
    expect(metrics.text).toMatch(/route="\/v1\/members\/:userId"/);
    expect(metrics.text).toContain('queue_jobs{queue="maintenance"');
  });
});
