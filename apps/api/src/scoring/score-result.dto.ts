import { PLATFORMS, type Platform } from '@fitscout/catalogue';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Response shapes of the scoring endpoints (mirroring `ScoreResult` of @fitscout/scoring). */

export const CONFIDENCE_LEVELS = ['high', 'medium', 'low', 'insufficient_data'] as const;
const PLATFORM = { enum: PLATFORMS, enumName: 'Platform' } as const;

export class ScoreComponentDto {
  @ApiProperty({ example: 'engagement_percentile' })
  name: string;

  @ApiProperty({ type: Number, nullable: true, example: 0.031, description: 'Measured value.' })
  raw: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 0.0178, description: 'What it was compared with.' })
  norm: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 0.5 })
  weight: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 38.2, description: 'Points added to the score.' })
  contribution: number | null;

  @ApiPropertyOptional({ example: 'percentile 76 in instagram:10k_30k' })
  note?: string;
}

export class ScoreFlagDto {
  @ApiProperty({ example: 'follower_spike' })
  code: string;

  @ApiProperty({ enum: ['info', 'warning', 'critical'], enumName: 'FlagSeverity', example: 'warning' })
  severity: string;

  @ApiProperty({ example: 'Followers jumped by 4,100 on 2026-10-02 without a viral post.' })
  message: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, example: { day: '2026-10-02' } })
  evidence?: Record<string, unknown>;
}

export class ConfidenceDto {
  @ApiProperty({ enum: CONFIDENCE_LEVELS, enumName: 'ConfidenceLevel', example: 'medium' })
  level: string;

  @ApiProperty({ type: [String], example: ['audience quality: no follower sample'] })
  reasons: string[];
}

export class StoredScoreDto {
  @ApiProperty({
    enum: ['scored', 'insufficient_data'],
    enumName: 'ScoreStatus',
    example: 'scored',
    description: '`insufficient_data`: too little data for a score; `score` is then null, never a guess.',
  })
  status: 'scored' | 'insufficient_data';

  @ApiProperty({ type: Number, nullable: true, minimum: 0, maximum: 100, example: 72.4 })
  score: number | null;

  @ApiProperty({ type: [ScoreComponentDto] })
  components: ScoreComponentDto[];

  @ApiProperty({ type: [ScoreFlagDto] })
  flags: ScoreFlagDto[];

  @ApiProperty({ type: ConfidenceDto })
  confidence: ConfidenceDto;

  @ApiProperty({ example: '2026-11-23T12:00:00.000Z' })
  computedAt: string;

  @ApiProperty({ type: String, nullable: true, example: 'catalogue-20261123.1' })
  benchmarkVersion: string | null;

  @ApiProperty({ example: 'scoring-1.0.0' })
  methodVersion: string;
}

export class AccountScoresDto {
  @ApiProperty({ format: 'uuid' })
  accountId: string;

  @ApiProperty(PLATFORM)
  platform: Platform;

  @ApiProperty({ example: 'klima.lena' })
  handle: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '2026-11-23T12:00:00.000Z',
    description: 'null: not scored yet.',
  })
  computedAt: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'catalogue-20261123.1' })
  benchmarkVersion: string | null;

  @ApiProperty({ type: StoredScoreDto, nullable: true })
  engagement: StoredScoreDto | null;

  @ApiProperty({ type: StoredScoreDto, nullable: true })
  authenticity: StoredScoreDto | null;
}

export class InfluencerScoresDto {
  @ApiProperty({ format: 'uuid' })
  influencerId: string;

  @ApiProperty({ type: [AccountScoresDto] })
  accounts: AccountScoresDto[];
}

export class AccountRefDto {
  @ApiProperty({ format: 'uuid' })
  accountId: string;

  @ApiProperty(PLATFORM)
  platform: Platform;

  @ApiProperty({ example: 'klima.lena' })
  handle: string;
}

export class FitPartDto {
  @ApiProperty({
    enum: ['relevance', 'engagement', 'authenticity'],
    enumName: 'FitPart',
    example: 'relevance',
  })
  part: string;

  @ApiProperty({ type: Number, nullable: true, example: 81.5 })
  score: number | null;

  @ApiProperty({ enum: CONFIDENCE_LEVELS, enumName: 'ConfidenceLevel', example: 'high' })
  confidence: string;

  @ApiProperty({ example: 0.4, description: 'Effective weight after renormalising over available parts.' })
  weight: number;

  @ApiProperty({ type: Number, nullable: true, example: 32.6 })
  contribution: number | null;
}

export class FitFilterResultDto {
  @ApiProperty({ example: 'minAuthenticity' })
  filter: string;

  @ApiProperty({ oneOf: [{ type: 'number' }, { type: 'boolean' }], example: 60 })
  threshold: number | boolean;

  @ApiProperty({ type: Number, nullable: true, example: 74.1 })
  value: number | null;

  @ApiProperty({ example: true })
  passed: boolean;
}

export class FitWeightsOutDto {
  @ApiProperty({ example: 0.4 })
  relevance: number;

  @ApiProperty({ example: 0.3 })
  engagement: number;

  @ApiProperty({ example: 0.3 })
  authenticity: number;
}

export class RelevanceSummaryDto {
  @ApiProperty({ type: Number, nullable: true, example: 81.5 })
  score: number | null;

  @ApiProperty({ type: ConfidenceDto })
  confidence: ConfidenceDto;

  @ApiProperty({ type: [String], example: ['klimaschutz', 'fahrrad'] })
  matchedTerms: string[];

  @ApiProperty({ type: [String], example: ['umwelt_klima'] })
  targetTopics: string[];

  @ApiProperty({ type: [ScoreComponentDto] })
  components: ScoreComponentDto[];
}

export class OtherAccountFitDto extends AccountRefDto {
  @ApiProperty({ type: Number, nullable: true, example: 55.2 })
  score: number | null;

  @ApiProperty({ example: true })
  eligible: boolean;
}

export class FitEntryDto {
  @ApiProperty({ format: 'uuid' })
  influencerId: string;

  @ApiProperty({ example: 'Lena Klein' })
  displayName: string;

  @ApiProperty({ type: AccountRefDto, nullable: true, description: 'The best-fitting active account.' })
  account: AccountRefDto | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 76.3,
    description: 'null: not eligible or no relevance.',
  })
  score: number | null;

  @ApiProperty({ example: true })
  eligible: boolean;

  @ApiProperty({ type: ConfidenceDto })
  confidence: ConfidenceDto;

  @ApiProperty({ type: [ScoreFlagDto] })
  flags: ScoreFlagDto[];

  @ApiProperty({ type: [FitPartDto] })
  parts: FitPartDto[];

  @ApiProperty({ type: [FitFilterResultDto] })
  filters: FitFilterResultDto[];

  @ApiProperty({ type: FitWeightsOutDto })
  weights: FitWeightsOutDto;

  @ApiProperty({ type: RelevanceSummaryDto, nullable: true })
  relevance: RelevanceSummaryDto | null;

  @ApiProperty({ type: [OtherAccountFitDto] })
  otherAccounts: OtherAccountFitDto[];
}

export class FitResponseDto {
  @ApiProperty({ type: [FitEntryDto], description: 'Eligible first, then by fit score.' })
  items: FitEntryDto[];
}

export class SharedTopicDto {
  @ApiProperty({ example: 'umwelt_klima' })
  topic: string;

  @ApiProperty({ example: 0.6, description: "Share of the creator's posts on the topic." })
  a: number;

  @ApiProperty({ example: 0.5, description: "Share of the lookalike's posts on the topic." })
  b: number;
}

export class AudienceOverlapDto {
  @ApiProperty({ enum: ['countries', 'languages', 'ageBands', 'genders'], enumName: 'AudienceDimension' })
  dimension: string;

  @ApiProperty({ example: 0.82 })
  overlap: number;
}

export class LookalikeAccountDto extends AccountRefDto {
  @ApiProperty({ example: 15200 })
  followers: number;
}

export class LookalikeDto {
  @ApiProperty({ format: 'uuid' })
  influencerId: string;

  @ApiProperty({ example: 'Jonas Berg' })
  displayName: string;

  @ApiProperty({ type: LookalikeAccountDto })
  account: LookalikeAccountDto;

  @ApiProperty({ minimum: 0, maximum: 100, example: 84.1 })
  score: number;

  @ApiProperty({ type: Number, nullable: true, example: 0.93 })
  topicSimilarity: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 0.71 })
  audienceOverlap: number | null;

  @ApiProperty({ type: [SharedTopicDto] })
  sharedTopics: SharedTopicDto[];

  @ApiProperty({ type: [AudienceOverlapDto] })
  audienceByDimension: AudienceOverlapDto[];
}

export class LookalikeListDto {
  @ApiProperty({ type: [LookalikeDto], description: 'Most similar first.' })
  items: LookalikeDto[];
}
