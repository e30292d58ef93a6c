import type { Kysely, Selectable, Transaction } from 'kysely';
import type { VendorProfileTable } from '../tables/self-assessments.ts';
import type { DB } from '../types.ts';

type Db = Kysely<DB> | Transaction<DB>;

export type VendorProfileRow = Selectable<VendorProfileTable>;

/** Who changed a row: a user or, through the API, a key (exactly one is set). */
export interface ChangedBy {
  userId: string | null;
  keyId: string | null;
}

export function findVendorProfile(
  db: Db,
  organisationId: string,
): Promise<VendorProfileRow | undefined> {
  return db
    .selectFrom('vendor_profile')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

/** Creates the profile at version 1; undefined when the organisation has one already. */
export function insertVendorProfile(
  db: Db,
  values: { organisationId: string; content: string; by: ChangedBy; at: Date },
): Promise<VendorProfileRow | undefined> {
  return db
    .insertInto('vendor_profile')
    .values({
      organisation_id: values.organisationId,
      content: values.content,
      version: 1,
      created_at: values.at,
      updated_by: values.by.userId,
      updated_by_key: values.by.keyId,
      updated_at: values.at,
    })
    .onConflict((conflict) => conflict.column('organisation_id').doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** Replaces the profile if it is still at `expectedVersion`; undefined otherwise. */
export function updateVendorProfileAtVersion(
  db: Db,
  { organisationId, expectedVersion }: { organisationId: string; expectedVersion: number },
  values: { content: string; by: ChangedBy; at: Date },
): Promise<VendorProfileRow | undefined> {
  return db
    .updateTable('vendor_profile')
    .set({
      content: values.content,
      version: expectedVersion + 1,
      updated_by: values.by.userId,
      updated_by_key: values.by.keyId,
      updated_at: values.at,
    })
    .where('organisation_id', '=', organisationId)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
}
