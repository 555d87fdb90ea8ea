/**
 * The ad-disclosure compliance engine: pure, deterministic, synchronous, no I/O and no framework.
 * Rule sets are compiled once in the constructor; `check()` normalises the caption once and judges it
 * under every audience, keeping the strictest outcome (convention 6).
 */
import type {
  AudienceJurisdiction,
  ComplianceCheckInput,
  ComplianceCheckResult,
  Jurisdiction,
  JurisdictionResult,
  PostLanguage,
  RulesetVersion,
  Verdict,
} from './compliance.types';
import { AUDIENCE_JURISDICTIONS, CONTENT_KINDS, MATERIAL_CONNECTIONS, PLATFORMS } from './compliance.types';
import { ComplianceInputError } from './compliance.errors';
import { distinctCodes, evaluateAudience } from './engine/audience-evaluator';
import { CaptionAnalysis } from './engine/caption-analysis';
import { CompiledRuleset } from './engine/compiled-ruleset';
import type { JurisdictionRuleset } from './ruleset.types';
import {
  DEFAULT_RULESETS,
  MEMBER_STATE_LANGUAGES,
  type RulesetSummary,
  isMemberStateWithoutRuleset,
  listRulesets,
} from './rulesets';

export interface ComplianceEngineOptions {
  /** Rule sets to use instead of the built-in ones (one per jurisdiction; all six are required). */
  rulesets?: readonly JurisdictionRuleset[];
}

const VERDICT_RANK: Record<Verdict, number> = { compliant: 0, needs_review: 1, non_compliant: 2 };
const FALLBACK_LANGUAGE: Partial<Record<AudienceJurisdiction, PostLanguage>> = {
  DE: 'de',
  AT: 'de',
  FR: 'fr',
};

function assertOneOf<T extends string>(values: readonly T[], value: unknown, field: string): void {
  if (!(values as readonly unknown[]).includes(value)) {
    throw new ComplianceInputError(field, `${field} must be one of ${values.join(', ')}.`);
  }
}

export class ComplianceEngine {
  private readonly compiled: ReadonlyMap<Jurisdiction, CompiledRuleset>;
  private readonly rulesets: readonly JurisdictionRuleset[];

  constructor(options: ComplianceEngineOptions = {}) {
    this.rulesets = options.rulesets ?? DEFAULT_RULESETS;
    this.compiled = new Map(
      this.rulesets.map((ruleset) => [ruleset.jurisdiction, new CompiledRuleset(ruleset)]),
    );
  }

  /** Judges one post for every audience; never throws for caption content, only for invalid input. */
  check(input: ComplianceCheckInput): ComplianceCheckResult {
    const audiences = this.audiences(input);
    assertOneOf(PLATFORMS, input.platform, 'platform');
    assertOneOf(CONTENT_KINDS, input.kind, 'kind');
    assertOneOf(MATERIAL_CONNECTIONS, input.materialConnection, 'materialConnection');
    if (typeof input.caption !== 'string')
      throw new ComplianceInputError('caption', 'caption must be a string.');

    const analysis = new CaptionAnalysis(input.caption, FALLBACK_LANGUAGE[audiences[0]] ?? 'en');
    const severalAudiences = audiences.length > 1;
    const results: JurisdictionResult[] = audiences.map((audience) =>
      isMemberStateWithoutRuleset(audience)
        ? evaluateAudience(input, analysis, this.rulesetFor('EU'), audience, {
            officialLanguages: MEMBER_STATE_LANGUAGES[audience],
            severalAudiences,
          })
        : evaluateAudience(input, analysis, this.rulesetFor(audience), audience, { severalAudiences }),
    );
    const verdict = results.reduce<Verdict>(
      (worst, result) => (VERDICT_RANK[result.verdict] > VERDICT_RANK[worst] ? result.verdict : worst),
      'compliant',
    );
    const deciding = results.filter((result) => result.verdict === verdict);
    const findings = deciding.flatMap((result) => result.findings);
    const versions = new Map<Jurisdiction, string>();
    for (const result of results) versions.set(result.rulesetJurisdiction, result.rulesetVersion);
    return {
      verdict,
      reasons: distinctCodes(findings),
      findings,
      jurisdictions: results,
      rulesetVersions: [...versions].map(([jurisdiction, version]): RulesetVersion => ({
        jurisdiction,
        version,
      })),
      postLanguage: analysis.postLanguage,
    };
  }

  /** Version, accepted labels and sources of each rule set (for `GET /v1/compliance/rulesets`). */
  listRulesets(): RulesetSummary[] {
    return listRulesets(this.rulesets);
  }

  private rulesetFor(jurisdiction: Jurisdiction): CompiledRuleset {
    const compiled = this.compiled.get(jurisdiction);
    if (compiled === undefined) {
      throw new ComplianceInputError('jurisdiction', `No rule set is configured for ${jurisdiction}.`);
    }
    return compiled;
  }

  /** `jurisdiction` and `audienceJurisdictions` merged, in order, without duplicates. */
  private audiences(input: ComplianceCheckInput): AudienceJurisdiction[] {
    const listed = [
      ...(input.jurisdiction === undefined ? [] : [input.jurisdiction]),
      ...(input.audienceJurisdictions ?? []),
    ];
    const audiences = [...new Set(listed)];
    if (audiences.length === 0) {
      throw new ComplianceInputError(
        'jurisdiction',
        'Give a jurisdiction or at least one audience jurisdiction.',
      );
    }
    audiences.forEach((audience) => assertOneOf(AUDIENCE_JURISDICTIONS, audience, 'audienceJurisdictions'));
    return audiences;
  }
}
