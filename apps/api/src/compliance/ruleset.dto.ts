import { JURISDICTIONS, type Jurisdiction } from '@fitscout/compliance';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class LabelGroupDto {
  @ApiProperty({ example: 'de' })
  language: string;

  @ApiProperty({ type: [String], example: ['Werbung', 'Anzeige'] })
  labels: string[];
}

class LegalBasisDto {
  @ApiProperty({ example: '§ 5a Abs. 4 UWG (since 28 May 2022); UWG Anhang Nr. 11' })
  source: string;

  @ApiProperty({ example: 'disclosure-rules §3 Legal basis' })
  section: string;

  @ApiProperty({ example: 'verified' })
  status: string;
}

class MemberStateDto {
  @ApiProperty({ example: 'IE' })
  state: string;

  @ApiProperty({ type: [String], example: ['en', 'ga'] })
  languages: readonly string[];
}

export class RulesetSummaryDto {
  @ApiProperty({ enum: JURISDICTIONS, enumName: 'ComplianceJurisdiction', example: 'DE' })
  jurisdiction: Jurisdiction;

  @ApiProperty({ example: '2026.11.0' })
  version: string;

  @ApiProperty({ example: 'Germany: MStV, DDG, UWG, Leitfaden der Medienanstalten' })
  title: string;

  @ApiProperty({ example: '2026-11', description: 'Month of the research the rule data reflects.' })
  researchedAt: string;

  @ApiProperty({ type: [LabelGroupDto], description: 'Accepted labels, by language.' })
  acceptedLabels: LabelGroupDto[];

  @ApiProperty({ type: [String], example: ['Politische Anzeige', 'Political advertisement'] })
  politicalStatements: string[];

  @ApiProperty({ type: [LegalBasisDto] })
  legalBasis: LegalBasisDto[];

  @ApiPropertyOptional({
    type: [MemberStateDto],
    description: 'EU only: member states judged by this baseline, with their official languages.',
  })
  memberStates?: MemberStateDto[];
}

export class RulesetListDto {
  @ApiProperty({ type: [RulesetSummaryDto] })
  items: RulesetSummaryDto[];
}
