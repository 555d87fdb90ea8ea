import {
  ACCOUNT_STATUSES,
  AGE_BANDS,
  CATEGORIES,
  GENDERS,
  type ImportRecord,
  PLATFORMS,
  POST_KINDS,
  validateImportRecord,
} from '@fitscout/catalogue';
import { type CatalogueOptions, generateCatalogue, POST_WINDOW_DAYS } from './generator';

const NOW = new Date('2026-03-01T12:00:00Z');
const DAY_MS = 86_400_000;
const base: CatalogueOptions = { seed: 20260301, count: 10_000, postsPerAccount: 3, now: NOW };

const take = (options: Partial<CatalogueOptions>): ImportRecord[] => [
  ...generateCatalogue({ ...base, ...options }),
];
const shareOf = <T>(items: readonly T[], predicate: (item: T) => boolean) =>
  items.filter(predicate).length / items.length;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
const sum = (shares: Record<string, number | undefined>) =>
  Object.values(shares).reduce<number>((a, b) => a + (b ?? 0), 0);

describe('generateCatalogue: determinism', () => {
  it('gives identical output for the same seed and options', () => {
    const a = JSON.stringify(take({ count: 1500, snapshots: 3, followerSampleSize: 5 }));
    const b = JSON.stringify(take({ count: 1500, snapshots: 3, followerSampleSize: 5 }));
    expect(a).toBe(b);
  });

  it('gives different output for a different seed', () => {
    const a = take({ count: 200 });
    const b = take({ count: 200, seed: base.seed + 1 });
    expect(a.map((r) => r.handle)).not.toEqual(b.map((r) => r.handle));
    expect(a.map((r) => r.externalId)).not.toEqual(b.map((r) => r.externalId));
  });

  it('keeps posts and profiles independent of the optional extras', () => {
    const plain = take({ count: 300 });
    const rich = take({ count: 300, snapshots: 8, followerSampleSize: 20 });
    expect(rich.map((r) => ({ ...r, metrics: undefined, followerSample: undefined }))).toEqual(plain);
  });
});

describe('generateCatalogue: records', () => {
  let records: ImportRecord[];
  beforeAll(() => {
    records = take({});
  });

  it('produces exactly `count` lines, each accepted by the import validator', () => {
    expect(records).toHaveLength(base.count);
    const failures = records
      .map((r, i) => validateImportRecord(JSON.parse(JSON.stringify(r)) as unknown, i + 1).errors)
      .filter((errors) => errors.length > 0);
    expect(failures.slice(0, 3)).toEqual([]);
  });

  it('uses only valid enum values, ISO codes and 1–3 categories', () => {
    // Problems are collected and asserted once: an expect() per field of 10,000 records takes seconds.
    const problems: string[] = [];
    const check = (ok: boolean, what: string) => ok || problems.push(what);
    for (const r of records) {
      check(PLATFORMS.includes(r.platform), `platform ${r.platform}`);
      check(ACCOUNT_STATUSES.includes(r.status!), `status ${r.status}`);
      check(/^[A-Z]{2}$/.test(r.influencer.country!), `country ${r.influencer.country}`);
      for (const l of r.influencer.languages ?? []) check(/^[a-z]{2}$/.test(l), `language ${l}`);
      const categories = r.influencer.categories ?? [];
      check(categories.length >= 1 && categories.length <= 3, `${categories.length} categories`);
      check(new Set(categories).size === categories.length, `repeated category in ${categories.join()}`);
      for (const c of categories) check(CATEGORIES.includes(c), `category ${c}`);
      for (const p of r.posts ?? []) check(POST_KINDS.includes(p.kind), `kind ${p.kind}`);
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it('keeps (platform, handle) and external ids unique; a handle belongs to one creator', () => {
    const keys = new Set(records.map((r) => `${r.platform}:${r.handle}`));
    expect(keys.size).toBe(records.length);
    expect(new Set(records.map((r) => `${r.platform}:${r.externalId}`)).size).toBe(records.length);
    const owner = new Map<string, string>();
    const bad: string[] = [];
    for (const r of records) {
      if (!/^[a-z0-9][a-z0-9._]*[a-z0-9]$/.test(r.handle)) bad.push(`malformed ${r.handle}`);
      if ((owner.get(r.handle) ?? r.influencer.key) !== r.influencer.key) bad.push(`shared ${r.handle}`);
      owner.set(r.handle, r.influencer.key!);
    }
    expect(bad.slice(0, 5)).toEqual([]);
    const postIds = records.flatMap((r) => (r.posts ?? []).map((p) => `${r.platform}:${p.externalId}`));
    expect(new Set(postIds).size).toBe(postIds.length);
  });

  it('has ~15% of creators with two accounts on different platforms sharing the influencer key', () => {
    const byKey = new Map<string, ImportRecord[]>();
    for (const r of records) byKey.set(r.influencer.key!, [...(byKey.get(r.influencer.key!) ?? []), r]);
    const multi = [...byKey.values()].filter((rs) => rs.length > 1);
    expect(multi.length / byKey.size).toBeGreaterThan(0.12);
    expect(multi.length / byKey.size).toBeLessThan(0.18);
    for (const [a, b] of multi) expect(a.platform).not.toBe(b.platform);
  });

  it('draws log-normal followers: median 3k–30k, ≥ 70% within 1k–100k, tails both ways', () => {
    const followers = records.map((r) => r.followers);
    const m = median(followers);
    expect(m).toBeGreaterThan(3_000);
    expect(m).toBeLessThan(30_000);
    expect(shareOf(followers, (f) => f >= 1_000 && f < 100_000)).toBeGreaterThanOrEqual(0.7);
    expect(shareOf(followers, (f) => f < 1_000)).toBeGreaterThan(0.03);
    expect(shareOf(followers, (f) => f >= 100_000)).toBeGreaterThan(0.02);
    expect(shareOf(records, (r) => r.verified === true && r.followers < 10_000)).toBeLessThan(0.001);
    expect(shareOf(records, (r) => r.status === 'active')).toBeGreaterThan(0.93);
  });

  it('mixes countries and languages as briefed (55% DE/AT, 20% GB, 20% US, 5% FR)', () => {
    const creators = records.filter((r, i) => i === 0 || records[i - 1].influencer.key !== r.influencer.key);
    const country = (codes: string[]) => shareOf(creators, (r) => codes.includes(r.influencer.country!));
    expect(country(['DE', 'AT'])).toBeCloseTo(0.55, 1);
    expect(country(['GB'])).toBeCloseTo(0.2, 1);
    expect(country(['US'])).toBeCloseTo(0.2, 1);
    expect(Math.abs(country(['FR']) - 0.05)).toBeLessThan(0.015);
    for (const r of creators) {
      const main = { DE: 'de', AT: 'de', GB: 'en', US: 'en', FR: 'fr' }[r.influencer.country!];
      expect(r.influencer.languages?.[0]).toBe(main);
    }
  });

  it('writes German captions and hashtags for German creators, English ones for UK/US', () => {
    const tagsOf = (countries: string[]) =>
      new Set(
        records
          .filter((r) => countries.includes(r.influencer.country!))
          .flatMap((r) => (r.posts ?? []).flatMap((p) => p.hashtags ?? [])),
      );
    const german = tagsOf(['DE', 'AT']);
    for (const t of [
      'klimaschutz',
      'energiewende',
      'gewerkschaft',
      'tarifrunde',
      'bildung',
      'rezept',
      'reisen',
    ])
      expect(german).toContain(t);
    expect([...german].some((t) => /^[A-ZÄÖÜ][a-zäöüß]+[A-ZÄÖÜ]/.test(t))).toBe(true); // camelCase, e.g. KlimaSchutzJetzt
    const english = tagsOf(['GB', 'US']);
    for (const t of ['unionstrong', 'climateaction', 'ootd', 'recipe']) expect(english).toContain(t);
    const germanCaptions = records
      .filter((r) => r.influencer.country === 'DE' && !(r.influencer.languages ?? []).includes('en'))
      .flatMap((r) => (r.posts ?? []).map((p) => p.caption ?? ''));
    expect(shareOf(germanCaptions, (c) => /[äöüß]|\b(und|ihr|die|der|mit|für)\b/i.test(c))).toBeGreaterThan(
      0.6,
    );
  });

  it('dates posts newest first within the window, with hashtags without "#"', () => {
    const windowStart = NOW.getTime() - POST_WINDOW_DAYS * DAY_MS;
    const problems: string[] = [];
    const check = (ok: boolean, what: string) => ok || problems.push(what);
    for (const r of records) {
      const posts = r.posts ?? [];
      check(posts.length === base.postsPerAccount, `${r.handle}: ${posts.length} posts`);
      const times = posts.map((p) => Date.parse(p.publishedAt));
      for (let i = 1; i < times.length; i++)
        check(times[i] <= times[i - 1], `${r.handle}: posts out of order`);
      for (const t of times)
        check(t >= windowStart && t < NOW.getTime(), `${r.handle}: post outside the window`);
      check(r.lastPostedAt === posts[0].publishedAt, `${r.handle}: lastPostedAt is not the newest post`);
      for (const p of posts) for (const h of p.hashtags ?? []) check(/^[^#\s]+$/.test(h), `hashtag "${h}"`);
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it('keeps engagement consistent with followers and marks 10–15% of posts as paid', () => {
    const posts = records.flatMap((r) => (r.posts ?? []).map((p) => ({ ...p, followers: r.followers })));
    const visible = posts.filter((p) => typeof p.likes === 'number');
    const rates = visible.map((p) => p.likes! / p.followers);
    expect(median(rates)).toBeGreaterThan(0.005);
    expect(median(rates)).toBeLessThan(0.08);
    const perComment = visible.filter((p) => p.comments! > 20).map((p) => p.likes! / p.comments!);
    expect(median(perComment)).toBeGreaterThan(15);
    expect(median(perComment)).toBeLessThan(70);
    expect(shareOf(posts, (p) => p.likes === null)).toBeGreaterThan(0);
    expect(shareOf(posts, (p) => p.likes === null)).toBeLessThan(0.05);
    const paid = shareOf(posts, (p) => p.isPaidPartnership === true);
    expect(paid).toBeGreaterThanOrEqual(0.1);
    expect(paid).toBeLessThanOrEqual(0.15);
    const labelled = posts.filter(
      (p) => p.isPaidPartnership && /werbung|anzeige|#ad\b|\bad\b|publicité|pub\]/i.test(p.caption!),
    );
    expect(labelled.length).toBeGreaterThan(0);
    for (const p of posts.filter((x) => x.kind === 'video' || x.kind === 'short' || x.kind === 'reel'))
      expect(p.views).toBeGreaterThanOrEqual(0);
  });

  it('gives audience shares within [0, 1] that sum to ≈ 1, with the home country first', () => {
    const withAudience = records.filter((r) => r.audience);
    expect(withAudience.length / records.length).toBeGreaterThan(0.85);
    const problems: string[] = [];
    const check = (ok: boolean, what: string) => ok || problems.push(what);
    const bands = AGE_BANDS.join();
    const genders = GENDERS.join();
    for (const r of withAudience) {
      const a = r.audience!;
      for (const group of [a.countries!, a.languages!, a.ageBands!, a.genders!]) {
        for (const v of Object.values(group)) check(v! >= 0 && v! <= 1, `${r.handle}: share ${v}`);
        check(Math.abs(sum(group) - 1) < 1e-9, `${r.handle}: shares sum to ${sum(group)}`);
      }
      check(Object.keys(a.ageBands!).join() === bands, `${r.handle}: age bands`);
      check(Object.keys(a.genders!).join() === genders, `${r.handle}: genders`);
      check(Object.keys(a.countries!)[0] === r.influencer.country, `${r.handle}: home country not first`);
      check(a.countries![r.influencer.country!] > 0.25, `${r.handle}: home share too small`);
      check(a.sampleSize! > 0, `${r.handle}: sampleSize`);
      check(Date.parse(a.capturedAt!) <= NOW.getTime(), `${r.handle}: audience from the future`);
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });
});

describe('generateCatalogue: options', () => {
  it('emits weekly snapshots, oldest first, ending a week before now', () => {
    for (const r of take({ count: 200, snapshots: 8 })) {
      const m = r.metrics!;
      expect(m).toHaveLength(8);
      expect(Date.parse(m[7].capturedAt)).toBe(NOW.getTime() - 7 * DAY_MS);
      expect(Date.parse(m[0].capturedAt)).toBe(NOW.getTime() - 56 * DAY_MS);
      // Plausible growth: within a factor of 2 of today over two months.
      expect(m[0].followers / Math.max(r.followers, 1)).toBeGreaterThan(0.5);
      expect(m[0].followers / Math.max(r.followers, 1)).toBeLessThan(2);
      expect(m[0].postCount!).toBeLessThanOrEqual(r.postCount!);
    }
  });

  it('samples followers with a configurable share of fake-looking accounts', () => {
    const sample = (share: number) =>
      take({ count: 100, followerSampleSize: 50, fakeFollowerShare: share }).flatMap(
        (r) => r.followerSample!,
      );
    const looksFake = (f: { posts: number; following: number; digitsInUsername: number }) =>
      f.posts <= 3 && f.following >= 800 && f.digitsInUsername >= 4;
    expect(sample(0).length).toBe(5_000);
    expect(shareOf(sample(0), looksFake)).toBeLessThan(0.01);
    expect(shareOf(sample(0.3), looksFake)).toBeGreaterThan(0.2);
    for (const f of sample(0.3)) expect(f.digitsInUsername).toBeLessThanOrEqual(f.usernameLength);
  });

  it("counts creators with countBy 'creators' and honours overrides and reserved handles", () => {
    const creators = take({ count: 100, countBy: 'creators' });
    expect(new Set(creators.map((r) => r.influencer.key)).size).toBe(100);
    const scripted = take({
      count: 50,
      reservedHandles: ['anomaly.one'],
      overrideProfile: (p) => {
        if (p.index === 3) p.accounts = [{ ...p.accounts[0], handle: 'anomaly.one', followers: 123_456 }];
      },
    });
    const hit = scripted.filter((r) => r.handle === 'anomaly.one');
    expect(hit).toHaveLength(1);
    expect(hit[0].followers).toBe(123_456);
    expect(hit[0].influencer.key).toMatch(/-3$/);
  });

  it('rejects invalid options', () => {
    expect(() => take({ postsPerAccount: 101 })).toThrow(RangeError);
    expect(() => take({ now: new Date('nope') })).toThrow(RangeError);
    expect(() => take({ seed: 1.5 })).toThrow(RangeError);
  });

  it('prints a rough throughput (not asserted: CI machines vary)', () => {
    const count = 50_000;
    const started = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    let posts = 0;
    for (const r of generateCatalogue({ ...base, count })) posts += r.posts!.length;
    const wall = Number(process.hrtime.bigint() - started) / 1e9;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    // Jest's vm sandbox makes global lookups slow: plain Node is several times faster than printed here.
    process.stdout.write(
      `synthetic catalogue under Jest: ${count} records (${posts} posts) in ${wall.toFixed(2)} s wall = ` +
        `${Math.round(count / wall)} records/s (${Math.round(count / cpuSeconds)} per CPU-second)\n`,
    );
    expect(posts).toBe(count * base.postsPerAccount);
  });
});
