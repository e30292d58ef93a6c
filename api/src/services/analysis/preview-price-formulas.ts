import type { PricePreviewRequest } from '@tenderwise/schema';
import type { z } from 'zod';
import { previewPrices, type PricePreview } from '../../engine/price/preview.ts';
import { ValidationError } from '../../domain/errors.ts';

/** Shows how each price formula would score a range of prices, before a buyer publishes one. */
export function previewPriceFormulas(
  input: z.output<typeof PricePreviewRequest>,
): PricePreview<z.output<typeof PricePreviewRequest>['formulas'][number]> {
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
