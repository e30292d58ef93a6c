import type { AssistantMessage, ConversationFigure } from '@tenderwise/schema';
import { scoreMatrixOf, type ScoreMatrix } from '../../../engine/numeric/score-matrix.ts';
import { compareRows, rankOfficialInto } from '../../../engine/numeric/official-order.ts';
import { scoreInto } from '../../../engine/numeric/weighted-sum.ts';
import { EngineInputError } from '../../../engine/scheme/issues.ts';
import { leafPaths, weightLinesInto } from '../../../engine/sensitivity/weight-lines.ts';
import { answerCostWhatIf } from './cost-what-if.ts';
import { isRatioMethod, priceQuestionId } from './price-weighed-scheme.ts';
import type { ReadyResults } from './read-results.ts';
import { cannotAnswer, figure, numberIn, percentIn, resultsLink, type Both } from './texts.ts';

export interface WhatIfRank {
  optionId: string;
  rank: number;
  /** Points (weighted sum) or Z (UfAB); null where Z is unbounded (a price of zero or below). */
  score: number | null;
}

/**
 * The ranking with one criterion's (or group's) share of its sibling set set to `share` and its
 * siblings rescaled proportionally, so the set still sums to one: the re-weighting the weight
 * stability analyses along (`weightLinesInto`), on the results' score matrix, ranked by the
 * published rule (`rankOfficialInto`). Null when the node cannot be varied (unknown, or without
 * siblings). Floating point, as the results page's what-if; nothing is stored.
 */
export function whatIfRanking(
  matrix: ScoreMatrix,
  nodeId: string,
  share: number,
): { ranking: WhatIfRank[]; leafWeights: Float64Array } | null {
  const index = matrix.nodes.findIndex((node) => node.id === nodeId);
  const node = matrix.nodes[index];
  if (node === undefined) return null;
  if (!matrix.nodes.some((other, at) => at !== index && other.parent === node.parent)) return null;
  const columns = matrix.criterionIds.length;
  const lines = weightLinesInto(matrix.nodes, leafPaths(matrix.nodes, columns), index, {
    intercept: new Float64Array(columns),
    slope: new Float64Array(columns),
  });
  const weights = lines.intercept.map(
    (intercept, column) => intercept + lines.slope[column]! * share,
  );
  const count = matrix.bidIds.length;
  const scores = new Float64Array(count);
  const performance = new Float64Array(count);
  const inCorridor = new Uint8Array(count);
  scoreInto(matrix, weights, scores, performance);
  const order = rankOfficialInto(matrix, scores, performance, inCorridor, new Int32Array(count));
  const ranking: WhatIfRank[] = [];
  order.forEach((row, place) => {
    const previous = order[place - 1];
    const tied =
      previous !== undefined &&
      compareRows(matrix, scores, performance, inCorridor, previous, row) === 0;
    ranking.push({
      optionId: matrix.bidIds[row]!,
      rank: tied ? ranking[place - 1]!.rank : place + 1,
      score: scores[row] === Infinity ? null : scores[row]!,
    });
  });
  return { ranking, leafWeights: weights };
}

const round = (value: number, digits: number) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor + 0;
};

/**
 * "What if price weighed 50 %?": the ranking with the criterion at `percent` of its sibling set
 * and the others there rescaled proportionally. The price under a reference-value method, which
 * is no criterion of the tree, is answered by `answerCostWhatIf`. A calculation only: the adopted
 * weights and the results stay as they are.
 */
export function answerWhatIf(
  ready: ReadyResults,
  criterionId: string | undefined,
  percent: string | undefined,
): AssistantMessage {
  const { results, names, titles, reviewId } = ready;
  const link = resultsLink(reviewId, 'what-if-heading', {
    de: 'Zum Was-wäre-wenn',
    en: 'To the what-if',
  });
  if (criterionId === undefined || percent === undefined) {
    return cannotAnswer(
      {
        de: 'Nennen Sie ein Kriterium und sein Gewicht in Prozent, etwa „Was wäre, wenn der Preis 50 % zählt?“',
        en: 'Name a criterion and its weight in percent, such as “What if price counted 50 %?”',
      },
      link,
    );
  }
  const title = titles.get(criterionId);
  const value = Number(percent);
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    return cannotAnswer({
      de: 'Ein Gewicht liegt zwischen 0 und 100 %.',
      en: 'A weight lies between 0 and 100 %.',
    });
  }
  const scheme = ready.source.task.scheme;
  const { method } = scheme;
  if (title === undefined && isRatioMethod(method) && criterionId === priceQuestionId(scheme)) {
    return answerCostWhatIf(ready, { ...scheme, method }, value);
  }
  if (title === undefined) {
    return cannotAnswer({
      de: 'Dieses Kriterium gehört nicht zum Bewertungsschema des Vergleichs.',
      en: 'This criterion is not part of the review’s evaluation scheme.',
    });
  }
  let matrix: ScoreMatrix;
  try {
    if (results.whatIf === null) throw new EngineInputError([]);
    matrix = scoreMatrixOf(ready.source.task.scheme, ready.bids);
  } catch (error) {
    if (!(error instanceof EngineInputError)) throw error;
    return cannotAnswer({
      de: 'Für diese Bewertungsmethode lässt sich die Rangfolge nicht mit anderen Gewichten neu berechnen.',
      en: 'The ranking cannot be recomputed with other weights under this evaluation method.',
    });
  }
  const share = value / 100;
  const computed = whatIfRanking(matrix, criterionId, share);
  if (computed === null) {
    return cannotAnswer({
      de: `${title.de} hat keine Geschwister im Schema; ihr Gewicht lässt sich nicht allein verschieben.`,
      en: `${title.en} has no siblings in the scheme; its weight cannot be moved on its own.`,
    });
  }
  const node = matrix.nodes.find((item) => item.id === criterionId)!;
  const parent = node.parent === -1 ? undefined : matrix.nodes[node.parent]!;
  const parentTitle = parent === undefined ? undefined : titles.get(parent.id);
  const official = new Map(results.evaluation.ranking.map((bid) => [bid.id, bid.rank] as const));
  const { ranking, leafWeights } = computed;
  const name = (id: string) => names.get(id) ?? id;
  const firstNow = ranking.filter((item) => item.rank === 1).map((item) => item.optionId);
  const firstBefore = ranking
    .filter((item) => official.get(item.optionId) === 1)
    .map((item) => item.optionId);
  const sameFirst =
    firstNow.length === firstBefore.length && firstNow.every((id) => firstBefore.includes(id));
  const changed = ranking.some((item) => official.get(item.optionId) !== item.rank);
  const points = results.evaluation.method === 'weightedSum';
  const order = (language: 'de' | 'en') =>
    ranking
      .map((item) => {
        const score =
          item.score === null
            ? '–'
            : `${numberIn(item.score)[language]}${points ? (language === 'de' ? ' Punkte' : ' points') : ''}`;
        return `${item.rank}. ${name(item.optionId)} (${score})`;
      })
      .join(', ');
  const within: Both =
    parentTitle === undefined
      ? { de: 'des Gesamtgewichts', en: 'of the total weight' }
      : { de: `innerhalb von ${parentTitle.de}`, en: `within ${parentTitle.en}` };
  const assumption: Both = {
    de: `Angenommen, ${title.de} zählt ${percentIn(share, 2).de} ${within.de} statt ${percentIn(node.share, 2).de} und die übrigen Kriterien dieser Ebene werden anteilig angepasst: ${order('de')}.`,
    en: `Suppose ${title.en} counted ${percentIn(share, 2).en} ${within.en} instead of ${percentIn(node.share, 2).en}, the other criteria at that level rescaled proportionally: ${order('en')}.`,
  };
  const verdict: Both = !changed
    ? { de: 'Die Rangfolge bliebe dieselbe.', en: 'The ranking would stay the same.' }
    : sameFirst
      ? {
          de: 'Der erste Platz bliebe, dahinter änderte sich die Reihenfolge.',
          en: 'First place would stay; the order behind it would change.',
        }
      : {
          de: `Der erste Platz wechselte zu ${firstNow.map(name).join(', ')}.`,
          en: `First place would go to ${firstNow.map(name).join(', ')}.`,
        };
  const note: Both = {
    de: 'Das ist nur eine Rechnung: Die beschlossenen Gewichte und die Ergebnisse bleiben unverändert.',
    en: 'This is a calculation only: the adopted weights and the results stay unchanged.',
  };

  const figures: ConversationFigure[] = [
    figure({ de: `${title.de}: Anteil (%)`, en: `${title.en}: share (%)` }, round(share * 100, 4)),
  ];
  for (const item of ranking) {
    const optionName = name(item.optionId);
    figures.push(
      figure({ de: `${optionName}: Rang`, en: `${optionName}: rank` }, item.rank),
      figure(
        { de: `${optionName}: Gesamt`, en: `${optionName}: total` },
        item.score === null ? null : round(item.score, 2),
      ),
      figure(
        { de: `${optionName}: beschlossener Rang`, en: `${optionName}: adopted rank` },
        official.get(item.optionId) ?? null,
      ),
    );
  }
  matrix.criterionIds.forEach((leafId, column) => {
    if (figures.length >= 50) return;
    const leafTitle = titles.get(leafId) ?? { de: leafId, en: leafId };
    figures.push(
      figure(
        { de: `${leafTitle.de}: Gewicht (%)`, en: `${leafTitle.en}: weight (%)` },
        round(leafWeights[column]! * 100, 4),
      ),
    );
  });

  return {
    kind: 'answer',
    text: {
      de: `${assumption.de} ${verdict.de} ${note.de}`,
      en: `${assumption.en} ${verdict.en} ${note.en}`,
    },
    figures: figures.slice(0, 50),
    link,
  };
}
