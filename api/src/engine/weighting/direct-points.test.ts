import { describe, expect, it } from 'vitest';
import { rational } from '../arithmetic/rational.ts';
import type { EngineInputError } from '../scheme/issues.ts';
import { directPointWeights } from './direct-points.ts';

describe('directPointWeights', () => {
  it('turns the Cloud Sovereignty Framework default points into basis points', () => {
    const points = [15, 10, 10, 15, 20, 15, 10, 5];
    const result = directPointWeights(points.map((p, i) => ({ id: `SOV-${i + 1}`, points: p })));
    expect([...result.basisPoints.values()]).toEqual(points.map((p) => p * 100));
    expect(result.shares.get('SOV-5')).toEqual(rational(1, 5));
  });

  it('keeps only the proportions of the points', () => {
    const result = directPointWeights([
      { id: 'a', points: 1 },
      { id: 'b', points: '2' },
      { id: 'c', points: 4 },
    ]);
    expect(Object.fromEntries(result.basisPoints)).toEqual({ a: 1429, b: 2857, c: 5714 });
  });

  it('names negative points, duplicate ids and an all-zero set', () => {
    const issues = (entries: Parameters<typeof directPointWeights>[0]) => {
      try {
        directPointWeights(entries);
      } catch (error) {
        return (error as EngineInputError).issues.map((issue) => issue.pointer);
      }
      return [];
    };
    expect(
      issues([
        { id: 'a', points: -1 },
        { id: 'a', points: 2 },
      ]),
    ).toEqual(['/1/id', '/0/points']);
    expect(issues([{ id: 'a', points: 0 }])).toEqual(['']);
    expect(issues([{ id: 'a', points: 'ten' }])).toEqual(['/0/points']);
  });
});
