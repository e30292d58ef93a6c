import { z } from 'zod';

/**
 * An amount in euro, net of VAT, as a decimal string with at most two places. A string, not a
 * JSON number, so that contract values and thresholds are compared exactly: a value one cent
 * below a threshold must stay one cent below it.
 */
export const EuroAmount = z
  .string()
  .regex(/^(0|[1-9]\d{0,12})(\.\d{1,2})?$/, 'euro, at most two decimal places, no sign')
  .meta({ id: 'EuroAmount', examples: ['216000', '215999.99'] });
export type EuroAmount = z.output<typeof EuroAmount>;
