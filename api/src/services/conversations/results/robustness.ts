import type { AssistantMessage, ConversationFigure } from '@tenderwise/schema';
import type { ReadyResults } from './read-results.ts';
import { cannotAnswer, figure, listed, percentIn, resultsLink, type Both } from './texts.ts';

/** Criteria described in the text: those whose bounds lie closest to their published share. */
const DESCRIBED = 3;

type Sampling = NonNullable<ReadyResults['results']['smaa']>['sampling'];

function around(sampling: Sampling): Both {
  return sampling.kind === 'aroundPublished'
    ? {
        de: `bis ±${sampling.percent} % um die verwendeten`,
        en: `within ±${sampling.percent} % of those used`,
      }
    : { de: 'über alle möglichen', en: 'over all possible ones' };
}

/**
 * How robust the first place is: per criterion and group the share of its sibling set within
 * which the first-ranked option stays first, and where the top two swap (the results' weight
 * stability, the same as `POST /analysis/sensitivity` returns for the same scheme and bids with
 * margin 1); whether the top two are within that margin; and, advisory, each option's share of
 * first places in the results' seeded SMAA-2.
 */
export function answerRobustness(ready: ReadyResults): AssistantMessage {
  const { results, names, titles, reviewId } = ready;
  const link = resultsLink(reviewId, 'results-stability', {
    de: 'Zur Stabilität der Gewichte',
    en: 'To the weight stability',
  });
  const { stability, smaa } = results;
  const admitted = results.evaluation.ranking.filter((bid) => bid.rank !== null);
  if (admitted.length < 2) {
    return cannotAnswer({
      de: 'Für die Stabilität braucht es mindestens zwei gewertete Optionen.',
      en: 'Stability needs at least two ranked options.',
    });
  }
  if (stability === null) {
    return cannotAnswer(
      {
        de: 'Für diese Bewertungsmethode wird die Stabilität der Gewichte nicht berechnet.',
        en: 'Weight stability is not computed for this evaluation method.',
      },
      link,
    );
  }
  const name = (id: string) => names.get(id) ?? id;
  const title = (id: string) => titles.get(id) ?? { de: id, en: id };
  const winner = admitted[0]!;
  const runnerUp = admitted[1]!;
  const room = (node: (typeof stability.criteria)[number]) =>
    Math.min(node.share - node.stable.from, node.stable.to - node.share);
  const sensitive = [...stability.criteria]
    .filter((node) => node.stable.from > 0 || node.stable.to < 1)
    .sort((a, b) => room(a) - room(b) || (a.nodeId < b.nodeId ? -1 : 1));

  const margin: Both =
    results.evaluation.method === 'weightedSum'
      ? { de: `${stability.margin} Punkt`, en: `${stability.margin} point` }
      : { de: `${stability.margin} (Z)`, en: `${stability.margin} (Z)` };
  const opening: Both = stability.noClearWinner
    ? {
        de: `${name(winner.id)} und ${name(runnerUp.id)} liegen höchstens ${margin.de} auseinander: kein klarer Sieger.`,
        en: `${name(winner.id)} and ${name(runnerUp.id)} are within ${margin.en} of each other: no clear winner.`,
      }
    : {
        de: `${name(winner.id)} liegt mehr als ${margin.de} vor ${name(runnerUp.id)}.`,
        en: `${name(winner.id)} leads ${name(runnerUp.id)} by more than ${margin.en}.`,
      };
  const bounds = (language: 'de' | 'en') =>
    sensitive
      .slice(0, DESCRIBED)
      .map((node) => {
        const from = percentIn(node.stable.from)[language];
        const to = percentIn(node.stable.to)[language];
        const now = percentIn(node.share)[language];
        return language === 'de'
          ? `${title(node.nodeId).de} ${from} bis ${to} (jetzt ${now})`
          : `${title(node.nodeId).en} ${from} to ${to} (now ${now})`;
      })
      .join('; ');
  const interval: Both =
    sensitive.length === 0
      ? {
          de: `Wie auch immer ein einzelnes Kriterium gewichtet wird (die übrigen seiner Ebene anteilig angepasst), ${name(winner.id)} bleibt vorn.`,
          en: `However a single criterion is weighted (the others at its level rescaled proportionally), ${name(winner.id)} stays first.`,
        }
      : {
          de: `Der erste Platz von ${name(winner.id)} hält, solange ein einzelnes Kriterium innerhalb dieser Anteile seiner Ebene bleibt (die übrigen anteilig angepasst): ${bounds('de')}.`,
          en: `${name(winner.id)}’s first place holds while a single criterion stays within these shares of its level (the others rescaled proportionally): ${bounds('en')}.`,
        };
  const firsts = smaa?.acceptability
    .map((item) => ({ bidId: item.bidId, first: item.ranks[0] ?? 0 }))
    .filter((item) => item.first > 0)
    .sort((a, b) => b.first - a.first);
  const simulated: Both =
    smaa === null || firsts === undefined
      ? { de: '', en: '' }
      : {
          de: ` Beratend: Bei ${smaa.samples.toLocaleString('de-DE')} zufälligen Gewichtungen ${around(smaa.sampling).de} (SMAA-2) liegt ${listed(firsts.map((item) => `${name(item.bidId)} in ${percentIn(item.first).de}`)).de} der Fälle vorn.`,
          en: ` Advisory: over ${smaa.samples.toLocaleString('en-GB')} random weightings ${around(smaa.sampling).en} (SMAA-2), ${listed(firsts.map((item) => `${name(item.bidId)} ranks first in ${percentIn(item.first).en}`)).en} of them.`,
        };

  const figures: ConversationFigure[] = [
    figure({ de: 'Kein klarer Sieger', en: 'No clear winner' }, stability.noClearWinner),
  ];
  for (const item of smaa?.acceptability ?? []) {
    const optionName = name(item.bidId);
    figures.push(
      figure(
        { de: `${optionName}: Anteil Rang 1 (SMAA)`, en: `${optionName}: share of rank 1 (SMAA)` },
        item.ranks[0] ?? 0,
      ),
    );
  }
  const ordered = [...sensitive, ...stability.criteria.filter((node) => !sensitive.includes(node))];
  for (const node of ordered) {
    if (figures.length + 4 > 50) break;
    const { de, en } = title(node.nodeId);
    const swap = node.swaps[0];
    figures.push(
      figure({ de: `${de}: Anteil`, en: `${en}: share` }, node.share),
      figure(
        { de: `${de}: Rang 1 hält ab`, en: `${en}: first place holds from` },
        node.stable.from,
      ),
      figure({ de: `${de}: Rang 1 hält bis`, en: `${en}: first place holds to` }, node.stable.to),
      figure(
        { de: `${de}: Rang 1 und 2 tauschen bei`, en: `${en}: ranks 1 and 2 swap at` },
        swap?.atShare ?? null,
      ),
    );
  }

  return {
    kind: 'answer',
    text: {
      de: `${opening.de} ${interval.de}${simulated.de}`,
      en: `${opening.en} ${interval.en}${simulated.en}`,
    },
    figures,
    link,
  };
}
