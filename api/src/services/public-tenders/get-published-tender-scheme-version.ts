import { EvaluationScheme, type PublishedSchemeVersionResponse } from '@tenderwise/schema';
import { NotFoundError } from '../../domain/errors.ts';
import { readablePublishedTender } from './published-tender-steps.ts';
import type { ServiceContext } from '../context.ts';

/** One published scheme version of a lot with its scheme and commitment, for anybody. */
export async function getPublishedTenderSchemeVersion({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string; lotNumber: number; number: number };
}): Promise<PublishedSchemeVersionResponse> {
  const { tender } = await readablePublishedTender(
    ctx,
    'getPublishedTenderSchemeVersion',
    input.tenderId,
  );
  const row = await ctx.db
    .selectFrom('tender_scheme_version')
    .selectAll()
    .where('tender_id', '=', tender.id)
    .where('lot_number', '=', input.lotNumber)
    .where('number', '=', input.number)
    .executeTakeFirst();
  if (row === undefined) {
    throw new NotFoundError(
      `Lot ${input.lotNumber} of the tender has no published scheme version ${input.number}.`,
    );
  }
  return {
    tenderId: row.tender_id,
    lotNumber: row.lot_number,
    number: row.number,
    commitment: row.commitment,
    correctionNumber: row.correction_number,
    createdAt: row.created_at.toISOString(),
    // The stored canonical JSON as it was committed; parsed for the response's shape.
    scheme: EvaluationScheme.parse(JSON.parse(row.scheme)),
  };
}
