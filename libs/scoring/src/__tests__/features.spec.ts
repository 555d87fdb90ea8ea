import { publishedBenchmark } from '../benchmark';
import { scoreAccount, scoreAccountFeatures } from '../batch';
import { AccountFeatures, basicsAt, deriveAccountFeatures, FEATURES_VERSION } from '../features';
import { FIXTURE_NOW, healthyCreator, SCORING_SCENARIOS } from '../../../../test/fixtures/scoring/scenarios';

const benchmark = publishedBenchmark();
const DAY_MS = 86_400_000;
/** What a database round trip does to the features: JSON in, JSON out. */
const viaJson = (f: AccountFeatures): AccountFeatures => JSON.parse(JSON.stringify(f)) as AccountFeatures;

describe('two-stage scoring (derived features, then benchmark)', () => {
  it.each(SCORING_SCENARIOS.map((s) => [s.name, s] as const))(
    '%s: scoring stored features gives exactly the one-pass result',
    (_, s) => {
      const direct = scoreAccount(s.input, benchmark, FIXTURE_NOW);
      const staged = scoreAccountFeatures(
        viaJson(deriveAccountFeatures(s.input, FIXTURE_NOW)),
        benchmark,
        FIXTURE_NOW,
      );
      expect(staged.engagement).toEqual(direct.engagement);
      expect(staged.authenticity).toEqual(direct.authenticity);
    },
  );

  it('reduces the follower sample to counts and keeps the derivation version', () => {
    const f = deriveAccountFeatures(healthyCreator.input, FIXTURE_NOW);
    expect(f.version).toBe(FEATURES_VERSION);
    expect(f.followerSample).toEqual({
      size: healthyCreator.input.followerSample?.length,
      suspicious: expect.any(Number),
    });
    expect(f.derivedAt).toBe(FIXTURE_NOW.toISOString());
  });

  it('ages the time since the last post when scored later without new data', () => {
    const f = deriveAccountFeatures(healthyCreator.input, FIXTURE_NOW);
    const later = new Date(FIXTURE_NOW.getTime() + 10 * DAY_MS);
    expect(basicsAt(f, later).daysSinceLastPost).toBeCloseTo(f.basics.daysSinceLastPost! + 10, 6);
    expect(basicsAt(f, FIXTURE_NOW).daysSinceLastPost).toBe(f.basics.daysSinceLastPost);
  });

  it('no sample, no snapshots: the missing signals say why', () => {
    const input = { ...healthyCreator.input, followerSample: undefined, snapshots: undefined };
    const r = scoreAccountFeatures(deriveAccountFeatures(input, FIXTURE_NOW), benchmark, FIXTURE_NOW);
    const notes = r.authenticity.components.filter((c) => c.raw === null).map((c) => c.note);
    expect(notes).toEqual(
      expect.arrayContaining([
        'not available: no follower sample',
        'not available: fewer than 8 daily snapshots',
      ]),
    );
  });
});
