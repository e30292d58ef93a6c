import { OpeningRecord, type OpeningRecordResponse } from '@tenderwise/schema';
import { NotFoundError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { readableTender } from '../tenders/tender-steps.ts';

/** The opening record (Niederschrift, § 55 (2) VgV) of the tender's opened session; for the team. */
export async function getOpeningRecord({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string };
}): Promise<OpeningRecordResponse> {
  await readableTender(ctx, 'getOpeningRecord', input.tenderId);
  const row = await ctx.db
    .selectFrom('opening_session')
    .select(['id', 'record', 'record_sha256'])
    .where('tender_id', '=', input.tenderId)
    .where('state', '=', 'opened')
    .executeTakeFirst();
  if (row === undefined || row.record === null || row.record_sha256 === null) {
    throw new NotFoundError('The bids of this tender have not been opened here.');
  }
  return {
    sessionId: row.id,
    recordSha256: row.record_sha256,
    record: OpeningRecord.parse(JSON.parse(row.record)),
  };
}
