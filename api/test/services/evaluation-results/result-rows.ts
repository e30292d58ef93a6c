import type { Kysely } from 'kysely';
import type { DecidedStage } from '../../../src/db/tables/evaluation.ts';
import type { DB } from '../../../src/db/types.ts';
import type { EvaluationTender } from '../tender-evaluation/evaluation-tender.ts';

/** Stage decisions and consensus scores written straight into their tables, as tests need them. */
export function resultRows(db: Kysely<DB>, tender: EvaluationTender) {
  const numbers = new Map<string, number>();
  return {
    async decide(
      bidId: string,
      stage: DecidedStage,
      at: string,
      outcome: 'passed' | 'excluded' = 'passed',
    ) {
      const key = `${bidId}/${stage}`;
      const number = (numbers.get(key) ?? 0) + 1;
      numbers.set(key, number);
      await db
        .insertInto('bid_stage_decision')
        .values({
          bid_id: bidId,
          stage,
          number,
          outcome,
          basis: outcome === 'passed' ? 'Stage passed' : '§ 57 Abs. 1 Nr. 1 VgV',
          reasons: outcome === 'passed' ? 'Complete and on time.' : 'Received late.',
          register_queried_on: null,
          decided_by: tender.lead.id,
          decided_at: new Date(at),
        })
        .execute();
    },
    async consensus(bidId: string, criterionId: string, score: number, at: string) {
      await db
        .insertInto('tender_consensus')
        .values({
          tender_id: tender.tenderId,
          lot_number: 1,
          bid_id: bidId,
          criterion_id: criterionId,
          score,
          justification: `Score ${score} against the published anchors.`,
          resolution: null,
          recorded_by: tender.lead.id,
          recorded_at: new Date(at),
        })
        .execute();
    },
  };
}
