import { createOrganisation } from '@fitscout/testing';
import { creatorRecord, importCreators } from './support/catalogue-fixtures';
import {
  createTestApp,
  expectProblem,
  type LoggedInMember,
  memberWithToken,
  type TestContext,
} from './support/test-app';

describe('lists (Merklisten)', () => {
  let ctx: TestContext;
  let analyst: LoggedInMember;
  let viewer: LoggedInMember;
  let ids: string[];

  beforeAll(async () => {
    ctx = await createTestApp();
    const org = await createOrganisation(ctx.ds);
    analyst = await memberWithToken(ctx, org.id, 'analyst');
    viewer = await memberWithToken(ctx, org.id, 'viewer');
    const records = [creatorRecord(), creatorRecord(), creatorRecord()];
    const map = await importCreators(ctx, records);
    ids = records.map((r) => map.get(r.handle)!.influencerId);
  });
  afterAll(() => ctx.close());

  it('creates, renames, fills, pages, empties and deletes a list', async () => {
    const list = (
      await ctx.http().post('/v1/lists').set(analyst.auth).send({ name: 'Klima 2027' }).expect(201)
    ).body;
    expectProblem(
      await ctx.http().post('/v1/lists').set(analyst.auth).send({ name: 'Klima 2027' }),
      409,
      'conflict',
    );
    await ctx
      .http()
      .patch(`/v1/lists/${list.id}`)
      .set(analyst.auth)
      .send({ name: 'Klima 2027 final' })
      .expect(200);

    const added = await ctx
      .http()
      .post(`/v1/lists/${list.id}/items`)
      .set(analyst.auth)
      .send({ influencerIds: [...ids, ids[0]] })
      .expect(200);
    expect(added.body).toEqual({ added: 3 });
    expect(
      (
        await ctx
          .http()
          .post(`/v1/lists/${list.id}/items`)
          .set(analyst.auth)
          .send({ influencerIds: [ids[0]] })
      ).body,
    ).toEqual({ added: 0 });

    const page1 = await ctx.http().get(`/v1/lists/${list.id}/items?limit=2`).set(viewer.auth).expect(200);
    const page2 = await ctx
      .http()
      .get(`/v1/lists/${list.id}/items`)
      .query({ limit: 2, cursor: page1.body.nextCursor })
      .set(viewer.auth);
    expect(
      [...page1.body.items, ...page2.body.items].map((i: { influencerId: string }) => i.influencerId).sort(),
    ).toEqual([...ids].sort());

    await ctx.http().delete(`/v1/lists/${list.id}/items/${ids[1]}`).set(analyst.auth).expect(204);
    expectProblem(await ctx.http().delete(`/v1/lists/${list.id}/items/${ids[1]}`).set(analyst.auth), 404);
    expect((await ctx.http().get(`/v1/lists/${list.id}`).set(viewer.auth)).body).toMatchObject({
      name: 'Klima 2027 final',
      itemCount: 2,
    });
    await ctx.http().delete(`/v1/lists/${list.id}`).set(analyst.auth).expect(204);
    expectProblem(await ctx.http().get(`/v1/lists/${list.id}`).set(viewer.auth), 404);
  });

  it('adds nothing when one id is unknown, naming it', async () => {
    const list = (
      await ctx
        .http()
        .post('/v1/lists')
        .set(analyst.auth)
        .send({ name: `L ${Date.now()}` })
        .expect(201)
    ).body;
    const ghost = '00000000-0000-4000-8000-000000000001';
    const res = await ctx
      .http()
      .post(`/v1/lists/${list.id}/items`)
      .set(analyst.auth)
      .send({ influencerIds: [ids[0], ghost] });
    expect(expectProblem(res, 404).missingIds).toEqual([ghost]);
    expect((await ctx.http().get(`/v1/lists/${list.id}`).set(viewer.auth)).body.itemCount).toBe(0);
  });

  it('validates input and roles', async () => {
    expectProblem(await ctx.http().post('/v1/lists').set(analyst.auth).send({ name: '' }), 400);
    const list = (
      await ctx
        .http()
        .post('/v1/lists')
        .set(analyst.auth)
        .send({ name: `V ${Date.now()}` })
    ).body;
    expectProblem(
      await ctx
        .http()
        .post(`/v1/lists/${list.id}/items`)
        .set(analyst.auth)
        .send({ influencerIds: ['nope'] }),
      400,
    );
    expectProblem(
      await ctx.http().post(`/v1/lists/${list.id}/items`).set(analyst.auth).send({ influencerIds: [] }),
      400,
    );
    expectProblem(await ctx.http().post('/v1/lists').set(viewer.auth).send({ name: 'x' }), 403);
  });
});
