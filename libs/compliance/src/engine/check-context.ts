/** What every requirement evaluator gets for one audience of one check. */
import type { AudienceJurisdiction, ComplianceCheckInput, Evidence, FindingCode } from '../compliance.types';
import { VIDEO_KINDS } from '../compliance.types';
import type { LabelRule } from '../ruleset.types';
import type { PhraseMatch } from '../text/phrase-matcher';
import type { CaptionAnalysis } from './caption-analysis';
import type { CompiledRuleset, LabelContext } from './compiled-ruleset';
import { type MessageContext, messageFor } from './messages';
import type { DraftFinding, FixRequest } from './outcome';

export interface CheckContext {
  input: ComplianceCheckInput;
  analysis: CaptionAnalysis;
  compiled: CompiledRuleset;
  audience: AudienceJurisdiction;
  labelContext: LabelContext;
  /** Label matches of this rule set in the caption (labels, thanks, negations). */
  labelMatches: PhraseMatch<LabelRule>[];
  message: Omit<MessageContext, 'text'>;
}

export function isVideoKind(kind: ComplianceCheckInput['kind']): boolean {
  return (VIDEO_KINDS as readonly string[]).includes(kind);
}

/** A draft finding with its message built from the code and the context. */
export function draft(
  context: CheckContext,
  code: FindingCode,
  source: { ruleId: string; citation: DraftFinding['citation'] },
  evidence?: Evidence,
  fix?: FixRequest,
): DraftFinding {
  const message = messageFor(code, { ...context.message, text: evidence?.text });
  return { code, message, evidence, ruleId: source.ruleId, citation: source.citation, fix };
}
