import { createOrganisation } from '@fitscout/testing';
import { creatorRecord, importCreators } from './support/catalogue-fixtures';
import {
  createTestApp,
  expectProblem,
  type LoggedInMember,
  memberWithToken,
  type TestContext,
} from './support/test-app';

/** Overlays, tracking and lists are private: another organisation sees none of them (404 or absent). */
describe('catalogue overlays and lists are invisible to other organisations', () => {
  let ctx: TestContext;
  let a: LoggedInMember;
  let b: LoggedInMember;
  let influencerId: string;
  let listOfA: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    a = await memberWithToken(ctx, (await createOrganisation(ctx.ds)).id, 'manager');
    b = await memberWithToken(ctx, (await createOrganisation(ctx.ds)).id, 'manager');
    const record = creatorRecord();
    influencerId = (await importCreators(ctx, [record])).get(record.handle)!.influencerId;
    await ctx
      .http()
      .patch(`/v1/influencers/${influencerId}/overlay`)
      .set(a.auth)
      .send({ notes: 'A only', contact: { email: 'secret@example.org' } })
      .expect(200);
    await ctx
      .http()
      .post('/v1/influencers/track')
      .set(a.auth)
      .send({ platform: 'instagram', handle: record.handle })
      .expect(201);
    listOfA = (await ctx.http().post('/v1/lists').set(a.auth).send({ name: 'A list' }).expect(201)).body.id;
    await ctx
      .http()
      .post(`/v1/lists/${listOfA}/items`)
      .set(a.auth)
      .send({ influencerIds: [influencerId] })
      .expect(200);
  });
  afterAll(() => ctx.close());

  it("shows the public creator to B without A's overlay, tracking or lists", async () => {
    const seenByB = await ctx.http().get(`/v1/influencers/${influencerId}`).set(b.auth).expect(200);
    expect(seenByB.body.overlay).toBeNull();
    const seenByA = await ctx.http().get(`/v1/influencers/${influencerId}`).set(a.auth).expect(200);
    expect(seenByA.body.overlay).toMatchObject({
      tracked: true,
      notes: 'A only',
      lists: [{ id: listOfA, name: 'A list' }],
    });
  });

  it("B's overlay write does not touch A's", async () => {
    await ctx
      .http()
      .patch(`/v1/influencers/${influencerId}/overlay`)
      .set(b.auth)
      .send({ notes: 'B notes' })
      .expect(200);
    const seenByA = await ctx.http().get(`/v1/influencers/${influencerId}`).set(a.auth);
    expect(seenByA.body.overlay.notes).toBe('A only');
  });

  it("answers 404 for every operation on A's list", async () => {
    expectProblem(await ctx.http().get(`/v1/lists/${listOfA}`).set(b.auth), 404);
    expectProblem(await ctx.http().patch(`/v1/lists/${listOfA}`).set(b.auth).send({ name: 'hijack' }), 404);
    expectProblem(await ctx.http().get(`/v1/lists/${listOfA}/items`).set(b.auth), 404);
    expectProblem(
      await ctx
        .http()
        .post(`/v1/lists/${listOfA}/items`)
        .set(b.auth)
        .send({ influencerIds: [influencerId] }),
      404,
    );
    expectProblem(await ctx.http().delete(`/v1/lists/${listOfA}/items/${influencerId}`).set(b.auth), 404);
    expectProblem(await ctx.http().delete(`/v1/lists/${listOfA}`).set(b.auth), 404);
    expect((await ctx.http().get('/v1/lists').set(b.auth)).body.items).toEqual([]);
    expect((await ctx.http().get(`/v1/lists/${listOfA}`).set(a.auth)).body).toMatchObject({
      name: 'A list',
      itemCount: 1,
    });
  });
});
