import {
  component,
  Confidence,
  ConfidenceBuilder,
  ConfidenceLevel,
  roundScore,
  SCORING_METHOD_VERSION,
  ScoreComponent,
  ScoreFlag,
  ScoreResult,
} from './result';

/**
 * Fit of a creator to a brief = weighted mean of relevance, engagement and authenticity (default 0.4/0.3/0.3,
 * normalised to sum 1), after hard filters. A creator that fails a filter gets `score: null` and
 * `eligible: false`; the parts are still shown so the brand can see why.
 */

export interface FitWeights {
  relevance: number;
  engagement: number;
  authenticity: number;
}

export const DEFAULT_FIT_WEIGHTS: Readonly<FitWeights> = {
  relevance: 0.4,
  engagement: 0.3,
  authenticity: 0.3,
};

export interface FitFilters {
  minAuthenticity?: number;
  minEngagement?: number;
  minRelevance?: number;
  /** Reject creators with any critical flag (e.g. 40%+ fake followers) regardless of the numbers. */
  rejectCriticalFlags?: boolean;
}

export interface FitParts {
  relevance: ScoreResult<unknown>;
  engagement: ScoreResult<unknown>;
  authenticity: ScoreResult<unknown>;
}

export interface FitOptions {
  weights?: Partial<FitWeights>;
  filters?: FitFilters;
}

export interface FilterResult {
  filter: keyof FitFilters;
  threshold: number | boolean;
  value: number | null;
  passed: boolean;
}

export interface FitPartBreakdown {
  part: keyof FitParts;
  score: number | null;
  confidence: ConfidenceLevel;
  weight: number;
  contribution: number | null;
}

export interface FitDetails {
  eligible: boolean;
  filters: FilterResult[];
  weights: FitWeights;
  parts: FitPartBreakdown[];
}

const PARTS: readonly (keyof FitParts)[] = ['relevance', 'engagement', 'authenticity'];
const MIN_FILTERS: readonly [keyof FitFilters, keyof FitParts][] = [
  ['minRelevance', 'relevance'],
  ['minEngagement', 'engagement'],
  ['minAuthenticity', 'authenticity'],
];

/** Normalises weights to sum 1. Throws RangeError for negative or all-zero weights (a configuration bug). */
export function normaliseFitWeights(weights: Partial<FitWeights> = {}): FitWeights {
  const w = { ...DEFAULT_FIT_WEIGHTS, ...weights };
  const sum = w.relevance + w.engagement + w.authenticity;
  if (w.relevance < 0 || w.engagement < 0 || w.authenticity < 0 || !(sum > 0)) {
    throw new RangeError('fit weights must be non-negative and not all zero');
  }
  return { relevance: w.relevance / sum, engagement: w.engagement / sum, authenticity: w.authenticity / sum };
}

/** A filter on a part without a score fails: "minimum authenticity 60" cannot be met by "unknown". */
function applyFilters(parts: FitParts, filters: FitFilters): FilterResult[] {
  const results: FilterResult[] = [];
  for (const [filter, part] of MIN_FILTERS) {
    const threshold = filters[filter] as number | undefined;
    if (threshold === undefined) continue;
    const value = parts[part].score;
    results.push({ filter, threshold, value, passed: value !== null && value >= threshold });
  }
  if (filters.rejectCriticalFlags) {
    const critical = PARTS.reduce(
      (n, p) => n + parts[p].flags.filter((f) => f.severity === 'critical').length,
      0,
    );
    results.push({ filter: 'rejectCriticalFlags', threshold: true, value: critical, passed: critical === 0 });
  }
  return results;
}

function combinedConfidence(parts: FitParts, missing: (keyof FitParts)[]): Confidence {
  const builder = new ConfidenceBuilder();
  for (const p of PARTS) {
    const c = parts[p].confidence;
    if (missing.includes(p)) continue;
    for (const reason of c.reasons) builder.atMost(c.level, `${p}: ${reason}`);
  }
  for (const p of missing) builder.atMost('low', `${p}: not enough data, left out of the fit`);
  return builder.build();
}

export function scoreFit(parts: FitParts, now: Date, options: FitOptions = {}): ScoreResult<FitDetails> {
  const weights = normaliseFitWeights(options.weights);
  const filters = applyFilters(parts, options.filters ?? {});
  const eligible = filters.every((f) => f.passed);
  const missing = PARTS.filter((p) => parts[p].score === null);
  let present = 0;
  for (const p of PARTS) if (!missing.includes(p)) present += weights[p];
  const canScore = parts.relevance.score !== null && present > 0;

  let total = 0;
  const breakdown: FitPartBreakdown[] = [];
  const components: ScoreComponent[] = [];
  for (const p of PARTS) {
    const score = parts[p].score;
    const weight = score === null || !canScore ? 0 : weights[p] / present;
    const contribution = score === null || !canScore ? null : weight * score;
    if (contribution !== null) total += contribution;
    breakdown.push({ part: p, score, confidence: parts[p].confidence.level, weight, contribution });
    components.push(
      component(p, score, null, weight, contribution, `configured weight ${weights[p].toFixed(2)}`),
    );
  }
  const flags: ScoreFlag[] = PARTS.flatMap((p) => parts[p].flags);
  for (const f of filters.filter((r) => !r.passed)) {
    flags.push({
      code: 'hard_filter_failed',
      severity: 'warning',
      message:
        f.filter === 'rejectCriticalFlags'
          ? `${f.value} critical flag(s): excluded by the brief's filters.`
          : `${f.filter} ${f.threshold} not met (${f.value === null ? 'no score' : f.value}).`,
      evidence: { filter: f.filter, value: f.value },
    });
  }
  const confidence = canScore
    ? combinedConfidence(parts, missing)
    : { level: 'insufficient_data' as const, reasons: ['relevance could not be scored'] };
  return {
    score: canScore && eligible ? roundScore(total) : null,
    components,
    flags,
    confidence,
    computedAt: now.toISOString(),
    benchmarkVersion: parts.engagement.benchmarkVersion,
    methodVersion: SCORING_METHOD_VERSION,
    details: { eligible, filters, weights, parts: breakdown },
  };
}
