import {
  AUDIENCE_JURISDICTIONS,
  type AudienceJurisdiction,
  type CitationStatus,
  COMPLIANCE_CHECK_SOURCES,
  type ComplianceCheckSource,
  type ComplianceCheckResult,
  type ComplianceCheckView,
  type ComplianceFinding,
  FINDING_CODES,
  type FindingCode,
  JURISDICTIONS,
  type Jurisdiction,
  type JurisdictionResult,
  POST_LANGUAGES,
  type PostLanguage,
  SEVERITIES,
  type Severity,
  VERDICTS,
  type Verdict,
} from '@fitscout/compliance';
import { PageOf } from '@fitscout/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ComplianceCheckInputDto } from './compliance-input.dto';

/** Response shapes for OpenAPI; each mirrors an engine type it `implements`, so the two cannot drift apart. */

const VERDICT = { enum: VERDICTS, enumName: 'ComplianceVerdict' } as const;
const CODE = { enum: FINDING_CODES, enumName: 'FindingCode' } as const;
const JURISDICTION = { enum: JURISDICTIONS, enumName: 'ComplianceJurisdiction' } as const;
const AUDIENCE = { enum: AUDIENCE_JURISDICTIONS, enumName: 'ComplianceAudience' } as const;

export class EvidenceDto {
  @ApiProperty({ example: 34, description: 'UTF-16 offset in the original caption.' })
  start: number;

  @ApiProperty({ example: 37 })
  end: number;

  @ApiProperty({ example: '#ad', description: '`caption.slice(start, end)`.' })
  text: string;
}

export class TextEditDto {
  @ApiProperty({ example: 0 })
  start: number;

  @ApiProperty({ example: 0, description: 'Equal to `start` for an insertion.' })
  end: number;

  @ApiProperty({ example: 'Werbung | ' })
  text: string;
}

export class SuggestedFixDto {
  @ApiProperty({ enum: POST_LANGUAGES, enumName: 'PostLanguage', example: 'de' })
  language: PostLanguage;

  @ApiProperty({ example: 'Beginne die Caption mit „Werbung“.' })
  description: string;

  @ApiProperty({ type: [TextEditDto], description: 'Empty when the fix is in the media itself.' })
  edits: readonly TextEditDto[];
}

export class CitationDto {
  @ApiProperty({ example: '§ 5a Abs. 4 UWG' })
  source: string;

  @ApiProperty({ example: 'disclosure-rules §3 Language' })
  section: string;

  @ApiProperty({
    enum: ['verified', 'secondary', 'unverified'],
    enumName: 'CitationStatus',
    example: 'verified',
  })
  status: CitationStatus;
}

export class RuleReferenceDto {
  @ApiProperty({ ...JURISDICTION, example: 'DE' })
  jurisdiction: Jurisdiction;

  @ApiProperty({ example: '2026.11.0' })
  rulesetVersion: string;

  @ApiProperty({ example: 'de.labels.english' })
  ruleId: string;

  @ApiProperty({ type: CitationDto })
  citation: CitationDto;
}

export class FindingDto implements ComplianceFinding {
  @ApiProperty({ ...CODE, example: 'wrong_language' })
  code: FindingCode;

  @ApiProperty({ enum: SEVERITIES, enumName: 'FindingSeverity', example: 'error' })
  severity: Severity;

  @ApiProperty({ example: '"#ad" is not accepted for a German audience; use "Werbung".' })
  message: string;

  @ApiPropertyOptional({ type: EvidenceDto })
  evidence?: EvidenceDto;

  @ApiProperty({ type: RuleReferenceDto })
  rule: RuleReferenceDto;

  @ApiPropertyOptional({ type: SuggestedFixDto })
  fix?: SuggestedFixDto;
}

export class JurisdictionResultDto implements JurisdictionResult {
  @ApiProperty({ ...AUDIENCE, example: 'DE' })
  jurisdiction: AudienceJurisdiction;

  @ApiProperty({ ...JURISDICTION, example: 'DE', description: '`EU` for member states without a rule set.' })
  rulesetJurisdiction: Jurisdiction;

  @ApiProperty({ example: '2026.11.0' })
  rulesetVersion: string;

  @ApiProperty({ ...VERDICT, example: 'non_compliant' })
  verdict: Verdict;

  @ApiProperty({ ...CODE, isArray: true, example: ['wrong_language'] })
  reasons: FindingCode[];

  @ApiProperty({ type: [FindingDto] })
  findings: FindingDto[];
}

export class RulesetVersionDto {
  @ApiProperty({ ...JURISDICTION, example: 'DE' })
  jurisdiction: Jurisdiction;

  @ApiProperty({ example: '2026.11.0' })
  version: string;
}

export class ComplianceCheckResultDto implements ComplianceCheckResult {
  @ApiProperty({ ...VERDICT, example: 'non_compliant', description: 'Worst verdict over all audiences.' })
  verdict: Verdict;

  @ApiProperty({ ...CODE, isArray: true, example: ['wrong_language'] })
  reasons: FindingCode[];

  @ApiProperty({ type: [FindingDto], description: 'Findings of the audiences that produce the verdict.' })
  findings: FindingDto[];

  @ApiProperty({ type: [JurisdictionResultDto], description: "Every audience's own result." })
  jurisdictions: JurisdictionResultDto[];

  @ApiProperty({ type: [RulesetVersionDto] })
  rulesetVersions: RulesetVersionDto[];

  @ApiProperty({ enum: POST_LANGUAGES, enumName: 'PostLanguage', example: 'en' })
  postLanguage: PostLanguage;
}

export class ComplianceCheckDto implements ComplianceCheckView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ ...VERDICT, example: 'non_compliant' })
  verdict: Verdict;

  @ApiProperty({
    ...CODE,
    isArray: true,
    example: ['wrong_language'],
    description: 'Distinct finding codes over every audience judged (the `code` filter).',
  })
  codes: FindingCode[];

  @ApiProperty({ ...AUDIENCE, isArray: true, example: ['US', 'DE'], description: 'The audiences judged.' })
  jurisdictions: AudienceJurisdiction[];

  @ApiProperty({ enum: COMPLIANCE_CHECK_SOURCES, enumName: 'ComplianceCheckSource', example: 'api' })
  source: ComplianceCheckSource;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Set for checks run in a batch.',
  })
  batchId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  createdByUserId: string | null;

  @ApiProperty({ example: '2026-11-23T09:00:00.000Z' })
  createdAt: string;

  @ApiProperty({ type: ComplianceCheckInputDto, description: 'The input as judged.' })
  input: ComplianceCheckInputDto;

  @ApiProperty({ type: ComplianceCheckResultDto })
  result: ComplianceCheckResultDto;
}

export class ComplianceCheckPageDto extends PageOf(ComplianceCheckDto) {}

export class VerdictSummaryDto {
  @ApiProperty({ example: 640 })
  compliant: number;

  @ApiProperty({ example: 210 })
  needs_review: number;

  @ApiProperty({ example: 150 })
  non_compliant: number;
}

export class ComplianceBatchResultDto {
  @ApiProperty({ format: 'uuid', description: 'Also on every stored check (`batchId` filter).' })
  batchId: string;

  @ApiProperty({ example: 1000 })
  count: number;

  @ApiProperty({ type: VerdictSummaryDto, description: 'Checks per verdict.' })
  summary: VerdictSummaryDto;

  @ApiProperty({ type: [ComplianceCheckDto], description: 'The stored checks, in input order.' })
  items: ComplianceCheckDto[];
}
