import type { AwardNode, EvaluationScheme } from '@tenderwise/schema';
import { removeAwardNodes } from './award-tree-edits.ts';

/**
 * Takes award criteria about the company out of the award tree: award criteria must concern the
 * offered service, its price or cost, or the staff assigned to it (Art. 67 (2) Directive
 * 2014/24/EU, § 127 (3) GWB). What a company is can at most be a pass-or-fail suitability
 * criterion (§ 122 GWB), so each one moves there.
 */
export function withoutCompanyCriteria(scheme: EvaluationScheme): {
  scheme: EvaluationScheme;
  moved: AwardNode[];
} {
  const moved = scheme.award.filter(
    (node) => node.kind !== 'group' && node.kind !== 'price' && node.subject === 'company',
  );
  if (moved.length === 0) return { scheme, moved };
  return {
    scheme: {
      ...scheme,
      award: removeAwardNodes(
        scheme.award,
        moved.map((node) => node.id),
      ),
      suitability: [
        ...scheme.suitability,
        ...moved.map((node) => ({
          id: node.id,
          legalType: 'suitability' as const,
          title: node.title,
        })),
      ],
    },
    moved,
  };
}
