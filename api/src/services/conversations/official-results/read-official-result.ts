import { EvaluationScheme, type AssistantMessage, type LocalizedText } from '@tenderwise/schema';
import type { Evaluation } from '../../../engine/evaluation/evaluate.ts';
import type { ServiceContext } from '../../context.ts';
import { awardStageSource } from '../../tender-evaluation/award-source.ts';
import { listEvaluatedBids } from '../../tender-evaluation/evaluated-bids.ts';
import {
  latestStageDecisions,
  runningExchanges,
  stageViewsOf,
  type BidStageViews,
} from '../../tender-evaluation/stage-statuses.ts';
import { bidderOf } from '../../bid-opening/opening-record.ts';
import { readableTender } from '../../tenders/tender-steps.ts';
import { cannotAnswer } from '../results/texts.ts';

/** A lot's official result as its questions are answered from: stored figures, never recomputed. */
export interface OfficialResult {
  tenderId: string;
  lotNumber: number;
  tenderTitle: string;
  /** The result's number and whether nothing it rests on changed since it was computed. */
  number: number;
  current: boolean;
  evaluation: Evaluation;
  scheme: EvaluationScheme;
  /** Every bid in force of the lot, by bidder name. */
  names: Map<string, string>;
  titles: Map<string, LocalizedText>;
  /** Where each bid in force stands in the stages, the excluded ones included. */
  stages: Map<string, BidStageViews>;
}

export type OfficialResultRead =
  | { status: 'ready'; result: OfficialResult }
  | { status: 'unavailable'; message: AssistantMessage };

/** The comparison page of a lot, at a section. */
export function comparisonLink(
  tenderId: string,
  lotNumber: number,
  anchor: string,
  label: LocalizedText,
): NonNullable<AssistantMessage['link']> {
  return { href: `/tenders/${tenderId}/result?lot=${lotNumber}#${anchor}`, label };
}

/**
 * The lot's official result as stored (`tender_lot_result`, the highest number), read as the caller
 * may read it (`getOfficialResult`): another authority's tender is not found. No figure is computed anew:
 * the assistant explains the result of the record, with the same numbers as the comparison page.
 */
export async function readOfficialResult(
  ctx: ServiceContext,
  tenderId: string,
  lotNumber: number,
): Promise<OfficialResultRead> {
  const { tender } = await readableTender(ctx, 'getOfficialResult', tenderId);
  const source = await awardStageSource(ctx.db, tenderId, lotNumber);
  if (source.result === null) {
    return {
      status: 'unavailable',
      message: cannotAnswer({
        de: `Für Los ${lotNumber} ist noch kein amtliches Ergebnis gespeichert; es entsteht erst, wenn alle Konsensbewertungen vorliegen und ein Mitglied der Vergabestelle es berechnet.`,
        en: `No official result is stored for lot ${lotNumber} yet; it is made once every consensus score is recorded and an officer computes it.`,
      }),
    };
  }
  const version = await ctx.db
    .selectFrom('tender_scheme_version')
    .select('scheme')
    .where('tender_id', '=', tenderId)
    .where('lot_number', '=', lotNumber)
    .where('number', '=', source.result.scheme_version)
    .executeTakeFirstOrThrow();
  const scheme = EvaluationScheme.parse(JSON.parse(version.scheme));
  const bids = await listEvaluatedBids(ctx.db, tenderId, { lotNumber });
  const ids = bids.map((bid) => bid.id);
  const [decisions, running] = await Promise.all([
    latestStageDecisions(ctx.db, ids),
    runningExchanges(ctx.db, ids),
  ]);
  return {
    status: 'ready',
    result: {
      tenderId,
      lotNumber,
      tenderTitle: tender.title,
      number: source.result.number,
      current: source.current,
      evaluation: JSON.parse(source.result.result) as Evaluation,
      scheme,
      names: new Map(bids.map((bid) => [bid.id, bidderOf(bid.content).name])),
      titles: new Map(scheme.award.map((node) => [node.id, node.title])),
      stages: new Map(
        bids.map((bid) => [
          bid.id,
          stageViewsOf(bid.id, decisions.get(bid.id), running.get(bid.id), source),
        ]),
      ),
    },
  };
}
