/**
 * The common shape of every score: a 0–100 value (or `null` when the data cannot support one), the parts it
 * was made of, machine-readable flags, and how far it can be trusted.
 */

export const SCORING_METHOD_VERSION = 'scoring-1.0.0';

export type ConfidenceLevel = 'high' | 'medium' | 'low' | 'insufficient_data';

export interface Confidence {
  level: ConfidenceLevel;
  /** Why the level is not `high` (empty when it is). */
  reasons: string[];
}

export interface ScoreComponent {
  name: string;
  /** The measured value (a rate as a fraction, a count, a share 0..1 or a 0–100 sub-score). */
  raw: number | null;
  /** What the raw value was compared with (benchmark median, threshold, target). */
  norm: number | null;
  /** Normalised weight in the combination; `null` for components that are reported only. */
  weight: number | null;
  /** Points this component added to the score; `null` for reported-only components. */
  contribution: number | null;
  note?: string;
}

export type FlagSeverity = 'info' | 'warning' | 'critical';

export type EvidenceValue = string | number | boolean | null | readonly string[] | readonly number[];

export interface ScoreFlag {
  code: string;
  severity: FlagSeverity;
  message: string;
  evidence?: Readonly<Record<string, EvidenceValue>>;
}

export interface ScoreResult<D> {
  score: number | null;
  components: ScoreComponent[];
  flags: ScoreFlag[];
  confidence: Confidence;
  computedAt: string;
  benchmarkVersion: string | null;
  methodVersion: string;
  details: D;
}

const LEVEL_ORDER: Record<ConfidenceLevel, number> = { high: 3, medium: 2, low: 1, insufficient_data: 0 };

/** Collects confidence downgrades; the final level is the lowest one requested, all reasons are kept. */
export class ConfidenceBuilder {
  private level: ConfidenceLevel = 'high';
  private readonly reasons: string[] = [];

  atMost(level: ConfidenceLevel, reason: string): this {
    if (LEVEL_ORDER[level] < LEVEL_ORDER[this.level]) this.level = level;
    if (level !== 'high') this.reasons.push(reason);
    return this;
  }

  get current(): ConfidenceLevel {
    return this.level;
  }

  build(): Confidence {
    return { level: this.level, reasons: this.reasons };
  }
}

export function minConfidence(a: ConfidenceLevel, b: ConfidenceLevel): ConfidenceLevel {
  return LEVEL_ORDER[a] <= LEVEL_ORDER[b] ? a : b;
}

let lastIsoMs = Number.NaN;
let lastIso = '';

/** `date.toISOString()`, memoised for the last value: a batch formats the same `now` thousands of times. */
export function isoString(date: Date | number): string {
  const ms = typeof date === 'number' ? date : date.getTime();
  if (ms !== lastIsoMs) {
    lastIso = new Date(ms).toISOString();
    lastIsoMs = ms;
  }
  return lastIso;
}

/** Scores are reported with one decimal; rounding happens once, at the end. */
export function roundScore(value: number): number {
  return Math.round(value * 10) / 10;
}

export function component(
  name: string,
  raw: number | null,
  norm: number | null,
  weight: number | null = null,
  contribution: number | null = null,
  note?: string,
): ScoreComponent {
  return note === undefined
    ? { name, raw, norm, weight, contribution }
    : { name, raw, norm, weight, contribution, note };
}
