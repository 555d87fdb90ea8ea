import { createOrganisation } from '@fitscout/testing';
import { importCreators, uniqueToken } from './support/catalogue-fixtures';
import { SCORING_NOW, scoringRecord } from './support/scoring-fixtures';
import {
  createTestApp,
  expectProblem,
  type LoggedInMember,
  memberWithToken,
  type TestContext,
} from './support/test-app';

interface FitHit {
  account: { id: string; handle: string };
  sortValue: number;
  fit: {
    score: number | null;
    eligible: boolean;
    parts: { part: string; weight: number; score: number | null }[];
  } | null;
}

describe('discovery sorted by fit (retrieve by filters, re-rank by full fit)', () => {
  let ctx: TestContext;
  let viewer: LoggedInMember;
  const token = uniqueToken('fitrank');
  const strong = scoringRecord({
    engagementRate: 0.06,
    captions: [`Mit dem Rad zur Arbeit ${token} #klimaschutz`, `Energiewende ${token} #klima`],
  });
  const weak = scoringRecord({
    engagementRate: 0.004,
    captions: [`Ein Tag im Büro ${token}`, `Kaffee am Morgen ${token}`],
    categories: ['lifestyle'],
  });
  const foreign = scoringRecord({
    engagementRate: 0.03,
    country: 'US',
    captions: [`Pasta tonight ${token} #recipe`, `Sunday baking ${token}`],
    categories: ['food'],
    audience: { countries: { US: 0.9 }, languages: { en: 0.9 }, ageBands: { '45-54': 0.7 }, genders: {} },
  });

  beforeAll(async () => {
    ctx = await createTestApp();
    const org = await createOrganisation(ctx.ds);
    viewer = await memberWithToken(ctx, org.id, 'viewer');
    await importCreators(ctx, [strong, weak, foreign], SCORING_NOW);
  });
  afterAll(() => ctx.close());

  const search = (body: object) => ctx.http().post('/v1/discovery/search').set(viewer.auth).send(body);
  const handles = (hits: FitHit[]) => hits.map((h) => h.account.handle);

  it('ranks the matches by fit to the brief the filters imply, with the breakdown per hit', async () => {
    const res = await search({
      keywords: [token],
      countries: ['DE', 'US'],
      audience: { countries: [{ key: 'DE', min: 0.1 }] },
      sort: { by: 'fit' },
    }).expect(200);
    const hits = res.body.items as FitHit[];
    expect(handles(hits)).toHaveLength(2); // the US creator's audience fails the DE threshold filter
    expect(hits[0].account.handle).toBe(strong.handle);
    for (const hit of hits) {
      expect(hit.fit?.parts.map((p) => p.part)).toEqual(['relevance', 'engagement', 'authenticity']);
      expect(hit.sortValue).toBe(hit.fit?.score);
    }
    expect(hits[0].sortValue).toBeGreaterThan(hits[1].sortValue);
  });

  it('applies custom weights: engagement alone orders by the engagement score', async () => {
    const res = await search({
      keywords: [token],
      sort: { by: 'fit' },
      fitWeights: { relevance: 0, engagement: 1, authenticity: 0 },
    }).expect(200);
    const hits = res.body.items as FitHit[];
    const engagement = hits.map((h) => h.fit?.parts.find((p) => p.part === 'engagement'));
    expect(engagement.map((p) => p?.weight)).toEqual([1, 1, 1]);
    const scores = engagement.map((p) => p?.score as number);
    expect(hits.map((h) => h.sortValue)).toEqual(scores);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(hits[2].account.handle).toBe(weak.handle);
  });

  it('filters by a minimum fit score', async () => {
    const all = (await search({ keywords: [token], sort: { by: 'fit' } }).expect(200)).body.items as FitHit[];
    const cut = all[1].sortValue;
    const res = await search({ keywords: [token], sort: { by: 'fit' }, minFit: cut }).expect(200);
    const kept = res.body.items as FitHit[];
    expect(kept.length).toBeGreaterThanOrEqual(2);
    expect(kept.every((h) => h.sortValue >= cut)).toBe(true);
    expect(handles(kept)).not.toContain(all[2].account.handle);
  });

  it('pages through the ranked window with a cursor, without repeats or gaps', async () => {
    const body = { keywords: [token], sort: { by: 'fit' }, limit: 2 };
    const all = handles((await search({ ...body, limit: 10 }).expect(200)).body.items);
    const first = await search(body).expect(200);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await search({ ...body, cursor: first.body.nextCursor }).expect(200);
    expect(second.body.nextCursor).toBeNull();
    expect([...handles(first.body.items), ...handles(second.body.items)]).toEqual(all);
    expect(all).toHaveLength(3);
  });

  it('rejects a cursor of another sort, and fit weights without the fit sort', async () => {
    const byFollowers = await search({ keywords: [token], sort: { by: 'followers' }, limit: 1 }).expect(200);
    const res = await search({ keywords: [token], sort: { by: 'fit' }, cursor: byFollowers.body.nextCursor });
    expectProblem(res, 400);
    expect(JSON.stringify(res.body)).toContain('cursor');

    const weights = await search({ keywords: [token], fitWeights: { relevance: 1 } });
    expectProblem(weights, 400);
    expect(JSON.stringify(weights.body)).toContain('fitWeights');

    const negative = await search({ sort: { by: 'fit' }, fitWeights: { engagement: -1 } });
    expectProblem(negative, 400);
    expectProblem(await search({ keywords: [token], minFit: 50 }), 400);
    expectProblem(await search({ sort: { by: 'fit' }, minFit: 101 }), 400);
  });
});
