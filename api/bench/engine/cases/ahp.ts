import { analyseAhp } from '../../../src/engine/weighting/ahp/analyse.ts';
import type { BenchCase } from '../case.ts';

/**
 * A 15×15 reciprocal matrix on Saaty's scale, deterministic and inconsistent enough that the
 * full analysis runs: priorities, consistency and the judgements to reconsider.
 */
function judgements(n: number) {
  const scale = [1, 2, 3, 4, 5, 6, 7, 8, 9];
  const ids = Array.from({ length: n }, (_, i) => `c${i}`);
  const rows = ids.map(() => new Array<number>(n).fill(1));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const value = scale[(i * 7 + j * 3) % scale.length]!;
      const upper = (i + j) % 3 === 0 ? 1 / value : value;
      rows[i]![j] = upper;
      rows[j]![i] = 1 / upper;
    }
  }
  return { ids, rows };
}

export const cases: BenchCase[] = [
  {
    name: 'ahp-15x15',
    targetMs: 2,
    iterations: 200,
    setup: () => judgements(15),
    run: (input) => {
      const { ids, rows } = input as ReturnType<typeof judgements>;
      return analyseAhp(ids, rows);
    },
  },
];
