import type { Response } from 'supertest';
import { createMember, createOrganisation, TEST_PASSWORD } from '@fitscout/testing';
import {
  createTestApp,
  expectProblem,
  loginAs,
  type LoggedInMember,
  memberWithToken,
  type TestContext,
} from './support/test-app';

describe('members: add, invite, change roles, remove, audit', () => {
  let ctx: TestContext;
  let orgId: string;
  let owner: LoggedInMember;
  let admin: LoggedInMember;

  beforeAll(async () => {
    ctx = await createTestApp();
    orgId = (await createOrganisation(ctx.ds)).id;
    owner = await memberWithToken(ctx, orgId, 'owner');
    admin = await memberWithToken(ctx, orgId, 'admin');
  });
  afterAll(() => ctx.close());

  it('invites a new user who sets a password and logs in', async () => {
    const email = `invitee-${Date.now()}@example.org`;
    const res = await ctx
      .http()
      .post('/v1/members')
      .set(admin.auth)
      .send({ email, role: 'manager', displayName: 'Jana' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email, role: 'manager', status: 'invited', displayName: 'Jana' });
    expect(res.body.invitationToken).toMatch(/^fsi_/);
    // Not active until accepted.
    expectProblem(
      await ctx.http().post('/v1/auth/login').send({ email, password: 'whatever-password' }),
      401,
    );

    const short = await ctx
      .http()
      .post('/v1/auth/accept-invitation')
      .send({ token: res.body.invitationToken, password: 'short' });
    expectProblem(short, 400, 'validation_failed');
    await ctx
      .http()
      .post('/v1/auth/accept-invitation')
      .send({ token: res.body.invitationToken, password: 'a-new-long-password' })
      .expect(200);
    const login = await ctx.http().post('/v1/auth/login').send({ email, password: 'a-new-long-password' });
    expect(login.body).toMatchObject({ organisationId: orgId, role: 'manager' });
    // The token is single use.
    const again = await ctx
      .http()
      .post('/v1/auth/accept-invitation')
      .send({ token: res.body.invitationToken, password: 'another-long-password' });
    expectProblem(again, 401, 'invalid_token');
  });

  it('adds an existing user of another organisation at once, keeping their password', async () => {
    const other = await createOrganisation(ctx.ds);
    const existing = await createMember(ctx.ds, other.id, 'owner');
    const res = await ctx
      .http()
      .post('/v1/members')
      .set(admin.auth)
      .send({ email: existing.email, role: 'analyst' });
    expect(res.body).toMatchObject({ status: 'active', invitationToken: null, role: 'analyst' });
    const login = await ctx
      .http()
      .post('/v1/auth/login')
      .send({ email: existing.email, password: TEST_PASSWORD, organisationId: orgId });
    expect(login.body.role).toBe('analyst');
    const duplicate = await ctx
      .http()
      .post('/v1/members')
      .set(admin.auth)
      .send({ email: existing.email, role: 'viewer' });
    expectProblem(duplicate, 409, 'conflict');
  });

  it('keeps at least one owner', async () => {
    const solo = await createOrganisation(ctx.ds);
    const soloOwner = await memberWithToken(ctx, solo.id, 'owner');
    expectProblem(
      await ctx.http().patch(`/v1/members/${soloOwner.userId}`).set(soloOwner.auth).send({ role: 'admin' }),
      409,
    );
    expectProblem(await ctx.http().delete(`/v1/members/${soloOwner.userId}`).set(soloOwner.auth), 409);
  });

  it('admins cannot change or remove owners', async () => {
    expectProblem(
      await ctx.http().patch(`/v1/members/${owner.userId}`).set(admin.auth).send({ role: 'viewer' }),
      403,
    );
    expectProblem(await ctx.http().delete(`/v1/members/${owner.userId}`).set(admin.auth), 403);
  });

  it('removing a member ends their access and refresh tokens at once', async () => {
    const leaving = await loginAs(ctx, await createMember(ctx.ds, orgId, 'manager'));
    await ctx.http().delete(`/v1/members/${leaving.userId}`).set(admin.auth).expect(204);
    expectProblem(await ctx.http().get('/v1/organisation').set(leaving.auth), 401, 'invalid_token');
    expectProblem(
      await ctx.http().post('/v1/auth/refresh').send({ refreshToken: leaving.refreshToken }),
      401,
    );
    expectProblem(await ctx.http().get(`/v1/members/${leaving.userId}`).set(admin.auth), 404);
  });

  it('paginates members with a stable cursor', async () => {
    const org = await createOrganisation(ctx.ds);
    const first = await memberWithToken(ctx, org.id, 'owner');
    for (let i = 0; i < 4; i++) await createMember(ctx.ds, org.id, 'viewer');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: Response = await ctx
        .http()
        .get('/v1/members')
        .query({ limit: 2, ...(cursor ? { cursor } : {}) })
        .set(first.auth);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((m: { userId: string }) => m.userId));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });

  it('records who changed what in the audit log, newest first', async () => {
    const target = await createMember(ctx.ds, orgId, 'viewer');
    await ctx
      .http()
      .patch(`/v1/members/${target.userId}`)
      .set(admin.auth)
      .set('X-Request-Id', 'audit-trace-1')
      .send({ role: 'analyst' })
      .expect(200);
    const res = await ctx
      .http()
      .get('/v1/audit-events')
      .query({ action: 'member.role_changed' })
      .set(owner.auth);
    expect(res.body.items[0]).toMatchObject({
      action: 'member.role_changed',
      actorUserId: admin.userId,
      targetType: 'member',
      targetId: target.userId,
      requestId: 'audit-trace-1',
      changes: { before: { role: 'viewer' }, after: { role: 'analyst' } },
    });
    const invalid = await ctx.http().get('/v1/audit-events').query({ action: 'DROP TABLE' }).set(owner.auth);
    expectProblem(invalid, 400, 'validation_failed');
  });
});
