import type { AssistantMessage } from '@tenderwise/schema';
import type { ReadyResults } from './read-results.ts';
import { cannotAnswer, listed, resultsLink } from './texts.ts';
import { answerWhyFirst } from './why-first.ts';

/**
 * Why an option was left out of the ranking, or which were: in an options review nothing is
 * excluded by a procedure, but an option that misses a minimum requirement or a published minimum
 * score is not ranked. Asked about one option, its standing (`answerWhyFirst` says why it is not
 * ranked, or where it ranks).
 */
export function answerUnranked(ready: ReadyResults, optionId?: string): AssistantMessage {
  if (optionId !== undefined) return answerWhyFirst(ready, optionId);
  const unranked = ready.results.evaluation.ranking
    .filter((bid) => bid.rank === null)
    .map((bid) => ready.names.get(bid.id) ?? bid.id);
  const link = resultsLink(ready.reviewId, 'results-ranking', {
    de: 'Zur Rangfolge',
    en: 'To the ranking',
  });
  if (unranked.length === 0) {
    return cannotAnswer(
      {
        de: 'Keine Option wurde aus der Rangfolge genommen: Alle erfüllen die Mindestanforderungen.',
        en: 'No option was left out of the ranking: all meet the minimum requirements.',
      },
      link,
    );
  }
  const names = listed(unranked);
  return {
    kind: 'answer',
    text: {
      de: `Nicht gewertet: ${names.de}. Eine Mindestanforderung oder Mindestpunktzahl ist nicht erfüllt.`,
      en: `Not ranked: ${names.en}. A minimum requirement or minimum score is not met.`,
    },
    figures: [],
    link,
  };
}
