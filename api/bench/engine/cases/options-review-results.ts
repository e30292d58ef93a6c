import { optionsReviewResults } from '../../../src/domain/options-reviews/results.ts';
import { largeReview } from '../../options-review-fixture.ts';
import type { BenchCase } from '../case.ts';

/**
 * The results of an options review as the worker computes them: exact ranking, stability,
 * SMAA (4,000 samples), three price formulas, TOPSIS and the what-if model.
 */
export const cases: BenchCase[] = [
  {
    name: 'options-review-results-50x40',
    targetMs: 1_000,
    iterations: 10,
    setup: () => largeReview(50),
    run: (input) => optionsReviewResults(input as ReturnType<typeof largeReview>),
  },
];
