import type { AssistantMessage, ConversationFigure, EvaluatedBid } from '@tenderwise/schema';
import {
  add,
  compare,
  div,
  mul,
  rational,
  sub,
  sum,
  toNumber,
  type Rational,
} from '../../../engine/arithmetic/rational.ts';
import { evaluate } from '../../../engine/evaluation/evaluate.ts';
import { exclusionsOf } from '../../../engine/evaluation/exclusions.ts';
import { scoreAdmittedBids } from '../../../engine/evaluation/score-bids.ts';
import { EngineInputError } from '../../../engine/scheme/issues.ts';
import type { ReadyResults } from './read-results.ts';
import {
  cannotAnswer,
  figure,
  listed,
  numberIn,
  percentIn,
  resultsLink,
  type Both,
} from './texts.ts';

type Scheme = ReadyResults['source']['task']['scheme'];

/** What one criterion could do for the option behind, in exact points. */
export interface CriterionRoom {
  criterionId: string;
  /** Points it could still gain there: the leaf's full points minus those it has. */
  room: Rational;
  /** The share of the leaf's points that would draw level; undefined where not reachable. */
  levelShare: Rational | undefined;
  share: Rational;
}

export interface OvertakeFigures {
  /** The exact gap in the total (weighted sum); undefined under the UfAB methods. */
  gap: Rational | undefined;
  criteria: CriterionRoom[];
  /** The highest total price (to the cent) at which the option ranks above the other, if any. */
  price: { current: number; highest: number | null } | undefined;
}

/**
 * How far option `behind` is from overtaking `ahead`, exactly: under the weighted sum the gap
 * between their exact totals and, per criterion but price, how much it could still gain there
 * (full points minus its points) and the share of the points that would draw level; and for a
 * total price, the highest price to the cent at which the exact engine ranks it above the other,
 * the other bids as they are.
 */
export function overtakeFigures(
  scheme: Scheme,
  bids: readonly EvaluatedBid[],
  behind: string,
  ahead: string,
): OvertakeFigures {
  const admitted = bids.filter((bid) => exclusionsOf(scheme, bid).length === 0);
  const scores = new Map(
    scoreAdmittedBids(scheme, admitted, scheme.submissionDeadline).map((score) => [
      score.id,
      score,
    ]),
  );
  const mine = scores.get(behind)!;
  const theirs = scores.get(ahead)!;
  const weightedSum = scheme.method.kind === 'weightedSum';
  const gap = weightedSum ? sub(theirs.score!, mine.score!) : undefined;
  const priceId = scheme.award.find((node) => node.kind === 'price')?.id;
  const hundred = rational(100n);
  const criteria =
    gap === undefined
      ? []
      : mine.contributions
          .filter((item) => item.criterionId !== priceId)
          .map((item): CriterionRoom => {
            const full = mul(item.weight, hundred);
            const room = sub(full, item.points);
            return {
              criterionId: item.criterionId,
              room,
              levelShare: compare(room, gap) >= 0 ? div(add(item.points, gap), full) : undefined,
              share: item.share,
            };
          });
  const bid = bids.find((item) => item.id === behind)!;
  return {
    gap,
    criteria,
    price:
      bid.price.kind === 'totalPrice' ? priceToOvertake(scheme, bids, behind, ahead) : undefined,
  };
}

/** Whether the exact engine ranks `behind` above `ahead` with `behind` at this total price. */
function ranksAbove(
  scheme: Scheme,
  bids: readonly EvaluatedBid[],
  behind: string,
  ahead: string,
  cents: number,
): boolean {
  const changed = bids.map((bid) =>
    bid.id === behind
      ? { ...bid, price: { kind: 'totalPrice' as const, amount: cents / 100 } }
      : bid,
  );
  try {
    const ranking = evaluate(scheme, changed).ranking;
    const mine = ranking.find((item) => item.id === behind)?.rank ?? null;
    const theirs = ranking.find((item) => item.id === ahead)?.rank ?? null;
    return mine !== null && (theirs === null || mine < theirs);
  } catch (error) {
    if (error instanceof EngineInputError) return false;
    throw error;
  }
}

/**
 * The highest price in whole cents at which `behind` ranks above `ahead`, by bisection with the
 * exact engine between one cent and its price: a lower price never earns fewer price points.
 */
function priceToOvertake(
  scheme: Scheme,
  bids: readonly EvaluatedBid[],
  behind: string,
  ahead: string,
): { current: number; highest: number | null } {
  const bid = bids.find((item) => item.id === behind)!;
  const current = bid.price.kind === 'totalPrice' ? bid.price.amount : 0;
  let high = Math.round(current * 100);
  let low = 1;
  if (high <= low || !ranksAbove(scheme, bids, behind, ahead, low))
    return { current, highest: null };
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (ranksAbove(scheme, bids, behind, ahead, middle)) low = middle;
    else high = middle;
  }
  return { current, highest: low / 100 };
}

/** "What would X need to overtake Y?", in points per criterion and as a price. */
export function answerOvertake(
  ready: ReadyResults,
  optionId: string | undefined,
  otherOptionId: string | undefined,
): AssistantMessage {
  const { results, names, titles, reviewId, bids } = ready;
  if (optionId === undefined || otherOptionId === undefined || optionId === otherOptionId) {
    return cannotAnswer({
      de: 'Nennen Sie zwei verschiedene Optionen, etwa „Was bräuchte A, um B zu überholen?“',
      en: 'Name two different options, such as “What would A need to overtake B?”',
    });
  }
  const ranking = results.evaluation.ranking;
  const mine = ranking.find((bid) => bid.id === optionId);
  const theirs = ranking.find((bid) => bid.id === otherOptionId);
  if (mine === undefined || theirs === undefined) {
    return cannotAnswer({
      de: 'Mindestens eine der beiden Optionen gehört nicht zu diesem Vergleich.',
      en: 'At least one of the two options is not part of this review.',
    });
  }
  const name = names.get(mine.id)!;
  const otherName = names.get(theirs.id)!;
  if (mine.rank === null || theirs.rank === null) {
    return cannotAnswer({
      de: `${mine.rank === null ? name : otherName} wurde nicht gewertet; ein Überholen lässt sich nicht berechnen.`,
      en: `${mine.rank === null ? name : otherName} was not ranked; overtaking cannot be computed.`,
    });
  }
  const link = resultsLink(
    reviewId,
    'results-pair',
    { de: 'Paarvergleich der beiden', en: 'Pairwise comparison of the two' },
    { a: mine.id, b: theirs.id },
  );
  if (mine.rank < theirs.rank) {
    return cannotAnswer(
      {
        de: `${name} liegt bereits vor ${otherName} (Rang ${mine.rank} gegen ${theirs.rank}).`,
        en: `${name} already ranks above ${otherName} (rank ${mine.rank} against ${theirs.rank}).`,
      },
      link,
    );
  }
  const computed = overtakeFigures(ready.source.task.scheme, bids, mine.id, theirs.id);
  const title = (id: string) => titles.get(id) ?? { de: id, en: id };
  const figures: ConversationFigure[] = [];
  const sentences: Both[] = [];
  if (computed.gap !== undefined) {
    const gap = toNumber(computed.gap, 2);
    figures.push(
      figure(
        {
          de: `Rückstand von ${name} auf ${otherName} (Punkte)`,
          en: `${name}’s gap to ${otherName} (points)`,
        },
        gap,
      ),
    );
    sentences.push({
      de: `${name} liegt ${numberIn(gap).de} Punkte hinter ${otherName}; gleich viele Punkte mehr ziehen gleich, mehr überholen.`,
      en: `${name} is ${numberIn(gap).en} points behind ${otherName}; as many more points draw level, more overtake.`,
    });
    const reachable = computed.criteria.filter((item) => item.levelShare !== undefined);
    const unreachable = computed.criteria.filter((item) => item.levelShare === undefined);
    for (const item of computed.criteria) {
      if (figures.length + 2 > 46) break;
      const { de, en } = title(item.criterionId);
      figures.push(
        figure(
          { de: `${de}: möglicher Zugewinn (Punkte)`, en: `${en}: possible gain (points)` },
          toNumber(item.room, 2),
        ),
        figure(
          { de: `${de}: Anteil zum Gleichziehen (%)`, en: `${en}: share to draw level (%)` },
          item.levelShare === undefined ? null : toNumber(mul(item.levelShare, rational(100n)), 2),
        ),
      );
    }
    if (reachable.length > 0) {
      const described = (language: 'de' | 'en') =>
        listed(
          reachable.map((item) => {
            const from = percentIn(toNumber(item.share, 6))[language];
            const to = percentIn(toNumber(item.levelShare!, 6), 2)[language];
            return language === 'de'
              ? `${title(item.criterionId).de} (über ${to} statt ${from} der Punkte)`
              : `${title(item.criterionId).en} (above ${to} instead of ${from} of the points)`;
          }),
        )[language];
      sentences.push({
        de: `Allein reichen würde ein besseres Ergebnis bei ${described('de')}.`,
        en: `A better result on ${described('en')} alone would do.`,
      });
    }
    if (unreachable.length > 0) {
      const room = sum(computed.criteria.map((item) => item.room));
      const total = numberIn(toNumber(room, 2));
      const together = compare(room, computed.gap) > 0;
      sentences.push({
        de: `Bei ${listed(unreachable.map((item) => title(item.criterionId).de)).de} reicht es allein nicht. Über alle Kriterien außer dem Preis sind höchstens ${total.de} Punkte mehr möglich: ${together ? 'zusammen würde es reichen' : 'auch zusammen reicht das nicht'}.`,
        en: `${listed(unreachable.map((item) => title(item.criterionId).en)).en} cannot do it alone. Across all criteria but price at most ${total.en} more points are possible: ${together ? 'together they would do' : 'not enough even together'}.`,
      });
    }
  } else {
    sentences.push({
      de: `Unter der Richtwertmethode rechnet die Antwort nur den Preis; Leistungspunkte und Preis wirken dort als Verhältnis.`,
      en: `Under the reference-value method the answer computes the price only; performance and price act as a ratio there.`,
    });
  }
  if (computed.price === undefined) {
    sentences.push({
      de: 'Eine Preissenkung wird nur für einen Gesamtpreis berechnet, nicht für Lebenszykluskosten.',
      en: 'A price reduction is computed for a total price only, not for life-cycle costs.',
    });
  } else {
    const { current, highest } = computed.price;
    figures.push(figure({ de: `Preis von ${name}`, en: `Price of ${name}` }, current));
    if (highest === null) {
      figures.push(
        figure({ de: 'Höchstpreis zum Überholen', en: 'Highest price to overtake' }, null),
      );
      sentences.push({
        de: `Über den Preis allein kann ${name} ${otherName} nicht überholen.`,
        en: `${name} cannot overtake ${otherName} by price alone.`,
      });
    } else {
      const reduction = Math.round((current - highest) * 100) / 100;
      const reductionPercent = Math.round((reduction / current) * 10_000) / 100;
      figures.push(
        figure({ de: 'Höchstpreis zum Überholen', en: 'Highest price to overtake' }, highest),
        figure({ de: 'Preissenkung', en: 'Price reduction' }, reduction),
        figure({ de: 'Preissenkung (%)', en: 'Price reduction (%)' }, reductionPercent),
      );
      sentences.push({
        de: `Über den Preis: Bei höchstens ${numberIn(highest).de} € (${numberIn(reduction).de} € oder ${numberIn(reductionPercent).de} % weniger) läge ${name} vor ${otherName}, alle anderen unverändert.`,
        en: `By price: at no more than €${numberIn(highest).en} (€${numberIn(reduction).en} or ${numberIn(reductionPercent).en} % less), ${name} would rank above ${otherName}, everything else unchanged.`,
      });
    }
  }
  return {
    kind: 'answer',
    text: {
      de: sentences.map((item) => item.de).join(' '),
      en: sentences.map((item) => item.en).join(' '),
    },
    figures,
    link,
  };
}
