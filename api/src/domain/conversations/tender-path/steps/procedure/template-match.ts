import type { TemplateChoice } from '../../world.ts';
import { fold } from './words.ts';

/** Words that say nothing about the subject of a purchase. */
const fillers = new Set([
  'fur', 'und', 'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'mit',
  'von', 'vom', 'zur', 'zum', 'auf', 'aus', 'bei', 'uber', 'fuer', 'for', 'and', 'the', 'with',
  'from', 'into', 'our', 'of', 'all', 'new', 'neue', 'neuen',
]); // prettier-ignore

function wordsOf(text: string): string[] {
  return fold(text)
    .split(' ')
    .filter((word) => word.length >= 3 && !/^\d+$/.test(word) && !fillers.has(word));
}

/** Two words match when equal or one begins the other ("GPU"/"GPUs", "Kollaborations…"). */
function matches(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.startsWith(short);
}

/**
 * How many words of the need appear in the template's title and use case, in either language.
 * Only a suggestion: the person confirms it or picks another template or none.
 */
export function templateScore(need: string, template: TemplateChoice): number {
  const described = wordsOf(
    [template.title.de, template.title.en, template.useCase.de, template.useCase.en].join(' '),
  );
  const needWords = [...new Set(wordsOf(need))];
  return needWords.filter((word) => described.some((other) => matches(word, other))).length;
}

/** The template that fits the need best, if any shares a word with it. */
export function suggestedTemplate(
  need: string,
  templates: readonly TemplateChoice[],
): TemplateChoice | undefined {
  let best: TemplateChoice | undefined;
  let bestScore = 0;
  for (const template of templates) {
    const score = templateScore(need, template);
    if (score > bestScore) [best, bestScore] = [template, score];
  }
  return best;
}
