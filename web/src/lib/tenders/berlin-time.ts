// Deadlines are set and shown in Europe/Berlin (DESIGN.md), whatever the zone of the server or
// the browser: a form field shows the Berlin wall-clock time of a stored instant, and sends a
// Berlin wall-clock time that the API resolves (with the rules for the hour skipped or repeated
// when summer time starts or ends).

const berlinParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A stored instant as a `datetime-local` field shows it in Berlin: `2027-11-02T12:00`. */
export function berlinLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const part = Object.fromEntries(
    berlinParts.formatToParts(date).map((item) => [item.type, item.value]),
  );
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
}

/** A Berlin wall-clock time as the field sends it, with seconds optional: `2027-11-02T12:00`. */
export function isLocalDateTime(text: string): boolean {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(:\d{2})?$/.exec(text);
  if (!match) return false;
  const [, day = '', hour = '', minute = ''] = match;
  const date = new Date(`${day}T00:00:00Z`);
  return (
    !Number.isNaN(date.getTime()) &&
    date.toISOString().startsWith(day) &&
    Number(hour) < 24 &&
    Number(minute) < 60
  );
}

/**
 * An RFC 9557 moment of the deadline rules (`2027-11-02T00:00:00+01:00[Europe/Berlin]`) as an
 * instant the date formatters read; the zone in brackets is always Berlin, and the offset says
 * everything the instant needs.
 */
export function momentInstant(zoned: string): string {
  return zoned.replace(/\[[^\]]*\]$/, '');
}

/**
 * The Berlin calendar day a moment ends, when the moment is a midnight in Berlin: a period that
 * ends "mit Ablauf des Tages" is shown as that day at 24:00, not as the next day at 0:00, as the
 * explanations of the deadline rules say it. Null for any other time of day.
 */
export function endOfBerlinDay(iso: string): string | null {
  const local = berlinLocalInput(iso);
  if (!local.endsWith('T00:00')) return null;
  const day = new Date(`${local.slice(0, 10)}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/**
 * The instant of a Berlin wall-clock time as a `datetime-local` field sends it (`2027-11-02T12:00`),
 * as ISO 8601 in UTC; null when the text is no such time. In the hour skipped when summer time
 * starts the result is the same wall time read with the winter offset; in the repeated hour, the
 * first of the two.
 */
export function berlinLocalToIso(local: string): string | null {
  if (!isLocalDateTime(local)) return null;
  const asUtc = new Date(`${local.length === 16 ? `${local}:00` : local}Z`).getTime();
  // Berlin is UTC+1 or UTC+2: try both offsets and keep the one that shows the same wall time.
  for (const hours of [2, 1]) {
    const candidate = new Date(asUtc - hours * 3_600_000);
    if (berlinLocalInput(candidate.toISOString()) === local.slice(0, 16)) {
      return candidate.toISOString();
    }
  }
  return new Date(asUtc - 3_600_000).toISOString();
}
