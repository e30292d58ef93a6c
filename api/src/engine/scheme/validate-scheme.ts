import { schemeLegalIssues, type AwardNode, type EvaluationScheme } from '@tenderwise/schema';
import { compare, fromDecimal, ONE } from '../arithmetic/rational.ts';
import { BASIS_POINTS_TOTAL } from '../weights/basis-points.ts';
import { pointer, type EngineIssue } from './issues.ts';

/**
 * Everything about a scheme that its shape alone does not say: unique ids, a proper tree,
 * sibling weights summing to 10,000, complete anchors, lawful subjects, restricted requirements
 * only where the procurement admits them, and a method with what it needs. Returns every issue, not just the first, so a buyer fixes a draft in one pass.
 */
export function validateScheme(scheme: EvaluationScheme): EngineIssue[] {
  const issues: EngineIssue[] = [];
  const issue = (at: string, code: string, message: string) =>
    issues.push({ pointer: at, code, message });

  checkUniqueIds(scheme, issue);
  checkTree(scheme.award, issue);
  scheme.award.forEach((node, index) => checkLeaf(node, pointer('award', index), issue));
  checkMethod(scheme, issue);
  for (const found of schemeLegalIssues(scheme)) {
    issue(pointer(...found.path), found.code, found.message.en);
  }
  return issues;
}

type Report = (at: string, code: string, message: string) => void;

function checkUniqueIds(scheme: EvaluationScheme, issue: Report): void {
  const seen = new Map<string, string>();
  const lists = [
    ['exclusionGrounds', scheme.exclusionGrounds ?? []],
    ['restrictedRequirements', scheme.restrictedRequirements ?? []],
    ['suitability', scheme.suitability],
    ['minimumRequirements', scheme.minimumRequirements],
    ['conditions', scheme.conditions],
    ['award', scheme.award],
  ] as const;
  for (const [list, items] of lists) {
    items.forEach((item, index) => {
      const at = pointer(list, index, 'id');
      const first = seen.get(item.id);
      if (first) issue(at, 'duplicate-id', `The id "${item.id}" is already used at ${first}`);
      else seen.set(item.id, at);
    });
  }
}

function checkTree(nodes: readonly AwardNode[], issue: Report): void {
  const byId = new Map(nodes.map((node, index) => [node.id, { node, index }]));
  const children = new Map<string | null, { node: AwardNode; index: number }[]>();
  nodes.forEach((node, index) => {
    if (node.parentId !== null) {
      const parent = byId.get(node.parentId);
      if (!parent) {
        issue(
          pointer('award', index, 'parentId'),
          'unknown-parent',
          `"${node.id}" names a parent "${node.parentId}" that does not exist`,
        );
        return;
      }
      if (parent.node.kind !== 'group') {
        issue(
          pointer('award', index, 'parentId'),
          'parent-not-group',
          `"${node.id}" names "${node.parentId}" as parent, which is not a group`,
        );
        return;
      }
    }
    const siblings = children.get(node.parentId) ?? [];
    siblings.push({ node, index });
    children.set(node.parentId, siblings);
  });

  // A cycle has no path to the top level: walk up from every node, at most as many steps as nodes.
  nodes.forEach((node, index) => {
    let current: AwardNode | undefined = node;
    for (let steps = 0; current && current.parentId !== null; steps++) {
      if (steps > nodes.length) {
        issue(
          pointer('award', index, 'parentId'),
          'cycle',
          `"${node.id}" is part of a cycle of parent groups`,
        );
        return;
      }
      current = byId.get(current.parentId)?.node;
    }
  });

  nodes.forEach((node, index) => {
    if (node.kind === 'group' && !children.has(node.id)) {
      issue(pointer('award', index), 'empty-group', `The group "${node.id}" has no criteria`);
    }
  });

  for (const [parentId, siblings] of children) {
    const total = siblings.reduce((acc, { node }) => acc + node.weightBp, 0);
    if (total !== BASIS_POINTS_TOTAL) {
      const set = parentId === null ? 'the top level' : `the group "${parentId}"`;
      issue(
        pointer('award', siblings[0]!.index, 'weightBp'),
        'weights-not-summing',
        `The weights of ${set} sum to ${total} basis points instead of ${BASIS_POINTS_TOTAL}`,
      );
    }
  }
}

function checkLeaf(node: AwardNode, at: string, issue: Report): void {
  if (node.kind === 'group' || node.kind === 'price') return;
  if (node.subject === 'company') {
    issue(
      `${at}/subject`,
      'company-as-award-criterion',
      `"${node.id}" is about the company, which makes it a suitability criterion; award criteria must be about the offered service, its price or the staff assigned`,
    );
  }
  if (node.kind === 'ordinal') {
    if (node.anchors.length !== node.scale + 1) {
      issue(
        `${at}/anchors`,
        'missing-anchors',
        `"${node.id}" needs ${node.scale + 1} anchors (levels 0 to ${node.scale}) but has ${node.anchors.length}`,
      );
    }
    if (node.minimumScore !== undefined && node.minimumScore > node.scale) {
      issue(
        `${at}/minimumScore`,
        'minimum-above-scale',
        `The minimum score of "${node.id}" is above its scale of ${node.scale}`,
      );
    }
  }
  if (node.kind === 'metric') {
    const utility = node.utility;
    if (
      utility.kind === 'linear' &&
      compare(fromDecimal(utility.worst), fromDecimal(utility.best)) === 0
    ) {
      issue(
        `${at}/utility`,
        'degenerate-utility',
        `The worst and best values of "${node.id}" are equal`,
      );
    }
    if (utility.kind === 'steps') {
      const froms = utility.steps.map((step) => step.from);
      if (new Set(froms).size !== froms.length) {
        issue(
          `${at}/utility/steps`,
          'duplicate-step',
          `Two steps of "${node.id}" start at the same value`,
        );
      }
    }
  }
  if (node.kind === 'attestation') {
    const keys = node.rules.map((rule) => `${rule.scheme}\u0000${rule.type ?? ''}`);
    if (new Set(keys).size !== keys.length) {
      issue(
        `${at}/rules`,
        'duplicate-rule',
        `"${node.id}" has two rules for the same scheme and type`,
      );
    }
  }
}

function checkMethod(scheme: EvaluationScheme, issue: Report): void {
  const priceLeaves = scheme.award.flatMap((node, index) => (node.kind === 'price' ? [index] : []));
  const method = scheme.method;
  if (method.kind === 'weightedSum') {
    if (priceLeaves.length !== 1) {
      issue(
        '/award',
        'price-leaf-count',
        `A weighted sum needs exactly one price criterion in the tree; it has ${priceLeaves.length}`,
      );
    }
    if (
      method.priceFormula.kind === 'oneSidedLinear' &&
      compare(fromDecimal(method.priceFormula.zeroAtMultiple), ONE) <= 0
    ) {
      issue(
        '/method/priceFormula/zeroAtMultiple',
        'zero-point-too-low',
        'The one-sided formula must reach zero above the lowest price (a multiple above 1)',
      );
    }
  } else {
    for (const index of priceLeaves) {
      issue(
        pointer('award', index),
        'price-in-performance',
        `The UfAB methods set performance against price; "${scheme.award[index]!.id}" must not score price inside the tree`,
      );
    }
  }
  if (method.kind === 'ufabExtended' && typeof method.tieBreak === 'object') {
    const { criterionId } = method.tieBreak;
    const node = scheme.award.find((item) => item.id === criterionId);
    if (!node || node.kind === 'price') {
      issue(
        '/method/tieBreak/criterionId',
        'unknown-deciding-criterion',
        `The corridor is to be decided by "${criterionId}", which is not an award criterion of the scheme`,
      );
    }
  }
}
