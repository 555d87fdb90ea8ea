import type { FitEntry, InfluencerScores, LookalikeEntry } from '@fitscout/fit';
import type { ScoreResult } from '@fitscout/scoring';
import type {
  FitEntryDto,
  InfluencerScoresDto,
  LookalikeDto,
  ScoreFlagDto,
  StoredScoreDto,
} from './score-result.dto';

/** ScoreResult → API shape: the typed `details` stay internal; `insufficient_data` is a status, not a number. */
export function toStoredScoreDto(result: ScoreResult<unknown>): StoredScoreDto {
  return {
    status: result.score === null ? 'insufficient_data' : 'scored',
    score: result.score,
    components: result.components,
    flags: result.flags.map(toFlagDto),
    confidence: result.confidence,
    computedAt: result.computedAt,
    benchmarkVersion: result.benchmarkVersion,
    methodVersion: result.methodVersion,
  };
}

function toFlagDto(flag: ScoreResult<unknown>['flags'][number]): ScoreFlagDto {
  return { code: flag.code, severity: flag.severity, message: flag.message, evidence: flag.evidence };
}

export function toInfluencerScoresDto(scores: InfluencerScores): InfluencerScoresDto {
  return {
    influencerId: scores.influencerId,
    accounts: scores.accounts.map((a) => ({
      accountId: a.accountId,
      platform: a.platform,
      handle: a.handle,
      computedAt: a.scores ? a.scores.computedAt.toISOString() : null,
      benchmarkVersion: a.scores?.benchmarkVersion ?? null,
      engagement: a.scores ? toStoredScoreDto(a.scores.engagement) : null,
      authenticity: a.scores ? toStoredScoreDto(a.scores.authenticity) : null,
    })),
  };
}

export function toFitEntryDto(entry: FitEntry): FitEntryDto {
  const fit = entry.fit;
  return {
    influencerId: entry.influencerId,
    displayName: entry.displayName,
    account: entry.account,
    score: fit?.score ?? null,
    eligible: fit?.details.eligible ?? false,
    confidence: fit?.confidence ?? { level: 'insufficient_data', reasons: ['no active account'] },
    flags: (fit?.flags ?? []).map(toFlagDto),
    parts: fit?.details.parts ?? [],
    filters: fit?.details.filters ?? [],
    weights: fit?.details.weights ?? { relevance: 0.4, engagement: 0.3, authenticity: 0.3 },
    relevance: entry.relevance
      ? {
          score: entry.relevance.score,
          confidence: entry.relevance.confidence,
          matchedTerms: entry.relevance.details.matchedTerms,
          targetTopics: entry.relevance.details.targetTopics,
          components: entry.relevance.components,
        }
      : null,
    otherAccounts: entry.otherAccounts,
  };
}

export function toLookalikeDto(entry: LookalikeEntry): LookalikeDto {
  const s = entry.similarity;
  return {
    influencerId: entry.influencerId,
    displayName: entry.displayName,
    account: entry.account,
    score: s.score ?? 0,
    topicSimilarity: s.topicSimilarity,
    audienceOverlap: s.audienceOverlap,
    sharedTopics: s.sharedTopics,
    audienceByDimension: s.audienceByDimension,
  };
}
