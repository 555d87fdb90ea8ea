import {
  CLOSED_WITHOUT_RESULT,
  COMMITTED_STAGES,
  type CollaborationStage,
  formatMinor,
} from '../campaign.constants';

export interface BudgetSummary {
  currency: string;
  budgetMinor: number;
  /** Fees of collaborations with a contract (contracted and later stages). */
  committedMinor: number;
  /** Fees named in collaborations still being negotiated (shortlisted, contacted, negotiating). */
  proposedMinor: number;
  /** budget − committed; negative when over budget. */
  remainingMinor: number;
  /** committed ÷ budget (null for a zero budget). */
  committedShare: number | null;
  overBudget: boolean;
  committedCollaborations: number;
  proposedCollaborations: number;
  warnings: string[];
}

export interface FeeLine {
  stage: CollaborationStage;
  feeAmountMinor: number | null;
}

/** Committed fees against the campaign budget; every amount in the campaign's currency (integer minor units). */
export function summariseBudget(
  budgetMinor: number,
  currency: string,
  lines: readonly FeeLine[],
): BudgetSummary {
  let committedMinor = 0;
  let proposedMinor = 0;
  let committedCollaborations = 0;
  let proposedCollaborations = 0;
  for (const line of lines) {
    if (CLOSED_WITHOUT_RESULT.includes(line.stage) || line.feeAmountMinor === null) continue;
    if (COMMITTED_STAGES.includes(line.stage)) {
      committedMinor += line.feeAmountMinor;
      committedCollaborations += 1;
    } else {
      proposedMinor += line.feeAmountMinor;
      proposedCollaborations += 1;
    }
  }
  const remainingMinor = budgetMinor - committedMinor;
  const warnings: string[] = [];
  if (committedMinor > budgetMinor) {
    warnings.push(
      `Committed fees (${formatMinor(committedMinor, currency)}) exceed the budget (${formatMinor(budgetMinor, currency)}) by ${formatMinor(committedMinor - budgetMinor, currency)}.`,
    );
  } else if (committedMinor + proposedMinor > budgetMinor) {
    warnings.push(
      `Committed and proposed fees together (${formatMinor(committedMinor + proposedMinor, currency)}) would exceed the budget (${formatMinor(budgetMinor, currency)}) by ${formatMinor(committedMinor + proposedMinor - budgetMinor, currency)}.`,
    );
  }
  return {
    currency,
    budgetMinor,
    committedMinor,
    proposedMinor,
    remainingMinor,
    committedShare: budgetMinor > 0 ? round4(committedMinor / budgetMinor) : null,
    overBudget: committedMinor > budgetMinor,
    committedCollaborations,
    proposedCollaborations,
    warnings,
  };
}

export function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
