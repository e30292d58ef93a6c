import type { EvaluatedBid, EvaluationScheme } from '@tenderwise/schema';
import { rational, toNumber } from '../arithmetic/rational.ts';

export interface PanelStatistics {
  criterionId: string;
  /** Highest minus lowest individual score. */
  spread: number;
  /** Aids for the panel's discussion only; the consensus score is what counts. */
  mean: number;
  median: number;
}

export type Divergence = PanelStatistics;

/**
 * The spread, mean and median of the evaluators' individual scores of every ordinal leaf that has
 * them. The panel's consensus score is what counts; these are aids for its discussion.
 */
export function panelStatisticsOf(
  scheme: EvaluationScheme,
  bid: Pick<EvaluatedBid, 'assessments'>,
): PanelStatistics[] {
  const found: PanelStatistics[] = [];
  for (const node of scheme.award) {
    if (node.kind !== 'ordinal') continue;
    const assessment = bid.assessments[node.id];
    if (assessment?.kind !== 'ordinal' || assessment.individual.length === 0) continue;
    const scores = assessment.individual.map((item) => item.score).sort((a, b) => a - b);
    const spread = scores.at(-1)! - scores[0]!;
    const total = scores.reduce((acc, score) => acc + score, 0);
    const middle = scores.length / 2;
    const median = Number.isInteger(middle)
      ? rational(BigInt(scores[middle - 1]! + scores[middle]!), 2n)
      : rational(BigInt(scores[Math.floor(middle)]!));
    found.push({
      criterionId: node.id,
      spread,
      mean: toNumber(rational(BigInt(total), BigInt(scores.length)), 2),
      median: toNumber(median, 2),
    });
  }
  return found;
}

/**
 * Leaves on which the evaluators' individual scores lie further apart than the scheme allows:
 * the panel must discuss them and justify its consensus score.
 */
export function divergencesOf(scheme: EvaluationScheme, bid: EvaluatedBid): Divergence[] {
  return panelStatisticsOf(scheme, bid).filter((item) => item.spread > scheme.divergenceThreshold);
}

/** One evaluator's score of one subject (a bid, an option) on one ordinal criterion. */
export interface IndividualScoreRow {
  subjectId: string;
  criterionId: string;
  evaluator: string;
  score: number;
}

/**
 * The panel statistics of many subjects at once, from the evaluators' scores as stored: the
 * scores grouped per subject, then `panelStatisticsOf` each, in the order the subjects first
 * appear. Options reviews and tenders read their panels' spread through this one path.
 */
export function panelStatisticsBySubject(
  scheme: EvaluationScheme,
  scores: readonly IndividualScoreRow[],
): (PanelStatistics & { subjectId: string })[] {
  const bySubject = new Map<string, EvaluatedBid['assessments']>();
  for (const row of scores) {
    const assessments = bySubject.get(row.subjectId) ?? {};
    const assessment = assessments[row.criterionId] ?? {
      kind: 'ordinal' as const,
      score: 0,
      individual: [],
    };
    if (assessment.kind === 'ordinal') {
      assessment.individual.push({ evaluator: row.evaluator, score: row.score });
    }
    assessments[row.criterionId] = assessment;
    bySubject.set(row.subjectId, assessments);
  }
  return [...bySubject].flatMap(([subjectId, assessments]) =>
    panelStatisticsOf(scheme, { assessments }).map((item) => ({ subjectId, ...item })),
  );
}
