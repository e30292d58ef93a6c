import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { OrganisationKind, OrganisationTable } from '../tables/accounts.ts';
import type { DB } from '../types.ts';

type Db = Kysely<DB> | Transaction<DB>;

export type Organisation = Selectable<OrganisationTable>;

export function insertOrganisation(
  db: Db,
  values: { kind: OrganisationKind; name: string; createdAt: Date; demo?: boolean },
): Promise<Organisation> {
  return db
    .insertInto('organisation')
    .values({
      kind: values.kind,
      name: values.name,
      created_at: values.createdAt,
      demo: values.demo ?? false,
    })
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

/**
 * Sets or clears the organisation's `disabled_at`; an organisation disabled already keeps the
 * first date. Undefined when there is no such organisation.
 */
export function setOrganisationDisabled(
  db: Db,
  id: string,
  at: Date | null,
): Promise<Organisation | undefined> {
  return db
    .updateTable('organisation')
    .set((eb) => ({
      disabled_at: at === null ? null : eb.fn.coalesce('disabled_at', eb.val(at)),
    }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

/** The oldest active authority of this name, compared as people read it (case-insensitively). */
export function findActiveAuthorityByName(db: Db, name: string): Promise<Organisation | undefined> {
  return db
    .selectFrom('organisation')
    .selectAll()
    .where('kind', '=', 'authority')
    .where(sql<string>`lower(name)`, '=', sql<string>`lower(${name})`)
    .where('disabled_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

/** Every organisation of the installation, oldest first (administrators see them all). */
export function listAllOrganisations(db: Db): Promise<Organisation[]> {
  return db.selectFrom('organisation').selectAll().orderBy('created_at').orderBy('id').execute();
}

/** Enabled authority organisations by name, for a vendor choosing whom to grant evidence access. */
export function listEnabledAuthorities(db: Db): Promise<{ id: string; name: string }[]> {
  return db
    .selectFrom('organisation')
    .select(['id', 'name'])
    .where('kind', '=', 'authority')
    .where('disabled_at', 'is', null)
    .orderBy(sql`lower(name)`)
    .orderBy('name')
    .orderBy('id')
    .execute();
}
