/**
 * Table-driven cases written from docs/compliance.md's source, the rules document
 * (/work/shared/specs/disclosure-rules.md). Each case names the section it relies on in `rule`.
 */
import type { ComplianceCheckInput, FindingCode, Verdict } from '../compliance.types';

export type CaseInput = Partial<ComplianceCheckInput> & { caption: string };

export interface EngineCase {
  name: string;
  /** Section of the rules document the expectation comes from. */
  rule: string;
  input: CaseInput;
  verdict: Verdict;
  /** Exact distinct reason codes (order does not matter); empty for compliant. */
  codes: FindingCode[];
  /** Expected evidence text per code (checked against the original caption offsets). */
  evidence?: Partial<Record<FindingCode, string>>;
}

/** Defaults: a paid Instagram feed post without the platform label, not political. */
export function withDefaults(input: CaseInput): ComplianceCheckInput {
  return {
    platform: 'instagram',
    kind: 'post',
    paidPartnershipLabel: false,
    materialConnection: 'paid',
    political: false,
    ...input,
  };
}

/** A caption padded past the 125-character fold, with `tail` after it. */
export function longCaption(head: string, tail: string): string {
  const filler =
    ' This is my honest morning routine, and I have tried a lot of different products over the years, so trust me here.';
  let text = head;
  while (text.length < 130) text += filler;
  return `${text} ${tail}`;
}
