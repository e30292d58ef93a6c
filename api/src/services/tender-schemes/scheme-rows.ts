import {
  EvaluationScheme,
  type TenderSchemeOrigin,
  type TenderSchemeVersionSummary,
} from '@tenderwise/schema';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { TenderRow } from '../../db/repositories/tenders.ts';
import type { TenderLotTable, TenderSchemeVersionTable } from '../../db/tables/tenders.ts';
import type { DB } from '../../db/types.ts';
import { berlinDayOf } from '../../domain/deadlines/time.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { canonicalJson } from '../../engine/canonical/canonical-json.ts';
import { schemeCommitment } from '../../engine/canonical/commitment.ts';

type Db = Kysely<DB> | Transaction<DB>;

export type LotRow = Selectable<TenderLotTable>;
export type TenderSchemeVersionRow = Selectable<TenderSchemeVersionTable>;

export async function listLots(db: Db, tenderId: string): Promise<LotRow[]> {
  return db
    .selectFrom('tender_lot')
    .selectAll()
    .where('tender_id', '=', tenderId)
    .orderBy('number')
    .execute();
}

export async function findLot(db: Db, tenderId: string, lotNumber: number): Promise<LotRow> {
  const lot = await db
    .selectFrom('tender_lot')
    .selectAll()
    .where('tender_id', '=', tenderId)
    .where('number', '=', lotNumber)
    .executeTakeFirst();
  if (lot === undefined) throw new NotFoundError(`The tender has no lot ${lotNumber}.`);
  return lot;
}

/** The published versions, by lot and number; of one lot when `lotNumber` is given. */
export async function listSchemeVersionRows(
  db: Db,
  tenderId: string,
  lotNumber?: number,
): Promise<TenderSchemeVersionRow[]> {
  let query = db.selectFrom('tender_scheme_version').selectAll().where('tender_id', '=', tenderId);
  if (lotNumber !== undefined) query = query.where('lot_number', '=', lotNumber);
  return query.orderBy('lot_number').orderBy('number').execute();
}

/** The newest published version of each lot, by lot number. */
export async function latestSchemeVersions(
  db: Db,
  tenderId: string,
): Promise<Map<number, TenderSchemeVersionRow>> {
  const latest = new Map<number, TenderSchemeVersionRow>();
  for (const row of await listSchemeVersionRows(db, tenderId)) latest.set(row.lot_number, row);
  return latest;
}

export function versionSummary(row: TenderSchemeVersionRow): TenderSchemeVersionSummary {
  return {
    tenderId: row.tender_id,
    lotNumber: row.lot_number,
    number: row.number,
    commitment: row.commitment,
    correctionNumber: row.correction_number,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
  };
}

/** A stored scheme (draft or version), parsed again: it was valid when saved. */
export function storedTenderScheme(text: string): EvaluationScheme {
  return EvaluationScheme.parse(JSON.parse(text));
}

export function lotOrigin(lot: LotRow): TenderSchemeOrigin | null {
  switch (lot.scheme_origin_kind) {
    case null:
      return null;
    case 'template':
      return {
        kind: 'template',
        templateId: lot.scheme_origin_template_id!,
        templateVersion: lot.scheme_origin_template_version!,
      };
    default:
      return { kind: lot.scheme_origin_kind };
  }
}

/**
 * The day a tender's scheme carries as its `submissionDeadline`: the Berlin calendar day of the
 * tender's submission deadline, or, while none is set, the day `now` falls on (a placeholder the
 * publication replaces).
 */
export function tenderSchemeDay(tender: Pick<TenderRow, 'submission_deadline'>, now: Date): string {
  return berlinDayOf((tender.submission_deadline ?? now).toISOString()).toString();
}

/** The scheme as it belongs to the tender: its submission day and its regime. */
export function onTender(
  scheme: EvaluationScheme,
  tender: Pick<TenderRow, 'submission_deadline' | 'regime'>,
  now: Date,
): EvaluationScheme {
  return { ...scheme, submissionDeadline: tenderSchemeDay(tender, now), regime: tender.regime };
}

/**
 * Stores a published scheme version: its canonical JSON (RFC 8785) and the commitment over
 * exactly those bytes. The database refuses any later change of the row.
 */
export async function insertSchemeVersion(
  trx: Transaction<DB>,
  version: {
    tenderId: string;
    lotNumber: number;
    number: number;
    scheme: EvaluationScheme;
    correctionNumber: number | null;
    by: string;
    at: Date;
  },
): Promise<TenderSchemeVersionRow> {
  return trx
    .insertInto('tender_scheme_version')
    .values({
      tender_id: version.tenderId,
      lot_number: version.lotNumber,
      number: version.number,
      scheme: canonicalJson(version.scheme),
      commitment: schemeCommitment(version.scheme),
      correction_number: version.correctionNumber,
      created_by: version.by,
      created_at: version.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
