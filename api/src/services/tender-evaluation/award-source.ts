import type { Kysely, Selectable, Transaction } from 'kysely';
import type { TenderLotResultTable } from '../../db/tables/evaluation.ts';
import type { DB } from '../../db/types.ts';
import type { Evaluation } from '../../engine/evaluation/evaluate.ts';
import type { AwardStageSource } from './stage-statuses.ts';

type Db = Kysely<DB> | Transaction<DB>;

export type LotResultRow = Selectable<TenderLotResultTable>;

/**
 * Where each code of the engine's exclusions rests in the law, for the award stage's record: a
 * gate the official result found not met (the stage decisions normally find it first).
 */
export const exclusionCodeBases: Readonly<Record<string, string>> = Object.freeze({
  exclusionGroundApplies: '§§ 123, 124 GWB',
  restrictedNotMet: '§ 57 Abs. 1 VgV',
  suitabilityNotMet: '§ 122 Abs. 1 GWB, § 57 Abs. 1 Nr. 2 VgV',
  minimumNotMet: '§ 57 Abs. 1 Nr. 4 VgV',
  conditionNotAccepted: '§ 57 Abs. 1 Nr. 4 VgV, § 128 Abs. 2 GWB',
  belowMinimumScore: '§ 127 Abs. 1 GWB (published minimum score)',
});

/** The lot's official result in force (the highest number), or undefined. */
export async function latestLotResult(
  db: Db,
  tenderId: string,
  lotNumber: number,
): Promise<LotResultRow | undefined> {
  return db
    .selectFrom('tender_lot_result')
    .selectAll()
    .where('tender_id', '=', tenderId)
    .where('lot_number', '=', lotNumber)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * The last moment anything the lot's result rests on changed: a stage decision, an exchange with
 * a bidder decided, a consensus recorded, or a bid withdrawn. A result older than this is no longer
 * current and must be computed again before the award decision.
 */
export async function lastEvaluationChange(
  db: Db,
  tenderId: string,
  lotNumber: number,
): Promise<Date | null> {
  const bidIds = db
    .selectFrom('bid')
    .select('id')
    .where('tender_id', '=', tenderId)
    .where('lot_number', '=', lotNumber);
  const [decision, request, clarification, consensus, withdrawal] = await Promise.all([
    db
      .selectFrom('bid_stage_decision')
      .select((eb) => eb.fn.max('decided_at').as('at'))
      .where('bid_id', 'in', bidIds)
      .executeTakeFirst(),
    db
      .selectFrom('bid_document_request')
      .select((eb) => eb.fn.max('decided_at').as('at'))
      .where('bid_id', 'in', bidIds)
      .executeTakeFirst(),
    db
      .selectFrom('bid_clarification')
      .select((eb) => eb.fn.max('decided_at').as('at'))
      .where('bid_id', 'in', bidIds)
      .executeTakeFirst(),
    db
      .selectFrom('tender_consensus')
      .select((eb) => eb.fn.max('recorded_at').as('at'))
      .where('tender_id', '=', tenderId)
      .where('lot_number', '=', lotNumber)
      .executeTakeFirst(),
    db
      .selectFrom('bid')
      .select((eb) => eb.fn.max('withdrawn_at').as('at'))
      .where('tender_id', '=', tenderId)
      .where('lot_number', '=', lotNumber)
      .executeTakeFirst(),
  ]);
  const times = [decision, request, clarification, consensus, withdrawal]
    .map((row) => (row?.at == null ? null : new Date(row.at as Date | string)))
    .filter((at): at is Date => at !== null);
  return times.length === 0 ? null : new Date(Math.max(...times.map((at) => at.getTime())));
}

/**
 * What the award stage of the lot's bids reads: the official result in force (its
 * `result` is the canonical JSON of the engine's `Evaluation`), whether it is still current, the
 * bids it ranked and those it excluded with the basis of each gate not met.
 */
export async function awardStageSource(
  db: Db,
  tenderId: string,
  lotNumber: number,
): Promise<AwardStageSource & { result: LotResultRow | null }> {
  const result = await latestLotResult(db, tenderId, lotNumber);
  if (result === undefined) {
    return {
      result: null,
      computedAt: null,
      computedBy: null,
      current: false,
      excluded: new Map(),
      ranked: new Set(),
    };
  }
  const changed = await lastEvaluationChange(db, tenderId, lotNumber);
  const evaluation = JSON.parse(result.result) as Evaluation;
  const excluded = new Map<string, { basis: string; reasons: string }>();
  const ranked = new Set<string>();
  for (const bid of evaluation.ranking) {
    if (bid.excluded) {
      excluded.set(bid.id, {
        basis: [...new Set(bid.reasons.map((reason) => exclusionCodeBases[reason.code] ?? ''))]
          .filter((basis) => basis !== '')
          .join('; '),
        reasons: bid.reasons.map((reason) => `${reason.code}: ${reason.criterionId}`).join('; '),
      });
    } else if (bid.rank !== null) {
      ranked.add(bid.id);
    }
  }
  return {
    result,
    computedAt: result.computed_at,
    computedBy: result.computed_by,
    current: changed === null || changed.getTime() <= result.computed_at.getTime(),
    excluded,
    ranked,
  };
}
