import { weightStability } from '../../../src/engine/sensitivity/stability.ts';
import type { BenchCase } from '../case.ts';
import { syntheticMatrix } from './wsm.ts';

export const cases: BenchCase[] = [
  {
    // 50 bids, 40 leaves in 8 groups: 48 nodes, each with 49 swaps.
    name: 'stability-50x40',
    targetMs: 20,
    setup: () => syntheticMatrix(50, 40, 8),
    run: (input) => weightStability(input as ReturnType<typeof syntheticMatrix>),
  },
];
