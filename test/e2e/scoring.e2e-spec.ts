import { ScoreService } from '@fitscout/fit';
import { createOrganisation } from '@fitscout/testing';
import { randomUUID } from 'node:crypto';
import { importCreators } from './support/catalogue-fixtures';
import { emptyScoringRecord, SCORING_NOW, scoringRecord } from './support/scoring-fixtures';
import {
  createTestApp,
  expectProblem,
  type LoggedInMember,
  memberWithToken,
  type TestContext,
} from './support/test-app';

interface StoredScore {
  status: string;
  score: number | null;
  components: unknown[];
  flags: unknown[];
  confidence: { level: string; reasons: string[] };
  computedAt: string;
  benchmarkVersion: string | null;
}

describe('scoring: stored scores, fit and lookalikes', () => {
  let ctx: TestContext;
  let analyst: LoggedInMember;
  let viewer: LoggedInMember;
  const climate = scoringRecord({
    captions: ['Mit dem Rad zur Arbeit #klimaschutz', 'Energiewende jetzt #klima #fahrrad'],
  });
  const similar = scoringRecord({
    bio: 'Klimaschutz und Radverkehr in Hamburg',
    captions: ['Klimastreik heute #klimaschutz', 'Solarstrom vom Balkon #energiewende'],
  });
  const cooking = scoringRecord({
    bio: 'Kochen und Rezepte aus der Heimat',
    captions: ['Heute gibt es Pasta #rezept #kochen', 'Kuchen backen am Sonntag #backen'],
    categories: ['food', 'environment'],
    audience: {
      countries: { US: 0.8 },
      languages: { en: 0.9 },
      ageBands: { '45-54': 0.7 },
      genders: { male: 0.9 },
    },
  });
  const empty = emptyScoringRecord();
  const ids: Record<
    'climate' | 'similar' | 'cooking' | 'empty',
    { influencerId: string; accountId: string }
  > = {} as never;

  beforeAll(async () => {
    ctx = await createTestApp();
    const org = await createOrganisation(ctx.ds);
    analyst = await memberWithToken(ctx, org.id, 'analyst');
    viewer = await memberWithToken(ctx, org.id, 'viewer');
    const map = await importCreators(ctx, [climate, similar, cooking, empty], SCORING_NOW);
    ids.climate = map.get(climate.handle)!;
    ids.similar = map.get(similar.handle)!;
    ids.cooking = map.get(cooking.handle)!;
    ids.empty = map.get(empty.handle)!;
  });
  afterAll(() => ctx.close());

  const scores = (influencerId: string, member = viewer) =>
    ctx.http().get(`/v1/influencers/${influencerId}/scores`).set(member.auth);

  describe('GET /v1/influencers/{id}/scores', () => {
    it('shows not-yet-scored accounts as null, then the stored results with their explanation', async () => {
      const before = await scores(ids.climate.influencerId).expect(200);
      expect(before.body.accounts).toEqual([
        expect.objectContaining({ accountId: ids.climate.accountId, computedAt: null, engagement: null }),
      ]);

      await ctx.app
        .get(ScoreService)
        .recomputeAccounts([ids.climate.accountId, ids.empty.accountId], { now: SCORING_NOW });
      const res = await scores(ids.climate.influencerId).expect(200);
      const [account] = res.body.accounts as {
        platform: string;
        computedAt: string;
        benchmarkVersion: string;
        engagement: StoredScore;
        authenticity: StoredScore;
      }[];
      expect(account).toMatchObject({ platform: 'instagram', computedAt: SCORING_NOW.toISOString() });
      expect(typeof account.benchmarkVersion).toBe('string');
      for (const s of [account.engagement, account.authenticity]) {
        expect(s.status).toBe('scored');
        expect(s.score).toEqual(expect.any(Number));
        expect(s.components.length).toBeGreaterThan(0);
        expect(Array.isArray(s.flags)).toBe(true);
        expect(['high', 'medium', 'low']).toContain(s.confidence.level);
      }
      expect(account.engagement).not.toHaveProperty('details');
    });

    it('shows insufficient data as such, not as a number', async () => {
      const res = await scores(ids.empty.influencerId).expect(200);
      const { engagement, authenticity } = res.body.accounts[0] as Record<string, StoredScore>;
      for (const s of [engagement, authenticity]) {
        expect(s).toMatchObject({ status: 'insufficient_data', score: null });
        expect(s.confidence.level).toBe('insufficient_data');
        expect(s.confidence.reasons.length).toBeGreaterThan(0);
      }
    });

    it('answers 404 for an unknown creator and 400 for a malformed id', async () => {
      expectProblem(await scores(randomUUID()), 404, 'not_found');
      const bad = expectProblem(await scores('nope'), 400, 'validation_failed');
      expect((bad.errors as { field: string }[]).map((e) => e.field)).toEqual(['id']);
    });
  });

  describe('POST /v1/scoring/fit', () => {
    const brief = {
      keywords: ['Klimaschutz'],
      categories: ['environment'],
      countries: ['DE'],
      languages: ['de'],
      ageBands: ['18-24', '25-34'],
    };
    const postFit = (body: object, member = analyst) =>
      ctx.http().post('/v1/scoring/fit').set(member.auth).send(body);

    it('ranks creators by fit with the breakdown, default weights and relevance matches', async () => {
      const res = await postFit({
        influencerIds: [ids.cooking.influencerId, ids.climate.influencerId, ids.empty.influencerId],
        brief,
      }).expect(200);
      const items = res.body.items as {
        influencerId: string;
        score: number | null;
        eligible: boolean;
        account: { accountId: string } | null;
        parts: { part: string; score: number | null; weight: number }[];
        weights: Record<string, number>;
        relevance: { score: number; matchedTerms: string[]; targetTopics: string[] };
      }[];
      expect(items).toHaveLength(3);
      const byId = new Map(items.map((i) => [i.influencerId, i]));
      const top = byId.get(ids.climate.influencerId)!;
      expect(items[0].influencerId).toBe(ids.climate.influencerId);
      expect(top).toMatchObject({ eligible: true, account: { accountId: ids.climate.accountId } });
      expect(top.score).toEqual(expect.any(Number));
      expect(top.weights).toEqual({ relevance: 0.4, engagement: 0.3, authenticity: 0.3 });
      expect(top.parts.map((p) => p.part)).toEqual(['relevance', 'engagement', 'authenticity']);
      expect(top.relevance.targetTopics).toContain('umwelt_klima');
      expect(top.relevance.matchedTerms.length).toBeGreaterThan(0);
      expect(top.relevance.score).toBeGreaterThan(byId.get(ids.cooking.influencerId)!.relevance.score);
    });

    it('applies hard filters and custom weights', async () => {
      const res = await postFit({
        influencerIds: [ids.climate.influencerId, ids.empty.influencerId],
        brief,
        weights: { relevance: 1, engagement: 1, authenticity: 0 },
        filters: { minAuthenticity: 50 },
      }).expect(200);
      const [first, second] = res.body.items;
      expect(first).toMatchObject({ influencerId: ids.climate.influencerId, eligible: true });
      expect(first.weights).toEqual({ relevance: 0.5, engagement: 0.5, authenticity: 0 });
      expect(second).toMatchObject({ influencerId: ids.empty.influencerId, eligible: false, score: null });
      expect(second.filters).toEqual([
        { filter: 'minAuthenticity', threshold: 50, value: null, passed: false },
      ]);
    });

    it('answers 404 naming the unknown ids', async () => {
      const unknown = randomUUID();
      const body = expectProblem(
        await postFit({ influencerIds: [ids.climate.influencerId, unknown], brief }),
        404,
        'not_found',
      );
      expect(String(body.detail)).toContain(unknown);
      expect(body.unknownIds).toEqual([unknown]);
    });

    it.each([
      ['influencerIds', { influencerIds: [], brief }],
      ['influencerIds', { influencerIds: Array.from({ length: 101 }, () => randomUUID()), brief }],
      ['influencerIds', { influencerIds: ['not-a-uuid'], brief }],
      ['brief', { influencerIds: [randomUUID()] }],
      ['brief', { influencerIds: [randomUUID()], brief: {} }],
      ['brief.countries', { influencerIds: [randomUUID()], brief: { countries: ['de'] } }],
      ['brief.topics', { influencerIds: [randomUUID()], brief: { topics: ['klima'] } }],
      ['brief.ageBands', { influencerIds: [randomUUID()], brief: { ageBands: ['20-30'] } }],
      ['brief.colour', { influencerIds: [randomUUID()], brief: { keywords: ['x'], colour: 'red' } }],
      ['weights.relevance', { influencerIds: [randomUUID()], brief, weights: { relevance: -1 } }],
      [
        'weights',
        { influencerIds: [randomUUID()], brief, weights: { relevance: 0, engagement: 0, authenticity: 0 } },
      ],
      [
        'filters.minAuthenticity',
        { influencerIds: [randomUUID()], brief, filters: { minAuthenticity: 101 } },
      ],
    ])('answers 400 naming %s', async (field, body) => {
      const problem = expectProblem(await postFit(body), 400, 'validation_failed');
      expect((problem.errors as { field: string }[]).map((e) => e.field)).toContain(field);
    });

    it('is forbidden for viewers (403) and needs a login (401)', async () => {
      expectProblem(
        await postFit({ influencerIds: [ids.climate.influencerId], brief }, viewer),
        403,
        'forbidden',
      );
      expectProblem(
        await ctx
          .http()
          .post('/v1/scoring/fit')
          .send({ influencerIds: [ids.climate.influencerId], brief }),
        401,
      );
    });
  });

  describe('GET /v1/influencers/{id}/lookalikes', () => {
    const lookalikes = (influencerId: string, query = '') =>
      ctx.http().get(`/v1/influencers/${influencerId}/lookalikes${query}`).set(viewer.auth);

    it('ranks creators with similar topics and audience and names the shared topics', async () => {
      const res = await lookalikes(ids.climate.influencerId, '?limit=100').expect(200);
      const items = res.body.items as {
        influencerId: string;
        score: number;
        sharedTopics: { topic: string }[];
      }[];
      const order = items.map((i) => i.influencerId);
      expect(order).not.toContain(ids.climate.influencerId);
      const similarAt = order.indexOf(ids.similar.influencerId);
      expect(similarAt).toBeGreaterThanOrEqual(0);
      const cookingAt = order.indexOf(ids.cooking.influencerId);
      if (cookingAt >= 0) expect(cookingAt).toBeGreaterThan(similarAt);
      expect(items[similarAt].sharedTopics.map((t) => t.topic)).toContain('umwelt_klima');
      expect(items.every((i, k) => k === 0 || items[k - 1].score >= i.score)).toBe(true);
    });

    it('honours limit and validates it', async () => {
      const res = await lookalikes(ids.climate.influencerId, '?limit=1').expect(200);
      expect(res.body.items).toHaveLength(1);
      const problem = expectProblem(await lookalikes(ids.climate.influencerId, '?limit=0'), 400);
      expect((problem.errors as { field: string }[]).map((e) => e.field)).toContain('limit');
    });

    it('answers 404 for an unknown creator', async () => {
      expectProblem(await lookalikes(randomUUID()), 404, 'not_found');
    });
  });
});
