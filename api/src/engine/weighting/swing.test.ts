import { describe, expect, it } from 'vitest';
import { rational } from '../arithmetic/rational.ts';
import { EngineInputError } from '../scheme/issues.ts';
import { swingWeights } from './swing.ts';

const issuesOf = (attempt: () => unknown) => {
  try {
    attempt();
  } catch (error) {
    if (error instanceof EngineInputError) return error.issues;
    throw error;
  }
  throw new Error('expected an EngineInputError');
};

describe('swingWeights', () => {
  it('normalises the points of each swing against the sum of all points', () => {
    // Price's swing matters most (100); security's is worth 80 of it, exit support's 50, the
    // service desk's 20: 250 points in all.
    const result = swingWeights([
      { id: 'price', points: 100 },
      { id: 'security', points: 80 },
      { id: 'exit', points: 50 },
      { id: 'desk', points: 20 },
    ]);
    expect(Object.fromEntries(result.shares)).toEqual({
      price: rational(2, 5),
      security: rational(8, 25),
      exit: rational(1, 5),
      desk: rational(2, 25),
    });
    expect(Object.fromEntries(result.basisPoints)).toEqual({
      price: 4000,
      security: 3200,
      exit: 2000,
      desk: 800,
    });
  });

  it('publishes uneven shares by the largest remainder', () => {
    const result = swingWeights([
      { id: 'a', points: 100 },
      { id: 'b', points: 100 },
      { id: 'c', points: '33.3' },
    ]);
    // 4286.33…, 4286.33…, 1427.35…: the point left goes to c, whose remainder is largest.
    expect([...result.basisPoints.values()]).toEqual([4286, 4286, 1428]);
  });

  it('requires the most important swing at 100 points', () => {
    expect(issuesOf(() => swingWeights([{ id: 'a', points: 90 }]))).toEqual([
      expect.objectContaining({ pointer: '', code: 'swing-no-top' }),
    ]);
  });

  it('names a swing outside 0..100', () => {
    const issues = issuesOf(() =>
      swingWeights([
        { id: 'a', points: 100 },
        { id: 'b', points: 120 },
        { id: 'c', points: -5 },
      ]),
    );
    expect(issues.map((issue) => issue.pointer)).toEqual(['/1/points', '/2/points']);
  });
});
