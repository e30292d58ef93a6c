import type { ComputeOfficialResultRequest, OfficialResult } from '@tenderwise/schema';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { ServiceContext } from '../context.ts';
import { latestLotResult } from '../tender-evaluation/award-source.ts';
import { findLot } from '../tender-schemes/scheme-rows.ts';
import { auditTenderChange, tenderRef } from '../tenders/audit.ts';
import { changeTender } from '../tenders/tender-steps.ts';
import { readOfficialInput } from './official-input.ts';
import { runOfficialResult, type OfficialRun } from './official-run.ts';
import { officialResultView } from './result-view.ts';

/**
 * Computes and stores the official result of a lot (a new number; the highest is in force): the
 * published method of the lot's frozen scheme on the admitted bids and the consensus scores,
 * nothing else (§ 127 (5) GWB, § 58 VgV). Input and result are kept as canonical text with their
 * hashes, so that anyone can recompute the result to the byte.
 */
export async function computeOfficialResult({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: ComputeOfficialResultRequest & { tenderId: string; lotNumber: number };
}): Promise<OfficialResult> {
  const { tenderId, lotNumber } = input;
  return changeTender(
    ctx,
    {
      operationId: 'computeOfficialResult',
      tenderId,
      action: 'tender.evaluation.result_computed',
    },
    async ({ trx, current, now, caller }) => {
      await findLot(trx, tenderId, lotNumber);
      const draw =
        input.drawOrder !== undefined && input.drawRecord !== undefined
          ? { order: input.drawOrder, record: input.drawRecord }
          : undefined;
      const run = runOfficialResult(await readOfficialInput(trx, current.tender, lotNumber), draw);
      const stored = await storeOfficialResult(trx, {
        tenderId,
        lotNumber,
        run,
        by: caller.userId,
        at: now,
      });
      await auditTenderChange(trx, ctx, {
        action: 'tender.evaluation.result_computed',
        object: tenderRef(tenderId),
        after: {
          lotNumber,
          number: stored.number,
          schemeVersion: run.input.schemeVersion,
          inputSha256: run.inputSha256,
          resultSha256: run.resultSha256,
        },
      });
      return officialResultView(trx, tenderId, lotNumber, stored, {
        input: run.input,
        evaluation: run.evaluation,
      });
    },
  );
}

/** Appends the run as the lot's next result. */
export async function storeOfficialResult(
  db: Kysely<DB> | Transaction<DB>,
  entry: { tenderId: string; lotNumber: number; run: OfficialRun; by: string; at: Date },
) {
  const { tenderId, lotNumber, run } = entry;
  const latest = await latestLotResult(db, tenderId, lotNumber);
  return db
    .insertInto('tender_lot_result')
    .values({
      tender_id: tenderId,
      lot_number: lotNumber,
      number: (latest?.number ?? 0) + 1,
      scheme_version: run.input.schemeVersion,
      input: run.inputText,
      input_sha256: run.inputSha256,
      result: run.resultText,
      result_sha256: run.resultSha256,
      computed_by: entry.by,
      computed_at: entry.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
