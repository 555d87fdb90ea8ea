import { createOrganisation } from '@fitscout/testing';
import {
  createTestApp,
  expectProblem,
  type LoggedInMember,
  memberWithToken,
  type TestContext,
} from './support/test-app';
import { compliancePost as post } from './support/compliance-fixtures';

interface Check {
  id: string;
  verdict: string;
  codes: string[];
  jurisdictions: string[];
  source: string;
  createdAt: string;
}

describe('compliance checks: list filters and pagination', () => {
  let ctx: TestContext;
  let analyst: LoggedInMember;
  let viewer: LoggedInMember;
  /** Ids by name, created in a known order with known dates. */
  const ids: Record<string, string> = {};

  const list = async (query: Record<string, string | number>): Promise<Check[]> =>
    (await ctx.http().get('/v1/compliance/checks').query(query).set(viewer.auth).expect(200)).body.items;
  const names = (checks: Check[]): string[] =>
    checks.map((c) => Object.keys(ids).find((name) => ids[name] === c.id) ?? c.id);

  beforeAll(async () => {
    ctx = await createTestApp();
    const org = await createOrganisation(ctx.ds);
    analyst = await memberWithToken(ctx, org.id, 'analyst');
    viewer = await memberWithToken(ctx, org.id, 'viewer');
    const run = async (name: string, body: Record<string, unknown>, createdAt: string) => {
      ids[name] = (
        await ctx.http().post('/v1/compliance/checks').set(analyst.auth).send(body).expect(201)
      ).body.id;
      // Known creation times make the date-range filter and the newest-first order checkable.
      await ctx.ds.query('UPDATE compliance_checks SET created_at = $1 WHERE id = $2', [
        createdAt,
        ids[name],
      ]);
    };
    await run('deMissing', post(), '2026-01-10T10:00:00Z');
    await run(
      'deLabelled',
      post({ caption: 'Werbung | Mein Lieblingsduft @douglas' }),
      '2026-02-10T10:00:00Z',
    );
    await run(
      'ukReview',
      post({ jurisdiction: 'UK', caption: 'Loving these trainers @nike #ad' }),
      '2026-03-10T10:00:00Z',
    );
    await run(
      'atDeEnglish',
      post({
        jurisdiction: undefined,
        audienceJurisdictions: ['AT', 'DE'],
        caption: 'New perfume @douglas #ad',
      }),
      '2026-04-10T10:00:00Z',
    );
    await run(
      'usCompliant',
      post({ jurisdiction: 'US', caption: '#ad New shoes @nike' }),
      '2026-05-10T10:00:00Z',
    );
    const batch = await ctx
      .http()
      .post('/v1/compliance/checks/batch')
      .set(analyst.auth)
      .send({ items: [post({ jurisdiction: 'FR', caption: 'Merci @sephora #collab' })] })
      .expect(201);
    ids.frBatch = batch.body.items[0].id;
    await ctx.ds.query('UPDATE compliance_checks SET created_at = $1 WHERE id = $2', [
      '2026-06-10T10:00:00Z',
      ids.frBatch,
    ]);
  });
  afterAll(() => ctx.close());

  it('lists newest first', async () => {
    expect(names(await list({}))).toEqual([
      'frBatch',
      'usCompliant',
      'atDeEnglish',
      'ukReview',
      'deLabelled',
      'deMissing',
    ]);
  });

  it('filters by verdict', async () => {
    expect(names(await list({ verdict: 'compliant' }))).toEqual(['usCompliant', 'deLabelled']);
    expect(names(await list({ verdict: 'needs_review' }))).toEqual(['ukReview']);
    expect(names(await list({ verdict: 'non_compliant' }))).toEqual(['frBatch', 'atDeEnglish', 'deMissing']);
  });

  it('filters by finding code, also of audiences that did not decide the verdict', async () => {
    expect(names(await list({ code: 'missing_disclosure' }))).toEqual(['deMissing']);
    expect(names(await list({ code: 'wrong_language' }))).toEqual(['atDeEnglish']);
    // AT's language_uncertain is a needs_review finding under a non_compliant verdict decided by DE.
    const [atDe] = await list({ code: 'language_uncertain' });
    expect(atDe).toMatchObject({ id: ids.atDeEnglish, verdict: 'non_compliant' });
    expect(atDe.codes).toEqual(['wrong_language', 'language_uncertain']);
    expect(await list({ code: 'missing_ai_label' })).toEqual([]);
  });

  it('filters by jurisdiction judged, source and batch', async () => {
    expect(names(await list({ jurisdiction: 'DE' }))).toEqual(['atDeEnglish', 'deLabelled', 'deMissing']);
    expect(names(await list({ jurisdiction: 'AT' }))).toEqual(['atDeEnglish']);
    expect(names(await list({ jurisdiction: 'IE' }))).toEqual([]);
    expect(names(await list({ source: 'batch' }))).toEqual(['frBatch']);
    expect((await list({ source: 'api' })).length).toBe(5);
  });

  it('filters by date range: from inclusive, to exclusive', async () => {
    expect(names(await list({ from: '2026-02-10T10:00:00Z', to: '2026-04-10T10:00:00Z' }))).toEqual([
      'ukReview',
      'deLabelled',
    ]);
    expect(names(await list({ from: '2026-05-01' }))).toEqual(['frBatch', 'usCompliant']);
    expect(names(await list({ to: '2026-02-01' }))).toEqual(['deMissing']);
  });

  it('combines filters', async () => {
    expect(names(await list({ verdict: 'non_compliant', jurisdiction: 'DE', from: '2026-03-01' }))).toEqual([
      'atDeEnglish',
    ]);
  });

  it('pages with a cursor, keeping the filters, without gaps or repeats', async () => {
    const seen: Check[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: Record<string, string | number> = { limit: 2, ...(cursor ? { cursor } : {}) };
      const res = await ctx.http().get('/v1/compliance/checks').query(query).set(viewer.auth).expect(200);
      seen.push(...res.body.items);
      cursor = res.body.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(names(seen)).toEqual(names(await list({})));

    const first = await ctx
      .http()
      .get('/v1/compliance/checks')
      .query({ limit: 1, verdict: 'compliant' })
      .set(viewer.auth);
    const second = await list({ limit: 1, verdict: 'compliant', cursor: first.body.nextCursor });
    expect(names([...first.body.items, ...second])).toEqual(['usCompliant', 'deLabelled']);
  });

  it('rejects bad filters naming the parameter', async () => {
    const bad = async (query: Record<string, string | number>, field: string) => {
      const res = await ctx.http().get('/v1/compliance/checks').query(query).set(viewer.auth);
      expect(expectProblem(res, 400, 'validation_failed').errors).toEqual([
        expect.objectContaining({ field }),
      ]);
    };
    await bad({ verdict: 'ok' }, 'verdict');
    await bad({ code: 'no_label' }, 'code');
    await bad({ jurisdiction: 'CH' }, 'jurisdiction');
    await bad({ from: 'yesterday' }, 'from');
    await bad({ from: '2026-05-01', to: '2026-04-01' }, 'to');
    await bad({ batchId: 'x' }, 'batchId');
    await bad({ cursor: 'garbage' }, 'cursor');
    await bad({ limit: 500 }, 'limit');
  });
});
