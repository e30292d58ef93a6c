import type { DeadlinePlace, DeadlineRegime, PeriodReduction } from '@tenderwise/schema';
import { Temporal } from 'temporal-polyfill';
import type { TenderRow } from '../../db/repositories/tenders.ts';
import { berlin } from '../../domain/deadlines/time.ts';

/**
 * What the deadline rules (api/src/domain/deadlines) need of a tender, or null where they do not
 * model its regime and procedure type: the open procedure of the VgV and the UVgO's public
 * tender (Öffentliche Ausschreibung), its counterpart.
 */
export function deadlineModelOf(
  tender: Pick<TenderRow, 'regime' | 'procedure_type' | 'land' | 'period_reductions'>,
): {
  regime: DeadlineRegime;
  procedureType: 'open';
  place: DeadlinePlace;
  reductions: PeriodReduction[];
} | null {
  const type = tender.procedure_type.replace(/^[a-z]+\./, '');
  const open =
    (tender.regime === 'VgV' && type === 'open') ||
    (tender.regime === 'UVgO' && type === 'public-tender');
  if (!open) return null;
  return {
    regime: tender.regime as DeadlineRegime,
    procedureType: 'open',
    place: { land: tender.land.replace(/^DE-/, '') as DeadlinePlace['land'] },
    reductions: [...tender.period_reductions],
  };
}

/** An instant as a Berlin wall-clock time with its offset, as the deadline rules read it. */
export function berlinLocalText(at: Date): string {
  const zoned = Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(berlin);
  return `${zoned.toPlainDateTime().toString({ smallestUnit: 'second' })}${zoned.offset}`;
}

/** A moment the deadline rules answered (`…[Europe/Berlin]`) as a Date. */
export function dateOfZoned(text: string): Date {
  return new Date(Temporal.ZonedDateTime.from(text).epochMilliseconds);
}
