import type { BidAnswer, BidContent, EvaluationScheme } from '@tenderwise/schema';

/** A problem of a bid's answers against its scheme version, at a JSON pointer into the content. */
export interface AnswerIssue {
  pointer: string;
  detail: string;
}

/** The kind of answer each kind of criterion takes; price is the price sheet, not an answer. */
function expectedKinds(scheme: EvaluationScheme): Map<string, BidAnswer['kind']> {
  const kinds = new Map<string, BidAnswer['kind']>();
  for (const list of [
    scheme.exclusionGrounds ?? [],
    scheme.restrictedRequirements ?? [],
    scheme.suitability,
    scheme.minimumRequirements,
    scheme.conditions,
  ]) {
    for (const criterion of list) kinds.set(criterion.id, 'declaration');
  }
  for (const node of scheme.award) {
    if (node.kind === 'ordinal') kinds.set(node.id, 'offer');
    else if (node.kind === 'metric') kinds.set(node.id, 'metric');
    else if (node.kind === 'attestation') kinds.set(node.id, 'evidence');
  }
  return kinds;
}

const escape = (id: string) => id.replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * Checks a bid's answers against the scheme version it is submitted under: every answer names a
 * criterion of that version and has the kind of answer the criterion takes. Answers may be
 * missing (an incomplete bid is the authority's to judge in the evaluation, § 57 VgV), never
 * unknown: an answer to a criterion that was not published would be read by nobody.
 */
export function checkAnswers(content: BidContent, scheme: EvaluationScheme): AnswerIssue[] {
  const kinds = expectedKinds(scheme);
  const issues: AnswerIssue[] = [];
  for (const [id, answer] of Object.entries(content.answers)) {
    const expected = kinds.get(id);
    const pointer = `/answers/${escape(id)}`;
    if (expected === undefined) {
      issues.push({ pointer, detail: `The scheme has no criterion "${id}" to answer.` });
    } else if (expected !== answer.kind) {
      issues.push({
        pointer: `${pointer}/kind`,
        detail: `Criterion "${id}" takes an answer of kind "${expected}", not "${answer.kind}".`,
      });
    }
  }
  return issues;
}
