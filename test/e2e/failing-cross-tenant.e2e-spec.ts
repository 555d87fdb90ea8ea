import { createMember, createOrganisation } from '@fitscout/testing';
import {
  createTestApp,
  expectProblem,
  type LoggedInMember,
  memberWithToken,
  type TestContext,
} from './support/test-app';

/** Tenants are walls: another organisation's resources answer 404 (never 403), reads and writes alike. */
describe('cross-organisation access is 404', () => {
  let ctx: TestContext;
  let ownerA: LoggedInMember;
  let ownerB: LoggedInMember;
  let memberOfA: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    const orgA = await createOrganisation(ctx.ds, { name: 'Org A' });
    const orgB = await createOrganisation(ctx.ds, { name: 'Org B' });
    ownerA = await memberWithToken(ctx, orgA.id, 'owner');
    ownerB = await memberWithToken(ctx, orgB.id, 'owner');
    memberOfA = (await createMember(ctx.ds, orgA.id, 'analyst')).userId;
  });
  afterAll(() => ctx.close());

  it('cannot read a member of another organisation', async () => {
    expectProblem(await ctx.http().get(`/v1/members/${memberOfA}`).set(ownerB.auth), 404, 'not_found');
  });

  it('cannot change the role of a member of another organisation', async () => {
    const res = await ctx.http().patch(`/v1/members/${memberOfA}`).set(ownerB.auth).send({ role: 'viewer' });
    expectProblem(res, 404, 'not_found');
    const stillAnalyst = await ctx.http().get(`/v1/members/${memberOfA}`).set(ownerA.auth);
    expect(stillAnalyst.body.role).toBe('analyst');
  });

  it('cannot remove a member of another organisation', async () => {
    expectProblem(await ctx.http().delete(`/v1/members/${memberOfA}`).set(ownerB.auth), 404, 'not_found');
    expect((await ctx.http().get(`/v1/members/${memberOfA}`).set(ownerA.auth)).status).toBe(200);
  });

  it('lists only its own members and audit events', async () => {
    await ctx.http().patch('/v1/organisation').set(ownerA.auth).send({ name: 'Org A renamed' }).expect(200);
    const members = await ctx.http().get('/v1/members').set(ownerB.auth);
    expect(members.body.items.map((m: { userId: string }) => m.userId)).toEqual([ownerB.userId]);
    const audit = await ctx.http().get('/v1/audit-events').set(ownerB.auth);
    expect(audit.body.items).toEqual([]);
    const auditA = await ctx.http().get('/v1/audit-events').set(ownerA.auth);
    expect(auditA.body.items[0]).toMatchObject({
      action: 'organisation.updated',
      actorUserId: ownerA.userId,
    });
  });

  it("reads and updates only the caller's own organisation", async () => {
    const res = await ctx.http().patch('/v1/organisation').set(ownerB.auth).send({ kind: 'union' });
    expect(res.body).toMatchObject({ id: ownerB.organisationId, kind: 'union' });
    const a = await ctx.http().get('/v1/organisation').set(ownerA.auth);
    expect(a.body).toMatchObject({ id: ownerA.organisationId, kind: 'ngo' });
  });

  it("an invitation token from one organisation cannot join another's member list", async () => {
    const invited = await ctx
      .http()
      .post('/v1/members')
      .set(ownerA.auth)
      .send({ email: `cross-${Date.now()}@test.fitscout.local`, role: 'viewer' })
      .expect(201);
    const accepted = await ctx
      .http()
      .post('/v1/auth/accept-invitation')
      .send({ token: invited.body.invitationToken, password: 'a-long-enough-password' })
      .expect(200);
    expect(accepted.body.organisationId).toBe(ownerA.organisationId);
    expectProblem(await ctx.http().get(`/v1/members/${invited.body.userId}`).set(ownerB.auth), 404);
  });
});
