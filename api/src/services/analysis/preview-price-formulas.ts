import type { PricePreviewRequest } from '@tenderwise/schema';
import type { z } from 'zod';
import { previewPrices, type PricePreview } from '../../engine/price/preview.ts';
import { ValidationError } from '../../domain/errors.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';

/** Shows how each price formula would score a range of prices, before a buyer publishes one. */
export async function previewPriceFormulas({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: z.output<typeof PricePreviewRequest>;
}): Promise<PricePreview<z.output<typeof PricePreviewRequest>['formulas'][number]>> {
  await authorize(ctx, { operationId: 'previewPriceFormulas' });
  try {
    return previewPrices(input);
  } catch (error) {
    // The engine checks ranges its schema cannot express (from above to, k not above 1).
    if (error instanceof RangeError)
      throw new ValidationError(error.message, [
        { in: 'body', pointer: '', detail: error.message },
      ]);
    throw error;
  }
}
