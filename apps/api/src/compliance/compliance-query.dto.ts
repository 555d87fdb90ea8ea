import {
  AUDIENCE_JURISDICTIONS,
  type AudienceJurisdiction,
  COMPLIANCE_CHECK_SOURCES,
  type ComplianceCheckFilter,
  type ComplianceCheckSource,
  FINDING_CODES,
  type FindingCode,
  VERDICTS,
  type Verdict,
} from '@fitscout/compliance';
import { EnumProperty, PageQueryDto } from '@fitscout/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsUUID } from 'class-validator';

export class ComplianceCheckQueryDto extends PageQueryDto implements ComplianceCheckFilter {
  @EnumProperty(VERDICTS, 'ComplianceVerdict', { optional: true, example: 'non_compliant' })
  verdict?: Verdict;

  @EnumProperty(FINDING_CODES, 'FindingCode', {
    optional: true,
    example: 'missing_disclosure',
    description: 'Checks with a finding of this code under any audience.',
  })
  code?: FindingCode;

  @EnumProperty(AUDIENCE_JURISDICTIONS, 'ComplianceAudience', {
    optional: true,
    example: 'DE',
    description: 'Checks that judged this audience.',
  })
  jurisdiction?: AudienceJurisdiction;

  @EnumProperty(COMPLIANCE_CHECK_SOURCES, 'ComplianceCheckSource', { optional: true, example: 'batch' })
  source?: ComplianceCheckSource;

  @ApiPropertyOptional({ format: 'uuid', description: 'Checks of one batch.' })
  @IsOptional()
  @IsUUID('all')
  batchId?: string;

  @ApiPropertyOptional({ example: '2026-11-01T00:00:00Z', description: 'Created at or after (ISO 8601).' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-01T00:00:00Z', description: 'Created before (ISO 8601).' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}
