import type { AssistantMessage, ConversationFigure } from '@tenderwise/schema';
import type { ReadyResults } from './read-results.ts';
import { cannotAnswer, figure, listed, numberIn, resultsLink, type Both } from './texts.ts';

type Bid = ReadyResults['results']['evaluation']['ranking'][number];

/** Figures per criterion (weight, points of each, difference): at most this many criteria. */
const MAX_CRITERIA = 11;

/**
 * Why an option stands where it does (by default the first-ranked): its rank and total, and
 * per criterion its contribution (weight × share of the points earned) against the runner-up's,
 * or, for an option that is not first, against the first's. The differences are the engine's
 * (`comparedWithAbove`) where the two are adjacent, else those of the published points, as the
 * results page's pairwise comparison shows them.
 */
export function answerWhyFirst(ready: ReadyResults, optionId?: string): AssistantMessage {
  const { results, names, titles, reviewId } = ready;
  const ranking = results.evaluation.ranking;
  const admitted = ranking.filter((bid) => bid.rank !== null);
  const option = optionId === undefined ? admitted[0] : ranking.find((bid) => bid.id === optionId);
  if (option === undefined) {
    return cannotAnswer(
      optionId === undefined
        ? {
            de: 'Keine Option wurde zur Wertung zugelassen; es gibt keinen ersten Platz.',
            en: 'No option was admitted to the ranking; there is no first place.',
          }
        : {
            de: 'Diese Option gehört nicht zu diesem Vergleich.',
            en: 'This option is not part of this review.',
          },
    );
  }
  const name = names.get(option.id) ?? option.id;
  if (option.rank === null) {
    return cannotAnswer(
      {
        de: `${name} wurde nicht gewertet: Die Option erfüllt eine Mindestanforderung oder Mindestpunktzahl nicht.`,
        en: `${name} was not ranked: the option does not meet a minimum requirement or minimum score.`,
      },
      resultsLink(reviewId, 'results-ranking', { de: 'Zur Rangfolge', en: 'To the ranking' }),
    );
  }
  const other = option.rank === 1 ? admitted.find((bid) => bid.id !== option.id) : admitted[0];
  if (other === undefined) {
    return cannotAnswer({
      de: `${name} ist die einzige gewertete Option; es gibt niemanden zum Vergleich.`,
      en: `${name} is the only ranked option; there is nobody to compare it with.`,
    });
  }
  const otherName = names.get(other.id) ?? other.id;
  const differences = differencesOf(option, other);
  const unit = results.evaluation.method === 'weightedSum';
  const total = (bid: Bid): Both =>
    bid.score === null
      ? { de: 'ohne Kennzahl', en: 'without a ratio' }
      : unit
        ? {
            de: `${numberIn(bid.score).de} Punkten`,
            en: `${numberIn(bid.score).en} points`,
          }
        : { de: `Z = ${numberIn(bid.score).de}`, en: `Z = ${numberIn(bid.score).en}` };
  const title = (id: string) => titles.get(id) ?? { de: id, en: id };
  const gains = differences.filter((item) => item.difference > 0).slice(0, 3);
  const losses = differences.filter((item) => item.difference < 0).slice(0, 2);
  const described = (items: typeof differences, language: 'de' | 'en') =>
    listed(
      items.map((item) => {
        const sign = item.difference > 0 ? '+' : '−';
        const amount = numberIn(Math.abs(item.difference))[language];
        const unit = language === 'de' ? 'Punkte' : 'points';
        return `${title(item.criterionId)[language]} (${sign}${amount} ${unit})`;
      }),
    )[language];

  const count = admitted.length;
  const standing: Both =
    option.rank === 1
      ? {
          de: `${name} steht auf Rang 1 von ${count} mit ${total(option).de}; ${otherName} folgt auf Rang ${other.rank} mit ${total(other).de}.`,
          en: `${name} ranks first of ${count} with ${total(option).en}; ${otherName} follows at rank ${other.rank} with ${total(other).en}.`,
        }
      : {
          de: `${name} steht nicht auf Rang 1, sondern auf Rang ${option.rank} von ${count} mit ${total(option).de}; vorn liegt ${otherName} mit ${total(other).de}.`,
          en: `${name} does not rank first but ${option.rank} of ${count} with ${total(option).en}; ${otherName} leads with ${total(other).en}.`,
        };
  const how: Both = {
    de: 'Jedes Kriterium trägt sein Gewicht mal dem Anteil der dort erreichten Punkte bei.',
    en: 'Each criterion contributes its weight times the share of its points earned.',
  };
  const gained: Both =
    gains.length === 0
      ? {
          de: `Bei keinem Kriterium erreicht ${name} mehr Punkte als ${otherName}.`,
          en: `${name} earns more points than ${otherName} on no criterion.`,
        }
      : {
          de: `Gegenüber ${otherName} gewinnt ${name} am meisten bei ${described(gains, 'de')}.`,
          en: `Against ${otherName}, ${name} gains most on ${described(gains, 'en')}.`,
        };
  const lost: Both =
    losses.length === 0
      ? { de: '', en: '' }
      : {
          de: ` Zurück liegt ${name} bei ${described(losses, 'de')}.`,
          en: ` ${name} falls behind on ${described(losses, 'en')}.`,
        };

  const figures: ConversationFigure[] = [
    figure({ de: `Rang von ${name}`, en: `Rank of ${name}` }, option.rank),
    figure({ de: `Gesamt von ${name}`, en: `Total of ${name}` }, option.score),
    figure({ de: `Rang von ${otherName}`, en: `Rank of ${otherName}` }, other.rank),
    figure({ de: `Gesamt von ${otherName}`, en: `Total of ${otherName}` }, other.score),
  ];
  const mine = new Map(option.contributions.map((item) => [item.criterionId, item]));
  const theirs = new Map(other.contributions.map((item) => [item.criterionId, item]));
  for (const item of differences.slice(0, MAX_CRITERIA)) {
    const { de, en } = title(item.criterionId);
    const own = mine.get(item.criterionId);
    figures.push(
      figure({ de: `${de}: Gewicht (%)`, en: `${en}: weight (%)` }, own?.weightPercent ?? null),
      figure({ de: `${de}: Punkte ${name}`, en: `${en}: points of ${name}` }, own?.points ?? null),
      figure(
        { de: `${de}: Punkte ${otherName}`, en: `${en}: points of ${otherName}` },
        theirs.get(item.criterionId)?.points ?? null,
      ),
      figure({ de: `${de}: Differenz`, en: `${en}: difference` }, item.difference),
    );
  }

  return {
    kind: 'answer',
    text: {
      de: `${standing.de} ${how.de} ${gained.de}${lost.de}`,
      en: `${standing.en} ${how.en} ${gained.en}${lost.en}`,
    },
    figures,
    link: resultsLink(
      reviewId,
      'results-pair',
      { de: 'Paarvergleich der beiden', en: 'Pairwise comparison of the two' },
      { a: option.id, b: other.id },
    ),
  };
}

/**
 * The option's points minus the other's per criterion, largest advantage first: the engine's
 * explanation where one ranks directly above the other, else the difference of the published
 * points (as the results page's pairwise comparison).
 */
export function differencesOf(
  option: Pick<Bid, 'id' | 'contributions' | 'comparedWithAbove'>,
  other: Pick<Bid, 'id' | 'contributions' | 'comparedWithAbove'>,
): { criterionId: string; difference: number }[] {
  if (other.comparedWithAbove?.bidId === option.id) return other.comparedWithAbove.criteria;
  if (option.comparedWithAbove?.bidId === other.id) {
    return option.comparedWithAbove.criteria
      .map((item) => ({ criterionId: item.criterionId, difference: -item.difference + 0 }))
      .reverse();
  }
  const theirs = new Map(other.contributions.map((item) => [item.criterionId, item.points]));
  return option.contributions
    .map((item) => ({
      criterionId: item.criterionId,
      difference: Math.round((item.points - (theirs.get(item.criterionId) ?? 0)) * 100) / 100 + 0,
    }))
    .filter((item) => item.difference !== 0)
    .sort((x, y) => y.difference - x.difference || (x.criterionId < y.criterionId ? -1 : 1));
}
