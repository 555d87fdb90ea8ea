import { ROLES, type Role } from '@fitscout/tenancy';
import { createOrganisation } from '@fitscout/testing';
import {
  createTestApp,
  expectProblem,
  type LoggedInMember,
  memberWithToken,
  type TestContext,
} from './support/test-app';

type Call = (
  ctx: TestContext,
  as: LoggedInMember,
) => Promise<{ status: number; body: unknown; headers: object }>;

/** Each route with the lowest role that may call it; every role below it must get 403. */
const ROUTES: { name: string; minimum: Role; call: Call }[] = [
  {
    name: 'GET /v1/organisation',
    minimum: 'viewer',
    call: (c, m) => c.http().get('/v1/organisation').set(m.auth),
  },
  { name: 'GET /v1/auth/me', minimum: 'viewer', call: (c, m) => c.http().get('/v1/auth/me').set(m.auth) },
  { name: 'GET /v1/members', minimum: 'viewer', call: (c, m) => c.http().get('/v1/members').set(m.auth) },
  {
    name: 'PATCH /v1/organisation',
    minimum: 'admin',
    call: (c, m) =>
      c
        .http()
        .patch('/v1/organisation')
        .set(m.auth)
        .send({ defaultJurisdictions: ['DE', 'AT'] }),
  },
  {
    name: 'POST /v1/members',
    minimum: 'admin',
    call: (c, m) =>
      c
        .http()
        .post('/v1/members')
        .set(m.auth)
        .send({ email: `n-${m.userId}@test.fitscout.local`, role: 'viewer' }),
  },
  {
    name: 'GET /v1/audit-events',
    minimum: 'admin',
    call: (c, m) => c.http().get('/v1/audit-events').set(m.auth),
  },
];

const RANK: Record<Role, number> = { viewer: 1, analyst: 2, manager: 3, admin: 4, owner: 5 };

describe('roles: each role allowed and denied', () => {
  let ctx: TestContext;
  const members = new Map<Role, LoggedInMember>();

  beforeAll(async () => {
    ctx = await createTestApp();
    const org = await createOrganisation(ctx.ds);
    for (const role of ROLES) members.set(role, await memberWithToken(ctx, org.id, role));
  });
  afterAll(() => ctx.close());

  for (const route of ROUTES) {
    for (const role of ROLES) {
      const allowed = RANK[role] >= RANK[route.minimum];
      it(`${route.name} as ${role} → ${allowed ? 'allowed' : '403'}`, async () => {
        const res = await route.call(ctx, members.get(role)!);
        if (allowed) {
          expect(res.status).toBeLessThan(300);
        } else {
          const body = expectProblem(res as never, 403, 'forbidden');
          expect(body.requiredRole).toBe(route.minimum);
        }
      });
    }
  }

  it('only owners may grant the owner role', async () => {
    const admin = members.get('admin')!;
    const viewer = members.get('viewer')!;
    const res = await ctx
      .http()
      .patch(`/v1/members/${viewer.userId}`)
      .set(admin.auth)
      .send({ role: 'owner' });
    expectProblem(res, 403, 'forbidden');
    const owner = members.get('owner')!;
    const analyst = members.get('analyst')!;
    const ok = await ctx
      .http()
      .patch(`/v1/members/${analyst.userId}`)
      .set(owner.auth)
      .send({ role: 'owner' });
    expect(ok.status).toBe(200);
    expect(ok.body.role).toBe('owner');
  });

  it('a demotion takes effect on the next request, not at token expiry', async () => {
    const org = await createOrganisation(ctx.ds);
    const owner = await memberWithToken(ctx, org.id, 'owner');
    const admin = await memberWithToken(ctx, org.id, 'admin');
    expect((await ctx.http().get('/v1/audit-events').set(admin.auth)).status).toBe(200);
    await ctx
      .http()
      .patch(`/v1/members/${admin.userId}`)
      .set(owner.auth)
      .send({ role: 'viewer' })
      .expect(200);
    expectProblem(await ctx.http().get('/v1/audit-events').set(admin.auth), 403, 'forbidden');
  });
});
