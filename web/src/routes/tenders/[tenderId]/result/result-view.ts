import type { components } from '@tenderwise/schema/openapi-types';
import { heatmap } from '#lib/charts/heatmap.ts';
import { m } from '#lib/paraglide/messages.js';
import type { Locale } from '#lib/paraglide/runtime.js';

type OfficialResult = components['schemas']['OfficialResult'];
type Stage = 'formal' | 'suitability' | 'priceCheck' | 'award';

const regionOf = { de: 'de-DE', en: 'en-GB' } as const;
const stageNames: readonly Stage[] = ['formal', 'suitability', 'priceCheck', 'award'];

/**
 * The comparison of a lot's bids in one language, from the official result: the ranking with
 * each criterion's points, the heatmap of shares earned, why each bid ranks below the one above,
 * the stage statuses and exclusions with their reasons, the consensus scores with their
 * justifications, and the weight stability as information. Computed in the server load, so the
 * page gets text and numbers.
 */
export function resultView(result: OfficialResult, locale: Locale) {
  const options = { locale };
  const region = regionOf[locale];
  const points = new Intl.NumberFormat(region, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const money = new Intl.NumberFormat(region, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(region, { style: 'percent', maximumFractionDigits: 1 });
  const names = new Map(result.bids.map((bid) => [bid.bidId, bid.bidder.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const titles = new Map(result.criteria.map((node) => [node.id, node.title[locale]]));
  const titleOf = (id: string) => titles.get(id) ?? id;
  const leaves = result.criteria.filter((node) => node.kind !== 'group');
  const ranked = result.evaluation.ranking.filter((bid) => bid.rank !== null);
  const stageLabel = {
    formal: m.result_stage_formal({}, options),
    suitability: m.result_stage_suitability({}, options),
    priceCheck: m.result_stage_price_check({}, options),
    award: m.result_stage_award({}, options),
  };
  const stateLabel = {
    open: m.result_state_open({}, options),
    waiting: m.result_state_waiting({}, options),
    passed: m.result_state_passed({}, options),
    excluded: m.result_state_excluded({}, options),
  };

  const reasonLabel: Record<string, string> = {
    exclusionGroundApplies: m.result_reason_exclusion({}, options),
    restrictedNotMet: m.result_reason_restricted({}, options),
    suitabilityNotMet: m.result_reason_suitability({}, options),
    minimumNotMet: m.result_reason_minimum({}, options),
    conditionNotAccepted: m.result_reason_condition({}, options),
    belowMinimumScore: m.result_reason_below_minimum({}, options),
  };

  const flagLabel: Record<string, string> = {
    abnormallyLow: m.result_flag_abnormally_low({}, options),
    evaluatorsDiverge: m.result_flag_evaluators_diverge({}, options),
    drawRequired: m.result_flag_draw_required({}, options),
    decidedByDraw: m.result_flag_decided_by_draw({}, options),
    tiedWhenRounded: m.result_flag_tied_when_rounded({}, options),
    inCorridor: m.result_flag_in_corridor({}, options),
    ratioUndefined: m.result_flag_ratio_undefined({}, options),
  };

  const heat = heatmap({
    rows: ranked.map((bid) => ({ id: bid.id, label: nameOf(bid.id) })),
    columns: leaves.map((leaf) => ({ id: leaf.id, label: titleOf(leaf.id) })),
    values: ranked.map((bid) => {
      const shares = new Map(bid.contributions.map((item) => [item.criterionId, item.share]));
      return leaves.map((leaf) => shares.get(leaf.id) ?? 0);
    }),
    format: (value) => percent.format(value),
  });

  return {
    ranking: result.evaluation.ranking.map((bid) => ({
      id: bid.id,
      name: nameOf(bid.id),
      rank: bid.rank === null ? '—' : String(bid.rank),
      score: bid.score === null ? '—' : points.format(bid.score),
      price: money.format(bid.price),
      excluded: bid.excluded,
      reasons: bid.reasons.map(
        (reason) => `${reasonLabel[reason.code] ?? reason.code}: ${titleOf(reason.criterionId)}`,
      ),
      flags: bid.flags.map((flag) => flagLabel[flag.code] ?? flag.code),
      above:
        bid.comparedWithAbove === null
          ? null
          : {
              name: nameOf(bid.comparedWithAbove.bidId),
              criteria: bid.comparedWithAbove.criteria.slice(0, 5).map((item) => ({
                id: item.criterionId,
                title: titleOf(item.criterionId),
                difference: points.format(item.difference),
              })),
            },
    })),
    criteria: leaves.map((leaf) => ({
      id: leaf.id,
      title: titleOf(leaf.id),
      weight: percent.format(leaf.weightPercent / 100),
    })),
    heatmap: {
      chart: heat,
      title: m.result_heatmap_title({}, options),
      description: m.result_heatmap_description({}, options),
      columnLabels: leaves.map((leaf) => titleOf(leaf.id)),
      table: {
        columns: [m.result_bidder({}, options), ...leaves.map((leaf) => titleOf(leaf.id))],
        rows: heat.rows.map((row) => ({
          id: row.id,
          cells: [row.label, ...row.cells.map((cell) => cell.text)],
        })),
      },
    },
    bids: result.bids.map((bid) => ({
      id: bid.bidId,
      name: bid.bidder.name,
      inResult: bid.inResult,
      stages: stageNames.map((stage) => {
        const status = bid.stages[stage];
        return {
          stage,
          label: stageLabel[stage],
          state: stateLabel[status.state],
          basis: 'basis' in status ? status.basis : '',
          reasons: status.state === 'excluded' ? status.reasons : '',
        };
      }),
      scores: bid.scores.map((score) => ({
        id: score.criterionId,
        title: titleOf(score.criterionId),
        score: String(score.score),
        justification: score.justification,
      })),
    })),
    sensitivity: {
      note: result.sensitivity.note[locale],
      notAnalysable: result.sensitivity.notAnalysable,
      noClearWinner: result.sensitivity.noClearWinner,
      rows: result.sensitivity.criteria.map((node) => ({
        id: node.nodeId,
        title: titleOf(node.nodeId),
        share: percent.format(node.share),
        from: percent.format(node.stable.from),
        to: percent.format(node.stable.to),
      })),
    },
  };
}

export type ResultView = ReturnType<typeof resultView>;
