import type { OfficialResultVerification } from '@tenderwise/schema';
import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors.ts';
import { canonicalJson } from '../../engine/canonical/canonical-json.ts';
import type { ServiceContext } from '../context.ts';
import { latestLotResult } from '../tender-evaluation/award-source.ts';
import { findLot } from '../tender-schemes/scheme-rows.ts';
import { readableTender } from '../tenders/tender-steps.ts';
import type { OfficialInput } from './engine-bids.ts';
import { readOfficialInput } from './official-input.ts';
import { evaluateOfficial, runOfficialResult, sha256 } from './official-run.ts';

/**
 * Recomputes the lot's official result in force twice, changing nothing: from its stored input
 * (the same bytes again, or the record does not hold), and from the database as it is now (the
 * same input, or something it rests on changed since).
 */
export async function verifyOfficialResult({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string; lotNumber: number };
}): Promise<OfficialResultVerification> {
  const { tenderId, lotNumber } = input;
  const access = await readableTender(ctx, 'verifyOfficialResult', tenderId);
  await findLot(ctx.db, tenderId, lotNumber);
  const row = await latestLotResult(ctx.db, tenderId, lotNumber);
  if (row === undefined) throw new NotFoundError(`Lot ${lotNumber} has no official result yet.`);
  const stored = JSON.parse(row.input) as OfficialInput;
  const recomputed = canonicalJson(evaluateOfficial(stored));
  let currentInputSha256: string | null = null;
  let currentInputProblem: string | null = null;
  try {
    const draw =
      stored.options.drawOrder !== undefined && stored.drawRecord !== undefined
        ? { order: stored.options.drawOrder, record: stored.drawRecord }
        : undefined;
    const read = await readOfficialInput(ctx.db, access.tender, lotNumber);
    currentInputSha256 = runOfficialResult(read, draw).inputSha256;
  } catch (error) {
    if (!(error instanceof ConflictError || error instanceof ValidationError)) throw error;
    currentInputProblem = error.message;
  }
  return {
    number: row.number,
    inputSha256: row.input_sha256,
    resultSha256: row.result_sha256,
    recomputedSha256: sha256(recomputed),
    sameBytes: recomputed === row.result,
    currentInputSha256,
    inputUnchanged: currentInputSha256 === row.input_sha256,
    currentInputProblem,
  };
}
