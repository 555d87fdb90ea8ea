/**
 * Pure helpers of the stored-check layer: what is stored beside the engine's result, the verdict summary of a
 * batch, and the mapping of bad input to field errors. No I/O, so they are unit-tested on their own.
 */
import { DomainError, type FieldError } from '@fitscout/common';
import { ComplianceInputError } from '../compliance.errors';
import {
  type AudienceJurisdiction,
  type ComplianceCheckInput,
  type ComplianceCheckResult,
  FINDING_CODES,
  type FindingCode,
  type RulesetVersion,
  type Verdict,
  VERDICTS,
} from '../compliance.types';

/**
 * Where a check came from. `api`/`batch` are the HTTP endpoints; `draft` and `post` are reserved for the
 * content-draft and published-post checks of later issues (stored as varchar, so adding one needs no migration).
 */
export const COMPLIANCE_CHECK_SOURCES = ['api', 'batch', 'draft', 'post'] as const;
export type ComplianceCheckSource = (typeof COMPLIANCE_CHECK_SOURCES)[number];

/** Longest caption judged (Instagram allows 2,200, YouTube descriptions 5,000; room for both). */
export const MAX_CAPTION_LENGTH = 10_000;
/** Most items in one batch: one multi-row insert stays well below PostgreSQL's 65,535 parameters. */
export const MAX_BATCH_ITEMS = 1_000;

/** The columns stored beside the full result, for filtering. */
export interface CheckRecord {
  verdict: Verdict;
  codes: FindingCode[];
  jurisdictions: AudienceJurisdiction[];
  rulesetVersions: RulesetVersion[];
}

const CODE_ORDER = new Map<FindingCode, number>(FINDING_CODES.map((code, index) => [code, index]));

/**
 * Codes are collected over every audience, not only the deciding ones: a check that is `non_compliant` for DE
 * and `needs_review` for the US is found by both codes.
 */
export function toCheckRecord(result: ComplianceCheckResult): CheckRecord {
  const codes = new Set<FindingCode>(result.findings.map((finding) => finding.code));
  for (const audience of result.jurisdictions) {
    for (const finding of audience.findings) codes.add(finding.code);
  }
  return {
    verdict: result.verdict,
    codes: [...codes].sort((a, b) => (CODE_ORDER.get(a) ?? 0) - (CODE_ORDER.get(b) ?? 0)),
    jurisdictions: result.jurisdictions.map((audience) => audience.jurisdiction),
    rulesetVersions: result.rulesetVersions,
  };
}

export type VerdictSummary = Record<Verdict, number>;

/** Count per verdict, every verdict present (zero when none). */
export function summariseVerdicts(verdicts: readonly Verdict[]): VerdictSummary {
  const summary = Object.fromEntries(VERDICTS.map((verdict) => [verdict, 0])) as VerdictSummary;
  for (const verdict of verdicts) summary[verdict] += 1;
  return summary;
}

/** `items[3].` for batch item 3, `` for a single check: field paths as the HTTP DTO validation writes them. */
export function itemPrefix(index: number | undefined): string {
  return index === undefined ? '' : `items[${index}].`;
}

/**
 * Checks the engine leaves to its callers. The API's DTOs reject these first; drafts and posts of later
 * issues come from the database and reach the service without a DTO.
 */
export function inputFieldErrors(input: ComplianceCheckInput, prefix = ''): FieldError[] {
  if (typeof input.caption === 'string' && input.caption.length > MAX_CAPTION_LENGTH) {
    return [
      {
        field: `${prefix}caption`,
        message: `${prefix}caption must be shorter than or equal to ${MAX_CAPTION_LENGTH} characters`,
        rule: 'maxLength',
      },
    ];
  }
  return [];
}

/** The engine's input error as a field error; anything else is not an input problem and is rethrown. */
export function engineFieldError(error: unknown, prefix = ''): FieldError {
  if (!(error instanceof ComplianceInputError)) throw error;
  return { field: `${prefix}${error.field}`, message: error.message, rule: error.code };
}

export function validationFailed(errors: FieldError[]): DomainError {
  return DomainError.validation(errors, 'The compliance check input is invalid.');
}
