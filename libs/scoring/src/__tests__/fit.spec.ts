import { normaliseFitWeights, scoreFit } from '../fit';
import { ConfidenceLevel, ScoreFlag, ScoreResult } from '../result';
import { NOW } from './helpers';

function part(
  score: number | null,
  level: ConfidenceLevel = 'high',
  flags: ScoreFlag[] = [],
): ScoreResult<unknown> {
  return {
    score,
    components: [],
    flags,
    confidence: {
      level: score === null ? 'insufficient_data' : level,
      reasons: level === 'high' ? [] : ['why'],
    },
    computedAt: NOW.toISOString(),
    benchmarkVersion: 'b1',
    methodVersion: 'm',
    details: null,
  };
}

describe('scoreFit', () => {
  it('default weights 0.4 / 0.3 / 0.3', () => {
    const r = scoreFit({ relevance: part(80), engagement: part(60), authenticity: part(50) }, NOW);
    expect(r.score).toBe(65); // 32 + 18 + 15
    expect(r.details.parts.map((p) => p.contribution)).toEqual([32, 18, 15]);
    expect(r.details.eligible).toBe(true);
    expect(r.benchmarkVersion).toBe('b1');
  });

  it('normalises custom weights', () => {
    expect(normaliseFitWeights({ relevance: 2, engagement: 1, authenticity: 1 })).toEqual({
      relevance: 0.5,
      engagement: 0.25,
      authenticity: 0.25,
    });
    const r = scoreFit({ relevance: part(80), engagement: part(60), authenticity: part(50) }, NOW, {
      weights: { relevance: 2, engagement: 1, authenticity: 1 },
    });
    expect(r.score).toBe(67.5);
    expect(() => normaliseFitWeights({ relevance: 0, engagement: 0, authenticity: 0 })).toThrow(RangeError);
    expect(() => normaliseFitWeights({ relevance: -1 })).toThrow(RangeError);
  });

  it('leaves out a part without data and says so', () => {
    const r = scoreFit(
      { relevance: part(80), engagement: part(null), authenticity: part(50, 'medium') },
      NOW,
    );
    expect(r.score).toBeCloseTo((32 + 15) / 0.7, 1);
    expect(r.confidence.level).toBe('low');
    expect(r.confidence.reasons).toEqual([
      'authenticity: why',
      'engagement: not enough data, left out of the fit',
    ]);
  });

  it('is null without relevance', () => {
    const r = scoreFit({ relevance: part(null), engagement: part(60), authenticity: part(50) }, NOW);
    expect(r.score).toBeNull();
    expect(r.confidence.level).toBe('insufficient_data');
  });

  it('applies hard filters but still shows every part', () => {
    const r = scoreFit({ relevance: part(80), engagement: part(60), authenticity: part(50) }, NOW, {
      filters: { minAuthenticity: 60, minRelevance: 50 },
    });
    expect(r.score).toBeNull();
    expect(r.details.eligible).toBe(false);
    expect(r.details.filters).toEqual([
      { filter: 'minRelevance', threshold: 50, value: 80, passed: true },
      { filter: 'minAuthenticity', threshold: 60, value: 50, passed: false },
    ]);
    expect(r.flags.map((f) => f.code)).toEqual(['hard_filter_failed']);
    expect(r.components.map((c) => c.raw)).toEqual([80, 60, 50]);
  });

  it('a filter on a missing score fails; critical flags can reject', () => {
    const missing = scoreFit({ relevance: part(80), engagement: part(60), authenticity: part(null) }, NOW, {
      filters: { minAuthenticity: 10 },
    });
    expect(missing.details.eligible).toBe(false);
    const critical: ScoreFlag = { code: 'audience_suspicious_followers', severity: 'critical', message: 'x' };
    const rejected = scoreFit(
      { relevance: part(80), engagement: part(60), authenticity: part(70, 'high', [critical]) },
      NOW,
      {
        filters: { rejectCriticalFlags: true },
      },
    );
    expect(rejected.details.eligible).toBe(false);
    expect(rejected.flags.map((f) => f.code)).toEqual([
      'audience_suspicious_followers',
      'hard_filter_failed',
    ]);
  });
});
