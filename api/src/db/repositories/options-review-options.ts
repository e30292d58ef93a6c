import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { OptionsReviewOptionTable } from '../tables/options-reviews.ts';
import type { DB } from '../types.ts';

type Db = Kysely<DB> | Transaction<DB>;

export type OptionRow = Selectable<OptionsReviewOptionTable>;

/** What an editor sets on an option. */
export interface OptionContent {
  name: string;
  vendorName: string | null;
  serviceName: string | null;
  /** Canonical JSON of the offer. */
  offer: string;
  checkedAgainstSchemeVersion: number | null;
}

/** Where a page of options starts: after the option created at this time with this id. */
export interface OptionPosition {
  createdAt: Date;
  id: string;
}

export function insertOption(
  db: Db,
  values: OptionContent & {
    reviewId: string;
    by: string;
    at: Date;
    /** The published registry version the option is taken from. */
    registryVersionId?: string;
  },
): Promise<OptionRow> {
  return db
    .insertInto('options_review_option')
    .values({
      review_id: values.reviewId,
      name: values.name,
      vendor_name: values.vendorName,
      service_name: values.serviceName,
      offer: values.offer,
      checked_against_scheme_version: values.checkedAgainstSchemeVersion,
      registry_version_id: values.registryVersionId ?? null,
      version: 1,
      created_by: values.by,
      created_at: values.at,
      updated_by: values.by,
      updated_at: values.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findOption(
  db: Db,
  reviewId: string,
  optionId: string,
): Promise<OptionRow | undefined> {
  return db
    .selectFrom('options_review_option')
    .selectAll()
    .where('review_id', '=', reviewId)
    .where('id', '=', optionId)
    .executeTakeFirst();
}

/** Whether another option of the review has this name, compared as the unique index does. */
export async function optionNameTaken(
  db: Db,
  reviewId: string,
  name: string,
  exceptId?: string,
): Promise<boolean> {
  let query = db
    .selectFrom('options_review_option')
    .select('id')
    .where('review_id', '=', reviewId)
    .where(sql`lower(name)`, '=', name.toLowerCase());
  if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

/**
 * Replaces the option's content if it is still at `expectedVersion`, counting the change; undefined
 * when it is not (changed by someone else since) or does not exist.
 */
export function updateOptionAtVersion(
  db: Db,
  key: { reviewId: string; optionId: string; expectedVersion: number },
  values: OptionContent & { by: string; at: Date },
): Promise<OptionRow | undefined> {
  return db
    .updateTable('options_review_option')
    .set((eb) => ({
      name: values.name,
      vendor_name: values.vendorName,
      service_name: values.serviceName,
      offer: values.offer,
      checked_against_scheme_version: values.checkedAgainstSchemeVersion,
      version: eb('version', '+', 1),
      updated_by: values.by,
      updated_at: values.at,
    }))
    .where('review_id', '=', key.reviewId)
    .where('id', '=', key.optionId)
    .where('version', '=', key.expectedVersion)
    .returningAll()
    .executeTakeFirst();
}

/** Deletes the option, if still at `expectedVersion` when one is given; the deleted row. */
export function deleteOption(
  db: Db,
  key: { reviewId: string; optionId: string; expectedVersion?: number },
): Promise<OptionRow | undefined> {
  let query = db
    .deleteFrom('options_review_option')
    .where('review_id', '=', key.reviewId)
    .where('id', '=', key.optionId);
  if (key.expectedVersion !== undefined) query = query.where('version', '=', key.expectedVersion);
  return query.returningAll().executeTakeFirst();
}

/**
 * One page of a review's options in the order they were added, after `after`; `limit + 1` rows
 * are asked for, so the caller knows whether another page follows.
 */
export function listOptions(
  db: Db,
  reviewId: string,
  page: { limit: number; after?: OptionPosition },
): Promise<OptionRow[]> {
  let query = db
    .selectFrom('options_review_option')
    .selectAll()
    .where('review_id', '=', reviewId)
    .orderBy('created_at')
    .orderBy('id')
    .limit(page.limit + 1);
  if (page.after !== undefined) {
    const { createdAt, id } = page.after;
    query = query.where(sql<boolean>`(created_at, id) > (${createdAt}, ${id}::uuid)`);
  }
  return query.execute();
}

/** The ids of all of a review's options: what a complete score sheet covers. */
export async function listOptionIds(db: Db, reviewId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('options_review_option')
    .select('id')
    .where('review_id', '=', reviewId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => row.id);
}

/** Every option of a review, in the order they were added: what the results compare. */
export function listAllOptions(db: Db, reviewId: string): Promise<OptionRow[]> {
  return db
    .selectFrom('options_review_option')
    .selectAll()
    .where('review_id', '=', reviewId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The names of all of a review's options, in lower case as the unique index compares them. */
export async function listOptionNamesLowerCase(db: Db, reviewId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('options_review_option')
    .select(sql<string>`lower(name)`.as('name'))
    .where('review_id', '=', reviewId)
    .execute();
  return new Set(rows.map((row) => row.name));
}

/** The registry versions the options were taken from, with their service, by version id. */
export function listRegistrySources(
  db: Db,
  versionIds: readonly string[],
): Promise<
  {
    id: string;
    service_id: string;
    number: number;
    published_at: Date | null;
    content_sha256: string | null;
  }[]
> {
  if (versionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('self_assessment_version')
    .select(['id', 'service_id', 'number', 'published_at', 'content_sha256'])
    .where('id', 'in', [...new Set(versionIds)])
    .execute();
}
