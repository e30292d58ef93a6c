import type { LocalizedText } from '@tenderwise/schema';
import { toFixedHalfEven, type Rational } from '../../engine/arithmetic/rational.ts';

/**
 * An amount in euro with two decimals, as the schema's EuroAmount. Amounts here are sums and
 * whole multiples of inputs with at most two decimals, so the rounding never changes a value.
 */
export function euro(value: Rational): string {
  return toFixedHalfEven(value, 2);
}

/** "216.000,00 €" and "€216,000.00", for explanations. */
export function euroText(value: Rational): LocalizedText {
  const [whole, cents] = euro(value).split('.') as [string, string];
  const grouped = (separator: string) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  return { de: `${grouped('.')},${cents} €`, en: `€${grouped(',')}.${cents}` };
}
