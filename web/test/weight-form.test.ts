import { describe, expect, it } from 'vitest';
import {
  choiceOf,
  pairField,
  readWeightSet,
  valueField,
  weightSetValues,
} from '../src/lib/options-reviews/weight-form.ts';

const sets = [
  {
    parentId: null,
    nodeIds: ['quality', 'exit', 'price'],
    schemeWeightsBp: { quality: 5000, exit: 2000, price: 3000 },
  },
];

describe('the weight set form', () => {
  it('reads pairwise choices into a reciprocal matrix in the order of the nodes', () => {
    const reading = readWeightSet(
      {
        'method:0': 'ahp',
        [pairField(0, 0, 1)]: '3',
        [pairField(0, 0, 2)]: '1/2',
        [pairField(0, 1, 2)]: '1',
      },
      sets,
    );
    expect(reading).toEqual({
      ok: true,
      sets: [
        {
          parentId: null,
          method: 'ahp',
          items: [{ id: 'quality' }, { id: 'exit' }, { id: 'price' }],
          judgements: [
            [1, 3, 0.5],
            [1 / 3, 1, 1],
            [2, 1, 1],
          ],
        },
      ],
    });
  });

  it('refuses a pair left out and a rank that is no whole number, next to their fields', () => {
    expect(readWeightSet({ 'method:0': 'ahp' }, sets)).toMatchObject({
      ok: false,
      errors: { [pairField(0, 0, 1)]: ['review_weight_pair_required'] },
    });
    const ranks = readWeightSet(
      {
        'method:0': 'rankOrderCentroid',
        [valueField(0, 'rankOrderCentroid', 'quality')]: '1',
        [valueField(0, 'rankOrderCentroid', 'exit')]: '1.5',
        [valueField(0, 'rankOrderCentroid', 'price')]: '2',
      },
      sets,
    );
    expect(ranks).toEqual({
      ok: false,
      errors: { [valueField(0, 'rankOrderCentroid', 'exit')]: ['review_weight_rank_invalid'] },
    });
  });

  it('starts from the scheme’s weights as points, and shows a saved set as it was entered', () => {
    expect(weightSetValues(sets, undefined)).toMatchObject({
      'method:0': 'directPoints',
      [valueField(0, 'directPoints', 'quality')]: '50',
    });
    const saved = weightSetValues(sets, [
      {
        parentId: null,
        method: 'ahp',
        items: [{ id: 'price' }, { id: 'quality' }, { id: 'exit' }],
        judgements: [
          [1, 1 / 4, 2],
          [4, 1, 7],
          [1 / 2, 1 / 7, 1],
        ],
      },
    ]);
    expect(saved).toMatchObject({
      'method:0': 'ahp',
      [pairField(0, 0, 1)]: '7',
      [pairField(0, 0, 2)]: '4',
      [pairField(0, 1, 2)]: '1/2',
    });
    expect(choiceOf(0.33)).toBe('1/3');
  });
});
