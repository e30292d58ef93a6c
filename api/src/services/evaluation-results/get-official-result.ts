import type { OfficialResult } from '@tenderwise/schema';
import { NotFoundError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { latestLotResult } from '../tender-evaluation/award-source.ts';
import { findLot } from '../tender-schemes/scheme-rows.ts';
import { readableTender } from '../tenders/tender-steps.ts';
import { officialResultView } from './result-view.ts';

/** The lot's official result in force, as the team compares the bids; 404 while there is none. */
export async function getOfficialResult({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string; lotNumber: number };
}): Promise<OfficialResult> {
  const { tenderId, lotNumber } = input;
  await readableTender(ctx, 'getOfficialResult', tenderId);
  await findLot(ctx.db, tenderId, lotNumber);
  const row = await latestLotResult(ctx.db, tenderId, lotNumber);
  if (row === undefined) throw new NotFoundError(`Lot ${lotNumber} has no official result yet.`);
  return officialResultView(ctx.db, tenderId, lotNumber, row);
}
