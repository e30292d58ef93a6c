/**
 * The same value types on both backends: node-postgres and PGlite disagree on several defaults
 * (int8 is a string in one and a number in the other), so every type the application reads is
 * parsed here, once, for both.
 */
export const TypeOid = {
  int8: 20,
  numeric: 1700,
  date: 1082,
  timestamp: 1114,
  timestamptz: 1184,
} as const;

/** int8 becomes a number, and refuses rather than silently rounds a value beyond 2^53. */
export function parseInt8(value: string): number {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed)) {
    throw new RangeError(`int8 value ${value} does not fit a JavaScript number exactly`);
  }
  return parsed;
}

/** Money and other exact decimals stay strings: a float would round them. */
const keepText = (value: string): string => value;

/** timestamptz arrives as ISO text with an offset; we read it as an instant. */
function parseTimestamptz(value: string): Date {
  return new Date(value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'));
}

/** A timestamp without zone is taken as UTC, never as the server's local time. */
function parseTimestamp(value: string): Date {
  return new Date(`${value.replace(' ', 'T')}Z`);
}

export const typeParsers: Record<number, (value: string) => unknown> = {
  [TypeOid.int8]: parseInt8,
  [TypeOid.numeric]: keepText,
  [TypeOid.date]: keepText,
  [TypeOid.timestamp]: parseTimestamp,
  [TypeOid.timestamptz]: parseTimestamptz,
};
