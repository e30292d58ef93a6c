/**
 * The robustness report of a DRAFT scheme over simulated bids: how each price formula spreads its
 * points, how stable the winner is under small weight changes, and how often removing one
 * non-winning bid changes the winner (the flipping effect UfAB 2018 warns about).
 *
 * Advisory only: it is run before publication on invented bids, and is never applied to, or run
 * against, the official result of a tender (after the opening the official result is not
 * re-explored with other formulas or weights, so the file records no outcome shopping).
 *
 * Bounds, so one request stays within a few seconds: at most 50 bids per run and 2,000 runs, and
 * its work, runs × (bids × (bids + 3 × scored leaves) + scored leaves² / 4), at most 4,000,000
 * (see `simulationWork`).
 * Decisions are taken on float figures and recomputed exactly wherever a published figure could
 * differ (see decide.ts).
 */
import type { EvaluationScheme } from '@tenderwise/schema';
import { percent as percentOf, toNumber } from '../arithmetic/rational.ts';
import { seededRandom } from '../random/prng.ts';
import { EngineInputError, type EngineIssue } from '../scheme/issues.ts';
import { validateScheme } from '../scheme/validate-scheme.ts';
import { decideWinner, exactFigures, floatFigures } from './decide.ts';
import { flipsOnRemoval } from './flipping.ts';
import {
  bidGenerator,
  checkGeneratorSettings,
  MAX_SIMULATED_BIDS,
  type BidGeneratorSettings,
} from './generate-bids.ts';
import { belowMinimum, priceShareFloat, runBid, simulationModel, type Formula } from './model.ts';
import { baseQuality, baseWeighting } from './quality.ts';
import { summarise, type Summary } from './summary.ts';
import { weightChanges } from './weight-stability.ts';

export const MAX_RUNS = 2_000;
/**
 * The most work one simulation may ask for (`simulationWork`). Sized so that the largest
 * simulation of any shape finishes within about a third of the service's 15 s time limit on a
 * busy two-core machine (about 1 µs a unit there; `npm run bench` prints it), leaving room for a
 * slower moment.
 */
export const MAX_WORK = 4_000_000;

/**
 * What a simulation costs, in units of roughly equal time. Each run draws every bid's value of
 * every scored leaf, decides the winner with each bid removed in turn (bids × bids) and with each
 * weight raised and lowered (about 2 × leaves × bids), and near ties among those weight changes
 * are recomputed exactly over every leaf (about leaves² / 4). Measured on schemes of 3 to 299
 * leaves and 10 to 50 bids, the time per unit varied by less than a factor of two.
 */
export function simulationWork(runs: number, bids: number, leaves: number): number {
  return runs * (bids * (bids + 3 * leaves) + Math.ceil((leaves * leaves) / 4));
}

export interface RobustnessInput {
  scheme: EvaluationScheme;
  bids: BidGeneratorSettings;
  runs: number;
  seed: number;
  /** ± this many per cent of a node's own weight; default 10. */
  weightChangePercent?: number | undefined;
  /** Formulas to compare with the scheme's own; default the three published formulas. */
  formulas?: readonly Formula[] | undefined;
}

export interface RobustnessReport {
  runs: number;
  bidsPerRun: number;
  seed: number;
  /** Mean admitted bids per run: simulated bids below a published minimum score are excluded. */
  meanAdmitted: number;
  /** Runs where no single bid ranked first (none admitted, or a tie a draw would decide). */
  runsWithoutWinner: number;
  priceFormulas: {
    formula: Formula;
    /** Whether it is the scheme's own formula. */
    own: boolean;
    /** The points the price criterion carries: its weight in the tree (weighted sum), else 100. */
    maxPoints: number;
    /** The price points of every admitted simulated bid, over all runs. */
    points: Summary;
    /** Share of runs with the same winner had the scheme used this formula; weighted sum only. */
    sameWinnerShare: number | null;
  }[];
  weightStability: {
    changePercent: number;
    /** Share of runs in which no single weight change alters the winner. */
    stableShare: number;
    criteria: {
      criterionId: string;
      weightBp: number;
      /** Share of runs in which raising / lowering this weight changes the winner. */
      changedWhenRaised: number;
      changedWhenLowered: number;
    }[];
  };
  flipping: {
    /** Share of runs in which removing some single non-winning bid changes the winner. */
    share: number;
    byRemovedRank: { rank: number; runs: number; share: number }[];
  };
  /** Decisions too close for float figures, taken by the exact engine (for transparency). */
  exactDecisions: number;
}

export const defaultFormulas: readonly Formula[] = [
  { kind: 'lowestPriceRatio' },
  { kind: 'oneSidedLinear', zeroAtMultiple: 2 },
  { kind: 'twoSidedLinear' },
];

/** Every problem of the input; pointers relative to the input object. */
export function checkRobustnessInput(input: RobustnessInput): EngineIssue[] {
  const issues: EngineIssue[] = [
    ...validateScheme(input.scheme).map((issue) => ({
      ...issue,
      pointer: `/scheme${issue.pointer}`,
    })),
    ...checkGeneratorSettings(input.scheme, input.bids).map((issue) => ({
      ...issue,
      pointer: `/bids${issue.pointer}`,
    })),
  ];
  if (!Number.isInteger(input.runs) || input.runs < 1 || input.runs > MAX_RUNS)
    issues.push({ pointer: '/runs', code: 'runs', message: `Between 1 and ${MAX_RUNS} runs` });
  const leaves = input.scheme.award.filter((node) => node.kind !== 'group').length;
  const work = simulationWork(input.runs, Math.min(input.bids.count, MAX_SIMULATED_BIDS), leaves);
  if (work > MAX_WORK)
    issues.push({
      pointer: '/runs',
      code: 'too-much-work',
      message: `runs × (bids × (bids + 3 × criteria) + criteria² / 4) is ${work}, above ${MAX_WORK}; use fewer runs`,
    });
  const change = input.weightChangePercent ?? 10;
  if (!(change > 0 && change <= 50))
    issues.push({
      pointer: '/weightChangePercent',
      code: 'change',
      message: 'Above 0, at most 50',
    });
  for (const [i, formula] of (input.formulas ?? []).entries())
    if (formula.kind === 'oneSidedLinear' && !(formula.zeroAtMultiple > 1))
      issues.push({
        pointer: `/formulas/${i}/zeroAtMultiple`,
        code: 'zero-point-too-low',
        message:
          'The one-sided formula must reach zero above the lowest price (a multiple above 1)',
      });
  return issues;
}

/** Runs the simulation; the same input gives the same report. Throws EngineInputError. */
export function robustnessReport(input: RobustnessInput): RobustnessReport {
  const issues = checkRobustnessInput(input);
  if (issues.length > 0) throw new EngineInputError(issues);
  const { scheme, runs } = input;
  const model = simulationModel(scheme);
  const generate = bidGenerator(scheme, input.bids);
  const random = seededRandom(input.seed);
  const changePercent = input.weightChangePercent ?? 10;
  const change = percentOf(changePercent);
  const method = scheme.method;
  const formulas = formulasToCompare(scheme, input.formulas ?? defaultFormulas);
  const maxPoints = method.kind === 'weightedSum' ? toNumber(model.priceWeight, 15) * 100 : 100;
  const priceWeight = toNumber(model.priceWeight, 15);

  const points = formulas.map(() => [] as number[]);
  const sameWinner = formulas.map(() => 0);
  const raised = model.perturbable.map(() => 0);
  const lowered = model.perturbable.map(() => 0);
  const removals = Array.from({ length: input.bids.count - 1 }, () => ({ runs: 0, flips: 0 }));
  let stable = 0;
  let flipped = 0;
  let admittedTotal = 0;
  let withoutWinner = 0;
  let exactDecisions = 0;

  for (let run = 0; run < runs; run++) {
    const bids = generate(random)
      .filter((bid) => !belowMinimum(model, bid))
      .map((bid) => runBid(model, bid));
    admittedTotal += bids.length;
    const flipping = flipsOnRemoval(model, bids);
    exactDecisions += flipping.exactDecisions;
    if (flipping.winner === null) withoutWinner++;
    if (flipping.flips.some(Boolean)) flipped++;
    flipping.flips.forEach((flip, k) => {
      removals[k]!.runs++;
      if (flip) removals[k]!.flips++;
    });

    const weights = weightChanges(model, bids, flipping.winner, change);
    exactDecisions += weights.exactDecisions;
    if (weights.changes.every((item) => !item.up && !item.down)) stable++;
    weights.changes.forEach((item, i) => {
      if (item.up) raised[i]!++;
      if (item.down) lowered[i]!++;
    });

    if (bids.length === 0) continue;
    const lowest = Math.min(...bids.map((bid) => bid.price));
    const highest = Math.max(...bids.map((bid) => bid.price));
    const quality = baseQuality(model, bids);
    formulas.forEach(({ formula, own }, f) => {
      for (const bid of bids)
        points[f]!.push(maxPoints * priceShareFloat(formula, bid.price, lowest, highest));
      if (method.kind !== 'weightedSum') return;
      if (own) {
        sameWinner[f]!++;
        return;
      }
      const variant = { ...method, priceFormula: formula };
      const decision = decideWinner(
        variant,
        bids,
        floatFigures(model, variant, bids, quality, priceWeight),
        (only) => exactFigures(model, variant, bids, baseWeighting(model), only),
      );
      if (decision.exact) exactDecisions++;
      if (decision.winner === flipping.winner) sameWinner[f]!++;
    });
  }

  const share = (count: number, of: number = runs) => (of === 0 ? 0 : round(count / of, 4));
  return {
    runs,
    bidsPerRun: input.bids.count,
    seed: input.seed,
    meanAdmitted: round(admittedTotal / runs, 2),
    runsWithoutWinner: withoutWinner,
    priceFormulas: formulas.map(({ formula, own }, f) => ({
      formula,
      own,
      maxPoints: round(maxPoints, 2),
      points: summarise(points[f]!),
      sameWinnerShare: method.kind === 'weightedSum' ? share(sameWinner[f]!) : null,
    })),
    weightStability: {
      changePercent,
      stableShare: share(stable),
      criteria: model.perturbable.map((node, i) => ({
        criterionId: node.id,
        weightBp: node.weightBp,
        changedWhenRaised: share(raised[i]!),
        changedWhenLowered: share(lowered[i]!),
      })),
    },
    flipping: {
      share: share(flipped),
      byRemovedRank: removals.map((item, k) => ({
        rank: k + 2,
        runs: item.runs,
        share: share(item.flips, item.runs),
      })),
    },
    exactDecisions,
  };
}

/** The scheme's own formula first (weighted sum), then the others that differ from it. */
function formulasToCompare(
  scheme: EvaluationScheme,
  formulas: readonly Formula[],
): { formula: Formula; own: boolean }[] {
  const own = scheme.method.kind === 'weightedSum' ? scheme.method.priceFormula : undefined;
  const key = (formula: Formula) => JSON.stringify(formula);
  const seen = new Set(own ? [key(own)] : []);
  const others = formulas.filter((formula) => {
    if (seen.has(key(formula))) return false;
    seen.add(key(formula));
    return true;
  });
  return [
    ...(own ? [{ formula: own, own: true }] : []),
    ...others.map((formula) => ({ formula, own: false })),
  ];
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}
