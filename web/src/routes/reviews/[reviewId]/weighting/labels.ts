import { m } from '#lib/paraglide/messages.js';
import type { WeightMethod } from '#lib/options-reviews/weight-form.ts';

// Words for the weighting tab: the methods, the sets and Saaty's scale in the page's language.

export const methodLabels: Record<WeightMethod, () => string> = {
  directPoints: () => m.review_weight_method_points(),
  rankOrderCentroid: () => m.review_weight_method_rank(),
  swing: () => m.review_weight_method_swing(),
  ahp: () => m.review_weight_method_ahp(),
};

/** The top level, or the criteria of a group. */
export function setLabel(parentId: string | null, titleOf: (id: string) => string): string {
  return parentId === null
    ? m.review_weight_set_top()
    : m.review_weight_set_group({ group: titleOf(parentId) });
}

/** Saaty's verbal scale (Saaty 1980): odd levels named, even ones between their neighbours. */
const levelWords: Record<number, () => string> = {
  2: () => m.review_weight_saaty_2(),
  3: () => m.review_weight_saaty_3(),
  4: () => m.review_weight_saaty_4(),
  5: () => m.review_weight_saaty_5(),
  6: () => m.review_weight_saaty_6(),
  7: () => m.review_weight_saaty_7(),
  8: () => m.review_weight_saaty_8(),
  9: () => m.review_weight_saaty_9(),
};

/** A choice of a pair in words: which of the two is more important, and how much. */
export function saatyLabel(choice: string, first: string, second: string): string {
  if (choice === '1') return m.review_weight_saaty_equal();
  const reversed = choice.startsWith('1/');
  const level = Number(reversed ? choice.slice(2) : choice);
  return m.review_weight_saaty_choice({
    item: reversed ? second : first,
    words: levelWords[level]!(),
    level,
  });
}

/** A number of times, as people say it: 3, 1.44. */
export function times(value: number, locale: 'de' | 'en'): string {
  return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    maximumFractionDigits: 2,
  }).format(value);
}
