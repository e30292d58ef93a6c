import type { EvaluationScheme, TenderScoreDivergence, TenderScoreSheet } from '@tenderwise/schema';
import type { TeamMemberRow } from '../../db/repositories/tenders.ts';
import { panelStatisticsBySubject } from '../../engine/evaluation/divergence.ts';
import { teamUserIds } from '../tenders/tender-access.ts';
import type { TenderScoreRow, TenderScoreSheetRow } from './score-rows.ts';

/** The panel: the team's evaluators as the team stands now. */
export function panelOf(team: readonly TeamMemberRow[]): string[] {
  return teamUserIds(team, 'evaluator');
}

/**
 * The panel's submitted sheets. A sheet of someone no longer on the panel (removed from the team,
 * for instance for a conflict of interest under § 6 VgV) no longer counts.
 */
export function submittedSheets(
  sheets: readonly TenderScoreSheetRow[],
  panel: readonly string[],
): TenderScoreSheetRow[] {
  return sheets.filter((sheet) => sheet.submitted_at !== null && panel.includes(sheet.user_id));
}

/** Whether every evaluator of a panel that has any has submitted. */
export function allSubmitted(
  sheets: readonly TenderScoreSheetRow[],
  panel: readonly string[],
): boolean {
  const submitted = new Set(submittedSheets(sheets, panel).map((sheet) => sheet.user_id));
  return panel.length > 0 && panel.every((userId) => submitted.has(userId));
}

export function sheetOf(
  sheet: Pick<TenderScoreSheetRow, 'user_id' | 'submitted_at'>,
  scores: readonly TenderScoreRow[],
): TenderScoreSheet {
  return {
    userId: sheet.user_id,
    submittedAt: sheet.submitted_at?.toISOString() ?? null,
    scores: scores
      .filter((row) => row.user_id === sheet.user_id)
      .map((row) => ({
        bidId: row.bid_id,
        criterionId: row.criterion_id,
        score: row.score,
        justification: row.justification,
      })),
  };
}

/**
 * The engine's panel statistics per bid and criterion over the given (submitted) scores, flagged
 * where they lie further apart than the scheme's divergence threshold.
 */
export function divergencesOf(
  scheme: EvaluationScheme,
  scores: readonly TenderScoreRow[],
): TenderScoreDivergence[] {
  const rows = scores.map((row) => ({
    subjectId: row.bid_id,
    criterionId: row.criterion_id,
    evaluator: row.user_id,
    score: row.score,
  }));
  return panelStatisticsBySubject(scheme, rows).map((item) => ({
    bidId: item.subjectId,
    criterionId: item.criterionId,
    spread: item.spread,
    flagged: item.spread > scheme.divergenceThreshold,
    aids: { mean: item.mean, median: item.median },
  }));
}
