import { binaryMetrics, rocAuc } from '../evaluation';

describe('evaluation metrics', () => {
  it('precision, recall, F1 by hand', () => {
    const m = binaryMetrics([true, true, true, false, false], [true, true, false, true, false]);
    expect(m).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 1, trueNegatives: 1 });
    expect(m.precision).toBeCloseTo(2 / 3);
    expect(m.recall).toBeCloseTo(2 / 3);
    expect(m.f1).toBeCloseTo(2 / 3);
    expect(m.accuracy).toBeCloseTo(0.6);
  });

  it('ROC AUC counts ties as one half', () => {
    expect(rocAuc([true, false], [0.9, 0.1])).toBe(1);
    expect(rocAuc([true, false], [0.1, 0.9])).toBe(0);
    expect(rocAuc([true, false, true, false], [1, 1, 0, 0])).toBe(0.5);
    // pairs (pos, neg): (0.8,0.7) win, (0.8,0.3) win, (0.4,0.7) loss, (0.4,0.3) win → 3/4
    expect(rocAuc([true, true, false, false], [0.8, 0.4, 0.7, 0.3])).toBe(0.75);
    expect(rocAuc([true], [1])).toBeNaN();
  });
});
