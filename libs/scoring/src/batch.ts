import { AuthenticityDetails, authenticityFromFeatures } from './authenticity';
import { EngagementBenchmark } from './benchmark';
import { EngagementBasics } from './engagement';
import { EngagementScoreDetails, scoreEngagement } from './engagement-score';
import { AccountFeatures, AuthenticityInput, basicsAt, deriveAccountFeatures } from './features';
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
  return scoreAccountFeatures(deriveAccountFeatures(input, now), benchmark, now);
}

/** Stage 2 only (see features.ts): what a benchmark rebuild repeats for every account. */
export function scoreAccountFeatures(
  features: AccountFeatures,
  benchmark: EngagementBenchmark,
  now: Date,
): AccountScores {
  const basics = basicsAt(features, now);
  return {
    basics,
    engagement: scoreEngagement(basics, benchmark, now),
    authenticity: authenticityFromFeatures(features, benchmark, now, basics),
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
