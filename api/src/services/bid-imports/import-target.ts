import type { Kysely, Transaction } from 'kysely';
import type { TenderRow } from '../../db/repositories/tenders.ts';
import type { DB } from '../../db/types.ts';
import { answerableCriteria, type AnswerKind } from '../../documents/bid-imports/criteria.ts';
import { bidderKey, type ImportTarget } from '../../documents/bid-imports/read-bids.ts';
import type { TemplateLot } from '../../documents/bid-imports/template.ts';
import { ConflictError } from '../../domain/errors.ts';
import type { BidContent } from '@tenderwise/schema';
import { latestSchemeVersions, storedTenderScheme } from '../tender-schemes/scheme-rows.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** The tender states in which bids may be imported: published and later, until the evaluation. */
const importableStates = ['published', 'submissionClosed', 'opened'] as const;

/**
 * What the platform export may be read into: a tender whose bids are received on the platform
 * (`bid_intake`), published, whose submission deadline has passed: bids are opened only after
 * it (§ 55 (1) VgV), and a bid stays sealed until then.
 */
export function assertImportable(tender: TenderRow, now: Date): void {
  assertPlatformTender(tender);
  if (!submissionDeadlinePassed(tender, now)) {
    throw new ConflictError(
      'The submission deadline has not passed: bids are opened only after it (§ 55 (1) VgV).',
    );
  }
}

/** Whether the submission deadline has passed, after which bids are opened (§ 55 (1) VgV). */
export function submissionDeadlinePassed(tender: TenderRow, now: Date): boolean {
  return tender.submission_deadline !== null && now >= tender.submission_deadline;
}

/** A published tender whose bids are received on the platform; a preview needs no more. */
export function assertPlatformTender(tender: TenderRow): void {
  if (tender.bid_intake !== 'platform') {
    throw new ConflictError(
      'This tender receives its bids in the sealed vault; bids are not imported for it.',
    );
  }
  if (!(importableStates as readonly string[]).includes(tender.state)) {
    throw new ConflictError(
      `Bids are imported once the tender is published and until its evaluation; it is ${tender.state}.`,
    );
  }
}

/** The lots with their latest published scheme version, in the template's and the check's shape. */
export async function publishedLots(
  db: Db,
  tenderId: string,
): Promise<{ template: TemplateLot[]; lots: ImportTarget['lots'] }> {
  const template: TemplateLot[] = [];
  const lots = new Map<
    number,
    { version: number; price: 'totalPrice' | 'lifeCycleCost'; criteria: Map<string, AnswerKind> }
  >();
  for (const [lotNumber, row] of await latestSchemeVersions(db, tenderId)) {
    const scheme = storedTenderScheme(row.scheme);
    const criteria = answerableCriteria(scheme);
    template.push({ lotNumber, price: scheme.price.kind, criteria });
    lots.set(lotNumber, {
      version: row.number,
      price: scheme.price.kind,
      criteria: new Map(criteria.map((criterion) => [criterion.id, criterion.kind])),
    });
  }
  return { template, lots };
}

/** The bidders already imported into the tender, per lot. */
export async function importedBidders(db: Db, tenderId: string): Promise<Map<number, Set<string>>> {
  const rows = await db
    .selectFrom('bid')
    .innerJoin('bid_opened_content', 'bid_opened_content.bid_id', 'bid.id')
    .select(['bid.lot_number', 'bid_opened_content.content'])
    .where('bid.tender_id', '=', tenderId)
    .where('bid.source', '=', 'import')
    .execute();
  const bidders = new Map<number, Set<string>>();
  for (const row of rows) {
    const set = bidders.get(row.lot_number) ?? new Set<string>();
    set.add(bidderKey(JSON.parse(row.content) as BidContent));
    bidders.set(row.lot_number, set);
  }
  return bidders;
}
