import type { BidImportMapping } from '#lib/services/bid-import.service.ts';

/** Our fields a platform sheet's columns map to, in the order the page shows them. */
export const mappingFields = [
  'lotNumber',
  'receivedAt',
  'late',
  'bidderName',
  'bidderCountry',
  'bidderRegisterNumber',
  'groupMembers',
  'groupRepresentative',
  'subcontractors',
  'totalPrice',
  'lifeCycleOneOff',
  'lifeCycleMigrationIn',
  'lifeCycleRecurringPerYear',
  'lifeCycleEgressPerYear',
  'lifeCycleExit',
  'declarationArt5k',
  'declarationExclusionGrounds',
  'selfCleaning',
  'declarantName',
  'declarantFunction',
  'declarantEmail',
] as const satisfies readonly (keyof BidImportMapping['columns'])[];
export type MappingField = (typeof mappingFields)[number];

/**
 * The mapping the form's column choices make (`column.<field>`, `answer.<criterion id>`), or
 * null when no column was chosen at all (the saved mapping of the platform then applies).
 */
export function mappingFromForm(data: FormData): BidImportMapping | null {
  const columns: Record<string, string> = {};
  const answers: Record<string, string> = {};
  for (const [name, value] of data.entries()) {
    if (typeof value !== 'string' || value.trim() === '') continue;
    if (name.startsWith('column.')) columns[name.slice('column.'.length)] = value;
    if (name.startsWith('answer.')) answers[name.slice('answer.'.length)] = value;
  }
  if (Object.keys(columns).length === 0 && Object.keys(answers).length === 0) return null;
  return { columns: columns as BidImportMapping['columns'], answers };
}

/**
 * A Berlin wall-clock time from a `datetime-local` field (`2027-03-01T12:15`) as an instant with
 * its offset, as the API takes it; null when empty or unreadable.
 */
export function berlinInstant(local: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local.trim());
  if (match === null) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as number[];
  const asUtc = Date.UTC(year!, month! - 1, day!, hour!, minute!);
  // The offset Berlin has near that moment; off by the change hour only on the night it changes.
  const offsetOf = (instant: number) => {
    const name = new Intl.DateTimeFormat('en-US', {
      timeZone: 'Europe/Berlin',
      timeZoneName: 'longOffset',
    })
      .formatToParts(new Date(instant))
      .find((part) => part.type === 'timeZoneName')?.value;
    return /GMT([+-]\d{2}:\d{2})/.exec(name ?? '')?.[1] ?? '+00:00';
  };
  const offset = offsetOf(asUtc - 60 * 60 * 1000);
  return `${local.trim()}:00${offset}`;
}
