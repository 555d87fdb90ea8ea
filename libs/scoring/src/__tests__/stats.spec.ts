import {
  clamp,
  cosineSimilarity,
  inverseNormalCdf,
  mean,
  median,
  medianAbsoluteDeviation,
  normalCdf,
  percentileFromQuantiles,
  quantileSorted,
  wilsonInterval,
} from '../stats';

describe('stats', () => {
  it('median of odd, even, empty and a prefix', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(median([9, 1, 5, 100], 3)).toBe(5);
  });

  it('median does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('mean and MAD', () => {
    expect(mean([1, 2, 6])).toBe(3);
    expect(mean([])).toBeNull();
    // |1-3|,|2-3|,|3-3|,|4-3|,|100-3| = 2,1,0,1,97 → median 1
    expect(medianAbsoluteDeviation([1, 2, 3, 4, 100], 3)).toBe(1);
  });

  it('type-7 quantiles interpolate linearly', () => {
    expect(quantileSorted([10, 20, 30, 40], 0.5)).toBe(25);
    expect(quantileSorted([10, 20, 30, 40], 1 / 3)).toBeCloseTo(20);
    expect(quantileSorted([7], 0.9)).toBe(7);
  });

  it('percentile rank from 101 quantiles, with plateaus and out-of-range values', () => {
    const q = Array.from({ length: 101 }, (_, i) => i / 1000);
    expect(percentileFromQuantiles(q, 0.05)).toBeCloseTo(50);
    expect(percentileFromQuantiles(q, 0.0505)).toBeCloseTo(50.5);
    expect(percentileFromQuantiles(q, -1)).toBe(0);
    expect(percentileFromQuantiles(q, 1)).toBe(100);
    const plateau = Array.from({ length: 101 }, (_, i) => (i < 40 ? 0 : i / 100));
    // 0 occupies quantiles 0..39 → middle 19.5
    expect(percentileFromQuantiles(plateau, 0)).toBeCloseTo(19.5);
  });

  it('normal CDF and its inverse', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 6);
    expect(inverseNormalCdf(0.975)).toBeCloseTo(1.959964, 5);
    expect(inverseNormalCdf(0.01)).toBeCloseTo(-2.326348, 5);
    expect(inverseNormalCdf(0)).toBe(-Infinity);
  });

  it('Wilson interval: textbook values', () => {
    // k = 0 of 10: upper = z²/(n+z²) = 3.8415/13.8415
    const zero = wilsonInterval(0, 10);
    expect(zero.lower).toBe(0);
    expect(zero.upper).toBeCloseTo(0.2775, 4);
    const thirty = wilsonInterval(30, 100);
    expect(thirty.estimate).toBe(0.3);
    expect(thirty.lower).toBeCloseTo(0.2189, 4);
    expect(thirty.upper).toBeCloseTo(0.3958, 4);
    expect(wilsonInterval(0, 0)).toEqual({ estimate: 0, lower: 0, upper: 1 });
  });

  it('cosine similarity of sparse vectors', () => {
    expect(cosineSimilarity({ a: 1, b: 0 }, { a: 1 })).toBeCloseTo(1);
    // (1·0 + 1·1) / (√2 · 1)
    expect(cosineSimilarity({ a: 1, b: 1 }, { b: 1 })).toBeCloseTo(1 / Math.SQRT2);
    expect(cosineSimilarity({}, { a: 1 })).toBe(0);
  });

  it('clamp', () => {
    expect(clamp(5, 0, 1)).toBe(1);
    expect(clamp(-5, 0, 1)).toBe(0);
  });
});
