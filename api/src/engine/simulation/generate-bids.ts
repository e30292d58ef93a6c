/**
 * Simulated bids for the robustness analysis of a DRAFT scheme. Nothing generated here is ever
 * used in, or compared with, the official evaluation of a tender: it only shows a buyer, before
 * publication, how the published formula and weights would behave on plausible bids.
 *
 * The model, stated so a reviewer can check it:
 * - Every simulated bid is admitted on the pass/fail criteria (suitability, minimum requirements,
 *   contract conditions); only a published minimum score of an ordinal leaf can exclude it.
 * - The price of each bid is drawn independently from the stated distribution, `uniform` between
 *   min and max, or `triangular` between min, mode and max, and rounded to whole cents.
 * - Each scored leaf's assessment is drawn independently of the price and of the other leaves:
 *   - ordinal leaves: `levels`, a discrete distribution (relative weights per level 0…scale), or
 *     `uniformLevels`, every whole level from `from` to `to` equally likely; default: every level
 *     of the scale equally likely;
 *   - metric leaves: `uniform` or `triangular` over the measured value, rounded to `decimals`
 *     places (default 2); default for a linear utility: uniform between its worst and best value;
 *   - attestation leaves: `rules`, relative weights per published rule (in the scheme's order) and
 *     a last weight for holding none; the evidence drawn is valid on the submission deadline and
 *     covers the offered service. No default: the buyer must state it.
 * - Independence is a simplification: real bids with better quality often cost more, which
 *   makes the winner more sensitive than independent draws suggest.
 * - The same scheme, settings and seed give the same bids on every machine (seeded PRNG).
 */
import type { EvaluatedBid, EvaluationScheme } from '@tenderwise/schema';
import type { Random } from '../random/prng.ts';
import type { EngineIssue } from '../scheme/issues.ts';
import type { ScoredLeaf } from '../scoring/leaf-share.ts';

export type ValueDistribution =
  | { kind: 'uniform'; min: number; max: number }
  | { kind: 'triangular'; min: number; mode: number; max: number };

export type LeafDistribution =
  | { kind: 'levels'; weights: readonly number[] }
  | { kind: 'uniformLevels'; from: number; to: number }
  | (ValueDistribution & { decimals?: number | undefined })
  | { kind: 'rules'; weights: readonly number[] };

export interface BidGeneratorSettings {
  /** Bids per run, 2 to 50. */
  count: number;
  price: ValueDistribution;
  /** By scored leaf id; leaves left out take their default where they have one. */
  leaves: Readonly<Record<string, LeafDistribution>>;
}

/** A generated bid, compact: its price and one value per scored leaf (`scoredLeaves` order). */
export interface SimulatedBid {
  id: string;
  /** Whole cents, positive. */
  price: number;
  /** Ordinal: the level. Metric: the measured value. Attestation: the rule index, −1 for none. */
  values: number[];
}

export const MAX_SIMULATED_BIDS = 50;

/** The leaves that earn points from an assessment, in the scheme's order. */
export function scoredLeaves(scheme: EvaluationScheme): ScoredLeaf[] {
  return scheme.award.filter(
    (node): node is ScoredLeaf => node.kind !== 'group' && node.kind !== 'price',
  );
}

/** Everything wrong with the settings for this scheme; pointers relative to the settings. */
export function checkGeneratorSettings(
  scheme: EvaluationScheme,
  settings: BidGeneratorSettings,
): EngineIssue[] {
  const issues: EngineIssue[] = [];
  const issue = (pointer: string, code: string, message: string) =>
    issues.push({ pointer, code, message });
  if (
    !Number.isInteger(settings.count) ||
    settings.count < 2 ||
    settings.count > MAX_SIMULATED_BIDS
  )
    issue('/count', 'bid-count', `Between 2 and ${MAX_SIMULATED_BIDS} bids per run`);
  checkRange(settings.price, '/price', issue);
  if (settings.price.min <= 0) issue('/price/min', 'price-not-positive', 'Prices must be above 0');

  const leaves = scoredLeaves(scheme);
  const known = new Set(leaves.map((leaf) => leaf.id));
  for (const id of Object.keys(settings.leaves)) {
    if (!known.has(id))
      issue(`/leaves/${id}`, 'unknown-leaf', `"${id}" is not a scored leaf of the scheme`);
  }
  for (const leaf of leaves) {
    const at = `/leaves/${leaf.id}`;
    const distribution = settings.leaves[leaf.id];
    if (!distribution) {
      if (leaf.kind === 'attestation' || (leaf.kind === 'metric' && leaf.utility.kind !== 'linear'))
        issue(at, 'distribution-required', `"${leaf.id}" needs a stated distribution`);
      continue;
    }
    const fits =
      leaf.kind === 'ordinal'
        ? distribution.kind === 'levels' || distribution.kind === 'uniformLevels'
        : leaf.kind === 'metric'
          ? distribution.kind === 'uniform' || distribution.kind === 'triangular'
          : distribution.kind === 'rules';
    if (!fits) {
      issue(
        at,
        'distribution-kind',
        `"${distribution.kind}" does not fit the ${leaf.kind} leaf "${leaf.id}"`,
      );
      continue;
    }
    if (distribution.kind === 'levels' && leaf.kind === 'ordinal')
      checkWeights(distribution.weights, leaf.scale + 1, `${at}/weights`, issue);
    if (distribution.kind === 'rules' && leaf.kind === 'attestation')
      checkWeights(distribution.weights, leaf.rules.length + 1, `${at}/weights`, issue);
    if (distribution.kind === 'uniformLevels' && leaf.kind === 'ordinal') {
      const { from, to } = distribution;
      if (!(
        Number.isInteger(from) &&
        Number.isInteger(to) &&
        0 <= from &&
        from <= to &&
        to <= leaf.scale
      ))
        issue(at, 'level-range', `Levels must satisfy 0 ≤ from ≤ to ≤ ${leaf.scale}`);
    }
    if (distribution.kind === 'uniform' || distribution.kind === 'triangular') {
      checkRange(distribution, at, issue);
      const decimals = distribution.decimals ?? 2;
      if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6)
        issue(`${at}/decimals`, 'decimals', 'Between 0 and 6 decimals');
    }
  }
  return issues;
}

function checkRange(
  range: ValueDistribution,
  at: string,
  issue: (pointer: string, code: string, message: string) => void,
): void {
  const values =
    range.kind === 'uniform' ? [range.min, range.max] : [range.min, range.mode, range.max];
  if (!values.every(Number.isFinite) || values.some((value, i) => i > 0 && value < values[i - 1]!))
    issue(at, 'range-order', `Needs min ≤ ${range.kind === 'triangular' ? 'mode ≤ ' : ''}max`);
  else if (Math.abs(range.max) > 1e12 || Math.abs(range.min) > 1e12)
    issue(at, 'range-size', 'Values up to 10^12');
}

function checkWeights(
  weights: readonly number[],
  length: number,
  at: string,
  issue: (pointer: string, code: string, message: string) => void,
): void {
  if (weights.length !== length) issue(at, 'weights-length', `Needs ${length} weights`);
  else if (!weights.every((w) => Number.isFinite(w) && w >= 0) || !weights.some((w) => w > 0))
    issue(at, 'weights-values', 'Weights must be 0 or above, at least one above 0');
}

/**
 * A generator of `settings.count` bids per call, drawing from `random`. Expects settings that
 * `checkGeneratorSettings` accepted; ids are `sim-1` … `sim-N`.
 */
export function bidGenerator(
  scheme: EvaluationScheme,
  settings: BidGeneratorSettings,
): (random: Random) => SimulatedBid[] {
  const draws = scoredLeaves(scheme).map((leaf) => leafDraw(leaf, settings.leaves[leaf.id]));
  return (random) =>
    Array.from({ length: settings.count }, (_, i) => ({
      id: `sim-${i + 1}`,
      // Cents, and never zero even if rounding would get there: the price must stay positive.
      price: Math.max(0.01, round(sample(settings.price, random), 2)),
      values: draws.map((draw) => draw(random)),
    }));
}

function leafDraw(
  leaf: ScoredLeaf,
  distribution: LeafDistribution | undefined,
): (random: Random) => number {
  if (leaf.kind === 'ordinal') {
    if (distribution?.kind === 'levels') return discrete(distribution.weights);
    const from = distribution?.kind === 'uniformLevels' ? distribution.from : 0;
    const to = distribution?.kind === 'uniformLevels' ? distribution.to : leaf.scale;
    return (random) => from + random.int(to - from + 1);
  }
  if (leaf.kind === 'attestation') {
    if (distribution?.kind !== 'rules') throw new RangeError(`"${leaf.id}" needs a distribution`);
    const draw = discrete(distribution.weights);
    // The last weight is "holds none of the rules".
    return (random) => {
      const index = draw(random);
      return index === leaf.rules.length ? -1 : index;
    };
  }
  if (distribution?.kind === 'uniform' || distribution?.kind === 'triangular') {
    const decimals = distribution.decimals ?? 2;
    return (random) => round(sample(distribution, random), decimals);
  }
  if (leaf.utility.kind !== 'linear') throw new RangeError(`"${leaf.id}" needs a distribution`);
  const { worst, best } = leaf.utility;
  const range = {
    kind: 'uniform',
    min: Math.min(worst, best),
    max: Math.max(worst, best),
  } as const;
  return (random) => round(sample(range, random), 2);
}

/** One draw from a uniform or triangular distribution (inverse of its distribution function). */
export function sample(distribution: ValueDistribution, random: Random): number {
  const u = random.next();
  const { min, max } = distribution;
  if (distribution.kind === 'uniform' || max === min) return min + u * (max - min);
  // Triangular distribution, inverse CDF (e.g. Kotz & van Dorp 2004, ch. 1).
  const { mode } = distribution;
  const cut = (mode - min) / (max - min);
  return u < cut
    ? min + Math.sqrt(u * (max - min) * (mode - min))
    : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
}

function discrete(weights: readonly number[]): (random: Random) => number {
  const total = weights.reduce((acc, w) => acc + w, 0);
  return (random) => {
    let target = random.next() * total;
    for (let i = 0; i < weights.length; i++) {
      target -= weights[i]!;
      if (target < 0) return i;
    }
    // Only reached through rounding at the top end: the last level with any weight.
    return weights.findLastIndex((w) => w > 0);
  };
}

/** Rounds to `decimals` places and returns the double nearest that decimal. */
function round(value: number, decimals: number): number {
  return Number(value.toFixed(decimals));
}

/**
 * The simulated bid as the evaluation reads it: every pass/fail criterion met, and the drawn
 * assessment of every scored leaf. Lets a test (or a curious buyer) run `evaluate()` on it.
 */
export function toEvaluatedBid(scheme: EvaluationScheme, bid: SimulatedBid): EvaluatedBid {
  const leaves = scoredLeaves(scheme);
  const met = (items: readonly { id: string }[]) =>
    Object.fromEntries(items.map((item) => [item.id, { met: true, byEquivalent: false }]));
  return {
    id: bid.id,
    suitability: met(scheme.suitability),
    minimumRequirements: met(scheme.minimumRequirements),
    conditionsAccepted: Object.fromEntries(scheme.conditions.map((item) => [item.id, true])),
    assessments: Object.fromEntries(
      leaves.map((leaf, i) => {
        const assessment = assessmentOf(scheme, leaf, bid.values[i]!);
        // The evaluation asks a justification of every ordinal score (BGH X ZB 3/17).
        return [
          leaf.id,
          assessment.kind === 'ordinal'
            ? { ...assessment, justification: simulatedJustification }
            : assessment,
        ];
      }),
    ),
    price: { kind: 'totalPrice', amount: bid.price },
  };
}

const simulatedJustification = {
  de: 'Simulierte Bewertung, nicht von einem Gremium begründet',
  en: 'Simulated score, not justified by a panel',
};

/** The assessment a drawn value stands for. */
export function assessmentOf(
  scheme: EvaluationScheme,
  leaf: ScoredLeaf,
  value: number,
): EvaluatedBid['assessments'][string] {
  if (leaf.kind === 'ordinal') return { kind: 'ordinal', score: value, individual: [] };
  if (leaf.kind === 'metric') return { kind: 'metric', value };
  const rule = value < 0 ? undefined : leaf.rules[value];
  return {
    kind: 'attestation',
    evidence: rule
      ? [
          {
            scheme: rule.scheme,
            ...(rule.type === undefined ? {} : { type: rule.type }),
            coversOfferedService: true,
            validFrom: scheme.submissionDeadline,
            validUntil: scheme.submissionDeadline,
          },
        ]
      : [],
  };
}
