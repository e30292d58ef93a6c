import { smaa } from '../../../src/engine/smaa/smaa.ts';
import type { BenchCase } from '../case.ts';
import { syntheticMatrix } from './wsm.ts';

export const cases: BenchCase[] = [
  {
    // In-thread: the figure is the engine's, without the worker's message passing.
    name: 'smaa-10000x50x40',
    targetMs: 150,
    iterations: 10,
    setup: () => syntheticMatrix(50, 40),
    run: (input) =>
      smaa(input as ReturnType<typeof syntheticMatrix>, {
        samples: 10_000,
        seed: 1,
        sampling: { kind: 'simplex' },
      }),
  },
];
