import type { AwardNode, EvaluationScheme } from '@tenderwise/schema';

export interface CriterionRow {
  node: AwardNode;
  depth: number;
  /** Its share of the whole, in basis points: the product of its and its groups' shares. */
  overallBp: number;
}

/** The award tree in reading order (each group followed by its members), with overall weights. */
export function criteriaInOrder(scheme: EvaluationScheme): CriterionRow[] {
  const rows: CriterionRow[] = [];
  const visit = (parentId: string | null, depth: number, parentShare: number) => {
    for (const node of scheme.award.filter((n) => n.parentId === parentId)) {
      const overallBp = (parentShare * node.weightBp) / 10_000;
      rows.push({ node, depth, overallBp });
      if (node.kind === 'group') visit(node.id, depth + 1, overallBp);
    }
  };
  visit(null, 0, 10_000);
  return rows;
}

/** The leaves only: what options are scored on, in reading order. */
export function leavesInOrder(scheme: EvaluationScheme): CriterionRow[] {
  return criteriaInOrder(scheme).filter((row) => row.node.kind !== 'group');
}
