import { buildProfileDocument, buildTermStatistics } from '../profile-document';
import { BM25F, scoreRelevance } from '../relevance';
import { ScoringAccountInput } from '../types';
import { NOW, post } from './helpers';

const unionist: ScoringAccountInput = {
  platform: 'instagram',
  followers: 5_000,
  following: 300,
  postCount: 100,
  bio: 'Betriebsrätin und Gewerkschafterin. Für gute Arbeit!',
  country: 'DE',
};
const unionPosts = [
  post(3, 100, 5, { caption: 'Heute beim Warnstreik mit den Kolleginnen #Gewerkschaft #faireLöhne' }),
  post(9, 100, 5, { caption: 'Tarifrunde: wir bleiben dran', hashtags: ['tarifvertrag'] }),
  post(15, 100, 5, { caption: 'Sonntagsbrunch 🥑' }),
];
const climateEn: ScoringAccountInput = {
  platform: 'instagram',
  followers: 5_000,
  following: 300,
  postCount: 100,
  bio: 'Climate action and sustainability in everyday life 🌍',
};

const saturate = (tf: number) => (tf * (BM25F.k1 + 1)) / (tf + BM25F.k1);

describe('scoreRelevance', () => {
  it('matches German inflections and compounds and lists the matched terms', () => {
    const r = scoreRelevance({ account: unionist, posts: unionPosts }, { keywords: ['Gewerkschaften'] }, NOW);
    expect(r.details.matchedTerms).toEqual(expect.arrayContaining(['#gewerkschaft', 'gewerkschafterin']));
    expect(r.details.targetTopics).toEqual(['arbeit_gewerkschaft']);
    // 2 of 3 posts touch the union topic
    expect(r.details.topicShareOfPosts).toBeCloseTo(2 / 3);
    expect(r.score).toBeGreaterThan(80);
    expect(r.benchmarkVersion).toBe('lexicon-2026.1');
  });

  it('expands a lexicon topic across languages (German brief topic, English creator)', () => {
    const r = scoreRelevance({ account: climateEn, posts: [] }, { topics: ['umwelt_klima'] }, NOW);
    expect(r.details.matchedTerms).toEqual(expect.arrayContaining(['climate', 'sustainability', '🌍']));
    expect(r.details.bioOnTopic).toBe(true);
    const food = scoreRelevance(
      { account: { ...climateEn, bio: 'Pasta, pizza and wine 🍝' }, posts: [] },
      { topics: ['umwelt_klima'] },
      NOW,
    );
    expect(food.score).toBe(0);
  });

  it('BM25F by hand: one caption term among ten tokens, no corpus statistics', () => {
    const caption = 'klima alpha bravo charlie delta echo foxtrot golf hotel india';
    const r = scoreRelevance(
      { account: { ...climateEn, bio: null }, posts: [post(3, 1, 1, { caption })] },
      { keywords: ['Klima'] },
      NOW,
    );
    // tf = 1 / (1 − 0.75 + 0.75 · 10 / 300) = 3.636; text = min(1, sat(tf) / sat(4))
    const text = Math.min(1, saturate(1 / (0.25 + 0.75 * (10 / 300))) / saturate(BM25F.fullMatchTf));
    const c = r.details.concepts[0];
    expect(c.tf).toBeCloseTo(1 / 0.275, 6);
    expect(c.contribution).toBeCloseTo(100 * text, 6);
    // topic part = ½ text + ½ share-of-posts (1 of 1 post on topic → full)
    expect(r.score).toBeCloseTo(0.5 * 100 * text + 50, 1);
  });

  it('weights concepts by IDF from corpus statistics', () => {
    const docs = [
      buildProfileDocument({ ...climateEn, bio: 'rare common' }, [], NOW),
      buildProfileDocument({ ...climateEn, bio: 'common' }, [], NOW),
      buildProfileDocument({ ...climateEn, bio: 'common words' }, [], NOW),
    ];
    const stats = buildTermStatistics(docs);
    const r = scoreRelevance(
      { account: climateEn, document: docs[0] },
      { keywords: ['rare', 'missing-from-doc'] },
      NOW,
      stats,
    );
    const [rare, missing] = r.details.concepts;
    expect(rare.idf).toBeCloseTo(Math.log(1 + 2.5 / 1.5)); // df 1 of 3
    expect(missing.idf).toBeCloseTo(Math.log(1 + 3.5 / 0.5)); // df 0
    // bio "rare common": 2 tokens, average bio length 5/3 → tf = 3 / (0.25 + 0.75 · 2 / (5/3)) = 2.61
    const tf = 3 / (0.25 + (0.75 * 2) / (5 / 3));
    expect(rare.tf).toBeCloseTo(tf, 6);
    const share = Math.min(1, saturate(tf) / saturate(BM25F.fullMatchTf));
    expect(rare.contribution).toBeCloseTo((100 * rare.idf * share) / (rare.idf + missing.idf), 6);
    expect(missing.contribution).toBe(0);
  });

  it('creator language and country, audience share in target', () => {
    const r = scoreRelevance(
      {
        account: { ...unionist, country: 'AT' },
        posts: unionPosts,
        audience: { countries: { DE: 0.5, AT: 0.2, US: 0.3 }, sampleSize: 50 },
      },
      { languages: ['de'], countries: ['DE'], audience: { countries: ['DE', 'AT', 'CH'] } },
      NOW,
    );
    expect(r.details.creatorLanguage).toBe('de');
    const byName = Object.fromEntries(r.components.map((c) => [c.name, c]));
    expect(byName.creator_language.raw).toBe(1);
    expect(byName.creator_country.raw).toBe(0);
    expect(byName.audience_countries.raw).toBeCloseTo(0.7);
    // creator (0.1) = 50, audience (0.3) = 70 → (5 + 21) / 0.4
    expect(r.score).toBeCloseTo(65);
    expect(r.confidence.reasons).toContain('audience estimated from 50 followers');
  });

  it('lowers confidence without audience data and returns null when nothing can be compared', () => {
    const r = scoreRelevance(
      { account: unionist, posts: unionPosts },
      { keywords: ['Arbeit'], audience: { countries: ['DE'] } },
      NOW,
    );
    expect(r.confidence.reasons).toContain('no audience data for the targeted dimensions');
    const empty = scoreRelevance({ account: unionist, posts: unionPosts }, {}, NOW);
    expect(empty.score).toBeNull();
    expect(empty.confidence.level).toBe('insufficient_data');
    const noText = scoreRelevance(
      { account: { ...unionist, bio: null }, posts: [] },
      { keywords: ['Arbeit'] },
      NOW,
    );
    expect(noText.score).toBeNull();
  });
});
