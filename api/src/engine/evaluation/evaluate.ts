import type { EvaluatedBid, EvaluationScheme } from '@tenderwise/schema';
import { compare, mul, rational, sub, toNumber, type Rational } from '../arithmetic/rational.ts';
import { abnormallyLowPrices, type AbnormallyLowReason } from '../price/abnormally-low.ts';
import { EngineInputError } from '../scheme/issues.ts';
import { validateScheme } from '../scheme/validate-scheme.ts';
import { checksOf, type CheckResult } from './checks.ts';
import { divergencesOf, panelStatisticsOf, type Divergence } from './divergence.ts';
import { exclusionsOf, type Exclusion } from './exclusions.ts';
import { published, rankBids } from './rank.ts';
import { evaluatedPrice, scoreAdmittedBids, type ExactScore } from './score-bids.ts';
import { validateBids } from './validate-bids.ts';

export interface EvaluationOptions {
  /** The day attestations are judged on; default the scheme's submission deadline. */
  referenceDate?: string | undefined;
  /** The order a lot drew among bids that were otherwise tied, as recorded by the caller. */
  lotOrder?: readonly string[] | undefined;
  /** The buyer's estimate of the contract value, for the abnormally-low check. */
  estimate?: number | undefined;
}

export type BidFlag =
  | { code: 'abnormallyLow'; reasons: AbnormallyLowReason[] }
  | ({ code: 'evaluatorsDiverge' } & Divergence)
  | { code: 'lotRequired'; tiedWith: string[] }
  | { code: 'decidedByLot'; tiedWith: string[] }
  | { code: 'inCorridor' }
  | { code: 'ratioUndefined' };

export interface Contribution {
  criterionId: string;
  /** The leaf's share of the whole tree, in percent. */
  weightPercent: number;
  /** The share of the leaf's points earned, 0 to 1. */
  share: number;
  points: number;
  /** The evaluators' individual scores summarised, where they were recorded; aids only. */
  panel: { spread: number; mean: number; median: number } | null;
}

export interface BidEvaluation {
  id: string;
  /** Null for an excluded bid. */
  rank: number | null;
  excluded: boolean;
  /** Every pass/fail criterion with its outcome. */
  checks: CheckResult[];
  reasons: Exclusion[];
  /** Published score (two decimals); null when excluded or when a ratio has no value. */
  score: number | null;
  /** Weighted sum: points without price. UfAB: performance points L. Null when excluded. */
  performance: number | null;
  /** The evaluated price (total or life-cycle cost's present value), two decimals. */
  price: number;
  contributions: Contribution[];
  flags: BidFlag[];
  /** Why the bid ranked directly above is ahead: criteria by their share of the difference. */
  comparedWithAbove: {
    bidId: string;
    criteria: { criterionId: string; difference: number }[];
  } | null;
}

export interface Evaluation {
  method: EvaluationScheme['method']['kind'];
  referenceDate: string;
  ranking: BidEvaluation[];
}

/**
 * Evaluates bids under a scheme: checks, exclusions, exact scores, published figures, ranking,
 * flags and explanations. Pure and deterministic: the order of `bids` does not change the result.
 */
export function evaluate(
  scheme: EvaluationScheme,
  bids: readonly EvaluatedBid[],
  options: EvaluationOptions = {},
): Evaluation {
  // Pointers are relative to { scheme, bids }, the shape of the evaluate request.
  const issues = [
    ...validateScheme(scheme).map((issue) => ({ ...issue, pointer: `/scheme${issue.pointer}` })),
    ...validateBids(scheme, bids),
  ];
  if (issues.length > 0) throw new EngineInputError(issues);
  const referenceDate = options.referenceDate ?? scheme.submissionDeadline;

  const byId = [...bids].sort((a, b) => (a.id < b.id ? -1 : 1));
  const exclusions = new Map(byId.map((bid) => [bid.id, exclusionsOf(scheme, bid)]));
  const admitted = byId.filter((bid) => exclusions.get(bid.id)!.length === 0);
  const scores = new Map(
    scoreAdmittedBids(scheme, admitted, referenceDate).map((score) => [score.id, score]),
  );
  const figures = [...scores.values()].map((score) => ({
    id: score.id,
    score: score.score === undefined ? undefined : published(score.score),
    performance: published(score.performance),
    price: score.price,
  }));
  const ranked = new Map(
    rankBids(scheme.method, figures, options.lotOrder).map((entry) => [entry.id, entry]),
  );
  const lowPrices = abnormallyLowPrices(
    [...scores.values()].map(({ id, price }) => ({ id, price })),
    {
      thresholdPercent: scheme.abnormallyLowThresholdPercent,
      ...(options.estimate === undefined ? {} : { estimate: options.estimate }),
    },
  );
  const rankOrder = [...ranked.values()].sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : 1));

  const ranking = byId.map((bid): BidEvaluation => {
    const score = scores.get(bid.id);
    const rankedBid = ranked.get(bid.id);
    const flags: BidFlag[] = [];
    const low = lowPrices.get(bid.id);
    if (low) flags.push({ code: 'abnormallyLow', reasons: low });
    for (const divergence of divergencesOf(scheme, bid))
      flags.push({ code: 'evaluatorsDiverge', ...divergence });
    if (rankedBid && rankedBid.tiedWith.length > 0) {
      flags.push({
        code: rankedBid.decidedByLot ? 'decidedByLot' : 'lotRequired',
        tiedWith: rankedBid.tiedWith,
      });
    }
    if (rankedBid?.inCorridor) flags.push({ code: 'inCorridor' });
    if (score && score.score === undefined) flags.push({ code: 'ratioUndefined' });
    const above = rankedBid ? rankOrder[rankOrder.indexOf(rankedBid) - 1] : undefined;
    const panel = new Map(panelStatisticsOf(scheme, bid).map((item) => [item.criterionId, item]));
    return {
      id: bid.id,
      rank: rankedBid?.rank ?? null,
      excluded: !score,
      checks: checksOf(scheme, bid),
      reasons: exclusions.get(bid.id)!,
      score: score?.score === undefined ? null : toNumber(score.score, 2),
      performance: score ? toNumber(score.performance, 2) : null,
      price: toNumber(score?.price ?? evaluatedPrice(scheme, bid), 2),
      contributions: (score?.contributions ?? []).map((item) => ({
        criterionId: item.criterionId,
        weightPercent: toNumber(mul(item.weight, rational(100n)), 4),
        share: toNumber(item.share, 4),
        points: toNumber(item.points, 2),
        panel: panelSummary(panel.get(item.criterionId)),
      })),
      flags,
      comparedWithAbove:
        score && above && above.rank < rankedBid!.rank
          ? explain(scores.get(above.id)!, score)
          : null,
    };
  });
  ranking.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (a.id < b.id ? -1 : 1));
  return { method: scheme.method.kind, referenceDate, ranking };
}

function panelSummary(statistics: Divergence | undefined): Contribution['panel'] {
  if (!statistics) return null;
  const { spread, mean, median } = statistics;
  return { spread, mean, median };
}

/** Criteria sorted by how much of the gap between two bids they make, largest first. */
function explain(
  ahead: ExactScore,
  behind: ExactScore,
): NonNullable<BidEvaluation['comparedWithAbove']> {
  const points = new Map(behind.contributions.map((item) => [item.criterionId, item.points]));
  const differences: { criterionId: string; difference: Rational }[] = ahead.contributions
    .map((item) => ({
      criterionId: item.criterionId,
      difference: sub(item.points, points.get(item.criterionId)!),
    }))
    .filter((item) => item.difference.n !== 0n)
    .sort(
      (a, b) => compare(b.difference, a.difference) || (a.criterionId < b.criterionId ? -1 : 1),
    );
  return {
    bidId: ahead.id,
    criteria: differences.map((item) => ({
      criterionId: item.criterionId,
      difference: toNumber(item.difference, 2),
    })),
  };
}
