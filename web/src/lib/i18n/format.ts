import { getLocale } from '#lib/paraglide/runtime.js';

// Times are shown in Europe/Berlin, where deadlines are set (DESIGN.md), on the server and in
// the browser alike, so a page reads the same wherever it was rendered.
const timeZone = 'Europe/Berlin';

const regionOf = { de: 'de-DE', en: 'en-GB' } as const;

/** A date and time, such as "28.11.2026, 14:05" or "28 Nov 2026, 14:05". */
export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat(regionOf[getLocale()], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
}

/** A date only, such as "28.11.2026" or "28 Nov 2026". */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(regionOf[getLocale()], { dateStyle: 'medium', timeZone }).format(
    new Date(iso),
  );
}

/**
 * A decimal number as the API sends it (at most `digits` places), in the user's decimal mark:
 * 12.5 → "12,5" or "12.5". Never rounds further than the API did.
 */
export function formatDecimal(
  value: number,
  locale: 'de' | 'en' = getLocale(),
  digits = 2,
): string {
  return new Intl.NumberFormat(regionOf[locale], { maximumFractionDigits: digits }).format(value);
}
