/** Exact decimals as strings ("1200000", "12.5"): money and weights never pass through a float. */

/** Digits before and after the point, without superfluous zeros ("007", "50" → "7.5"). */
export function decimalOf(integerDigits: string, fractionDigits = ''): string {
  const integer = integerDigits.replace(/^0+(?=\d)/, '') || '0';
  const fraction = fractionDigits.replace(/0+$/, '');
  return fraction ? `${integer}.${fraction}` : integer;
}

/** The decimal times 10^places ("1.2", 6 → "1200000"). */
export function shiftDecimal(value: string, places: number): string {
  const [integer = '0', fraction = ''] = value.split('.');
  const padded = fraction.padEnd(places, '0');
  return decimalOf(integer + padded.slice(0, places), padded.slice(places));
}

export function fractionLength(value: string): number {
  return value.split('.')[1]?.length ?? 0;
}

export function isWholeNumber(value: string): boolean {
  return !value.includes('.');
}
