import type { RandomIndexTable } from '@tenderwise/schema';
import { fromDecimal, toFixedHalfEven } from '../../arithmetic/rational.ts';
import { EngineInputError, pointer, type EngineIssue } from '../../scheme/issues.ts';
import { toBasisPoints } from '../../weights/basis-points.ts';
import {
  ACCEPTABLE_CONSISTENCY_RATIO,
  consistency,
  defaultRandomIndexTable,
} from './consistency.ts';
import { geometricMeanMatrix } from './group.ts';
import { rankJudgementDeviations } from './judgement-deviations.ts';
import {
  checkJudgements,
  toPairwiseMatrix,
  type EnteredJudgements,
  type PairwiseMatrix,
} from './pairwise-matrix.ts';
import { principalEigenvector } from './principal-eigenvector.ts';

/** Decimals of every published figure; acceptability is decided on the published ratio. */
export const AHP_DECIMALS = 6;
/**
 * How many judgements an unacceptable matrix lists for reconsideration. Saaty's procedure revises
 * the worst one and computes again, since every revision moves the priorities; a handful is enough.
 */
export const INCONSISTENT_PAIRS_SHOWN = 5;

export interface InconsistentPair {
  /** The item the judgement favours, and the item it is compared with. */
  rowId: string;
  columnId: string;
  given: number;
  implied: number;
  deviation: number;
}

export interface AhpAnalysis {
  /** Priorities in item order, published to AHP_DECIMALS; they sum to one up to that rounding. */
  weights: Map<string, number>;
  /** The published priorities in basis points by the largest remainder method; sum 10,000. */
  basisPoints: Map<string, number>;
  lambdaMax: number;
  consistencyIndex: number;
  randomIndex: number;
  /** The table RI(n) was taken from. */
  randomIndexTable: RandomIndexTable;
  consistencyRatio: number;
  /** CR ≤ 0.10. */
  acceptable: boolean;
  /** When not acceptable: the judgements furthest from the priorities' ratios, worst first. */
  inconsistentPairs: InconsistentPair[];
}

export interface GroupAhpAnalysis extends AhpAnalysis {
  /** Each judge's own consistency, in input order. */
  judges: { consistencyRatio: number; acceptable: boolean }[];
}

export interface AhpOptions {
  /** The random index table of the consistency ratio; default `defaultRandomIndexTable`. */
  randomIndexTable?: RandomIndexTable;
}

/**
 * The AHP analysis of one judge's pairwise comparisons of `ids`: priorities from the principal
 * eigenvector, λmax, consistency index and ratio, and the judgements to reconsider. Issues name
 * cells as `/row/column`.
 */
export function analyseAhp(
  ids: readonly string[],
  judgements: EnteredJudgements,
  options: AhpOptions = {},
): AhpAnalysis {
  checkIds(ids);
  const issues = checkJudgements(judgements, ids);
  if (issues.length > 0) throw new EngineInputError(issues);
  return analyseMatrix(ids, toPairwiseMatrix(judgements), tableOf(options));
}

/**
 * The AHP analysis of a group: the judges' matrices combined cell by cell by the geometric mean,
 * then analysed like one judge's; each judge's own consistency ratio is reported beside it.
 * Issues name cells as `/judge/row/column`.
 */
export function analyseGroupAhp(
  ids: readonly string[],
  judges: readonly EnteredJudgements[],
  options: AhpOptions = {},
): GroupAhpAnalysis {
  checkIds(ids);
  if (judges.length === 0) throw new RangeError('A group needs at least one judge');
  const issues: EngineIssue[] = judges.flatMap((judgements, judge) =>
    checkJudgements(judgements, ids).map((issue) => ({
      ...issue,
      pointer: pointer(judge) + issue.pointer,
    })),
  );
  if (issues.length > 0) throw new EngineInputError(issues);
  const matrices = judges.map(toPairwiseMatrix);
  const table = tableOf(options);
  return {
    ...analyseMatrix(ids, geometricMeanMatrix(matrices), table),
    judges: matrices.map((matrix) => {
      const ratio = publish(consistencyOf(matrix, table).consistencyRatio);
      return { consistencyRatio: ratio, acceptable: ratio <= ACCEPTABLE_CONSISTENCY_RATIO };
    }),
  };
}

function analyseMatrix(
  ids: readonly string[],
  matrix: PairwiseMatrix,
  table: RandomIndexTable,
): AhpAnalysis {
  const eigen = principalEigenvector(matrix);
  const { consistencyIndex, randomIndex, consistencyRatio } = consistency(
    eigen.lambdaMax,
    matrix.size,
    table,
  );
  const ratio = publish(consistencyRatio);
  const acceptable = ratio <= ACCEPTABLE_CONSISTENCY_RATIO;
  const weights = new Map(ids.map((id, i) => [id, publish(eigen.vector[i]!)]));
  return {
    weights,
    basisPoints: toBasisPoints([...weights].map(([id, weight]) => ({ id, weight }))),
    lambdaMax: publish(eigen.lambdaMax),
    consistencyIndex: publish(consistencyIndex),
    randomIndex,
    randomIndexTable: table,
    consistencyRatio: ratio,
    acceptable,
    inconsistentPairs: acceptable
      ? []
      : rankJudgementDeviations(matrix, eigen.vector)
          .slice(0, INCONSISTENT_PAIRS_SHOWN)
          .map((pair) => ({
            rowId: ids[pair.row]!,
            columnId: ids[pair.column]!,
            given: publish(pair.given),
            implied: publish(pair.implied),
            deviation: publish(pair.deviation),
          })),
  };
}

function consistencyOf(matrix: PairwiseMatrix, table: RandomIndexTable) {
  return consistency(principalEigenvector(matrix).lambdaMax, matrix.size, table);
}

function tableOf(options: AhpOptions): RandomIndexTable {
  return options.randomIndexTable ?? defaultRandomIndexTable;
}

function checkIds(ids: readonly string[]): void {
  if (new Set(ids).size !== ids.length) throw new RangeError('Item ids must be unique');
}

/** Half to even at AHP_DECIMALS, from the double's shortest decimal form. */
function publish(value: number): number {
  return Number(toFixedHalfEven(fromDecimal(value), AHP_DECIMALS));
}
