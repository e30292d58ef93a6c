import { describe, expect, it } from 'vitest';
import { checkJudgements, toPairwiseMatrix } from './pairwise-matrix.ts';

const ids = ['sovereignty', 'security', 'price'];

describe('checkJudgements', () => {
  it('accepts reciprocals typed as rounded decimals', () => {
    expect(
      checkJudgements(
        [
          [1, 7, 9],
          [0.14, 1, 3],
          [0.11, 0.33, 1],
        ],
        ids,
      ),
    ).toEqual([]);
  });

  it('names a cell that is not positive, off the scale or off the diagonal', () => {
    const issues = checkJudgements(
      [
        [1, 10, -1],
        [0.1, 1.5, 0.05],
        [1, 20, 1],
      ],
      ids,
    );
    expect(issues.map(({ pointer, code }) => [pointer, code])).toEqual([
      ['/0/1', 'judgement-off-scale'],
      ['/0/2', 'judgement-not-positive'],
      // 0.1 is 10% below 1/9: more than a rounded reciprocal.
      ['/1/0', 'judgement-off-scale'],
      ['/1/1', 'diagonal-not-one'],
      ['/1/2', 'judgement-off-scale'],
      ['/2/1', 'judgement-off-scale'],
    ]);
    expect(issues[3]!.message).toBe('"security" compared with itself must be 1, not 1.5');
  });

  it('names the lower cell of a pair that is not reciprocal, and both judgements', () => {
    const issues = checkJudgements(
      [
        [1, 3, 1],
        [0.5, 1, 1],
        [1, 1, 1],
      ],
      ids,
    );
    expect(issues).toEqual([
      {
        pointer: '/1/0',
        code: 'not-reciprocal',
        message:
          'The judgement of "security" against "sovereignty" is 0.5, but must be the reciprocal of 3 ("sovereignty" against "security")',
      },
    ]);
  });

  it('names a row of the wrong length and a matrix of the wrong size', () => {
    expect(
      checkJudgements(
        [
          [1, 2, 3],
          [0.5, 1],
          [1 / 3, 1, 1],
        ],
        ids,
      ),
    ).toEqual([expect.objectContaining({ pointer: '/1', code: 'row-length' })]);
    expect(checkJudgements([[1]], ids)).toEqual([
      expect.objectContaining({ pointer: '', code: 'matrix-size' }),
    ]);
    expect(checkJudgements([[1]], ['a'])[0]!.message).toBe('AHP compares 2 to 15 items, not 1');
  });
});

describe('toPairwiseMatrix', () => {
  it('keeps exact reciprocals and reconciles rounded ones by their geometric mean', () => {
    const matrix = toPairwiseMatrix([
      [1, 3, 0.5],
      [1 / 3, 1, 0.25],
      [2, 4.1, 1],
    ]);
    expect(matrix.size).toBe(3);
    expect([matrix.values[0], matrix.values[1]]).toEqual([1, 3]);
    expect(matrix.values[1 * 3 + 0]).toBe(1 / 3);
    // 0.25 against 4.1: √(4.1 / 0.25)⁻¹ for b over c.
    expect(matrix.values[1 * 3 + 2]).toBeCloseTo(1 / Math.sqrt(16.4), 15);
    expect(matrix.values[1 * 3 + 2]! * matrix.values[2 * 3 + 1]!).toBeCloseTo(1, 15);
  });
});
