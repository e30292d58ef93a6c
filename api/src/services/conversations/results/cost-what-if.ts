import type { AssistantMessage, ConversationFigure, EvaluationScheme } from '@tenderwise/schema';
import { evaluate, type Evaluation } from '../../../engine/evaluation/evaluate.ts';
import { EngineInputError } from '../../../engine/scheme/issues.ts';
import { BASIS_POINTS_TOTAL } from '../../../engine/weights/basis-points.ts';
import {
  medianWithPriceWeight,
  priceQuestionId,
  priceWeighedScheme,
  type RatioMethod,
} from './price-weighed-scheme.ts';
import type { ReadyResults } from './read-results.ts';
import { cannotAnswer, figure, numberIn, percentIn, resultsLink, type Both } from './texts.ts';

const note: Both = {
  de: 'Das ist nur eine Rechnung: Die beschlossenen Gewichte und die Bewertungsmethode bleiben unverändert.',
  en: 'This is a calculation only: the adopted weights and the evaluation method stay unchanged.',
};

/**
 * "What if cost counted 50 %?" where the scheme's method is a reference-value method, whose tree
 * has no price criterion. Under the simple and extended methods the price carries no weight; the
 * answer says so and shows the ranking of a weighted sum with the price at that share
 * (`priceWeighedScheme`). Under the median method the price weight G_P is a parameter; the answer
 * recomputes with it. Either way through `evaluate`, the entry point of `/api/v1/analysis/evaluate`,
 * so the figures are the analysis API's for the derived scheme. Nothing is stored.
 */
export function answerCostWhatIf(
  ready: ReadyResults,
  scheme: EvaluationScheme & { method: RatioMethod },
  percent: number,
): AssistantMessage {
  const link = resultsLink(ready.reviewId, 'what-if-heading', {
    de: 'Zum Was-wäre-wenn',
    en: 'To the what-if',
  });
  const priceBp = Math.round(percent * 100);
  const share = priceBp / BASIS_POINTS_TOTAL;
  const method = scheme.method;
  const median = method.kind === 'ufabMedian';
  if (median && (priceBp <= 0 || priceBp >= BASIS_POINTS_TOTAL)) {
    return cannotAnswer(
      {
        de: 'Nach der Medianmethode wiegen Preis und Leistung jeweils mehr als 0 und weniger als 100 %.',
        en: 'Under the median method price and performance each weigh more than 0 and less than 100 %.',
      },
      link,
    );
  }
  const derived = median
    ? medianWithPriceWeight({ ...scheme, method }, priceBp)
    : priceWeighedScheme(scheme, priceBp);
  let evaluation: Evaluation;
  try {
    evaluation = evaluate(derived, ready.bids);
  } catch (error) {
    if (!(error instanceof EngineInputError)) throw error;
    return cannotAnswer({
      de: 'Mit diesem Preisgewicht lässt sich die Rangfolge nicht berechnen.',
      en: 'The ranking cannot be computed with this price weight.',
    });
  }

  const { names, titles, results } = ready;
  const name = (id: string) => names.get(id) ?? id;
  const priceId = priceQuestionId(scheme);
  const titleOf = (id: string) =>
    id === priceId ? { de: 'Preis', en: 'Price' } : (titles.get(id) ?? { de: id, en: id });
  const official = new Map(results.evaluation.ranking.map((bid) => [bid.id, bid.rank] as const));
  const ranking = evaluation.ranking;
  const unit: Both = median ? { de: 'Z', en: 'Z' } : { de: 'Punkte', en: 'points' };
  const order = (language: 'de' | 'en') =>
    ranking
      .map((bid) => {
        const score =
          bid.score === null ? '–' : `${numberIn(bid.score)[language]} ${unit[language]}`;
        return `${bid.rank ?? '–'}. ${name(bid.id)} (${score})`;
      })
      .join(', ');
  const priceShare = percentIn(share, 2);
  const restShare = percentIn(1 - share, 2);

  const lead: Both = median
    ? {
        de: `Nach der Medianmethode (UfAB 2018) ist das Preisgewicht G_P ein Parameter: beschlossen sind ${percentIn(1 - method.performanceWeightBp / BASIS_POINTS_TOTAL, 2).de} für den Preis. Mit G_P = ${priceShare.de} und G_L = ${restShare.de}, Z = 100 · (G_L · L / L_M + G_P · (2 − P / P_M)): ${order('de')}.`,
        en: `Under the median method (UfAB 2018) the price weight G_P is a parameter: the adopted one is ${percentIn(1 - method.performanceWeightBp / BASIS_POINTS_TOTAL, 2).en} for price. With G_P = ${priceShare.en} and G_L = ${restShare.en}, Z = 100 · (G_L · L / L_M + G_P · (2 − P / P_M)): ${order('en')}.`,
      }
    : ratioLead(method, titleOf, priceShare, restShare, numberIn(share * 100, 2), order);

  const changed = ranking.some((bid) => official.get(bid.id) !== bid.rank);
  const firstNow = ranking.filter((bid) => bid.rank === 1).map((bid) => bid.id);
  const firstBefore = results.evaluation.ranking
    .filter((bid) => bid.rank === 1)
    .map((bid) => bid.id);
  const sameFirst =
    firstNow.length === firstBefore.length && firstNow.every((id) => firstBefore.includes(id));
  const verdict: Both = !changed
    ? { de: 'Die Rangfolge wäre dieselbe.', en: 'The ranking would be the same.' }
    : sameFirst
      ? {
          de: 'Der erste Platz bliebe, dahinter änderte sich die Reihenfolge.',
          en: 'First place would stay; the order behind it would change.',
        }
      : {
          de: `Der erste Platz ginge an ${firstNow.map(name).join(', ')}.`,
          en: `First place would go to ${firstNow.map(name).join(', ')}.`,
        };

  const figures: ConversationFigure[] = [
    figure({ de: 'Preis: Anteil (%)', en: 'Price: share (%)' }, priceBp / 100),
  ];
  for (const bid of ranking) {
    const optionName = name(bid.id);
    figures.push(
      figure({ de: `${optionName}: Rang`, en: `${optionName}: rank` }, bid.rank),
      figure({ de: `${optionName}: Gesamt`, en: `${optionName}: total` }, bid.score),
      figure(
        { de: `${optionName}: beschlossener Rang`, en: `${optionName}: adopted rank` },
        official.get(bid.id) ?? null,
      ),
    );
  }
  const scored = ranking.find((bid) => bid.contributions.length > 0);
  for (const item of scored?.contributions ?? []) {
    const title = titleOf(item.criterionId);
    figures.push(
      figure({ de: `${title.de}: Gewicht (%)`, en: `${title.en}: weight (%)` }, item.weightPercent),
    );
  }

  return {
    kind: 'answer',
    text: {
      de: `${lead.de} ${verdict.de} ${note.de}`,
      en: `${lead.en} ${verdict.en} ${note.en}`,
    },
    figures: figures.slice(0, 50),
    link,
  };
}

/** What the price is under the simple and extended methods, and the weighted sum asked about. */
function ratioLead(
  method: Extract<RatioMethod, { kind: 'ufabSimple' | 'ufabExtended' }>,
  titleOf: (id: string) => Both,
  priceShare: Both,
  restShare: Both,
  pricePoints: Both,
  order: (language: 'de' | 'en') => string,
): Both {
  const name: Both =
    method.kind === 'ufabSimple'
      ? { de: 'einfachen Richtwertmethode', en: 'simple reference-value method' }
      : { de: 'erweiterten Richtwertmethode', en: 'extended reference-value method' };
  let corridor: Both = { de: '', en: '' };
  if (method.kind === 'ufabExtended') {
    const decides: Both =
      method.tieBreak === 'lowestPrice'
        ? { de: 'der niedrigere Preis', en: 'the lower price' }
        : method.tieBreak === 'highestPerformance'
          ? { de: 'die höhere Leistung', en: 'the higher performance' }
          : {
              de: `die höhere Punktzahl bei ${titleOf(method.tieBreak.criterionId).de}`,
              en: `the higher score in ${titleOf(method.tieBreak.criterionId).en}`,
            };
    corridor = {
      de: `; innerhalb von ${method.corridorPercent} % unter der besten Kennzahl entscheidet ${decides.de}`,
      en: `; within ${method.corridorPercent} % below the best ratio ${decides.en} decides`,
    };
  }
  return {
    de: `Nach der ${name.de} (UfAB 2018, Abschnitt 4.21) hat der Preis kein eigenes Gewicht: Gereiht wird nach dem Verhältnis von Leistungspunkten zu Preis, Z = L / P${corridor.de}. Wöge der Preis stattdessen ${priceShare.de} in einer gewichteten Summe – die Kriterien des Vergleichs zusammen ${restShare.de} in ihren beschlossenen Verhältnissen, der Preis bewertet mit Punkte = ${pricePoints.de} × niedrigster Preis / Preis des Angebots –, ergäbe sich: ${order('de')}.`,
    en: `Under the ${name.en} (UfAB 2018, section 4.21) the price carries no weight of its own: the ranking is by performance points per price, Z = L / P${corridor.en}. If the price instead weighed ${priceShare.en} in a weighted sum – the review’s criteria together ${restShare.en} in their adopted proportions, the price scored as points = ${pricePoints.en} × lowest price / the option’s price –, the result would be: ${order('en')}.`,
  };
}
