import { describe, expect, it } from 'vitest';
import {
  canTransition,
  editableReviewStatuses,
  isEditable,
  optionsReviewStatuses,
  reviewTransitions,
  statusChangeRefusal,
} from './review-lifecycle.ts';

const filled = { latestSchemeVersion: 2, optionCount: 3 };

describe('the options review lifecycle', () => {
  it('reaches every status from a draft', () => {
    const reached = new Set<string>(['draft']);
    const queue: (keyof typeof reviewTransitions)[] = ['draft'];
    while (queue.length > 0) {
      for (const next of reviewTransitions[queue.shift()!]) {
        if (!reached.has(next)) queue.push(next);
        reached.add(next);
      }
    }
    expect([...reached].sort()).toEqual([...optionsReviewStatuses].sort());
  });

  it('concludes only from review, and never leaves a concluded review', () => {
    expect(canTransition('draft', 'concluded')).toBe(false);
    expect(canTransition('inReview', 'concluded')).toBe(true);
    for (const to of optionsReviewStatuses) expect(canTransition('concluded', to)).toBe(false);
    expect(statusChangeRefusal('concluded', 'inReview', filled)).toMatch(/read-only/);
  });

  it('lets a review in review go back to draft', () => {
    expect(statusChangeRefusal('inReview', 'draft', filled)).toBeNull();
  });

  it('is editable exactly until it is concluded', () => {
    expect(optionsReviewStatuses.filter(isEditable)).toEqual([...editableReviewStatuses]);
    expect(isEditable('concluded')).toBe(false);
  });

  it('goes into review only with a scheme, and concludes only with a scheme and an option', () => {
    const empty = { latestSchemeVersion: null, optionCount: 0 };
    expect(statusChangeRefusal('draft', 'inReview', empty)).toMatch(/scheme first/);
    expect(statusChangeRefusal('draft', 'inReview', { ...empty, latestSchemeVersion: 1 })).toBe(
      null,
    );
    expect(statusChangeRefusal('inReview', 'concluded', { ...empty, optionCount: 2 })).toMatch(
      /scheme first/,
    );
    expect(
      statusChangeRefusal('inReview', 'concluded', { latestSchemeVersion: 1, optionCount: 0 }),
    ).toMatch(/at least one option/);
    expect(statusChangeRefusal('inReview', 'concluded', filled)).toBeNull();
  });

  it('refuses a change to the status the review has', () => {
    expect(statusChangeRefusal('draft', 'draft', filled)).toMatch(/draft already/);
  });
});
