import { loadConfig } from '@fitscout/config';
import { createMember, createOrganisation, TEST_PASSWORD } from '@fitscout/testing';
import { JwtService } from '@nestjs/jwt';
import { createTestApp, expectProblem, loginAs, type TestContext } from './support/test-app';

describe('auth: login, refresh rotation, logout, token checks', () => {
  let ctx: TestContext;
  let orgId: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    orgId = (await createOrganisation(ctx.ds)).id;
  });
  afterAll(() => ctx.close());

  it('logs in and the access token works', async () => {
    const member = await createMember(ctx.ds, orgId, 'manager');
    const res = await ctx
      .http()
      .post('/v1/auth/login')
      .send({ email: member.email.toUpperCase(), password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      tokenType: 'Bearer',
      organisationId: orgId,
      role: 'manager',
      expiresIn: 900,
    });
    expect(res.body.refreshToken).toMatch(/^fsr_/);
    const me = await ctx.http().get('/v1/auth/me').set('Authorization', `Bearer ${res.body.accessToken}`);
    expect(me.body).toEqual({ userId: member.userId, organisationId: orgId, role: 'manager' });
  });

  it('answers a wrong password and an unknown email alike (401 invalid_credentials)', async () => {
    const member = await createMember(ctx.ds, orgId, 'viewer');
    const wrong = await ctx
      .http()
      .post('/v1/auth/login')
      .send({ email: member.email, password: 'nope-nope-nope' });
    const unknown = await ctx
      .http()
      .post('/v1/auth/login')
      .send({ email: 'ghost@nowhere.example', password: 'x' });
    expect(expectProblem(wrong, 401, 'invalid_credentials').detail).toBe(
      expectProblem(unknown, 401, 'invalid_credentials').detail,
    );
    expect(wrong.headers['www-authenticate']).toBe('Bearer');
  });

  it('does not log in to an organisation the user does not belong to', async () => {
    const member = await createMember(ctx.ds, orgId, 'viewer');
    const other = await createOrganisation(ctx.ds);
    const res = await ctx
      .http()
      .post('/v1/auth/login')
      .send({ email: member.email, password: TEST_PASSWORD, organisationId: other.id });
    expectProblem(res, 401, 'invalid_credentials');
  });

  it('rotates refresh tokens; a reused token is rejected and revokes the whole family', async () => {
    const member = await loginAs(ctx, await createMember(ctx.ds, orgId, 'analyst'));
    const first = await ctx.http().post('/v1/auth/refresh').send({ refreshToken: member.refreshToken });
    expect(first.status).toBe(200);
    expect(first.body.refreshToken).not.toBe(member.refreshToken);

    const reuse = await ctx.http().post('/v1/auth/refresh').send({ refreshToken: member.refreshToken });
    expectProblem(reuse, 401, 'invalid_token');
    // The thief's use of the old token also kills the legitimate newer one.
    const afterReuse = await ctx
      .http()
      .post('/v1/auth/refresh')
      .send({ refreshToken: first.body.refreshToken });
    expectProblem(afterReuse, 401, 'invalid_token');
  });

  it('lets only one of two concurrent refreshes with the same token succeed', async () => {
    const member = await loginAs(ctx, await createMember(ctx.ds, orgId, 'analyst'));
    const results = await Promise.all([
      ctx.http().post('/v1/auth/refresh').send({ refreshToken: member.refreshToken }),
      ctx.http().post('/v1/auth/refresh').send({ refreshToken: member.refreshToken }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
  });

  it('logout revokes the refresh token; logout is idempotent', async () => {
    const member = await loginAs(ctx, await createMember(ctx.ds, orgId, 'viewer'));
    expect(
      (await ctx.http().post('/v1/auth/logout').send({ refreshToken: member.refreshToken })).status,
    ).toBe(204);
    expect(
      (await ctx.http().post('/v1/auth/logout').send({ refreshToken: member.refreshToken })).status,
    ).toBe(204);
    expectProblem(await ctx.http().post('/v1/auth/refresh').send({ refreshToken: member.refreshToken }), 401);
  });

  it('answers a missing, malformed, forged or expired access token with 401', async () => {
    expectProblem(await ctx.http().get('/v1/organisation'), 401, 'unauthenticated');
    expectProblem(
      await ctx.http().get('/v1/organisation').set('Authorization', 'Basic abc'),
      401,
      'unauthenticated',
    );
    expectProblem(
      await ctx.http().get('/v1/organisation').set('Authorization', 'Bearer not.a.jwt'),
      401,
      'invalid_token',
    );

    const member = await createMember(ctx.ds, orgId, 'owner');
    const jwt = new JwtService();
    const claims = { sub: member.userId, org: orgId, typ: 'access' };
    const forged = jwt.sign(claims, { secret: 'x'.repeat(40), issuer: 'fitscout', expiresIn: 60 });
    expectProblem(
      await ctx.http().get('/v1/organisation').set('Authorization', `Bearer ${forged}`),
      401,
      'invalid_token',
    );

    const secret = loadConfig().auth.jwtSecret;
    const expired = jwt.sign(
      { ...claims, exp: Math.floor(Date.now() / 1000) - 60 },
      { secret, issuer: 'fitscout' },
    );
    const res = await ctx.http().get('/v1/organisation').set('Authorization', `Bearer ${expired}`);
    expect(expectProblem(res, 401, 'invalid_token').detail).toMatch(/expired/);
  });

  it('validates login input (400 naming fields)', async () => {
    const res = await ctx.http().post('/v1/auth/login').send({ email: 'x', organisationId: 'nope' });
    const fields = (expectProblem(res, 400, 'validation_failed').errors as { field: string }[]).map(
      (e) => e.field,
    );
    expect(fields).toEqual(expect.arrayContaining(['email', 'password', 'organisationId']));
  });
});
