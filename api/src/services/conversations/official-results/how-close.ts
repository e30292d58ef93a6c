import type { AssistantMessage, ConversationFigure } from '@tenderwise/schema';
import { cannotAnswer, figure, numberIn } from '../results/texts.ts';
import { comparisonLink, type OfficialResult } from './read-official-result.ts';

/**
 * How close the ranks of the official result are: the gap between each bid and the next, and
 * whether a tie was decided by the published tie-break or by a draw. Information only: no other
 * weighting is run on the real bids.
 */
export function officialHowClose(result: OfficialResult): AssistantMessage {
  const { evaluation, names, tenderId, lotNumber } = result;
  const ranked = evaluation.ranking
    .filter((bid) => bid.rank !== null && bid.score !== null)
    .sort((a, b) => a.rank! - b.rank!);
  const link = comparisonLink(tenderId, lotNumber, 'result-sensitivity', {
    de: 'Zur Empfindlichkeit (Information)',
    en: 'To the sensitivity (information)',
  });
  if (ranked.length < 2) {
    return cannotAnswer(
      {
        de: 'Es gibt weniger als zwei gewertete Angebote; es gibt keinen Abstand.',
        en: 'There are fewer than two ranked bids; there is no gap.',
      },
      link,
    );
  }
  const name = (id: string) => names.get(id) ?? id;
  const figures: ConversationFigure[] = [];
  const gaps = ranked.slice(1).map((bid, index) => {
    const above = ranked[index]!;
    const gap = Math.round((above.score! - bid.score!) * 100) / 100 + 0;
    figures.push(
      figure(
        {
          de: `Abstand Rang ${above.rank} → ${bid.rank}`,
          en: `Gap rank ${above.rank} → ${bid.rank}`,
        },
        gap,
      ),
    );
    return { above, bid, gap };
  });
  const first = gaps[0]!;
  const drawn = evaluation.ranking.some((bid) =>
    bid.flags.some((flag) => flag.code === 'decidedByDraw'),
  );
  const unit = evaluation.method === 'weightedSum';
  const gapText = (language: 'de' | 'en') =>
    `${numberIn(first.gap)[language]}${unit ? (language === 'de' ? ' Punkte' : ' points') : ''}`;
  return {
    kind: 'answer',
    text: {
      de:
        `${name(first.above.id)} liegt ${gapText('de')} vor ${name(first.bid.id)}. ` +
        (drawn ? 'Ein Gleichstand wurde durch Los entschieden, wie veröffentlicht. ' : '') +
        'Die Empfindlichkeit auf der Vergleichsseite ist nur Information: Nach der Öffnung wird keine andere Gewichtung auf die echten Angebote angewandt.',
      en:
        `${name(first.above.id)} leads ${name(first.bid.id)} by ${gapText('en')}. ` +
        (drawn ? 'A tie was decided by drawing lots, as published. ' : '') +
        'The sensitivity on the comparison page is information only: after the opening no other weighting is applied to the real bids.',
    },
    figures,
    link,
  };
}
