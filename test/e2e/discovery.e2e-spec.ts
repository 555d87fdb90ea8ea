import { ScoreService } from '@fitscout/fit';
import type { ImportRecord } from '@fitscout/catalogue';
import { createOrganisation } from '@fitscout/testing';
import { randomUUID } from 'node:crypto';
import { importCreators } from './support/catalogue-fixtures';
import {
  createTestApp,
  expectProblem,
  type LoggedInMember,
  memberWithToken,
  type TestContext,
} from './support/test-app';

const NOW = new Date();
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();
/** Every query is scoped to this run's region so other suites' creators never interfere. */
const REGION = `Testregion ${randomUUID().slice(0, 8)}`;

interface Spec {
  handle: string;
  platform: ImportRecord['platform'];
  followers: number;
  country: string;
  language: string;
  category: NonNullable<ImportRecord['influencer']['categories']>[number];
  text: string;
  hashtags?: string[];
  likes: number;
  status?: ImportRecord['status'];
  lastPostDaysAgo?: number;
  followersMonthAgo?: number;
  audience: NonNullable<ImportRecord['audience']>;
}

const SPECS: Spec[] = [
  {
    handle: 'de.klima',
    platform: 'instagram',
    followers: 12_000,
    country: 'DE',
    language: 'de',
    category: 'environment',
    text: 'Mehr Klimaschutz im Alltag',
    hashtags: ['klimaschutz'],
    likes: 600,
    followersMonthAgo: 10_000,
    audience: { countries: { DE: 0.8 }, ageBands: { '18-24': 0.4 }, genders: { female: 0.6, male: 0.4 } },
  },
  {
    handle: 'de.gewerkschaft',
    platform: 'tiktok',
    followers: 45_000,
    country: 'DE',
    language: 'de',
    category: 'labour',
    text: 'Die Gewerkschaft ruft zum Streik in der Tarifrunde',
    likes: 900,
    followersMonthAgo: 45_000,
    audience: { countries: { DE: 0.7 }, ageBands: { '25-34': 0.5 }, genders: { male: 0.6, female: 0.4 } },
  },
  {
    handle: 'at.energie',
    platform: 'youtube',
    followers: 3_000,
    country: 'AT',
    language: 'de',
    category: 'environment',
    text: 'Energiewende in Österreich',
    hashtags: ['energiewende'],
    likes: 75,
    audience: { countries: { AT: 0.6, DE: 0.3 } },
  },
  {
    handle: 'uk.climate',
    platform: 'instagram',
    followers: 80_000,
    country: 'GB',
    language: 'en',
    category: 'environment',
    text: 'Climate action: cycling to work every day',
    hashtags: ['climateaction'],
    likes: 1_200,
    followersMonthAgo: 100_000,
    audience: { countries: { GB: 0.8 }, languages: { en: 0.9 } },
  },
  {
    handle: 'us.fashion',
    platform: 'instagram',
    followers: 250_000,
    country: 'US',
    language: 'en',
    category: 'fashion',
    text: 'Fall outfits and styling tips',
    hashtags: ['ootd'],
    likes: 2_000,
    audience: { countries: { US: 0.7 } },
  },
  {
    handle: 'de.vegan',
    platform: 'instagram',
    followers: 800,
    country: 'DE',
    language: 'de',
    category: 'food',
    text: 'Vegane Rezepte für jeden Tag',
    likes: 80,
    audience: { countries: { DE: 0.9 } },
  },
  {
    handle: 'de.private',
    platform: 'instagram',
    followers: 15_000,
    country: 'DE',
    language: 'de',
    category: 'environment',
    text: 'Klimaschutz privat',
    likes: 300,
    status: 'private',
    audience: { countries: { DE: 0.9 } },
  },
  {
    handle: 'de.ruhig',
    platform: 'instagram',
    followers: 20_000,
    country: 'DE',
    language: 'de',
    category: 'environment',
    text: 'Klimaschutz von früher',
    likes: 100,
    lastPostDaysAgo: 200,
    audience: { countries: { DE: 0.9 } },
  },
];

function toRecord(s: Spec, suffix: string): ImportRecord {
  const handle = `${s.handle}.${suffix}`;
  const lastPost = s.lastPostDaysAgo ?? 5;
  return {
    platform: s.platform,
    handle,
    followers: s.followers,
    status: s.status,
    influencer: {
      key: handle,
      displayName: s.handle,
      languages: [s.language],
      country: s.country,
      region: REGION,
      categories: [s.category],
    },
    posts: [0, 10, 20].map((offset, i) => ({
      externalId: `${handle}-${i}`,
      kind: s.platform === 'instagram' ? 'post' : 'video',
      publishedAt: daysAgo(lastPost + offset),
      caption: `${s.text} (${i})`,
      hashtags: s.hashtags ?? [],
      likes: s.likes,
      comments: 0,
      isPaidPartnership: false,
    })),
    metrics: s.followersMonthAgo ? [{ capturedAt: daysAgo(32), followers: s.followersMonthAgo }] : [],
    audience: s.audience,
  };
}

describe('discovery search', () => {
  let ctx: TestContext;
  let me: LoggedInMember;
  let other: LoggedInMember;
  const handles = new Map<string, string>();
  const idOf = (short: string) => handles.get(short)!;

  beforeAll(async () => {
    ctx = await createTestApp();
    me = await memberWithToken(ctx, (await createOrganisation(ctx.ds)).id, 'manager');
    other = await memberWithToken(ctx, (await createOrganisation(ctx.ds)).id, 'manager');
    const suffix = randomUUID().slice(0, 6);
    const records = SPECS.map((s) => toRecord(s, suffix));
    const ids = await importCreators(ctx, records, NOW);
    SPECS.forEach((s, i) => handles.set(s.handle, ids.get(records[i].handle)!.influencerId));
    await ctx
      .http()
      .patch(`/v1/influencers/${idOf('de.klima')}/overlay`)
      .set(me.auth)
      .send({ contact: { email: 'k@example.org' } })
      .expect(200);
  });
  afterAll(() => ctx.close());

  const search = async (body: Record<string, unknown>, as: LoggedInMember = me) => {
    const res = await ctx
      .http()
      .post('/v1/discovery/search')
      .set(as.auth)
      .send({ regions: [REGION], ...body });
    expect(res.status).toBe(200);
    return res.body as {
      items: {
        influencer: { id: string; displayName: string };
        matchedKeywords: string[];
        sortValue: number;
      }[];
      nextCursor: string | null;
    };
  };
  const names = async (body: Record<string, unknown>, as?: LoggedInMember) =>
    (await search(body, as)).items.map((h) => h.influencer.displayName);
  const sorted = async (body: Record<string, unknown>) => (await names(body)).sort();

  it('lists only active accounts, by followers descending by default', async () => {
    expect(await names({})).toEqual([
      'us.fashion',
      'uk.climate',
      'de.gewerkschaft',
      'de.ruhig',
      'de.klima',
      'at.energie',
      'de.vegan',
    ]);
  });

  it.each([
    [{ platforms: ['tiktok', 'youtube'] }, ['at.energie', 'de.gewerkschaft']],
    [{ followers: { min: 3000, max: 20000 } }, ['at.energie', 'de.klima', 'de.ruhig']],
    [{ tiers: ['nano'] }, ['at.energie']],
    [{ tiers: ['micro'] }, ['de.gewerkschaft', 'de.klima', 'de.ruhig', 'uk.climate']],
    [
      { tiers: ['micro_influencer'] },
      ['at.energie', 'de.gewerkschaft', 'de.klima', 'de.ruhig', 'uk.climate'],
    ],
    [{ tiers: ['mid'] }, ['us.fashion']],
    [{ countries: ['AT', 'GB'] }, ['at.energie', 'uk.climate']],
    [{ languages: ['en'] }, ['uk.climate', 'us.fashion']],
    [{ categories: ['labour', 'food'] }, ['de.gewerkschaft', 'de.vegan']],
    [{ engagementRate: { min: 0.05 } }, ['de.klima', 'de.vegan']],
    [{ followerGrowth30d: { min: 0.1 } }, ['de.klima']],
    [{ followerGrowth30d: { max: -0.1 } }, ['uk.climate']],
    [{ lastPostedWithinDays: 30, categories: ['environment'] }, ['at.energie', 'de.klima', 'uk.climate']],
    [{ hasContactDetails: true }, ['de.klima']],
    [{ audience: { countries: [{ key: 'DE', min: 0.75 }] } }, ['de.klima', 'de.ruhig', 'de.vegan']],
    [{ audience: { ageBands: [{ key: '25-34', min: 0.3 }] } }, ['de.gewerkschaft']],
    [{ audience: { genders: [{ key: 'female', min: 0.5 }] } }, ['de.klima']],
    [{ audience: { languages: [{ key: 'en', min: 0.5 }] } }, ['uk.climate']],
    [
      {
        countries: ['DE'],
        tiers: ['micro'],
        categories: ['environment'],
        audience: { countries: [{ key: 'DE', min: 0.5 }] },
      },
      ['de.klima', 'de.ruhig'],
    ],
  ])('filter %j', async (filter, expected) => {
    expect(await sorted(filter)).toEqual(expected);
  });

  it('hasContactDetails is per organisation', async () => {
    expect(await names({ hasContactDetails: true }, other)).toEqual([]);
    expect(await names({ hasContactDetails: false, countries: ['DE'], tiers: ['micro'] }, other)).toEqual(
      expect.arrayContaining(['de.klima']),
    );
  });

  it('matches German keywords by stem and split hashtags, and says which matched', async () => {
    const res = await search({ keywords: ['Klimaschutz'] });
    expect(res.items.map((h) => h.influencer.displayName).sort()).toEqual(['de.klima', 'de.ruhig']);
    expect(res.items[0].matchedKeywords).toEqual(['Klimaschutz']);
    expect(await sorted({ keywords: ['Gewerkschaften'] })).toEqual(['de.gewerkschaft']);
    // Compounds split in captions and hashtags alike: "Klima" finds "#klimaschutz" and "Klimaschutz".
    expect(await sorted({ keywords: ['Klima'] })).toEqual(['de.klima', 'de.ruhig']);
    expect(await sorted({ keywords: ['energiewende'] })).toEqual(['at.energie']);
  });

  it('matches English keywords by stem and supports any/all', async () => {
    expect(await sorted({ keywords: ['cycle'] })).toEqual(['uk.climate']);
    expect(await sorted({ keywords: ['climate', 'outfit'] })).toEqual(['uk.climate', 'us.fashion']);
    expect(await sorted({ keywords: ['climate', 'outfit'], keywordMode: 'all' })).toEqual([]);
    expect(await sorted({ keywords: ['climate', 'cycling'], keywordMode: 'all' })).toEqual(['uk.climate']);
  });

  it('treats hostile keyword text as text', async () => {
    expect(await names({ keywords: ["'); DROP TABLE influencers; --"] })).toEqual([]);
    expect(await names({ keywords: ['a & b | !c'] })).toEqual([]);
  });

  it('excludes creators on the given lists', async () => {
    const list = (
      await ctx
        .http()
        .post('/v1/lists')
        .set(me.auth)
        .send({ name: `ex ${REGION}` })
    ).body;
    await ctx
      .http()
      .post(`/v1/lists/${list.id}/items`)
      .set(me.auth)
      .send({ influencerIds: [idOf('us.fashion'), idOf('de.vegan')] })
      .expect(200);
    const all = await names({});
    const left = await names({ excludeListIds: [list.id] });
    expect(all.filter((n) => !left.includes(n)).sort()).toEqual(['de.vegan', 'us.fashion']);
    // Another organisation cannot exclude by (or probe) my list: it simply excludes nothing.
    expect(await names({ excludeListIds: [list.id] }, other)).toEqual(all);
  });

  it.each([
    [
      { sort: { by: 'followers', direction: 'asc' } },
      ['de.vegan', 'at.energie', 'de.klima', 'de.ruhig', 'de.gewerkschaft', 'uk.climate', 'us.fashion'],
    ],
    // de.ruhig has no rate (no post in the 180-day window): not listed when sorting by rate.
    [
      { sort: { by: 'engagement_rate' } },
      ['de.vegan', 'de.klima', 'at.energie', 'de.gewerkschaft', 'uk.climate', 'us.fashion'],
    ],
    [{ sort: { by: 'growth' } }, ['de.klima', 'de.gewerkschaft', 'uk.climate']],
  ])('sorts %j', async (body, expected) => {
    expect(await names(body)).toEqual(expected);
  });

  it('filters and sorts by the stored authenticity score once computed', async () => {
    expect(await names({ authenticity: { min: 0 } })).toEqual([]);
    const accountIds: string[] = (
      await ctx.ds.query('SELECT id FROM platform_accounts WHERE region = $1', [REGION])
    ).map((r: { id: string }) => r.id);
    await ctx.app.get(ScoreService).recomputeAccounts(accountIds, { now: NOW });
    const scored = await ctx.ds.query(
      `SELECT i.display_name, a.authenticity_score FROM platform_accounts a JOIN influencers i ON i.id = a.influencer_id
        WHERE a.region = $1 AND a.status = 'active' AND a.authenticity_score IS NOT NULL
        ORDER BY a.authenticity_score DESC, a.id DESC`,
      [REGION],
    );
    expect(scored.length).toBeGreaterThan(0);
    const res = await search({ sort: { by: 'authenticity' } });
    expect(res.items.map((h) => h.influencer.displayName)).toEqual(
      scored.map((r: { display_name: string }) => r.display_name),
    );
    const threshold = scored[Math.floor(scored.length / 2)].authenticity_score as number;
    const above = await names({ authenticity: { min: threshold } });
    expect(above.sort()).toEqual(
      scored
        .filter((r: { authenticity_score: number }) => r.authenticity_score >= threshold)
        .map((r: { display_name: string }) => r.display_name)
        .sort(),
    );
  });

  it('ranks by relevance when keywords are given', async () => {
    const res = await search({ keywords: ['Klimaschutz', 'Alltag'] });
    expect(res.items[0].influencer.displayName).toBe('de.klima');
    expect(res.items[0].sortValue).toBeGreaterThan(res.items[1].sortValue);
  });

  it('pages with a stable cursor: every hit once, in order', async () => {
    for (const sort of [{ by: 'followers' }, { by: 'engagement_rate', direction: 'asc' }]) {
      const all = await names({ sort, limit: 100 });
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await search({ sort, limit: 2, ...(cursor ? { cursor } : {}) });
        seen.push(...page.items.map((h) => h.influencer.displayName));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all);
    }
  });

  it.each([
    [{ followers: { min: 5000, max: 100 } }, 'followers.max'],
    [{ followers: { min: -1 } }, 'followers.min'],
    [{ platforms: ['myspace'] }, 'platforms'],
    [{ tiers: ['huge'] }, 'tiers'],
    [{ countries: ['de'] }, 'countries'],
    [{ engagementRate: { min: 'high' } }, 'engagementRate.min'],
    [{ limit: 5000 }, 'limit'],
    [{ limit: 0 }, 'limit'],
    [{ sort: { by: 'relevance' } }, 'sort.by'],
    [{ sort: { by: 'fame' } }, 'sort.by'],
    [{ audience: { countries: [{ key: 'DE', min: 1.5 }] } }, 'audience.countries[0].min'],
    [{ audience: { genders: [{ key: 'robot', min: 0.5 }] } }, 'audience.genders[0].key'],
    [{ cursor: 'garbage' }, 'cursor'],
    [{ keywords: ['x'.repeat(61)] }, 'keywords'],
    [{ unknownFilter: true }, 'unknownFilter'],
    [{ authenticity: { min: 150 } }, 'authenticity.min'],
    [{ authenticity: { min: 80, max: 20 } }, 'authenticity.max'],
  ])('rejects %j naming %s', async (body, field) => {
    const res = await ctx.http().post('/v1/discovery/search').set(me.auth).send(body);
    const errors = expectProblem(res, 400, 'validation_failed').errors as { field: string }[];
    expect(errors.map((e) => e.field)).toContain(field);
  });
});
