import { describe, expect, it } from 'vitest';
import { EngineInputError } from '../../scheme/issues.ts';
import { analyseAhp, analyseGroupAhp } from './analyse.ts';

const r = (value: number) => 1 / value;
const round = (map: Map<string, number>, digits: number) =>
  Object.fromEntries([...map].map(([id, value]) => [id, Number(value.toFixed(digits))]));

const pointersOf = (attempt: () => unknown) => {
  try {
    attempt();
  } catch (error) {
    if (error instanceof EngineInputError) return error.issues.map((issue) => issue.pointer);
    throw error;
  }
  throw new Error('expected an EngineInputError');
};

/** Consistent judgements w_i / w_j of the given weights. */
const consistent = (weights: number[]) => weights.map((wi) => weights.map((wj) => wi / wj));

describe('analyseAhp', () => {
  it('judges against the random index table asked for, and names it', () => {
    // ρ = a12 · a23 / a13 = 8/3: λmax = 1 + ρ^⅓ + ρ^−⅓ = 3.10785, CI = 0.053924:
    // CR 0.103699 against RI 0.52, 0.092972 against 0.58.
    const ids = ['a', 'b', 'c'];
    const judgements = [
      [1, 2, 3],
      [0.5, 1, 4],
      [r(3), 0.25, 1],
    ];
    const later = analyseAhp(ids, judgements);
    expect(later).toMatchObject({
      randomIndex: 0.52,
      randomIndexTable: 'saaty-2005',
      consistencyRatio: 0.103699,
      acceptable: false,
    });
    expect(later.inconsistentPairs.length).toBeGreaterThan(0);
    expect(analyseAhp(ids, judgements, { randomIndexTable: 'saaty-1980' })).toMatchObject({
      randomIndex: 0.58,
      randomIndexTable: 'saaty-1980',
      consistencyRatio: 0.092972,
      acceptable: true,
      inconsistentPairs: [],
    });
    expect(analyseAhp(ids, judgements, { randomIndexTable: 'alonso-lamata-2006' })).toMatchObject({
      randomIndex: 0.5245,
      acceptable: false,
    });
    const group = analyseGroupAhp(ids, [judgements, judgements], {
      randomIndexTable: 'saaty-1980',
    });
    expect(group).toMatchObject({ randomIndexTable: 'saaty-1980', acceptable: true });
    expect(group.judges).toEqual([
      { consistencyRatio: 0.092972, acceptable: true },
      { consistencyRatio: 0.092972, acceptable: true },
    ]);
  });

  it('changes the verdict of 78 of the 4,913 3 × 3 matrices on Saaty’s scale (1.6 %) between the 1980 and the later table', () => {
    // λmax of a 3 × 3 reciprocal matrix depends only on ρ = a12 · a23 / a13 (λmax = 1 + ρ^⅓ +
    // ρ^−⅓), so one matrix per value of ρ is analysed and counted as often as ρ occurs.
    const scale: [number, number][] = [
      ...[9, 8, 7, 6, 5, 4, 3, 2].map((d): [number, number] => [1, d]),
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n): [number, number] => [n, 1]),
    ];
    const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));
    const byRho = new Map<string, { count: number; judgements: number[][] }>();
    for (const [an, ad] of scale)
      for (const [bn, bd] of scale)
        for (const [cn, cd] of scale) {
          const n = an * cn * bd;
          const d = ad * cd * bn;
          const key = `${n / gcd(n, d)}/${d / gcd(n, d)}`;
          const group = byRho.get(key) ?? {
            count: 0,
            judgements: [
              [1, an / ad, bn / bd],
              [ad / an, 1, cn / cd],
              [bd / bn, cd / cn, 1],
            ],
          };
          group.count++;
          byRho.set(key, group);
        }
    let matrices = 0;
    let changed = 0;
    for (const { count, judgements } of byRho.values()) {
      const verdict = (randomIndexTable: 'saaty-1980' | 'saaty-2005') =>
        analyseAhp(['x', 'y', 'z'], judgements, { randomIndexTable }).acceptable;
      matrices += count;
      if (verdict('saaty-1980') !== verdict('saaty-2005')) changed += count;
    }
    expect([matrices, changed]).toEqual([4_913, 78]);
  });

  it('reproduces Saaty’s published drink consumption example', () => {
    // Saaty, T. L. (2008), "Decision making with the analytic hierarchy process", International
    // Journal of Services Sciences 1(1), 83–98, the matrix "Which drink is consumed more in the
    // U.S.?": published derived priorities .177, .019, .042, .116, .190, .129, .327 with a
    // consistency ratio of .022.
    const ids = ['coffee', 'wine', 'tea', 'beer', 'sodas', 'milk', 'water'];
    const judgements = [
      [1, 9, 5, 2, 1, 1, r(2)],
      [r(9), 1, r(3), r(9), r(9), r(9), r(9)],
      [r(5), 3, 1, r(3), r(4), r(3), r(9)],
      [r(2), 9, 3, 1, r(2), 1, r(3)],
      [1, 9, 4, 2, 1, 2, r(2)],
      [1, 9, 3, 1, r(2), 1, r(3)],
      [2, 9, 9, 3, 2, 3, 1],
    ];
    const result = analyseAhp(ids, judgements);
    expect(round(result.weights, 3)).toEqual({
      coffee: 0.177,
      wine: 0.019,
      tea: 0.042,
      beer: 0.116,
      sodas: 0.19,
      milk: 0.129,
      water: 0.327,
    });
    expect(result.consistencyRatio.toFixed(3)).toBe('0.022');
    expect(result.randomIndex).toBe(1.35);
    expect(result.acceptable).toBe(true);
    expect(result.inconsistentPairs).toEqual([]);
    expect([...result.basisPoints.values()]).toEqual([1775, 191, 418, 1164, 1896, 1288, 3268]);
  });

  it('recovers the exact ratios of a consistent matrix with a consistency ratio of zero', () => {
    const result = analyseAhp(['a', 'b', 'c', 'd'], consistent([8, 4, 2, 2]));
    expect(Object.fromEntries(result.weights)).toEqual({ a: 0.5, b: 0.25, c: 0.125, d: 0.125 });
    expect(Object.fromEntries(result.basisPoints)).toEqual({ a: 5000, b: 2500, c: 1250, d: 1250 });
    expect(result.lambdaMax).toBe(4);
    expect(result.consistencyIndex).toBe(0);
    expect(result.consistencyRatio).toBe(0);
    expect(result.acceptable).toBe(true);
  });

  it('names the reversed judgement first in an inconsistent matrix', () => {
    // a > b > c > d by a factor of 2 each, except that d is said to be 8 times a, not 1/8.
    const judgements = consistent([8, 4, 2, 1]);
    judgements[0]![3] = r(8);
    judgements[3]![0] = 8;
    const result = analyseAhp(['a', 'b', 'c', 'd'], judgements);
    expect(result.acceptable).toBe(false);
    expect(result.consistencyRatio).toBeGreaterThan(0.1);
    expect(result.inconsistentPairs).toHaveLength(5);
    expect(result.inconsistentPairs[0]).toMatchObject({ rowId: 'd', columnId: 'a', given: 8 });
    // The priorities no longer support "8 times": they imply d about 1.5 times a.
    expect(result.inconsistentPairs[0]!.implied).toBeLessThan(2);
    const deviations = result.inconsistentPairs.map((pair) => pair.deviation);
    expect(deviations).toEqual([...deviations].sort((x, y) => y - x));
  });

  it('is always consistent for two items', () => {
    const result = analyseAhp(
      ['a', 'b'],
      [
        [1, 9],
        [r(9), 1],
      ],
    );
    expect(Object.fromEntries(result.basisPoints)).toEqual({ a: 9000, b: 1000 });
    expect(result).toMatchObject({ lambdaMax: 2, consistencyRatio: 0, acceptable: true });
  });

  it('names every offending cell by row and column', () => {
    expect(
      pointersOf(() =>
        analyseAhp(
          ['a', 'b', 'c'],
          [
            [1, 3, 0],
            [r(3), 2, 12],
            [5, r(12), 1],
          ],
        ),
      ),
    ).toEqual(['/0/2', '/1/1', '/1/2', '/2/1']);
    expect(
      pointersOf(() =>
        analyseAhp(
          ['a', 'b', 'c'],
          [
            [1, 2, 3],
            [r(2), 1],
          ],
        ),
      ),
    ).toEqual(['']);
  });
});

describe('analyseGroupAhp', () => {
  it('combines the judges cell by cell by the geometric mean', () => {
    // Judge 1 says a:b:c = 4:2:1, judge 2 says 8:1:2; both are consistent. The geometric means are
    // a/b = √(2·8) = 4, a/c = √(4·4) = 4, b/c = √(2·½) = 1, so a:b:c = 4:1:1.
    const result = analyseGroupAhp(['a', 'b', 'c'], [consistent([4, 2, 1]), consistent([8, 1, 2])]);
    expect(round(result.weights, 9)).toEqual({ a: 0.666667, b: 0.166667, c: 0.166667 });
    // Basis points come from the published decimals, which sum to 1.000001: 6666.663…,
    // 1666.668…, 1666.668…, so the two points left go to b and c.
    expect(Object.fromEntries(result.basisPoints)).toEqual({ a: 6666, b: 1667, c: 1667 });
    expect(result.consistencyRatio).toBe(0);
    expect(result.judges).toEqual([
      { consistencyRatio: 0, acceptable: true },
      { consistencyRatio: 0, acceptable: true },
    ]);
  });

  it('reports each judge’s consistency beside the group’s', () => {
    const careless = consistent([8, 4, 2, 1]);
    careless[0]![3] = r(8);
    careless[3]![0] = 8;
    const result = analyseGroupAhp(['a', 'b', 'c', 'd'], [consistent([8, 4, 2, 1]), careless]);
    expect(result.judges[0]).toEqual({ consistencyRatio: 0, acceptable: true });
    expect(result.judges[1]!.acceptable).toBe(false);
    expect(result.consistencyRatio).toBeLessThan(result.judges[1]!.consistencyRatio);
  });

  it('names the judge, row and column of an offending cell', () => {
    expect(
      pointersOf(() =>
        analyseGroupAhp(
          ['a', 'b'],
          [
            [
              [1, 2],
              [r(2), 1],
            ],
            [
              [1, 2],
              [2, 1],
            ],
          ],
        ),
      ),
    ).toEqual(['/1/1/0']);
  });
});
