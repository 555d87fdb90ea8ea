import { CAMPAIGN_OBJECTIVES, CAMPAIGN_STATUSES } from '@fitscout/campaigns';
import { PageOf } from '@fitscout/common';
import { AUDIENCE_JURISDICTIONS } from '@fitscout/compliance';
import { ApiProperty } from '@nestjs/swagger';
import { PoliticalSponsorDto } from '../compliance/compliance-input.dto';
import { BriefDto } from './brief.dto';
import { MoneyDto } from './campaign.dto';

export class CampaignDto {
  @ApiProperty({ format: 'uuid', example: '7d4c1e2a-3b5f-4a6d-9e8f-0a1b2c3d4e5f' })
  id: string;

  @ApiProperty({ example: 'Verkehrswende Bayern 2027' })
  name: string;

  @ApiProperty({ enum: CAMPAIGN_OBJECTIVES, enumName: 'CampaignObjective', example: 'mobilisation' })
  objective: string;

  @ApiProperty({ enum: CAMPAIGN_STATUSES, enumName: 'CampaignStatus', example: 'draft' })
  status: string;

  @ApiProperty({
    enum: CAMPAIGN_STATUSES,
    enumName: 'CampaignStatus',
    isArray: true,
    example: ['active', 'cancelled'],
    description: 'Statuses this campaign may move to next.',
  })
  allowedTransitions: string[];

  @ApiProperty({ example: false })
  political: boolean;

  @ApiProperty({ type: PoliticalSponsorDto, nullable: true })
  sponsor: PoliticalSponsorDto | null;

  @ApiProperty({
    type: [String],
    example: [],
    description: 'Sponsor fields a political campaign still needs before it can be activated.',
  })
  missingForActivation: string[];

  @ApiProperty({ type: MoneyDto })
  budget: MoneyDto;

  @ApiProperty({ format: 'date', example: '2027-03-01' })
  startDate: string;

  @ApiProperty({ format: 'date', example: '2027-06-30' })
  endDate: string;

  @ApiProperty({
    enum: AUDIENCE_JURISDICTIONS,
    enumName: 'ComplianceAudience',
    isArray: true,
    example: ['DE'],
  })
  jurisdictions: string[];

  @ApiProperty({ type: BriefDto })
  brief: BriefDto;

  @ApiProperty({
    example: 1,
    description: 'Increases with every change; send it back to detect concurrent edits.',
  })
  version: number;

  @ApiProperty({ example: '2026-11-23T09:00:00.000Z' })
  createdAt: string;

  @ApiProperty({ example: '2026-11-23T09:00:00.000Z' })
  updatedAt: string;

  @ApiProperty({ type: String, nullable: true, example: null })
  statusChangedAt: string | null;
}

export class CampaignPageDto extends PageOf(CampaignDto) {}

export class BudgetSummaryDto {
  @ApiProperty({ example: 'EUR' })
  currency: string;

  @ApiProperty({ example: 2500000, description: 'The campaign budget in minor units.' })
  budgetMinor: number;

  @ApiProperty({
    example: 1800000,
    description: 'Σ fees of collaborations with a contract (contracted and later).',
  })
  committedMinor: number;

  @ApiProperty({ example: 400000, description: 'Σ fees named in collaborations still being negotiated.' })
  proposedMinor: number;

  @ApiProperty({ example: 700000, description: 'budget − committed; negative when over budget.' })
  remainingMinor: number;

  @ApiProperty({ type: Number, nullable: true, example: 0.72, description: 'committed ÷ budget.' })
  committedShare: number | null;

  @ApiProperty({ example: false })
  overBudget: boolean;

  @ApiProperty({ example: 3 })
  committedCollaborations: number;

  @ApiProperty({ example: 1 })
  proposedCollaborations: number;

  @ApiProperty({
    type: [String],
    example: ['Committed fees (EUR 27000.00) exceed the budget (EUR 25000.00) by EUR 2000.00.'],
  })
  warnings: string[];
}
