import type { ReportLanguage } from '@tenderwise/schema';

const locales: Record<ReportLanguage, string> = { de: 'de-DE', en: 'en-GB' };

/** Dates and times as people in Germany read them, in Europe/Berlin. */
export function formatDate(iso: string, lang: ReportLanguage): string {
  return new Intl.DateTimeFormat(locales[lang], {
    timeZone: 'Europe/Berlin',
    dateStyle: 'long',
  }).format(new Date(iso));
}

export function formatDateTime(iso: string, lang: ReportLanguage): string {
  return new Intl.DateTimeFormat(locales[lang], {
    timeZone: 'Europe/Berlin',
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD) as written in the language, without a time zone shift. */
export function formatCalendarDate(date: string, lang: ReportLanguage): string {
  return new Intl.DateTimeFormat(locales[lang], { timeZone: 'UTC', dateStyle: 'long' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

export function formatNumber(value: number, lang: ReportLanguage, digits = 2): string {
  return new Intl.NumberFormat(locales[lang], { maximumFractionDigits: digits }).format(value);
}

export function formatMoney(value: number, currency: string, lang: ReportLanguage): string {
  return new Intl.NumberFormat(locales[lang], { style: 'currency', currency }).format(value);
}

/** Basis points as a percentage: 2500 → "25 %" (de) or "25%" (en). */
export function formatBasisPoints(bp: number, lang: ReportLanguage): string {
  return new Intl.NumberFormat(locales[lang], {
    style: 'percent',
    maximumFractionDigits: 2,
  }).format(bp / 10_000);
}
