import type { ScoreDivergence, ScoreSheet, ScoringResponse } from '@tenderwise/schema';
import {
  findLatestSchemeVersion,
  findSchemeVersion,
} from '../../db/repositories/options-review-scheme-versions.ts';
import {
  listConsensus,
  listScoreSheets,
  listScoresOf,
  type ScoreRow,
  type ScoreSheetRow,
} from '../../db/repositories/options-review-scores.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { panelStatisticsBySubject } from '../../engine/evaluation/divergence.ts';
import type { ServiceContext } from '../context.ts';
import { storedScheme } from '../views/options-reviews.ts';
import type { ReviewAccess } from './review-access.ts';

/**
 * The scoring of one scheme version as one member may see it. Blindness is a rule of this read,
 * not of the policy: every member may read the scoring, but the others' scores (and the spread
 * they make) only once the reader has submitted their own sheet, the lead included. The lead
 * sees the consensus it records; the others see it once they have submitted.
 */
export async function readScoring(
  db: ServiceContext['db'],
  {
    access,
    userId,
    schemeVersion,
  }: { access: ReviewAccess; userId: string; schemeVersion: number },
): Promise<ScoringResponse> {
  const reviewId = access.review.id;
  const version = await findSchemeVersion(db, reviewId, schemeVersion);
  if (version === undefined) {
    throw new NotFoundError(`The review has no scheme version ${schemeVersion}.`);
  }
  const latest = await findLatestSchemeVersion(db, reviewId);
  const sheets = await listScoreSheets(db, reviewId, schemeVersion);
  const submitted = sheets.filter((sheet) => sheet.submitted_at !== null);
  const mine = sheets.find((sheet) => sheet.user_id === userId);
  const hasSubmitted = mine?.submitted_at != null;
  const visible = hasSubmitted ? submitted.map((sheet) => sheet.user_id) : [userId];
  const scores = await listScoresOf(db, reviewId, schemeVersion, visible);
  const isLead = access.review.lead_user_id === userId;
  return {
    schemeVersion,
    latestSchemeVersion: latest?.number ?? schemeVersion,
    mine: sheetOf(mine ?? { user_id: userId, submitted_at: null }, scores),
    submittedBy: submitted.map((sheet) => sheet.user_id),
    others: hasSubmitted
      ? submitted.filter((sheet) => sheet.user_id !== userId).map((sheet) => sheetOf(sheet, scores))
      : null,
    divergences: hasSubmitted ? divergencesOf(storedScheme(version), scores) : null,
    consensus:
      hasSubmitted || isLead
        ? (await listConsensus(db, reviewId, schemeVersion)).map((row) => ({
            optionId: row.option_id,
            criterionId: row.criterion_id,
            score: row.score,
            justification: row.justification,
            recordedBy: row.recorded_by,
            recordedAt: row.recorded_at.toISOString(),
          }))
        : null,
  };
}

function sheetOf(
  sheet: Pick<ScoreSheetRow, 'user_id' | 'submitted_at'>,
  scores: readonly ScoreRow[],
): ScoreSheet {
  return {
    userId: sheet.user_id,
    submittedAt: sheet.submitted_at?.toISOString() ?? null,
    scores: scores
      .filter((row) => row.user_id === sheet.user_id)
      .map((row) => ({
        optionId: row.option_id,
        criterionId: row.criterion_id,
        score: row.score,
        justification: row.justification,
      })),
  };
}

/** The engine's panel statistics per option over the submitted scores, flagged as it flags them. */
function divergencesOf(
  scheme: ReturnType<typeof storedScheme>,
  scores: readonly ScoreRow[],
): ScoreDivergence[] {
  const rows = scores.map((row) => ({
    subjectId: row.option_id,
    criterionId: row.criterion_id,
    evaluator: row.user_id,
    score: row.score,
  }));
  return panelStatisticsBySubject(scheme, rows).map((item) => ({
    optionId: item.subjectId,
    criterionId: item.criterionId,
    spread: item.spread,
    mean: item.mean,
    median: item.median,
    flagged: item.spread > scheme.divergenceThreshold,
  }));
}
