/**
 * Internal result of one requirement (disclosure, negation, political elements, image mentions) before it
 * becomes public findings. Convention 9: `failed` = a requirement that certainly applies is not met;
 * `uncertain` = an unsettled point decides it.
 */
import type { Citation, Evidence, FindingCode, NeedsReviewCode } from '../compliance.types';
import { NEEDS_REVIEW_CODES } from '../compliance.types';

/** What a fix does; the words come from `fixes.ts` in the caption's language. */
export type FixKind =
  | 'prepend'
  | 'replace'
  | 'move'
  | 'remove_negation'
  | 'in_video'
  | 'repeat_live'
  | 'political_notice'
  | 'sponsor'
  | 'imprint'
  | 'notice'
  | 'review';

export interface FixRequest {
  kind: FixKind;
  /** The text to add (a label, an imprint, a notice line). */
  text: string;
}

export interface DraftFinding {
  code: FindingCode;
  message: string;
  evidence?: Evidence;
  ruleId: string;
  citation: Citation;
  fix?: FixRequest;
}

export interface RequirementOutcome {
  status: 'met' | 'uncertain' | 'failed';
  findings: DraftFinding[];
}

export const MET: RequirementOutcome = { status: 'met', findings: [] };

const REVIEW_CODES: ReadonlySet<string> = new Set(NEEDS_REVIEW_CODES);

export function isReviewCode(code: FindingCode): code is NeedsReviewCode {
  return REVIEW_CODES.has(code);
}

/**
 * An unsettled point about whether a requirement applies at all (gift rule, territorial scope): a failure
 * of that requirement becomes needs_review with that point's code (convention 9, last sentence).
 */
export function gateOnUnsettledApplicability(
  outcome: RequirementOutcome,
  finding: DraftFinding,
): RequirementOutcome {
  if (outcome.status === 'met') return outcome;
  if (outcome.status === 'uncertain')
    return { status: 'uncertain', findings: [...outcome.findings, finding] };
  const underlying = [...new Set(outcome.findings.map((f) => f.code))].join(', ');
  return {
    status: 'uncertain',
    findings: [
      { ...finding, message: `${finding.message} If it applies, the post fails with: ${underlying}.` },
    ],
  };
}
