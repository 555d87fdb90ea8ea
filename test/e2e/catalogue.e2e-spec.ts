import { ScoreService } from '@fitscout/fit';
import { createOrganisation } from '@fitscout/testing';
import { creatorRecord, importCreators } from './support/catalogue-fixtures';
import {
  createTestApp,
  expectProblem,
  type LoggedInMember,
  memberWithToken,
  type TestContext,
} from './support/test-app';

describe('catalogue read API and tracking', () => {
  let ctx: TestContext;
  let manager: LoggedInMember;
  let viewer: LoggedInMember;
  let influencerId: string;
  let accountId: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    const org = await createOrganisation(ctx.ds);
    manager = await memberWithToken(ctx, org.id, 'manager');
    viewer = await memberWithToken(ctx, org.id, 'viewer');
    const record = creatorRecord({ metrics: [{ capturedAt: '2026-10-20T00:00:00Z', followers: 11_000 }] });
    const ids = await importCreators(ctx, [record]);
    ({ influencerId, accountId } = ids.get(record.handle)!);
  });
  afterAll(() => ctx.close());

  it('returns a creator with accounts, engagement with its formula, audience and freshness', async () => {
    const res = await ctx.http().get(`/v1/influencers/${influencerId}`).set(viewer.auth).expect(200);
    expect(res.body).toMatchObject({
      id: influencerId,
      displayName: 'Lena Klein',
      country: 'DE',
      categories: ['environment'],
      overlay: null,
    });
    const [account] = res.body.accounts;
    expect(account).toMatchObject({
      id: accountId,
      platform: 'instagram',
      followers: 12400,
      tier: 'micro',
      status: 'active',
    });
    expect(account.engagementRate).toBeCloseTo((632 + 550) / 2 / 12400, 5);
    expect(account.engagement).toMatchObject({
      formula: expect.stringContaining('median'),
      denominator: 'followers',
      sampleSize: 2,
    });
    expect(account.audience.countries).toEqual({ DE: 0.78, AT: 0.12 });
    // 12,400 now against 11,000 on 20 Oct (34 days before the import).
    expect(account.followerGrowth30d).toBeCloseTo(1400 / 11000, 4);
    expect(res.body.freshness.metricsUpdatedAt).toBe('2026-11-23T12:00:00+00:00');
  });

  it('includes stored scores once computed (null before)', async () => {
    const before = await ctx.http().get(`/v1/influencers/${influencerId}`).set(viewer.auth).expect(200);
    expect(before.body.accounts[0].scores).toBeNull();
    await ctx.app.get(ScoreService).recomputeAccounts([accountId], { now: new Date('2026-11-23T12:00:00Z') });
    const after = await ctx.http().get(`/v1/influencers/${influencerId}`).set(viewer.auth).expect(200);
    const scores = after.body.accounts[0].scores;
    expect(scores).toMatchObject({ computedAt: '2026-11-23T12:00:00.000Z' });
    // Two organic posts are too few for an engagement score: the detail says so instead of a number.
    expect(scores.engagement).toEqual({ score: null, confidence: 'insufficient_data' });
    expect(['high', 'medium', 'low', 'insufficient_data']).toContain(scores.authenticity.confidence);
  });

  it('answers 404 for an unknown creator and 400 for a malformed id', async () => {
    expectProblem(
      await ctx.http().get('/v1/influencers/00000000-0000-4000-8000-000000000000').set(viewer.auth),
      404,
      'not_found',
    );
    expectProblem(await ctx.http().get('/v1/influencers/123').set(viewer.auth), 400, 'validation_failed');
  });

  it('pages through posts newest first and filters by account', async () => {
    const first = await ctx
      .http()
      .get(`/v1/influencers/${influencerId}/posts?limit=2`)
      .set(viewer.auth)
      .expect(200);
    expect(first.body.items.map((p: { caption: string }) => p.caption)).toEqual([
      'Mit dem Rad zur Arbeit #klimaschutz',
      'Werbung | Lastenrad',
    ]);
    const second = await ctx
      .http()
      .get(`/v1/influencers/${influencerId}/posts`)
      .query({ limit: 2, cursor: first.body.nextCursor })
      .set(viewer.auth);
    expect(second.body).toMatchObject({ items: [{ caption: 'Energiewende jetzt' }], nextCursor: null });
    const other = await ctx
      .http()
      .get(`/v1/influencers/${influencerId}/posts`)
      .query({ accountId: '00000000-0000-4000-8000-000000000000' })
      .set(viewer.auth);
    expect(other.body.items).toEqual([]);
  });

  it('lists metric history newest first', async () => {
    const res = await ctx
      .http()
      .get(`/v1/accounts/${accountId}/metrics-history`)
      .set(viewer.auth)
      .expect(200);
    expect(res.body.items.map((s: { followers: number }) => s.followers)).toEqual([12400, 11000]);
    expectProblem(
      await ctx
        .http()
        .get('/v1/accounts/00000000-0000-4000-8000-000000000000/metrics-history')
        .set(viewer.auth),
      404,
    );
  });

  it('tracks an unknown creator by profile URL: pending account and a durable refresh request', async () => {
    const handle = `new.creator.${Date.now()}`;
    const res = await ctx
      .http()
      .post('/v1/influencers/track')
      .set(manager.auth)
      .send({ url: `https://www.tiktok.com/@${handle}` })
      .expect(201);
    expect(res.body).toMatchObject({ created: true, accountStatus: 'pending' });
    const [request] = await ctx.ds.query(
      'SELECT reason FROM account_refresh_requests WHERE account_id = $1',
      [res.body.accountId],
    );
    expect(request).toEqual({ reason: 'tracked' });
    const detail = await ctx.http().get(`/v1/influencers/${res.body.influencerId}`).set(manager.auth);
    expect(detail.body.overlay).toMatchObject({ tracked: true });
    expect(detail.body.accounts[0]).toMatchObject({ platform: 'tiktok', handle, status: 'pending' });
    // Tracking again links the same account, creates nothing.
    const again = await ctx
      .http()
      .post('/v1/influencers/track')
      .set(manager.auth)
      .send({ platform: 'tiktok', handle: `@${handle}` })
      .expect(201);
    expect(again.body).toMatchObject({ created: false, accountId: res.body.accountId });
  });

  it.each([
    [{ url: 'https://example.org/someone' }, 'url'],
    [{ handle: 'someone' }, 'platform'],
    [{ platform: 'myspace', handle: 'tom' }, 'platform'],
    [{ platform: 'instagram', handle: 'bad handle!' }, 'handle'],
    [{ url: 'https://instagram.com/a', handle: 'a', platform: 'instagram' }, 'url'],
  ])('rejects a bad track request %j naming %s', async (body, field) => {
    const res = await ctx.http().post('/v1/influencers/track').set(manager.auth).send(body);
    expect(
      (expectProblem(res, 400, 'validation_failed').errors as { field: string }[]).map((e) => e.field),
    ).toContain(field);
  });

  it('lets managers write the overlay and validates it; viewers cannot track or write', async () => {
    const res = await ctx
      .http()
      .patch(`/v1/influencers/${influencerId}/overlay`)
      .set(manager.auth)
      .send({
        notes: 'Antwortet schnell',
        tags: ['Radverkehr', 'radverkehr', 'bayern'],
        contact: { email: 'lena@example.org' },
        rates: [{ deliverable: 'reel', amountMinor: 45000, currency: 'EUR' }],
      })
      .expect(200);
    expect(res.body).toMatchObject({
      notes: 'Antwortet schnell',
      tags: ['radverkehr', 'bayern'],
      contact: { email: 'lena@example.org' },
      rates: [{ amountMinor: 45000 }],
    });

    const bad = await ctx
      .http()
      .patch(`/v1/influencers/${influencerId}/overlay`)
      .set(manager.auth)
      .send({
        rates: [{ deliverable: 'reel', amountMinor: -1, currency: 'euro' }],
        contact: { email: 'nope' },
      });
    const fields = (expectProblem(bad, 400).errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['rates[0].amountMinor', 'rates[0].currency', 'contact.email']),
    );

    expectProblem(
      await ctx.http().patch(`/v1/influencers/${influencerId}/overlay`).set(viewer.auth).send({ notes: 'x' }),
      403,
    );
    expectProblem(
      await ctx
        .http()
        .post('/v1/influencers/track')
        .set(viewer.auth)
        .send({ platform: 'instagram', handle: 'x' }),
      403,
    );
  });
});
