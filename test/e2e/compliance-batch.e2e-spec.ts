import { createOrganisation } from '@fitscout/testing';
import {
  createTestApp,
  expectProblem,
  type LoggedInMember,
  memberWithToken,
  type TestContext,
} from './support/test-app';
import { compliancePost as post } from './support/compliance-fixtures';

/** A German miss, a German label, a UK label not upfront, an English #ad for US + DE. */
const MIXED = [
  post(),
  post({ caption: 'Werbung | Mein neuer Lieblingsduft von @douglas' }),
  post({ jurisdiction: 'UK', caption: 'Loving these trainers from @nike #ad' }),
  post({ jurisdiction: undefined, audienceJurisdictions: ['US', 'DE'], caption: 'New perfume @douglas #ad' }),
];

interface Check {
  id: string;
  verdict: string;
  codes: string[];
  batchId: string | null;
  source: string;
  input: { caption: string };
}

describe('compliance checks: batch', () => {
  let ctx: TestContext;
  let analyst: LoggedInMember;
  let admin: LoggedInMember;

  const stored = async (): Promise<number> =>
    Number(
      (
        await ctx.ds.query('SELECT count(*) AS n FROM compliance_checks WHERE organisation_id = $1', [
          analyst.organisationId,
        ])
      )[0].n,
    );
  const batchEvents = async () =>
    (
      await ctx
        .http()
        .get('/v1/audit-events')
        .query({ action: 'compliance.batch_checked' })
        .set(admin.auth)
        .expect(200)
    ).body.items as { targetId: string; actorUserId: string; changes: Record<string, unknown> }[];

  beforeAll(async () => {
    ctx = await createTestApp();
    const org = await createOrganisation(ctx.ds);
    analyst = await memberWithToken(ctx, org.id, 'analyst');
    admin = await memberWithToken(ctx, org.id, 'admin');
  });
  afterAll(() => ctx.close());

  it('checks mixed items, returns a summary and the stored results in input order, audits once', async () => {
    const res = await ctx
      .http()
      .post('/v1/compliance/checks/batch')
      .set(analyst.auth)
      .send({ items: MIXED })
      .expect(201);
    expect(res.body).toMatchObject({
      batchId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      count: 4,
      summary: { compliant: 1, needs_review: 1, non_compliant: 2 },
    });
    const items = res.body.items as Check[];
    expect(items.map((c) => c.input.caption)).toEqual(MIXED.map((m) => m.caption));
    expect(items.map((c) => c.verdict)).toEqual([
      'non_compliant',
      'compliant',
      'needs_review',
      'non_compliant',
    ]);
    expect(items.map((c) => c.codes)).toEqual([
      ['missing_disclosure'],
      [],
      ['placement_uncertain'],
      ['wrong_language'],
    ]);
    for (const item of items) expect(item).toMatchObject({ batchId: res.body.batchId, source: 'batch' });

    const listed = await ctx
      .http()
      .get('/v1/compliance/checks')
      .query({ batchId: res.body.batchId })
      .set(analyst.auth)
      .expect(200);
    expect(listed.body.items.map((c: Check) => c.id).sort()).toEqual(items.map((c) => c.id).sort());
    const one = await ctx.http().get(`/v1/compliance/checks/${items[2].id}`).set(analyst.auth).expect(200);
    expect(one.body).toEqual(items[2]);

    expect(await batchEvents()).toEqual([
      expect.objectContaining({
        targetId: res.body.batchId,
        actorUserId: analyst.userId,
        changes: { count: 4, summary: res.body.summary, source: 'batch' },
      }),
    ]);
  });

  it('stores 1,000 items in one go', async () => {
    const before = await stored();
    const items = Array.from({ length: 1000 }, (_, i) => MIXED[i % MIXED.length]);
    const res = await ctx
      .http()
      .post('/v1/compliance/checks/batch')
      .set(analyst.auth)
      .send({ items })
      .expect(201);
    expect(res.body.count).toBe(1000);
    expect(res.body.summary).toEqual({ compliant: 250, needs_review: 250, non_compliant: 500 });
    expect(res.body.items[999].input.caption).toBe(MIXED[3].caption);
    expect(await stored()).toBe(before + 1000);
  }, 60_000);

  it('accepts a full batch of long captions (beyond the general 1 MB body limit)', async () => {
    const long = `${MIXED[0].caption} ${'Radfahren macht Spaß. '.repeat(90)}`.slice(0, 2000);
    const items = Array.from({ length: 1000 }, () => ({ ...MIXED[0], caption: long }));
    expect(JSON.stringify({ items }).length).toBeGreaterThan(2_000_000);
    const res = await ctx.http().post('/v1/compliance/checks/batch').set(analyst.auth).send({ items });
    expect(res.status).toBe(201);
    expect(res.body.count).toBe(1000);
  }, 60_000);

  it('rejects a bad item naming items[i].field, and stores and audits nothing', async () => {
    const [before, events] = [await stored(), (await batchEvents()).length];
    const res = await ctx
      .http()
      .post('/v1/compliance/checks/batch')
      .set(analyst.auth)
      .send({
        items: [MIXED[0], post({ jurisdiction: 'CH' }), MIXED[1], post({ caption: 'x'.repeat(10_001) })],
      });
    const body = expectProblem(res, 400, 'validation_failed');
    expect((body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual([
      'items[1].jurisdiction',
      'items[3].caption',
    ]);
    expect(await stored()).toBe(before);
    expect(await batchEvents()).toHaveLength(events);
  });

  it('rejects nested and type errors inside items', async () => {
    const res = await ctx
      .http()
      .post('/v1/compliance/checks/batch')
      .set(analyst.auth)
      .send({ items: [post({ videoDisclosure: { onScreen: true } }), post({ political: 'no' })] });
    expect((expectProblem(res, 400).errors as { field: string }[]).map((e) => e.field)).toEqual([
      'items[0].videoDisclosure.spoken',
      'items[1].political',
    ]);
  });

  it('rejects 1,001 items, an empty batch and a missing items field, naming items', async () => {
    const tooMany = await ctx
      .http()
      .post('/v1/compliance/checks/batch')
      .set(analyst.auth)
      .send({ items: Array.from({ length: 1001 }, () => MIXED[1]) });
    expect(expectProblem(tooMany, 400, 'validation_failed').errors).toEqual([
      expect.objectContaining({ field: 'items', rule: 'arrayMaxSize' }),
    ]);
    const empty = await ctx.http().post('/v1/compliance/checks/batch').set(analyst.auth).send({ items: [] });
    expect(expectProblem(empty, 400).errors).toEqual([
      expect.objectContaining({ field: 'items', rule: 'arrayMinSize' }),
    ]);
    const missing = await ctx.http().post('/v1/compliance/checks/batch').set(analyst.auth).send({});
    expect(new Set((expectProblem(missing, 400).errors as { field: string }[]).map((e) => e.field))).toEqual(
      new Set(['items']),
    );
  });
});
