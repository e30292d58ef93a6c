import type { TenderSchemeVersionResponse } from '@tenderwise/schema';
import { NotFoundError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { readableTender } from '../tenders/tender-steps.ts';
import { storedTenderScheme, versionSummary } from './scheme-rows.ts';

/** One published scheme version of a lot: the scheme, its commitment and the correction's reason. */
export async function getTenderSchemeVersion({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string; lotNumber: number; number: number };
}): Promise<TenderSchemeVersionResponse> {
  const { tender } = await readableTender(ctx, 'getTenderSchemeVersion', input.tenderId);
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
  const correction =
    row.correction_number === null
      ? undefined
      : await ctx.db
          .selectFrom('tender_correction')
          .select(['number', 'reason', 'corrected_at'])
          .where('tender_id', '=', tender.id)
          .where('number', '=', row.correction_number)
          .executeTakeFirst();
  return {
    ...versionSummary(row),
    scheme: storedTenderScheme(row.scheme),
    correction:
      correction === undefined
        ? null
        : {
            number: correction.number,
            reason: correction.reason,
            correctedAt: correction.corrected_at.toISOString(),
          },
  };
}
