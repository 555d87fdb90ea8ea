/**
 * Judges one audience: runs each requirement, applies the unsettled-applicability gates (FR territorial
 * scope) and turns drafts into public findings with convention 9's verdict.
 */
import type {
  AudienceJurisdiction,
  ComplianceCheckInput,
  ComplianceFinding,
  FindingCode,
  JurisdictionResult,
  Verdict,
} from '../compliance.types';
import { FINDING_CODES } from '../compliance.types';
import type { CaptionAnalysis } from './caption-analysis';
import type { CheckContext } from './check-context';
import { draft } from './check-context';
import { evaluateCommercialDisclosure, evaluateNegations } from './commercial.rule';
import type { CompiledRuleset } from './compiled-ruleset';
import { buildFix } from './fixes';
import { evaluateAiAct, evaluateRetouchMention, evaluateVirtualImageMention } from './image-mentions.rule';
import { audienceName } from './messages';
import {
  type DraftFinding,
  type RequirementOutcome,
  gateOnUnsettledApplicability,
  isReviewCode,
} from './outcome';
import { appliesPolitical, evaluatePolitical } from './political.rule';

const CODE_ORDER = new Map<FindingCode, number>(FINDING_CODES.map((code, index) => [code, index]));

export function evaluateAudience(
  input: ComplianceCheckInput,
  analysis: CaptionAnalysis,
  compiled: CompiledRuleset,
  audience: AudienceJurisdiction,
  options: { officialLanguages?: readonly string[]; severalAudiences: boolean },
): JurisdictionResult {
  const { officialLanguages, severalAudiences } = options;
  const context: CheckContext = {
    input,
    analysis,
    compiled,
    audience,
    labelContext: {
      connection: input.materialConnection,
      postLanguage: analysis.detectedLanguage,
      officialLanguages,
    },
    labelMatches: compiled.labels.scan(analysis.tokens),
    message: { audience: audienceName(audience), suggested: compiled.ruleset.suggestedLabel },
  };
  const outcomes = requirementOutcomes(context);
  return finalize(context, outcomes, severalAudiences);
}

function requirementOutcomes(context: CheckContext): RequirementOutcome[] {
  const outcomes: RequirementOutcome[] = [];
  // No material connection: nothing to disclose, and "not sponsored" is simply true (convention 2).
  // Political opinions without consideration are not political advertising (Reg. 2024/900 Art. 1(3)).
  if (context.input.materialConnection !== 'none') {
    outcomes.push(evaluateNegations(context));
    outcomes.push(
      appliesPolitical(context)
        ? evaluatePolitical(context)
        : withinScope(context, evaluateCommercialDisclosure(context)),
    );
  }
  outcomes.push(withinScope(context, evaluateRetouchMention(context)));
  const virtual = withinScope(context, evaluateVirtualImageMention(context));
  outcomes.push(virtual);
  const aiAct = evaluateAiAct(context);
  const alreadyReported =
    virtual.status === 'failed' && virtual.findings.some((f) => f.code === 'missing_ai_label');
  if (!(alreadyReported && aiAct.findings.some((f) => f.code === 'missing_ai_label'))) outcomes.push(aiAct);
  return outcomes;
}

/** FR: for creators established in another EEA state, a failure of French law is needs_review. */
function withinScope(context: CheckContext, outcome: RequirementOutcome): RequirementOutcome {
  const scope = context.compiled.ruleset.territorialScope;
  const country = context.input.creatorCountry?.toUpperCase();
  if (scope === undefined || country === undefined || !scope.unsettledFor.includes(country)) return outcome;
  const source = { ruleId: `${context.compiled.jurisdiction.toLowerCase()}.scope`, citation: scope.citation };
  const fix = { kind: 'review' as const, text: context.compiled.ruleset.suggestedLabel };
  return gateOnUnsettledApplicability(outcome, draft(context, scope.code, source, undefined, fix));
}

function finalize(
  context: CheckContext,
  outcomes: RequirementOutcome[],
  severalAudiences: boolean,
): JurisdictionResult {
  const failed = outcomes.filter((o) => o.status === 'failed').flatMap((o) => o.findings);
  const uncertain = outcomes.filter((o) => o.status === 'uncertain').flatMap((o) => o.findings);
  let verdict: Verdict = 'compliant';
  let drafts: DraftFinding[] = [];
  if (failed.length > 0) {
    verdict = 'non_compliant';
    drafts = failed;
  } else if (uncertain.length > 0) {
    verdict = 'needs_review';
    drafts = uncertain;
  }
  const ruleset = context.compiled.ruleset;
  const seen = new Set<string>();
  const findings: ComplianceFinding[] = [];
  for (const item of drafts) {
    const key = `${item.code}:${item.evidence?.start ?? -1}:${item.evidence?.end ?? -1}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({
      code: item.code,
      severity: isReviewCode(item.code) ? 'warning' : 'error',
      message: item.message,
      ...(item.evidence === undefined ? {} : { evidence: item.evidence }),
      rule: {
        jurisdiction: ruleset.jurisdiction,
        rulesetVersion: ruleset.version,
        ruleId: item.ruleId,
        citation: item.citation,
      },
      ...(item.fix === undefined
        ? {}
        : { fix: buildFix(item.fix, context.analysis, item.evidence, { severalAudiences }) }),
    });
  }
  return {
    jurisdiction: context.audience,
    rulesetJurisdiction: ruleset.jurisdiction,
    rulesetVersion: ruleset.version,
    verdict,
    reasons: distinctCodes(findings),
    findings,
  };
}

export function distinctCodes(findings: readonly ComplianceFinding[]): FindingCode[] {
  return [...new Set(findings.map((f) => f.code))].sort(
    (a, b) => (CODE_ORDER.get(a) ?? 0) - (CODE_ORDER.get(b) ?? 0),
  );
}
