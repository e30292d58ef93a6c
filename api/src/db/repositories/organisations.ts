import type { Kysely, Selectable, Transaction } from 'kysely';
import type { OrganisationKind, OrganisationTable } from '../tables/accounts.ts';
import type { DB } from '../types.ts';

type Db = Kysely<DB> | Transaction<DB>;

export type Organisation = Selectable<OrganisationTable>;

export function insertOrganisation(
  db: Db,
  values: { kind: OrganisationKind; name: string; createdAt: Date },
): Promise<Organisation> {
  return db
    .insertInto('organisation')
    .values({ kind: values.kind, name: values.name, created_at: values.createdAt })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findOrganisationById(db: Db, id: string): Promise<Organisation | undefined> {
  return db.selectFrom('organisation').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The organisation, locked until the transaction ends, so its state cannot change meanwhile. */
export function findOrganisationByIdForUpdate(
  db: Transaction<DB>,
  id: string,
): Promise<Organisation | undefined> {
  return db
    .selectFrom('organisation')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}
