import { buildLookalikeProfile, lookalikeSimilarity, topicVectorFromDocument } from '../lookalike';
import { buildProfileDocument } from '../profile-document';
import { NOW, post } from './helpers';

describe('lookalike similarity', () => {
  it('combines topic cosine (0.6) and audience overlap (0.4), by hand', () => {
    const r = lookalikeSimilarity(
      { topics: { sport: 1, essen: 0.5 }, audience: { countries: { DE: 0.6, AT: 0.4 } } },
      { topics: { sport: 0.5, reisen: 0.5 }, audience: { countries: { DE: 0.5, CH: 0.5 } } },
    );
    // cos = 0.5 / (√1.25 · √0.5) = 0.6325; overlap = min(.6,.5) = 0.5
    expect(r.topicSimilarity).toBeCloseTo(0.6325, 4);
    expect(r.audienceOverlap).toBeCloseTo(0.5);
    expect(r.score).toBe(57.9);
    expect(r.sharedTopics).toEqual([{ topic: 'sport', a: 1, b: 0.5 }]);
  });

  it('uses what is comparable and is null when nothing is', () => {
    expect(lookalikeSimilarity({ topics: { mode: 1 } }, { topics: { mode: 2 } }).score).toBe(100);
    expect(lookalikeSimilarity({ topics: {} }, { topics: { mode: 1 } }).score).toBeNull();
  });

  it('builds topic vectors from profile documents (bio counts as one post)', () => {
    const doc = buildProfileDocument(
      { platform: 'instagram', followers: 1, following: 1, postCount: 2, bio: 'Laufen und Kochen' },
      [post(3, 1, 1, { caption: 'Marathon heute 🏃' }), post(5, 1, 1, { caption: 'Neues Rezept' })],
      NOW,
    );
    // units = 2 posts + bio; sport: bio + post 1 = 2/3; essen: bio + post 2 = 2/3
    expect(topicVectorFromDocument(doc)).toEqual({ sport: 2 / 3, essen: 2 / 3 });
  });

  it('builds a comparable profile for one account', () => {
    const account = {
      platform: 'instagram' as const,
      followers: 1,
      following: 1,
      postCount: 1,
      bio: 'Mode und Vintage 👗',
    };
    const p = buildLookalikeProfile(account, [], { countries: { DE: 1 } }, NOW);
    expect(p.topics).toEqual({ mode: 1 });
    expect(lookalikeSimilarity(p, p).score).toBe(100);
  });
});
