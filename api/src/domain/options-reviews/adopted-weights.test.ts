import { EvaluationScheme } from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import { schemeWithAdoptedWeights, siblingSetsOf, weightsIssues } from './adopted-weights.ts';
import { groupWeights, weighEntries } from './weight-sets.ts';

const title = (name: string) => ({ de: name, en: name });

/** Three criteria at the top level, two of them in a group, and a lone child. */
const scheme = EvaluationScheme.parse({
  schemaVersion: 1,
  id: 'review',
  title: title('Vergleich'),
  currency: 'EUR',
  submissionDeadline: '2027-01-15',
  method: { kind: 'weightedSum', priceFormula: { kind: 'lowestPriceRatio' } },
  price: { kind: 'totalPrice' },
  award: [
    { kind: 'group', id: 'quality', parentId: null, title: title('Q'), weightBp: 5000 },
    { kind: 'group', id: 'exit', parentId: null, title: title('E'), weightBp: 2000 },
    { kind: 'price', id: 'price', parentId: null, title: title('P'), weightBp: 3000 },
    ...['security', 'operations'].map((id) => ({
      kind: 'attestation',
      id,
      parentId: 'quality',
      title: title(id),
      weightBp: 5000,
      subject: 'service',
      rules: [{ scheme: 'bsi-c5', points: 100 }],
    })),
    {
      kind: 'attestation',
      id: 'formats',
      parentId: 'exit',
      title: title('F'),
      weightBp: 10000,
      subject: 'service',
      rules: [{ scheme: 'odf', points: 100 }],
    },
  ],
});

const adopted = {
  quality: 6000,
  exit: 1000,
  price: 3000,
  security: 7000,
  operations: 3000,
  formats: 10000,
};

describe('schemeWithAdoptedWeights', () => {
  it('replaces every node’s weight and keeps everything else', () => {
    const result = schemeWithAdoptedWeights(scheme, adopted);
    expect(result.award.map((node) => [node.id, node.weightBp])).toEqual(
      Object.entries({
        quality: 6000,
        exit: 1000,
        price: 3000,
        security: 7000,
        operations: 3000,
        formats: 10000,
      }),
    );
    expect({ ...result, award: [] }).toEqual({ ...scheme, award: [] });
    expect(scheme.award[0]!.weightBp).toBe(5000);
  });

  it('refuses weights that leave a node out or do not sum to 10,000 per sibling set', () => {
    const { formats: _left, ...partial } = adopted;
    expect(() => schemeWithAdoptedWeights(scheme, partial)).toThrow(/"formats" needs a weight/);
    expect(() => schemeWithAdoptedWeights(scheme, { ...adopted, exit: 2000 })).toThrow(
      /sum to 11000/,
    );
    expect(weightsIssues(scheme, { ...adopted, other: 1 }, '/weightsBp')).toEqual([
      { in: 'body', pointer: '/weightsBp/other', detail: 'The scheme has no award node "other".' },
    ]);
  });

  it('finds the sibling sets in the order of the tree', () => {
    expect(siblingSetsOf(scheme).map((set) => [set.parentId, set.nodeIds])).toEqual([
      [null, ['quality', 'exit', 'price']],
      ['quality', ['security', 'operations']],
      ['exit', ['formats']],
    ]);
  });
});

describe('weighing members’ sets', () => {
  const top = ['quality', 'exit', 'price'].map((id) => ({ id }));
  const pair = {
    parentId: 'quality',
    method: 'directPoints' as const,
    items: [
      { id: 'security', points: 1 },
      { id: 'operations', points: 1 },
    ],
  };

  it('names the judgements to reconsider when a member’s comparisons are inconsistent', () => {
    // Quality over exit, exit over price, and yet price over quality: a circle.
    const weighed = weighEntries(scheme, [
      {
        parentId: null,
        method: 'ahp',
        items: top,
        judgements: [
          [1, 5, 1 / 5],
          [1 / 5, 1, 5],
          [5, 1 / 5, 1],
        ],
      },
      pair,
    ]);
    const consistency = weighed.sets[0]!.consistency!;
    expect(consistency.acceptable).toBe(false);
    expect(consistency.consistencyRatio).toBeGreaterThan(0.1);
    expect(consistency.inconsistentPairs.length).toBeGreaterThan(0);
    expect(weighed.weightsBp.formats).toBe(10000);
  });

  it('combines judgements given in different item orders cell by cell', () => {
    const first = weighEntries(scheme, [
      {
        parentId: null,
        method: 'ahp',
        items: top,
        judgements: [
          [1, 2, 4],
          [1 / 2, 1, 2],
          [1 / 4, 1 / 2, 1],
        ],
      },
      pair,
    ]);
    const reversed = weighEntries(scheme, [
      {
        parentId: null,
        method: 'ahp',
        items: [...top].reverse(),
        judgements: [
          [1, 1 / 2, 1 / 4],
          [2, 1, 1 / 2],
          [4, 2, 1],
        ],
      },
      pair,
    ]);
    const group = groupWeights(scheme, [first, reversed]).geometricMean;
    // 4 : 2 : 1 consistently: 4/7, 2/7, 1/7.
    expect(group.sets[0]).toMatchObject({
      members: 2,
      weightsBp: { quality: 5714, exit: 2857, price: 1429 },
    });
    // Nobody compared security and operations pairwise.
    expect(group.sets[1]).toMatchObject({ members: 0, weightsBp: null });
    expect(group.weightsBp).toBeNull();
  });
});
