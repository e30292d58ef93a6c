import type { EvaluationScheme } from '@tenderwise/schema';

/** The kind of answer a criterion takes in a bid (`BidAnswer`). */
export type AnswerKind = 'declaration' | 'offer' | 'metric' | 'evidence';

/** A criterion a bid may answer, with its title for templates. */
export interface AnswerableCriterion {
  id: string;
  kind: AnswerKind;
  title: { de: string; en: string };
}

const declarationLists = [
  'exclusionGrounds',
  'restrictedRequirements',
  'suitability',
  'minimumRequirements',
  'conditions',
] as const;

/**
 * The criteria of a scheme version a bid answers, in the scheme's order: exclusion grounds
 * (§§ 123, 124 GWB), restricted requirements, suitability (§ 122 GWB), minimum requirements and
 * contract conditions by declaration; award leaves by the offered quality in words (ordinal), a
 * value (metric) or evidence (attestation). The price is the bid's price sheet, not an answer.
 */
export function answerableCriteria(scheme: EvaluationScheme): AnswerableCriterion[] {
  const criteria: AnswerableCriterion[] = [];
  for (const list of declarationLists) {
    for (const criterion of scheme[list] ?? []) {
      criteria.push({ id: criterion.id, kind: 'declaration', title: criterion.title });
    }
  }
  for (const node of scheme.award) {
    if (node.kind === 'ordinal') criteria.push({ id: node.id, kind: 'offer', title: node.title });
    if (node.kind === 'metric') criteria.push({ id: node.id, kind: 'metric', title: node.title });
    if (node.kind === 'attestation') {
      criteria.push({ id: node.id, kind: 'evidence', title: node.title });
    }
  }
  return criteria;
}
