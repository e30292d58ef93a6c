import type { TenderLot } from '@tenderwise/schema';
import type { Selectable } from 'kysely';
import type { TenderLotTable } from '../../db/tables/tenders.ts';
import { NotFoundError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { lotsOf } from './tender-view.ts';

type LotRow = Awaited<ReturnType<typeof lotsOf>>[number];

export function lotView(lot: LotRow): TenderLot {
  return {
    number: lot.number,
    title: lot.title,
    description: lot.description,
    hasScheme: Boolean(lot.has_scheme),
    schemeOrigin: lot.scheme_origin_kind,
    createdAt: lot.created_at.toISOString(),
    updatedAt: lot.updated_at.toISOString(),
  };
}

/** What the audit log's before/after hashes of a lot cover. */
export function lotState(
  lot: Pick<Selectable<TenderLotTable>, 'number' | 'title' | 'description'>,
) {
  return { number: lot.number, title: lot.title, description: lot.description };
}

/** A lot of the tender as the list shows it, or 404 when the tender has no such lot. */
export async function lotOf(
  db: ServiceContext['db'],
  tenderId: string,
  lotNumber: number,
): Promise<LotRow> {
  const lot = (await lotsOf(db, tenderId)).find((item) => item.number === lotNumber);
  if (lot === undefined) throw new NotFoundError(`The tender has no lot ${lotNumber}.`);
  return lot;
}
