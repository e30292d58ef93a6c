// The expiry of a new key is chosen as a date; the API takes an instant at most a year ahead.

const dayMs = 24 * 60 * 60 * 1000;

/** YYYY-MM-DD of the day `days` after `now` (UTC). */
export function dateAfter(now: Date, days: number): string {
  return new Date(now.getTime() + days * dayMs).toISOString().slice(0, 10);
}

/** The bounds and the suggestion the date field offers: tomorrow, a year ahead, 90 days. */
export function expiryChoices(now: Date): { min: string; max: string; suggested: string } {
  return { min: dateAfter(now, 1), max: dateAfter(now, 365), suggested: dateAfter(now, 90) };
}

/** The instant a key chosen to expire on `date` (YYYY-MM-DD) expires, or null for no date. */
export function expiryInstant(date: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const instant = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(instant.getTime()) || instant.toISOString().slice(0, 10) !== date
    ? null
    : instant.toISOString();
}
