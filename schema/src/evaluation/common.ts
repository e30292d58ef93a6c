import { z } from 'zod';

/** Ids of criteria, nodes and bids: stable, readable, safe in URLs and JSON pointers. */
export const Identifier = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
    'letters, digits, dot, underscore, hyphen; at most 64',
  )
  .meta({ examples: ['SOV-4', 'price', 'bid-a'] });

/** Every text a person reads, in both languages. */
export const LocalizedText = z
  .strictObject({
    de: z.string().trim().min(1).max(2_000),
    en: z.string().trim().min(1).max(2_000),
  })
  .meta({ id: 'LocalizedText' });
export type LocalizedText = z.output<typeof LocalizedText>;

/**
 * An exact decimal. JSON numbers are read through their shortest decimal form (0.1 is one tenth),
 * so the engine computes with exactly the value written.
 */
export const Decimal = z.number().meta({ description: 'A decimal number, read exactly' });

/** A calendar date (ISO 8601, YYYY-MM-DD). */
export const CalendarDate = z.iso.date();

/** Whole basis points of a sibling set; each set sums to exactly 10,000. */
export const BasisPoints = z.int().min(0).max(10_000);
