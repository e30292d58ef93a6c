import type { Kysely, Selectable, Transaction } from 'kysely';
import type { OptionsReviewSchemeVersionTable } from '../tables/options-reviews.ts';
import type { DB } from '../types.ts';

type Db = Kysely<DB> | Transaction<DB>;

export type SchemeVersionRow = Selectable<OptionsReviewSchemeVersionTable>;
/** A version without its scheme text, for lists. */
export type SchemeVersionSummaryRow = Omit<SchemeVersionRow, 'scheme'>;

const summaryColumns = [
  'review_id',
  'number',
  'commitment',
  'origin_kind',
  'origin_template_id',
  'origin_template_version',
  'origin_entry_ids',
  'note',
  'created_by',
  'created_at',
] as const;

/** Scheme versions are only ever inserted: triggers refuse updates and deletes. */
export function insertSchemeVersion(db: Db, row: SchemeVersionRow): Promise<SchemeVersionRow> {
  return db
    .insertInto('options_review_scheme_version')
    .values(row)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findSchemeVersion(
  db: Db,
  reviewId: string,
  number: number,
): Promise<SchemeVersionRow | undefined> {
  return db
    .selectFrom('options_review_scheme_version')
    .selectAll()
    .where('review_id', '=', reviewId)
    .where('number', '=', number)
    .executeTakeFirst();
}

export function findLatestSchemeVersion(
  db: Db,
  reviewId: string,
): Promise<SchemeVersionRow | undefined> {
  return db
    .selectFrom('options_review_scheme_version')
    .selectAll()
    .where('review_id', '=', reviewId)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * One page of a review's versions, newest first, below version `before`; `limit + 1` rows are
 * asked for, so the caller knows whether another page follows.
 */
export function listSchemeVersions(
  db: Db,
  reviewId: string,
  page: { limit: number; before?: number },
): Promise<SchemeVersionSummaryRow[]> {
  let query = db
    .selectFrom('options_review_scheme_version')
    .select(summaryColumns)
    .where('review_id', '=', reviewId)
    .orderBy('number', 'desc')
    .limit(page.limit + 1);
  if (page.before !== undefined) query = query.where('number', '<', page.before);
  return query.execute();
}

/**
 * The review's newest scheme version that was made from the catalogue (a template or chosen
 * entries): where its criteria's catalogue entries are named. Later edited versions keep the
 * criteria's ids.
 */
export function findLatestCatalogueOrigin(
  db: Db,
  reviewId: string,
): Promise<
  | Pick<
      SchemeVersionRow,
      'origin_kind' | 'origin_template_id' | 'origin_template_version' | 'origin_entry_ids'
    >
  | undefined
> {
  return db
    .selectFrom('options_review_scheme_version')
    .select(['origin_kind', 'origin_template_id', 'origin_template_version', 'origin_entry_ids'])
    .where('review_id', '=', reviewId)
    .where('origin_kind', 'in', ['template', 'entries'])
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
}
