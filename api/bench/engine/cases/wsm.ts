import type { ScoreMatrix } from '../../../src/engine/numeric/score-matrix.ts';
import { rankInto, scoreInto } from '../../../src/engine/numeric/weighted-sum.ts';
import { seededRandom } from '../../../src/engine/random/prng.ts';
import type { BenchCase } from '../case.ts';

/**
 * A seeded synthetic score matrix: `groups` top-level groups sharing the leaves evenly (flat when
 * 0), random shares and random weights. Shared by the wsm, smaa and stability cases.
 */
export function syntheticMatrix(bids: number, leaves: number, groups = 0): ScoreMatrix {
  const random = seededRandom(bids * 1_000 + leaves);
  const shares = new Float64Array(bids * leaves);
  for (let i = 0; i < shares.length; i++) shares[i] = Math.round(random.next() * 10) / 10;
  const nodes: ScoreMatrix['nodes'] = [];
  const split = (count: number) => {
    const raw = Array.from({ length: count }, () => 1 + random.next());
    const total = raw.reduce((a, b) => a + b, 0);
    return raw.map((value) => value / total);
  };
  if (groups === 0) {
    split(leaves).forEach((share, column) =>
      nodes.push({ id: `c${column}`, parent: -1, share, column }),
    );
  } else {
    const perGroup = leaves / groups;
    split(groups).forEach((share, group) => {
      const parent = nodes.length;
      nodes.push({ id: `g${group}`, parent: -1, share, column: -1 });
      split(perGroup).forEach((leafShare, i) => {
        const column = group * perGroup + i;
        nodes.push({ id: `c${column}`, parent, share: leafShare, column });
      });
    });
  }
  const weights = new Float64Array(leaves);
  for (const node of nodes) {
    if (node.column === -1) continue;
    weights[node.column] = node.share * (node.parent === -1 ? 1 : nodes[node.parent]!.share);
  }
  return {
    method: 'weightedSum',
    bidIds: Array.from({ length: bids }, (_, i) => `bid-${i}`),
    criterionIds: Array.from({ length: leaves }, (_, i) => `c${i}`),
    shares,
    weights,
    rowFactor: new Float64Array(bids).fill(100),
    priceColumn: -1,
    price: new Float64Array(bids).fill(1),
    corridor: null,
    nodes,
  };
}

export const cases: BenchCase[] = [
  {
    name: 'wsm-1000x200',
    targetMs: 10,
    setup: () => {
      const matrix = syntheticMatrix(1_000, 200);
      return { matrix, scores: new Float64Array(1_000), order: new Int32Array(1_000) };
    },
    run: (input) => {
      const { matrix, scores, order } = input as {
        matrix: ScoreMatrix;
        scores: Float64Array;
        order: Int32Array;
      };
      return rankInto(scoreInto(matrix, matrix.weights, scores), order);
    },
  },
];
