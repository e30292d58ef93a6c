import { describe, expect, it } from 'vitest';
import {
  canTransition,
  publishedTenderStates,
  tenderStates,
  tenderTransitions,
} from './tender-lifecycle.ts';

describe('the tender lifecycle', () => {
  it('reaches every state from a draft', () => {
    const reached = new Set<string>(['draft']);
    const queue: (keyof typeof tenderTransitions)[] = ['draft'];
    while (queue.length > 0) {
      for (const next of tenderTransitions[queue.shift()!]) {
        if (!reached.has(next)) queue.push(next);
        reached.add(next);
      }
    }
    expect([...reached].sort()).toEqual([...tenderStates].sort());
  });

  it('never leads back to a draft or out of an award or cancellation', () => {
    for (const from of tenderStates) expect(canTransition(from, 'draft')).toBe(false);
    for (const to of tenderStates) {
      expect(canTransition('awarded', to)).toBe(false);
      expect(canTransition('cancelled', to)).toBe(false);
    }
  });

  it('lets every state before the award be cancelled (§ 63 VgV)', () => {
    for (const from of tenderStates.filter((state) => !['awarded', 'cancelled'].includes(state))) {
      expect(canTransition(from, 'cancelled'), from).toBe(true);
    }
  });

  it('counts as published exactly the states reachable after publication', () => {
    expect([...publishedTenderStates].sort()).toEqual(
      tenderStates.filter((state) => state !== 'draft').sort(),
    );
  });
});
