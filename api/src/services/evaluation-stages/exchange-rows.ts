import type { Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import { ConflictError, NotFoundError } from '../../domain/errors.ts';
import { deadlineRuns } from './berlin-days.ts';
import { dayOf, type ClarificationRow, type DocumentRequestRow } from './views.ts';

const notFound = 'Nothing exists at this address.';

export interface ExchangeIds {
  tenderId: string;
  bidId: string;
  id: string;
}

/**
 * A request for a missing document or a clarification of the bid in the tender: the same answer
 * (404) for one that does not exist and one of another bid or tender.
 */
export async function findExchange(
  trx: Transaction<DB>,
  table: 'bid_document_request',
  ids: ExchangeIds,
): Promise<DocumentRequestRow>;
export async function findExchange(
  trx: Transaction<DB>,
  table: 'bid_clarification',
  ids: ExchangeIds,
): Promise<ClarificationRow>;
export async function findExchange(
  trx: Transaction<DB>,
  table: 'bid_document_request' | 'bid_clarification',
  ids: ExchangeIds,
): Promise<DocumentRequestRow | ClarificationRow> {
  // Both tables share these columns; the overloads give each caller its row type.
  const row = await trx
    .selectFrom(table as 'bid_clarification')
    .selectAll()
    .where('id', '=', ids.id)
    .where('tender_id', '=', ids.tenderId)
    .where('bid_id', '=', ids.bidId)
    .executeTakeFirst();
  if (row === undefined) throw new NotFoundError(notFound);
  return row;
}

/**
 * What must hold before the authority decides on an exchange: not decided yet, and answered or
 * its deadline day over (the bidder may answer until the end of that day in Berlin).
 */
export function assertDecidable(
  row: Pick<ClarificationRow, 'decided_at' | 'answered_at' | 'deadline'>,
  now: Date,
  what: string,
): void {
  if (row.decided_at !== null) throw new ConflictError(`The ${what} was decided already.`);
  if (row.answered_at === null && deadlineRuns(dayOf(row.deadline), now)) {
    throw new ConflictError(
      'The bidder may still answer until the end of the deadline day: decide once it ' +
        'answered or the day has passed.',
    );
  }
}
