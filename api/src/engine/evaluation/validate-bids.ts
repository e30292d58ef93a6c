import type { EvaluatedBid, EvaluationScheme } from '@tenderwise/schema';
import { pointer, type EngineIssue } from '../scheme/issues.ts';

/**
 * Every bid must answer every check and carry an assessment of every scored leaf, of the leaf's
 * kind and within its scale: a missing answer is a gap in the record, not a silent zero.
 */
export function validateBids(
  scheme: EvaluationScheme,
  bids: readonly EvaluatedBid[],
): EngineIssue[] {
  const issues: EngineIssue[] = [];
  const seen = new Set<string>();
  const leaves = scheme.award.filter((node) => node.kind !== 'group' && node.kind !== 'price');
  const scored = new Set(leaves.map((leaf) => leaf.id));
  const checked = {
    exclusionGrounds: new Set((scheme.exclusionGrounds ?? []).map((criterion) => criterion.id)),
    restrictedRequirements: new Set(
      (scheme.restrictedRequirements ?? []).map((criterion) => criterion.id),
    ),
    suitability: new Set(scheme.suitability.map((criterion) => criterion.id)),
    minimumRequirements: new Set(scheme.minimumRequirements.map((criterion) => criterion.id)),
    conditionsAccepted: new Set(scheme.conditions.map((criterion) => criterion.id)),
  };
  bids.forEach((bid, index) => {
    const at = (...path: (string | number)[]) => pointer('bids', index, ...path);
    if (seen.has(bid.id))
      issues.push({
        pointer: at('id'),
        code: 'duplicate-id',
        message: `The bid id "${bid.id}" is used twice`,
      });
    seen.add(bid.id);

    const answered = [
      ['exclusionGrounds', scheme.exclusionGrounds ?? [], bid.exclusionGrounds ?? {}],
      [
        'restrictedRequirements',
        scheme.restrictedRequirements ?? [],
        bid.restrictedRequirements ?? {},
      ],
      ['suitability', scheme.suitability, bid.suitability],
      ['minimumRequirements', scheme.minimumRequirements, bid.minimumRequirements],
      ['conditionsAccepted', scheme.conditions, bid.conditionsAccepted],
    ] as const;
    for (const [list, criteria, answers] of answered) {
      for (const criterion of criteria) {
        if (!(criterion.id in answers)) {
          issues.push({
            pointer: at(list),
            code: 'missing-check',
            message: `Bid "${bid.id}" has no outcome for "${criterion.id}"`,
          });
        }
      }
      for (const id of Object.keys(answers)) {
        if (!checked[list].has(id))
          issues.push({
            pointer: at(list, id),
            code: 'unknown-criterion',
            message: `Bid "${bid.id}" answers "${id}", which the scheme does not have`,
          });
      }
    }

    for (const leaf of leaves) {
      const assessment = bid.assessments[leaf.id];
      if (!assessment) {
        issues.push({
          pointer: at('assessments'),
          code: 'missing-assessment',
          message: `Bid "${bid.id}" has no assessment of "${leaf.id}"`,
        });
      } else if (assessment.kind !== leaf.kind) {
        issues.push({
          pointer: at('assessments', leaf.id, 'kind'),
          code: 'wrong-assessment-kind',
          message: `"${leaf.id}" is assessed as ${leaf.kind}, not ${assessment.kind}`,
        });
      } else if (leaf.kind === 'ordinal' && assessment.kind === 'ordinal') {
        if (highestScore(assessment) > leaf.scale) {
          issues.push({
            pointer: at('assessments', leaf.id),
            code: 'score-above-scale',
            message: `A score of "${leaf.id}" for bid "${bid.id}" is above the scale of ${leaf.scale}`,
          });
        }
      }
    }
    for (const id of Object.keys(bid.assessments)) {
      if (!scored.has(id))
        issues.push({
          pointer: at('assessments', id),
          code: 'unknown-criterion',
          message: `Bid "${bid.id}" assesses "${id}", which is not a scored criterion of the scheme`,
        });
    }

    if (bid.price.kind !== scheme.price.kind) {
      issues.push({
        pointer: at('price', 'kind'),
        code: 'wrong-price-kind',
        message: `The scheme evaluates ${scheme.price.kind}, but bid "${bid.id}" gives ${bid.price.kind}`,
      });
    } else if (bid.price.kind === 'lifeCycleCost' && scheme.price.kind === 'lifeCycleCost') {
      const recurring = bid.price.costs.recurringPerYear;
      if (Array.isArray(recurring) && recurring.length !== scheme.price.termYears) {
        issues.push({
          pointer: at('price', 'costs', 'recurringPerYear'),
          code: 'wrong-term',
          message: `Bid "${bid.id}" gives ${recurring.length} yearly costs for a term of ${scheme.price.termYears} years`,
        });
      }
    }
  });
  return issues;
}

/** The highest of a consensus score and the individual scores behind it. */
function highestScore(assessment: {
  score: number;
  individual: readonly { score: number }[];
}): number {
  let highest = assessment.score;
  for (const item of assessment.individual) highest = Math.max(highest, item.score);
  return highest;
}

/**
 * The record an award decision needs beyond the shape of the bids: a justification of every
 * ordinal score, saying which qualities of the offer earned it (BGH, 4 April 2017, X ZB 3/17:
 * the documentation must show why a score was given, whether or not individual scores exist).
 * Only the evaluation asks for it; what-if analyses of bids not yet scored do not.
 */
export function validateJustifications(
  scheme: EvaluationScheme,
  bids: readonly EvaluatedBid[],
): EngineIssue[] {
  const ordinal = scheme.award.filter((node) => node.kind === 'ordinal');
  const issues: EngineIssue[] = [];
  bids.forEach((bid, index) => {
    for (const leaf of ordinal) {
      const assessment = bid.assessments[leaf.id];
      if (assessment?.kind === 'ordinal' && !assessment.justification) {
        issues.push({
          pointer: pointer('bids', index, 'assessments', leaf.id, 'justification'),
          code: 'missing-justification',
          message: `The score of "${leaf.id}" for bid "${bid.id}" has no justification; every ordinal score needs one (BGH X ZB 3/17)`,
        });
      }
    }
  });
  return issues;
}
