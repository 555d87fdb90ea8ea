import { distributionOverlap, matchAudience, shareInTarget } from '../audience';

const profile = {
  countries: { DE: 0.6, AT: 0.1, US: 0.3 },
  ageBands: { '18-24': 0.2, '25-34': 0.5, '35-44': 0.3 },
  genders: { female: 0.7, male: 0.3 },
  sampleSize: 400,
};

describe('audience match', () => {
  it('sums the shares of the target cells, case-insensitively', () => {
    expect(shareInTarget(profile.countries, ['de', 'AT', 'CH'])).toBeCloseTo(0.7);
    expect(shareInTarget(undefined, ['DE'])).toBeNull();
    expect(shareInTarget({}, ['DE'])).toBeNull();
  });

  it('averages over dimensions with data and estimates the joint share', () => {
    const m = matchAudience(profile, {
      countries: ['DE', 'AT', 'CH'],
      ageBands: ['25-34'],
      languages: ['de'],
    });
    expect(m.dimensions.map((d) => [d.dimension, d.shareInTarget])).toEqual([
      ['countries', expect.closeTo(0.7)],
      ['languages', null],
      ['ageBands', 0.5],
    ]);
    expect(m.averageShare).toBeCloseTo(0.6);
    expect(m.jointShareEstimate).toBeCloseTo(0.35);
    expect(matchAudience(null, { countries: ['DE'] }).averageShare).toBeNull();
  });

  it('distribution overlap is the histogram intersection', () => {
    expect(distributionOverlap({ DE: 0.6, AT: 0.4 }, { de: 0.5, CH: 0.5 })).toBeCloseTo(0.5);
    expect(distributionOverlap({ a: 1 }, { a: 1 })).toBe(1);
    expect(distributionOverlap({ a: 1 }, { b: 1 })).toBe(0);
  });
});
