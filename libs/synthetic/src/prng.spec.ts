import { fmix32, Rng, weightedTable } from './prng';
import { isoSeconds } from './time';

describe('Rng', () => {
  it('is deterministic per (seed, stream, index) and differs across them', () => {
    const draw = (seed: number, stream: number, index: number) => {
      const rng = Rng.derive(seed, stream, index);
      return Array.from({ length: 8 }, () => rng.next());
    };
    expect(draw(1, 2, 3)).toEqual(draw(1, 2, 3));
    expect(draw(1, 2, 3)).not.toEqual(draw(2, 2, 3));
    expect(draw(1, 2, 3)).not.toEqual(draw(1, 3, 3));
    expect(draw(1, 2, 3)).not.toEqual(draw(1, 2, 4));
  });

  it('draws uniform floats, ranged integers and normals with the expected moments', () => {
    const rng = Rng.derive(42, 0, 0);
    const n = 200_000;
    let sum = 0;
    let sumSq = 0;
    let quickSum = 0;
    let quickSq = 0;
    const ints = new Array<number>(6).fill(0);
    let outOfRange = 0;
    for (let i = 0; i < n; i++) {
      const f = rng.float();
      if (!(f >= 0 && f < 1)) outOfRange++;
      ints[rng.int(0, 5)]++;
      const z = rng.normal();
      sum += z;
      sumSq += z * z;
      const q = rng.quickNormal();
      quickSum += q;
      quickSq += q * q;
    }
    expect(outOfRange).toBe(0);
    expect(Math.abs(sum / n)).toBeLessThan(0.01);
    expect(Math.abs(sumSq / n - 1)).toBeLessThan(0.02);
    expect(Math.abs(quickSum / n)).toBeLessThan(0.01);
    expect(Math.abs(quickSq / n - 1)).toBeLessThan(0.02);
    for (const count of ints) expect(Math.abs(count / n - 1 / 6)).toBeLessThan(0.01);
  });

  it('picks from weighted tables in proportion to the weights', () => {
    const table = weightedTable([
      ['a', 1],
      ['b', 3],
      ['c', 0],
    ] as const);
    const rng = Rng.derive(7, 0, 0);
    const counts: Record<string, number> = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 40_000; i++) counts[rng.weighted(table)]++;
    expect(counts.c).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.8);
    expect(counts.b / counts.a).toBeLessThan(3.2);
  });

  it('fmix32 is a bijection on a sample (no collisions among 100k consecutive inputs)', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 100_000; i++) seen.add(fmix32(i));
    expect(seen.size).toBe(100_000);
  });
});

describe('isoSeconds', () => {
  it('matches Date#toISOString for whole seconds across centuries, leap days and year ends', () => {
    const rng = Rng.derive(3, 0, 0);
    const cases = [
      Date.UTC(2024, 1, 29, 23, 59, 59),
      Date.UTC(2000, 0, 1),
      Date.UTC(1999, 11, 31, 23, 59, 59),
    ];
    for (let i = 0; i < 20_000; i++) cases.push(Math.floor(rng.range(-2e12, 4e12) / 1000) * 1000);
    const mismatches = cases.filter((ms) => isoSeconds(ms) !== new Date(ms).toISOString());
    expect(mismatches.map((ms) => new Date(ms).toISOString())).toEqual([]);
  });

  it('drops milliseconds', () => {
    expect(isoSeconds(Date.UTC(2026, 2, 1, 12, 0, 0, 999))).toBe('2026-03-01T12:00:00.000Z');
  });
});
