import { CAMPAIGN_LIMITS, CAMPAIGN_STATUSES, COLLABORATION_STAGES } from '@fitscout/campaigns';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { FitEntryDto } from '../scoring/score-result.dto';

export class RecommendationQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: CAMPAIGN_LIMITS.maxRecommendations, default: 20, example: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(CAMPAIGN_LIMITS.maxRecommendations)
  limit?: number;
}

export class RecommendationsDto {
  @ApiProperty({
    type: [FitEntryDto],
    description: 'Eligible creators, best fit first, with the fit breakdown.',
  })
  items: FitEntryDto[];

  @ApiProperty({ example: 42, description: 'Creators discovery found for the brief and that were scored.' })
  considered: number;

  @ApiProperty({ example: 5, description: 'Of those, creators failing a hard filter (left out).' })
  ineligible: number;

  @ApiProperty({ example: 3, description: 'Creators already in the campaign (left out before scoring).' })
  alreadyInCampaign: number;
}

export class ReportFiguresDto {
  @ApiProperty({ example: 6 })
  postsPlanned: number;

  @ApiProperty({ example: 4 })
  postsPublished: number;

  @ApiProperty({ example: 4 })
  postsTracked: number;

  @ApiProperty({ example: 48200 })
  followersReached: number;

  @ApiProperty({ example: 96000 })
  views: number;

  @ApiProperty({ example: 5400 })
  engagements: number;

  @ApiProperty({ type: Number, nullable: true, example: 0.028 })
  engagementRate: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 33, description: 'Minor units.' })
  costPerEngagementMinor: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 1875, description: 'Minor units.' })
  costPerThousandViewsMinor: number | null;

  @ApiProperty({ example: 180000, description: 'Minor units.' })
  budgetUsedMinor: number;

  @ApiProperty({ type: Number, nullable: true, example: 1 })
  complianceRate: number | null;

  @ApiProperty({ example: 0 })
  openFindings: number;

  @ApiProperty({ example: 0 })
  openAlerts: number;
}

export class ReportTotalsDto extends ReportFiguresDto {
  @ApiProperty({ example: 2500000, description: 'Minor units.' })
  budgetMinor: number;

  @ApiProperty({ type: Number, nullable: true, example: 0.072 })
  budgetUsedShare: number | null;
}

export class CollaborationReportDto extends ReportFiguresDto {
  @ApiProperty({ format: 'uuid' })
  collaborationId: string;

  @ApiProperty({ format: 'uuid' })
  influencerId: string;

  @ApiProperty({ example: 'Jörg Müller-Weiß' })
  displayName: string;

  @ApiProperty({ type: String, nullable: true, example: 'rad.joerg' })
  handle: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'instagram' })
  platform: string | null;

  @ApiProperty({ enum: COLLABORATION_STAGES, enumName: 'CollaborationStage', example: 'published' })
  stage: string;

  @ApiProperty({ type: Number, nullable: true, example: 90000, description: 'Minor units.' })
  feeAmountMinor: number | null;
}

export class DailyEngagementsDto {
  @ApiProperty({ format: 'date', example: '2027-04-15' })
  date: string;

  @ApiProperty({ example: 1 })
  posts: number;

  @ApiProperty({ example: 1320 })
  engagements: number;
}

export class FigureDefinitionDto {
  @ApiProperty({ example: 'engagementRate' })
  figure: string;

  @ApiProperty({ example: 'fraction' })
  unit: string;

  @ApiProperty({ example: "engagements ÷ Σ followers of each tracked post's account" })
  formula: string;
}

export class ReportCampaignDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Verkehrswende Bayern 2027' })
  name: string;

  @ApiProperty({ enum: CAMPAIGN_STATUSES, enumName: 'CampaignStatus', example: 'active' })
  status: string;

  @ApiProperty({ example: 'EUR' })
  currency: string;

  @ApiProperty({ format: 'date', example: '2027-03-01' })
  startDate: string;

  @ApiProperty({ format: 'date', example: '2027-06-30' })
  endDate: string;
}

export class CampaignReportDto {
  @ApiProperty({ type: ReportCampaignDto })
  campaign: ReportCampaignDto;

  @ApiProperty({ example: '2027-05-01T08:00:00.000Z' })
  generatedAt: string;

  @ApiProperty({ type: ReportTotalsDto })
  totals: ReportTotalsDto;

  @ApiProperty({
    type: [CollaborationReportDto],
    description: 'Declined and cancelled collaborations are left out.',
  })
  collaborations: CollaborationReportDto[];

  @ApiProperty({
    type: [DailyEngagementsDto],
    description: 'Engagements of tracked posts by UTC publication day.',
  })
  timeSeries: DailyEngagementsDto[];

  @ApiProperty({ type: [FigureDefinitionDto], description: 'How each figure is computed.' })
  definitions: FigureDefinitionDto[];
}
