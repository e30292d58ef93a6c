import { EvaluatedBid, type EvaluationScheme } from '@tenderwise/schema';
import type { z } from 'zod';

type Leaf = Exclude<EvaluationScheme['award'][number], { kind: 'group' | 'price' }>;
type Quality = 'strong' | 'middling';

/** A metric value that earns much (strong) or about half (middling) of the leaf's points. */
function metricValue(leaf: Extract<Leaf, { kind: 'metric' }>, quality: Quality): number {
  const utility = leaf.utility;
  if (utility.kind === 'linear') {
    return quality === 'strong' ? utility.best : (utility.worst + utility.best) / 2;
  }
  if (utility.kind === 'threshold') return utility.threshold;
  const steps = [...utility.steps].sort((a, b) => a.share - b.share);
  return (quality === 'strong' ? steps.at(-1)! : steps[Math.floor(steps.length / 2)]!).from;
}

/**
 * A made-up bid for any scheme: every check answered, every leaf assessed, a price of the
 * scheme's kind. `failing` names a pass/fail criterion the bid does not meet: a minimum
 * requirement, or an exclusion ground that applies to it.
 */
export function madeUpBid(
  scheme: EvaluationScheme,
  id: string,
  quality: Quality,
  amount: number,
  failing?: string,
): EvaluatedBid {
  const met = (criteria: readonly { id: string }[]) =>
    Object.fromEntries(criteria.map((item) => [item.id, { met: item.id !== failing }]));
  const assessments: Record<string, unknown> = {};
  for (const node of scheme.award) {
    if (node.kind === 'ordinal') {
      const score =
        quality === 'strong'
          ? node.scale - 1
          : Math.max(node.minimumScore ?? 0, Math.ceil(node.scale / 2));
      assessments[node.id] = {
        kind: 'ordinal',
        score,
        justification: {
          de: `Erfüllt den Anker der Stufe ${score}`,
          en: `Meets the anchor of level ${score}`,
        },
      };
    } else if (node.kind === 'metric') {
      assessments[node.id] = { kind: 'metric', value: metricValue(node, quality) };
    } else if (node.kind === 'attestation') {
      const rule = quality === 'strong' ? node.rules[0]! : node.rules.at(-1)!;
      assessments[node.id] = {
        kind: 'attestation',
        evidence: [
          {
            scheme: rule.scheme,
            ...(rule.type !== undefined && { type: rule.type }),
            coversOfferedService: true,
            validFrom: '2026-01-01',
            validUntil: '2029-12-31',
          },
        ],
      };
    }
  }
  const price: z.input<typeof EvaluatedBid>['price'] =
    scheme.price.kind === 'totalPrice'
      ? { kind: 'totalPrice', amount }
      : {
          kind: 'lifeCycleCost',
          costs: {
            oneOff: amount * 0.1,
            migrationIn: amount * 0.05,
            recurringPerYear: amount * 0.15,
            egressPerYear: amount * 0.01,
            exit: amount * 0.02,
          },
        };
  return EvaluatedBid.parse({
    id,
    exclusionGrounds: met(scheme.exclusionGrounds ?? []),
    restrictedRequirements: met(scheme.restrictedRequirements ?? []),
    suitability: met(scheme.suitability),
    minimumRequirements: met(scheme.minimumRequirements),
    conditionsAccepted: Object.fromEntries(scheme.conditions.map((item) => [item.id, true])),
    assessments,
    price,
  });
}
