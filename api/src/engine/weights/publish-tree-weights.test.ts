import { describe, expect, it } from 'vitest';
import { publishTreeWeights } from './publish-tree-weights.ts';

describe('publishTreeWeights', () => {
  it('converts each sibling set separately to 10,000 basis points', () => {
    const published = publishTreeWeights([
      { id: 'quality', parentId: null, enteredWeight: 2 },
      { id: 'price', parentId: null, enteredWeight: 1 },
      { id: 'support', parentId: 'quality', enteredWeight: 30 },
      { id: 'security', parentId: 'quality', enteredWeight: 70 },
    ]);
    expect(published).toEqual([
      { id: 'quality', parentId: null, weightBp: 6667 },
      { id: 'price', parentId: null, weightBp: 3333 },
      { id: 'support', parentId: 'quality', weightBp: 3000 },
      { id: 'security', parentId: 'quality', weightBp: 7000 },
    ]);
  });
});
