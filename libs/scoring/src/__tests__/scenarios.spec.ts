import { publishedBenchmark } from '../benchmark';
import { scoreAccount } from '../batch';
import { FIXTURE_NOW, healthyCreator, SCORING_SCENARIOS } from '../../../../test/fixtures/scoring/scenarios';

const benchmark = publishedBenchmark();
const scored = SCORING_SCENARIOS.map((s) => ({ s, r: scoreAccount(s.input, benchmark, FIXTURE_NOW) }));
const codes = (r: (typeof scored)[number]['r']) =>
  [...r.engagement.flags, ...r.authenticity.flags].map((f) => f.code);

describe('synthetic scenarios', () => {
  it('the healthy creator raises no flag at all and scores high', () => {
    const { r } = scored.find((x) => x.s === healthyCreator)!;
    expect(codes(r)).toEqual([]);
    expect(r.authenticity.score).toBeGreaterThanOrEqual(90);
    expect(r.engagement.score).toBeGreaterThan(50);
  });

  it.each(scored.filter((x) => x.s !== healthyCreator).map((x) => [x.s.name, x] as const))(
    '%s raises its expected flags and scores below the healthy creator',
    (_, { s, r }) => {
      expect(codes(r)).toEqual(expect.arrayContaining([...s.expectedFlags]));
      const healthy = scored.find((x) => x.s === healthyCreator)!.r.authenticity.score!;
      expect(r.authenticity.score).not.toBeNull();
      expect(r.authenticity.score!).toBeLessThan(healthy);
    },
  );

  it('problems do not leak into unrelated flags (paid saturation has no fraud flags)', () => {
    const { r } = scored.find((x) => x.s.name === 'paid-post saturation')!;
    expect(codes(r)).toEqual(['paid_content_saturation']);
  });
});
