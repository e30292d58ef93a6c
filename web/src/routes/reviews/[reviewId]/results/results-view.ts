import type { components } from '@tenderwise/schema/openapi-types';
import { heatmap } from '#lib/charts/heatmap.ts';
import { pairLines } from '#lib/charts/pair-lines.ts';
import { stackedBarChart } from '#lib/charts/stacked-bars.ts';
import { tornado } from '#lib/charts/tornado.ts';
import { comparePair } from '#lib/options-reviews/what-if.ts';
import { m } from '#lib/paraglide/messages.js';
import type { Locale } from '#lib/paraglide/runtime.js';

type Results = components['schemas']['OptionsReviewResults'];

const regionOf = { de: 'de-DE', en: 'en-GB' } as const;

/**
 * Everything the results page shows, in one language: tables and the charts' geometry, computed
 * in the page's server load, so the page receives numbers and text and no chart library. `pair`
 * names the two options compared (the first two of the ranking unless chosen).
 */
export function resultsView(results: Results, locale: Locale, pair: { a?: string; b?: string }) {
  const options = { locale };
  const region = regionOf[locale];
  const number = (digits: number) =>
    new Intl.NumberFormat(region, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const points = number(2);
  const money = new Intl.NumberFormat(region, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(region, { style: 'percent', maximumFractionDigits: 1 });
  const names = new Map(results.options.map((option) => [option.id, option.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const criteria = new Map(results.criteria.map((node) => [node.id, node]));
  const titleOf = (id: string) => criteria.get(id)?.title[locale] ?? id;
  const ranking = results.evaluation.ranking;
  const admitted = ranking.filter((bid) => bid.rank !== null);
  const excluded = ranking.filter((bid) => bid.rank === null);
  const leaves = results.criteria.filter((node) => node.kind !== 'group');
  const top = results.criteria.filter((node) => node.parentId === null);

  /** The top-level node a leaf belongs to. */
  const topOf = (id: string): string => {
    let node = criteria.get(id);
    while (node?.parentId) node = criteria.get(node.parentId);
    return node?.id ?? id;
  };
  const byTop = (bid: (typeof ranking)[number]) => {
    const sums = Object.fromEntries(top.map((node) => [node.id, 0])) as Record<string, number>;
    for (const item of bid.contributions) sums[topOf(item.criterionId)]! += item.points;
    return sums;
  };

  const rankingRows = admitted.map((bid) => ({
    id: bid.id,
    rank: bid.rank!,
    name: nameOf(bid.id),
    score: bid.score === null ? '–' : points.format(bid.score),
    price: money.format(bid.price),
    byTop: top.map((node) => points.format(byTop(bid)[node.id]!)),
    contributions: bid.contributions.map((item) => ({
      id: item.criterionId,
      title: titleOf(item.criterionId),
      weight: percent.format(item.weightPercent / 100),
      share: percent.format(item.share),
      points: points.format(item.points),
    })),
    flags: bid.flags.map((flag) => flag.code),
  }));

  const contributionChart = stackedBarChart({
    series: top.map((node) => ({ key: node.id, label: node.title[locale] })),
    bars: admitted.map((bid) => ({ id: bid.id, label: nameOf(bid.id), values: byTop(bid) })),
    format: (value) => points.format(value),
  });

  const heat = heatmap({
    rows: admitted.map((bid) => ({ id: bid.id, label: nameOf(bid.id) })),
    columns: leaves.map((leaf) => ({ id: leaf.id, label: leaf.title[locale] })),
    values: admitted.map((bid) => {
      const shares = new Map(bid.contributions.map((item) => [item.criterionId, item.share]));
      return leaves.map((leaf) => shares.get(leaf.id) ?? 0);
    }),
    format: (value) => percent.format(value),
  });

  const stability = results.stability;
  const stabilityItems = (stability?.criteria ?? [])
    .map((node) => ({
      id: node.nodeId,
      label: titleOf(node.nodeId),
      share: node.share,
      from: node.stable.from,
      to: node.stable.to,
    }))
    .sort((x, y) => x.to - x.from - (y.to - y.from) || (x.id < y.id ? -1 : 1));
  const swaps = (stability?.criteria ?? []).flatMap((node) =>
    node.swaps
      .filter((swap) => swap.atShare !== null)
      .map((swap) => ({
        id: `${node.nodeId}-${swap.above}-${swap.below}`,
        criterion: titleOf(node.nodeId),
        above: nameOf(swap.above),
        below: nameOf(swap.below),
        at: percent.format(swap.atShare!),
        published: percent.format(node.share),
      })),
  );

  const smaa = results.smaa;
  const acceptabilityChart =
    smaa &&
    stackedBarChart({
      series: [
        { key: 'first', label: m.results_rank_first({}, options) },
        { key: 'second', label: m.results_rank_second({}, options) },
        { key: 'lower', label: m.results_rank_lower({}, options) },
      ] as const,
      bars: smaa.acceptability.map((row) => ({
        id: row.bidId,
        label: nameOf(row.bidId),
        values: {
          first: round((row.ranks[0] ?? 0) * 100),
          second: round((row.ranks[1] ?? 0) * 100),
          lower: round(row.ranks.slice(2).reduce((sum, share) => sum + share, 0) * 100),
        },
      })),
      format: (value) => `${number(0).format(value)} %`,
    });

  const first = pair.a && names.has(pair.a) ? pair.a : admitted[0]?.id;
  const second =
    pair.b && names.has(pair.b) && pair.b !== first
      ? pair.b
      : admitted.find((bid) => bid.id !== first)?.id;
  const compared = first && second ? comparePair(results, first, second) : null;
  const shareOf = (id: string) => {
    const bid = ranking.find((item) => item.id === id);
    const shares = new Map(bid?.contributions.map((item) => [item.criterionId, item.share]));
    return leaves.map((leaf) => shares.get(leaf.id) ?? 0);
  };
  const pairChart =
    first && second && compared
      ? pairLines({
          axes: leaves.map((leaf) => ({ id: leaf.id })),
          lines: [
            { id: first, values: shareOf(first) },
            { id: second, values: shareOf(second) },
          ],
        })
      : null;

  const formulaName = (formula: { kind: string; zeroAtMultiple?: number }) => {
    switch (formula.kind) {
      case 'lowestPriceRatio':
        return m.results_formula_lowest_ratio({}, options);
      case 'oneSidedLinear':
        return m.results_formula_one_sided({ k: String(formula.zeroAtMultiple ?? '') }, options);
      default:
        return m.results_formula_two_sided({}, options);
    }
  };

  return {
    hasRanking: admitted.length > 0,
    top: top.map((node) => ({ id: node.id, title: node.title[locale] })),
    ranking: rankingRows,
    excluded: excluded.map((bid) => ({
      id: bid.id,
      name: nameOf(bid.id),
      reasons: bid.reasons.map((reason) => ({
        code: reason.code,
        criterion: titleOf(reason.criterionId),
      })),
    })),
    unjudged: results.unjudged.map((item) => ({ id: item.criterionId, title: item.title[locale] })),
    notAnalysable: results.notAnalysable,
    contribution: {
      chart: contributionChart,
      title: m.results_contribution_title({}, options),
      description: m.results_contribution_description({}, options),
      table: {
        columns: [m.results_option({}, options), ...top.map((node) => node.title[locale])],
        rows: rankingRows.map((row) => ({ id: row.id, cells: [row.name, ...row.byTop] })),
      },
    },
    heatmap: {
      chart: heat,
      title: m.results_heatmap_title({}, options),
      description: m.results_heatmap_description({}, options),
      columnLabels: leaves.map((leaf) => leaf.title[locale]),
      table: {
        columns: [m.results_option({}, options), ...leaves.map((leaf) => leaf.title[locale])],
        rows: heat.rows.map((row) => ({
          id: row.id,
          cells: [row.label, ...row.cells.map((cell) => cell.text)],
        })),
      },
    },
    stability: stability && {
      noClearWinner: stability.noClearWinner,
      chart: tornado({ items: stabilityItems }),
      title: m.results_stability_title({}, options),
      description: m.results_stability_description(
        { winner: admitted[0] ? nameOf(admitted[0].id) : '' },
        options,
      ),
      table: {
        columns: [
          m.results_criterion({}, options),
          m.results_published_share({}, options),
          m.results_stable_from({}, options),
          m.results_stable_to({}, options),
        ],
        rows: stabilityItems.map((item) => ({
          id: item.id,
          cells: [
            item.label,
            percent.format(item.share),
            percent.format(item.from),
            percent.format(item.to),
          ],
        })),
      },
      swaps,
    },
    acceptability: acceptabilityChart && {
      chart: acceptabilityChart,
      note: smaa!.note[locale],
      title: m.results_acceptability_title({}, options),
      description: m.results_acceptability_description({}, options),
      table: {
        columns: [
          m.results_option({}, options),
          ...(smaa!.acceptability[0]?.ranks ?? []).map((_, index) =>
            m.results_rank_n({ rank: String(index + 1) }, options),
          ),
        ],
        rows: smaa!.acceptability.map((row) => ({
          id: row.bidId,
          cells: [nameOf(row.bidId), ...row.ranks.map((share) => percent.format(share))],
        })),
      },
    },
    pair: first &&
      second && {
        a: first,
        b: second,
        names: [nameOf(first), nameOf(second)] as [string, string],
        options: admitted.map((bid) => ({ id: bid.id, name: nameOf(bid.id) })),
        differences: (compared ?? []).map((item) => ({
          id: item.criterionId,
          criterion: titleOf(item.criterionId),
          difference: points.format(item.difference),
          favours: item.difference > 0 ? nameOf(first) : nameOf(second),
        })),
        chart: pairChart && {
          chart: pairChart,
          title: m.results_pair_title({ a: nameOf(first), b: nameOf(second) }, options),
          description: m.results_pair_description({}, options),
          columnLabels: leaves.map((leaf) => leaf.title[locale]),
          table: {
            columns: [m.results_criterion({}, options), nameOf(first), nameOf(second)],
            rows: leaves.map((leaf, index) => ({
              id: leaf.id,
              cells: [
                leaf.title[locale],
                percent.format(shareOf(first)[index]!),
                percent.format(shareOf(second)[index]!),
              ],
            })),
          },
        },
      },
    priceFormulas: results.priceFormulas && {
      note: results.priceFormulas.note[locale],
      columns: results.priceFormulas.formulas.map((item) => ({
        name: formulaName(item.formula),
        published: item.published,
        sameWinner: item.sameWinner,
        sameOrder: item.sameOrder,
      })),
      rows: admitted.map((bid) => ({
        id: bid.id,
        name: nameOf(bid.id),
        ranks: results.priceFormulas!.formulas.map(
          (item) => item.ranking.find((entry) => entry.optionId === bid.id)?.rank ?? null,
        ),
      })),
    },
    topsis: results.topsis && {
      note: results.topsis.note[locale],
      rows: results.topsis.ranking.map((item) => ({
        id: item.optionId,
        name: nameOf(item.optionId),
        rank: item.rank,
        closeness: number(4).format(item.closeness),
        officialRank: ranking.find((bid) => bid.id === item.optionId)?.rank ?? null,
      })),
    },
    whatIf: results.whatIf && {
      model: results.whatIf,
      names: Object.fromEntries(results.options.map((option) => [option.id, option.name])),
      titles: Object.fromEntries(results.criteria.map((node) => [node.id, node.title[locale]])),
      official: admitted.map((bid) => ({ id: bid.id, rank: bid.rank! })),
    },
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
