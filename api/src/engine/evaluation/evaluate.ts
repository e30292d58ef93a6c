import type { EvaluatedBid, EvaluationScheme } from '@tenderwise/schema';
import {
  compare,
  mul,
  rational,
  toFixedHalfEven,
  toNumber,
  type Rational,
} from '../arithmetic/rational.ts';
import { abnormallyLowPrices, type AbnormallyLowReason } from '../price/abnormally-low.ts';
import { EngineInputError } from '../scheme/issues.ts';
import { validateScheme } from '../scheme/validate-scheme.ts';
import { checksOf, type CheckResult } from './checks.ts';
import { panelStatisticsOf, type Divergence } from './divergence.ts';
import { exclusionsOf, type Exclusion } from './exclusions.ts';
import { explain } from './explain.ts';
import { rankBids } from './rank.ts';
import { evaluatedPrice, scoreAdmittedBids, type ExactScore } from './score-bids.ts';
import { validateBids, validateJustifications } from './validate-bids.ts';

export interface EvaluationOptions {
  /**
   * The day attestations are judged on. It is the scheme's published submission deadline; a
   * different date is refused, so that no bid's evidence is judged on a day chosen afterwards.
   */
  referenceDate?: string | undefined;
  /** The order drawn by lot among bids that were otherwise tied, as recorded by the caller. */
  drawOrder?: readonly string[] | undefined;
  /** The buyer's estimate of the contract value, for the abnormally-low check. */
  estimate?: number | undefined;
}

export type BidFlag =
  | { code: 'abnormallyLow'; reasons: AbnormallyLowReason[] }
  | ({ code: 'evaluatorsDiverge' } & Divergence)
  | { code: 'drawRequired'; tiedWith: string[] }
  | { code: 'decidedByDraw'; tiedWith: string[] }
  | { code: 'tiedWhenRounded'; tiedWith: string[]; exactScore: string }
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
  /**
   * Published score (two decimals); null when excluded or when a ratio has no value. The ranking
   * is decided on the exact value (ADR 0019).
   */
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
  // Pointers are relative to { scheme, bids, ...options }, the shape of the evaluate request.
  const issues = [
    ...validateScheme(scheme).map((issue) => ({ ...issue, pointer: `/scheme${issue.pointer}` })),
    ...validateBids(scheme, bids),
    ...validateJustifications(scheme, bids),
  ];
  const referenceDate = scheme.submissionDeadline;
  if (options.referenceDate !== undefined && options.referenceDate !== referenceDate) {
    issues.push({
      pointer: '/referenceDate',
      code: 'reference-date-moved',
      message: `Attestations are judged on the published submission deadline ${referenceDate}, not on ${options.referenceDate}: the reference date cannot be moved after publication (equal treatment, § 97 (2) GWB)`,
    });
  }
  if (issues.length > 0) throw new EngineInputError(issues);

  const byId = [...bids].sort((a, b) => (a.id < b.id ? -1 : 1));
  const exclusions = new Map(byId.map((bid) => [bid.id, exclusionsOf(scheme, bid)]));
  const admitted = byId.filter((bid) => exclusions.get(bid.id)!.length === 0);
  const scores = new Map(
    scoreAdmittedBids(scheme, admitted, referenceDate).map((score) => [score.id, score]),
  );
  const ranked = new Map(
    rankBids(scheme.method, [...scores.values()], options.drawOrder).map((entry) => [
      entry.id,
      entry,
    ]),
  );
  const lowPrices = abnormallyLowPrices(
    [...scores.values()].map(({ id, price }) => ({ id, price })),
    {
      thresholdPercent: scheme.abnormallyLowThresholdPercent,
      ...(options.estimate === undefined ? {} : { estimate: options.estimate }),
    },
  );
  const roundedTies = tiesWhenRounded([...scores.values()]);
  const rankOrder = [...ranked.values()].sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : 1));
  const placeOf = new Map(rankOrder.map((entry, index) => [entry.id, index]));
  // A leaf's weight is the same for every bid: publish it once. Every bid's contributions come
  // in the same leaf order.
  const weightPercent: number[] = [];

  const ranking = byId.map((bid): BidEvaluation => {
    const score = scores.get(bid.id);
    const rankedBid = ranked.get(bid.id);
    const flags: BidFlag[] = [];
    const low = lowPrices.get(bid.id);
    if (low) flags.push({ code: 'abnormallyLow', reasons: low });
    const statistics = panelStatisticsOf(scheme, bid);
    // Evaluators further apart than the scheme allows: the panel must discuss and justify.
    for (const divergence of statistics.filter((item) => item.spread > scheme.divergenceThreshold))
      flags.push({ code: 'evaluatorsDiverge', ...divergence });
    if (rankedBid && rankedBid.tiedWith.length > 0) {
      flags.push({
        code: rankedBid.decidedByDraw ? 'decidedByDraw' : 'drawRequired',
        tiedWith: rankedBid.tiedWith,
      });
    }
    const roundedTie = roundedTies.get(bid.id);
    if (roundedTie) flags.push({ code: 'tiedWhenRounded', ...roundedTie });
    if (rankedBid?.inCorridor) flags.push({ code: 'inCorridor' });
    if (score && score.score === undefined) flags.push({ code: 'ratioUndefined' });
    const above = rankedBid ? rankOrder[placeOf.get(bid.id)! - 1] : undefined;
    const panel = new Map(statistics.map((item) => [item.criterionId, item]));
    return {
      id: bid.id,
      rank: rankedBid?.rank ?? null,
      excluded: !score,
      checks: checksOf(scheme, bid),
      reasons: exclusions.get(bid.id)!,
      score: score?.score === undefined ? null : toNumber(score.score, 2),
      performance: score ? toNumber(score.performance, 2) : null,
      price: toNumber(score?.price ?? evaluatedPrice(scheme, bid), 2),
      contributions: (score?.contributions ?? []).map((item, index) => ({
        criterionId: item.criterionId,
        weightPercent: (weightPercent[index] ??= toNumber(mul(item.weight, rational(100n)), 4)),
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

/**
 * Bids whose published (two-decimal) score equals that of bids with a different exact score:
 * the ranking separates them on the exact values, which a reader of the rounded figures cannot
 * see. Each gets the others' ids and its exact score with as many decimals as tell them apart.
 */
function tiesWhenRounded(
  scores: readonly ExactScore[],
): Map<string, { tiedWith: string[]; exactScore: string }> {
  const groups = new Map<string, { id: string; score: Rational }[]>();
  for (const { id, score } of scores) {
    if (score === undefined) continue;
    const key = toFixedHalfEven(score, 2);
    groups.set(key, [...(groups.get(key) ?? []), { id, score }]);
  }
  const result = new Map<string, { tiedWith: string[]; exactScore: string }>();
  for (const group of groups.values()) {
    for (const bid of group) {
      const others = group.filter((other) => compare(other.score, bid.score) !== 0);
      if (others.length === 0) continue;
      let digits = 3;
      while (
        digits < MAX_SEPARATING_DIGITS &&
        others.some(
          (other) => toFixedHalfEven(other.score, digits) === toFixedHalfEven(bid.score, digits),
        )
      ) {
        digits++;
      }
      result.set(bid.id, {
        tiedWith: others.map((other) => other.id),
        exactScore: toFixedHalfEven(bid.score, digits),
      });
    }
  }
  return result;
}

const MAX_SEPARATING_DIGITS = 40;

function panelSummary(statistics: Divergence | undefined): Contribution['panel'] {
  if (!statistics) return null;
  const { spread, mean, median } = statistics;
  return { spread, mean, median };
}
