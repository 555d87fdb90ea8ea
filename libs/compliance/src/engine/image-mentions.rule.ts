/**
 * Image mentions: FR « Images retouchées » / « Images virtuelles » (Loi 2023-451 art. 5 I, rules document §4)
 * and the AI Act Art. 50(4) deep-fake disclosure (§7) wherever the AI Act applies (DE, AT, FR, EU).
 */
import type { ImageMentionRule } from '../ruleset.types';
import type { PhraseMatch, PhraseMatcher } from '../text/phrase-matcher';
import { type CheckContext, draft } from './check-context';
import { AI_LABELS } from './fixes';
import { MET, type RequirementOutcome } from './outcome';
import { placementCitation } from './placement';

function legible(context: CheckContext, match: PhraseMatch<true>): boolean {
  for (let i = match.first; i < match.end; i += 1) if (context.analysis.tokens[i].tiny) return false;
  return true;
}

/** FR statutory mention; `code` is what is missing. Posts that promote nothing are needs_review. */
function evaluateMention(
  context: CheckContext,
  rule: ImageMentionRule,
  matcher: PhraseMatcher<true> | undefined,
  code: 'missing_retouch_label' | 'missing_ai_label',
  label: string,
): RequirementOutcome {
  const matches = matcher?.scan(context.analysis.tokens) ?? [];
  const fix = { kind: 'prepend' as const, text: label };
  const source = { ruleId: rule.id, citation: rule.mentions.citation };
  if (matches.some((m) => legible(context, m))) return MET;
  if (matches.length > 0) {
    const placement = context.compiled.ruleset.placement;
    const evidence = context.analysis.evidence(matches[0].first, matches[0].end);
    const obfuscated = { ruleId: rule.id, citation: placementCitation(placement, 'obfuscated_label') };
    return {
      status: 'failed',
      findings: [draft(context, 'obfuscated_label', obfuscated, evidence, { kind: 'replace', text: label })],
    };
  }
  if (context.input.materialConnection === 'none') {
    const unsettled = { ruleId: rule.id, citation: rule.nonCommercial.citation };
    return {
      status: 'uncertain',
      findings: [draft(context, rule.nonCommercial.code, unsettled, undefined, { ...fix, kind: 'review' })],
    };
  }
  return { status: 'failed', findings: [draft(context, code, source, undefined, fix)] };
}

export function evaluateRetouchMention(context: CheckContext): RequirementOutcome {
  const rule = context.compiled.ruleset.retouchMention;
  if (rule === undefined || context.input.retouched !== true) return MET;
  return evaluateMention(
    context,
    rule,
    context.compiled.retouchMentions,
    'missing_retouch_label',
    'Images retouchées',
  );
}

export function evaluateVirtualImageMention(context: CheckContext): RequirementOutcome {
  const rule = context.compiled.ruleset.virtualImageMention;
  if (rule === undefined || context.input.aiGenerated !== true) return MET;
  return evaluateMention(
    context,
    rule,
    context.compiled.virtualImageMentions,
    'missing_ai_label',
    'Images virtuelles',
  );
}

/**
 * AI Act Art. 50(4): undisclosed AI imagery is a deep fake unless it openly presents a virtual persona
 * (then needs_review `ai_label_scope_unclear`). The input cannot say whether a real person is shown, so
 * AI imagery without any persona wording is treated as presenting one (§7 engine test).
 */
export function evaluateAiAct(context: CheckContext): RequirementOutcome {
  const policy = context.compiled.ruleset.aiAct;
  if (policy === undefined || context.input.aiGenerated !== true) return MET;
  const tokens = context.analysis.tokens;
  const disclosures = context.compiled.aiDisclosures?.scan(tokens) ?? [];
  if (disclosures.some((m) => legible(context, m))) return MET;
  const language =
    context.compiled.ruleset.jurisdiction === 'EU'
      ? context.analysis.postLanguage
      : context.compiled.ruleset.labelLanguage;
  const fix = { kind: 'prepend' as const, text: AI_LABELS[language] };
  const prefix = context.compiled.jurisdiction.toLowerCase();
  if (disclosures.length > 0) {
    const evidence = context.analysis.evidence(disclosures[0].first, disclosures[0].end);
    const source = {
      ruleId: `${prefix}.ai-act`,
      citation: placementCitation(context.compiled.ruleset.placement, 'obfuscated_label'),
    };
    return {
      status: 'failed',
      findings: [draft(context, 'obfuscated_label', source, evidence, { ...fix, kind: 'replace' })],
    };
  }
  const persona = context.compiled.virtualPersona?.scan(tokens) ?? [];
  if (persona.length > 0) {
    const source = { ruleId: `${prefix}.ai-act.persona`, citation: policy.virtualPersona.citation };
    const evidence = context.analysis.evidence(persona[0].first, persona[0].end);
    return {
      status: 'uncertain',
      findings: [draft(context, policy.virtualPersona.code, source, evidence, { ...fix, kind: 'review' })],
    };
  }
  const source = { ruleId: `${prefix}.ai-act`, citation: policy.disclosures.citation };
  return { status: 'failed', findings: [draft(context, 'missing_ai_label', source, undefined, fix)] };
}
