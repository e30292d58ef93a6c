import type { Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';

/**
 * The next number of a request or clarification, per tender: the tender is locked by the verb's
 * frame (`changeTender`), so numbers are given one after the other.
 */
export async function nextExchangeNumber(
  trx: Transaction<DB>,
  table: 'bid_document_request' | 'bid_clarification',
  tenderId: string,
): Promise<number> {
  const last = await trx
    .selectFrom(table)
    .select((eb) => eb.fn.max('number').as('number'))
    .where('tender_id', '=', tenderId)
    .executeTakeFirst();
  return Number(last?.number ?? 0) + 1;
}
