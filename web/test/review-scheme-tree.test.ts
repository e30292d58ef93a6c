import { describe, expect, it } from 'vitest';
import {
  awardTree,
  hasSiblingSet,
  siblingSet,
  withWeights,
  type AwardNode,
  type AwardTreeNode,
  type EvaluationScheme,
} from '../src/lib/options-reviews/scheme-tree.ts';

const title = (text: string) => ({ de: text, en: text });

function group(id: string, parentId: string | null, weightBp: number): AwardNode {
  return { kind: 'group', id, parentId, title: title(id), weightBp };
}

function ordinal(id: string, parentId: string | null, weightBp: number): AwardNode {
  return {
    kind: 'ordinal',
    id,
    parentId,
    title: title(id),
    weightBp,
    subject: 'service',
    scale: 5,
    anchors: [],
  };
}

/** The tree as ids with their overall shares, indented by depth. */
function outline(entries: AwardTreeNode[], depth = 0): string[] {
  return entries.flatMap((entry) => [
    `${'  '.repeat(depth)}${entry.node.id}${entry.overallBp === null ? '' : ` ${entry.overallBp}`}`,
    ...outline(entry.children, depth + 1),
  ]);
}

const nodes: AwardNode[] = [
  group('quality', null, 6000),
  ordinal('concept', 'quality', 5000),
  group('sovereignty', null, 4000),
  ordinal('exit', 'sovereignty', 3333),
  ordinal('support', 'quality', 5000),
  ordinal('keys', 'sovereignty', 3334),
  ordinal('standards', 'sovereignty', 3333),
];

describe('awardTree', () => {
  it('nests the flat list in the scheme’s order, with each criterion’s share of the whole', () => {
    expect(outline(awardTree(nodes))).toEqual([
      'quality',
      '  concept 3000',
      '  support 3000',
      'sovereignty',
      // 4000 × 3333 = 1333.2, 4000 × 3334 = 1333.6: the basis point left over goes to `keys`.
      '  exit 1333',
      '  keys 1334',
      '  standards 1333',
    ]);
    const shares = awardTree(nodes)
      .flatMap((entry) => entry.children)
      .map((entry) => entry.overallBp ?? 0);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(10_000);
  });

  it('remembers each node’s position in the stored list', () => {
    const [, sovereignty] = awardTree(nodes);
    expect(sovereignty?.children.map((entry) => entry.index)).toEqual([3, 5, 6]);
  });

  it('shows a node with an unknown parent, or in a cycle, at the top level instead of losing it', () => {
    const broken = [
      ordinal('orphan', 'missing', 10_000),
      group('a', 'b', 0),
      group('b', 'a', 0),
      ordinal('price', 'concept', 0),
      ordinal('concept', null, 0),
    ];
    const ids = outline(awardTree(broken)).map((line) => line.trim().split(' ')[0]);
    expect(ids.sort()).toEqual(['a', 'b', 'concept', 'orphan', 'price']);
  });
});

describe('sibling sets', () => {
  it('lists a set’s nodes with their positions, and knows which sets exist', () => {
    expect(siblingSet(nodes, 'sovereignty').map(({ node, index }) => [node.id, index])).toEqual([
      ['exit', 3],
      ['keys', 5],
      ['standards', 6],
    ]);
    expect(siblingSet(nodes, null).map(({ node }) => node.id)).toEqual(['quality', 'sovereignty']);
    expect(hasSiblingSet(nodes, null)).toBe(true);
    expect(hasSiblingSet(nodes, 'quality')).toBe(true);
    expect(hasSiblingSet(nodes, 'concept')).toBe(false);
    expect(hasSiblingSet(nodes, 'nowhere')).toBe(false);
  });

  it('changes the weights named and nothing else', () => {
    const scheme = { award: nodes, title: title('Scheme') } as unknown as EvaluationScheme;
    const changed = withWeights(
      scheme,
      new Map([
        ['concept', 7000],
        ['support', 3000],
      ]),
    );
    expect(changed.award.map((node) => node.weightBp)).toEqual([
      6000, 7000, 4000, 3333, 3000, 3334, 3333,
    ]);
    expect(changed.title).toBe(scheme.title);
    expect(scheme.award[1]?.weightBp).toBe(5000);
  });
});
