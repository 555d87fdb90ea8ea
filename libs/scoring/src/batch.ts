import { AuthenticityDetails, AuthenticityInput, scoreAuthenticity } from './authenticity';
import { EngagementBenchmark } from './benchmark';
import { computeEngagementBasics, EngagementBasics } from './engagement';
import { EngagementScoreDetails, scoreEngagement } from './engagement-score';
import { ScoreResult } from './result';

/** Engagement and authenticity of one account, sharing one pass over its posts. */
export interface AccountScores {
  basics: EngagementBasics;
  engagement: ScoreResult<EngagementScoreDetails>;
  authenticity: ScoreResult<AuthenticityDetails>;
}

export function scoreAccount(
  input: AuthenticityInput,
  benchmark: EngagementBenchmark,
  now: Date,
): AccountScores {
  const basics = computeEngagementBasics(input.account, input.posts, now);
  return {
    basics,
    engagement: scoreEngagement(basics, benchmark, now),
    authenticity: scoreAuthenticity(input, benchmark, now, basics),
  };
}

/** The batch path used by the scoring job; `now` is shared so every score in a run has the same timestamp. */
export function scoreAccounts(
  inputs: readonly AuthenticityInput[],
  benchmark: EngagementBenchmark,
  now: Date,
): AccountScores[] {
  const out = new Array<AccountScores>(inputs.length);
  for (let i = 0; i < inputs.length; i++) out[i] = scoreAccount(inputs[i], benchmark, now);
  return out;
}
