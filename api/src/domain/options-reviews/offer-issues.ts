import type { EvaluationScheme, OptionOffer } from '@tenderwise/schema';
import { pointer } from '../../engine/scheme/issues.ts';
import type { FieldIssue } from '../errors.ts';

/**
 * What an option's offer says that does not fit the review's scheme: answers to criteria the
 * scheme does not have, measured values or attestations for criteria of another kind, a price of
 * another basis or term, evidence valid until before it is valid from. Unlike the evaluation's
 * check of bids (engine/evaluation/validate-bids.ts), nothing needs to be complete: an option is
 * filled in step by step. Without a scheme there are no criteria to fill in yet. Pointers are into
 * the request body (`/offer/...`).
 */
export function offerIssues(
  scheme: EvaluationScheme | undefined,
  offer: OptionOffer,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const issue = (path: (string | number)[], detail: string) =>
    issues.push({ in: 'body', pointer: pointer('offer', ...path), detail });

  if (scheme === undefined) {
    const filled =
      Object.keys(offer.answers).length > 0 ||
      Object.keys(offer.assessments).length > 0 ||
      offer.price !== undefined;
    if (filled) {
      issue([], 'Save a scheme first: an offer’s data is entered per criterion of the scheme.');
    }
    return issues;
  }

  const answerable = new Set([
    ...(scheme.exclusionGrounds ?? []).map((criterion) => criterion.id),
    ...(scheme.restrictedRequirements ?? []).map((criterion) => criterion.id),
    ...scheme.suitability.map((criterion) => criterion.id),
    ...scheme.minimumRequirements.map((criterion) => criterion.id),
    ...scheme.conditions.map((criterion) => criterion.id),
    ...scheme.award.filter((node) => node.kind !== 'group').map((node) => node.id),
  ]);
  for (const id of Object.keys(offer.answers)) {
    if (!answerable.has(id)) issue(['answers', id], `The scheme has no criterion "${id}".`);
  }

  const leaves = new Map(scheme.award.map((node) => [node.id, node]));
  for (const [id, assessment] of Object.entries(offer.assessments)) {
    const leaf = leaves.get(id);
    if (leaf === undefined || leaf.kind === 'group' || leaf.kind === 'price') {
      issue(['assessments', id], `The scheme has no measured or attested criterion "${id}".`);
    } else if (leaf.kind !== assessment.kind) {
      issue(['assessments', id, 'kind'], `"${id}" is ${leaf.kind}, not ${assessment.kind}.`);
    } else if (assessment.kind === 'attestation') {
      assessment.evidence.forEach((evidence, index) => {
        if (evidence.validUntil < evidence.validFrom) {
          issue(
            ['assessments', id, 'evidence', index, 'validUntil'],
            'The evidence would expire before it is valid.',
          );
        }
      });
    }
  }

  const price = offer.price;
  if (price !== undefined) {
    if (price.kind !== scheme.price.kind) {
      issue(['price', 'kind'], `The scheme compares ${scheme.price.kind}, not ${price.kind}.`);
    } else if (price.kind === 'lifeCycleCost' && scheme.price.kind === 'lifeCycleCost') {
      const recurring = price.costs.recurringPerYear;
      if (Array.isArray(recurring) && recurring.length !== scheme.price.termYears) {
        issue(
          ['price', 'costs', 'recurringPerYear'],
          `Give one value, or one per year of the term of ${scheme.price.termYears} years.`,
        );
      }
    }
  }
  return issues;
}
