import { createOrganisation } from '@fitscout/testing';
import {
  createTestApp,
  expectProblem,
  type LoggedInMember,
  memberWithToken,
  type TestContext,
} from './support/test-app';

const post = {
  jurisdiction: 'DE',
  platform: 'instagram',
  kind: 'post',
  caption: 'Geheime Kampagne von A @douglas',
  paidPartnershipLabel: false,
  materialConnection: 'paid',
  political: false,
};

/** Stored checks are private: another organisation gets 404 by id and never sees them in its lists. */
describe('compliance checks are invisible to other organisations', () => {
  let ctx: TestContext;
  let a: LoggedInMember;
  let b: LoggedInMember;
  let checkOfA: string;
  let batchOfA: { batchId: string; items: { id: string }[] };

  beforeAll(async () => {
    ctx = await createTestApp();
    a = await memberWithToken(ctx, (await createOrganisation(ctx.ds)).id, 'manager');
    b = await memberWithToken(ctx, (await createOrganisation(ctx.ds)).id, 'owner');
    checkOfA = (await ctx.http().post('/v1/compliance/checks').set(a.auth).send(post).expect(201)).body.id;
    batchOfA = (
      await ctx
        .http()
        .post('/v1/compliance/checks/batch')
        .set(a.auth)
        .send({ items: [post, post] })
        .expect(201)
    ).body;
  });
  afterAll(() => ctx.close());

  it("answers 404 for A's checks, single and batched", async () => {
    for (const id of [checkOfA, ...batchOfA.items.map((i) => i.id)]) {
      const body = expectProblem(
        await ctx.http().get(`/v1/compliance/checks/${id}`).set(b.auth),
        404,
        'not_found',
      );
      expect(JSON.stringify(body)).not.toContain('Geheime');
    }
  });

  it("leaves A's checks out of B's list, whatever the filters", async () => {
    const queries = [
      {},
      { verdict: 'non_compliant' },
      { code: 'missing_disclosure' },
      { jurisdiction: 'DE' },
      { batchId: batchOfA.batchId },
      { source: 'batch' },
      { from: '2000-01-01T00:00:00Z' },
    ];
    for (const query of queries) {
      const res = await ctx.http().get('/v1/compliance/checks').query(query).set(b.auth).expect(200);
      expect({ query, items: res.body.items }).toEqual({ query, items: [] });
    }
  });

  it("does not show A's batch in B's audit log", async () => {
    const events = await ctx
      .http()
      .get('/v1/audit-events')
      .query({ action: 'compliance.batch_checked' })
      .set(b.auth)
      .expect(200);
    expect(events.body.items).toEqual([]);
  });

  it("still shows A its own checks after B's attempts", async () => {
    await ctx.http().get(`/v1/compliance/checks/${checkOfA}`).set(a.auth).expect(200);
    const listed = await ctx.http().get('/v1/compliance/checks').set(a.auth).expect(200);
    expect(listed.body.items).toHaveLength(3);
  });
});
