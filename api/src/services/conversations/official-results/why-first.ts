import type { AssistantMessage, ConversationFigure } from '@tenderwise/schema';
import { cannotAnswer, figure, listed, numberIn, type Both } from '../results/texts.ts';
import { differencesOf } from '../results/why-first.ts';
import { comparisonLink, type OfficialResult } from './read-official-result.ts';

type Bid = OfficialResult['evaluation']['ranking'][number];

/** Criteria described with figures: at most this many. */
const MAX_CRITERIA = 11;

/**
 * Why a bid stands where it does in the official result (by default the first): its rank and
 * total, and per criterion its points against the runner-up's (or, for a bid that is not first,
 * the first's), as the engine explained the ranking (`comparedWithAbove`) when it was computed.
 */
export function officialWhyFirst(result: OfficialResult, bidId?: string): AssistantMessage {
  const { evaluation, names, titles, tenderId, lotNumber } = result;
  const ranked = evaluation.ranking.filter((bid) => bid.rank !== null);
  const bid =
    bidId === undefined ? ranked[0] : evaluation.ranking.find((item) => item.id === bidId);
  const link = comparisonLink(tenderId, lotNumber, 'result-ranking', {
    de: 'Zur Rangfolge',
    en: 'To the ranking',
  });
  if (bid === undefined) {
    return cannotAnswer(
      bidId !== undefined && names.has(bidId)
        ? {
            de: `${names.get(bidId)} ist nicht im amtlichen Ergebnis: Das Angebot wurde vorher ausgeschlossen. Fragen Sie, warum.`,
            en: `${names.get(bidId)} is not in the official result: the bid was excluded before. Ask why.`,
          }
        : {
            de: 'Kein Angebot wurde gewertet; es gibt keinen ersten Platz.',
            en: 'No bid was ranked; there is no first place.',
          },
      link,
    );
  }
  const name = names.get(bid.id) ?? bid.id;
  if (bid.rank === null) {
    return cannotAnswer(
      {
        de: `${name} wurde nicht gewertet: Das Angebot erfüllt eine Mindestanforderung oder Mindestpunktzahl nicht.`,
        en: `${name} was not ranked: the bid does not meet a minimum requirement or minimum score.`,
      },
      link,
    );
  }
  const other = bid.rank === 1 ? ranked.find((item) => item.id !== bid.id) : ranked[0];
  if (other === undefined) {
    return cannotAnswer(
      {
        de: `${name} ist das einzige gewertete Angebot; es gibt keines zum Vergleich.`,
        en: `${name} is the only ranked bid; there is none to compare it with.`,
      },
      link,
    );
  }
  const otherName = names.get(other.id) ?? other.id;
  const differences = differencesOf(bid, other);
  const points = (item: Bid): Both =>
    item.score === null
      ? { de: 'ohne Kennzahl', en: 'without a ratio' }
      : evaluation.method === 'weightedSum'
        ? { de: `${numberIn(item.score).de} Punkten`, en: `${numberIn(item.score).en} points` }
        : { de: `Z = ${numberIn(item.score).de}`, en: `Z = ${numberIn(item.score).en}` };
  const title = (id: string) => titles.get(id) ?? { de: id, en: id };
  const described = (items: typeof differences, language: 'de' | 'en') =>
    listed(
      items.map((item) => {
        const sign = item.difference > 0 ? '+' : '−';
        const amount = numberIn(Math.abs(item.difference))[language];
        return `${title(item.criterionId)[language]} (${sign}${amount} ${language === 'de' ? 'Punkte' : 'points'})`;
      }),
    )[language];
  const gains = differences.filter((item) => item.difference > 0).slice(0, 3);
  const losses = differences.filter((item) => item.difference < 0).slice(0, 2);
  const count = ranked.length;
  const standing: Both =
    bid.rank === 1
      ? {
          de: `Im amtlichen Ergebnis steht ${name} auf Rang 1 von ${count} mit ${points(bid).de}; ${otherName} folgt auf Rang ${other.rank} mit ${points(other).de}.`,
          en: `In the official result ${name} ranks first of ${count} with ${points(bid).en}; ${otherName} follows at rank ${other.rank} with ${points(other).en}.`,
        }
      : {
          de: `Im amtlichen Ergebnis steht ${name} auf Rang ${bid.rank} von ${count} mit ${points(bid).de}; vorn liegt ${otherName} mit ${points(other).de}.`,
          en: `In the official result ${name} ranks ${bid.rank} of ${count} with ${points(bid).en}; ${otherName} leads with ${points(other).en}.`,
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
    figure({ de: `Rang von ${name}`, en: `Rank of ${name}` }, bid.rank),
    figure({ de: `Gesamt von ${name}`, en: `Total of ${name}` }, bid.score),
    figure({ de: `Rang von ${otherName}`, en: `Rank of ${otherName}` }, other.rank),
    figure({ de: `Gesamt von ${otherName}`, en: `Total of ${otherName}` }, other.score),
  ];
  const mine = new Map(bid.contributions.map((item) => [item.criterionId, item]));
  const theirs = new Map(other.contributions.map((item) => [item.criterionId, item]));
  for (const item of differences.slice(0, MAX_CRITERIA)) {
    const { de, en } = title(item.criterionId);
    figures.push(
      figure(
        { de: `${de}: Punkte ${name}`, en: `${en}: points of ${name}` },
        mine.get(item.criterionId)?.points ?? null,
      ),
      figure(
        { de: `${de}: Punkte ${otherName}`, en: `${en}: points of ${otherName}` },
        theirs.get(item.criterionId)?.points ?? null,
      ),
    );
  }
  return {
    kind: 'answer',
    text: {
      de: `${standing.de} Jedes Kriterium trägt sein veröffentlichtes Gewicht mal dem Anteil der dort erreichten Punkte bei. ${gained.de}${lost.de}`,
      en: `${standing.en} Each criterion contributes its published weight times the share of its points earned. ${gained.en}${lost.en}`,
    },
    figures,
    link: comparisonLink(tenderId, lotNumber, 'result-ranking', {
      de: 'Warum A vor B',
      en: 'Why A above B',
    }),
  };
}
