import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { VendorServiceTable } from '../tables/self-assessments.ts';
import type { DB } from '../types.ts';

type Db = Kysely<DB> | Transaction<DB>;

export type VendorServiceRow = Selectable<VendorServiceTable>;

export function findVendorService(
  db: Db,
  serviceId: string,
): Promise<VendorServiceRow | undefined> {
  return db.selectFrom('vendor_service').selectAll().where('id', '=', serviceId).executeTakeFirst();
}

/** The service, locked until the transaction ends: changes to one service and its versions take turns. */
export function lockVendorService(
  db: Transaction<DB>,
  serviceId: string,
): Promise<VendorServiceRow | undefined> {
  return db
    .selectFrom('vendor_service')
    .selectAll()
    .where('id', '=', serviceId)
    .forUpdate()
    .executeTakeFirst();
}

/** Whether the vendor has another service of this name, compared case-insensitively. */
export async function vendorServiceNameTaken(
  db: Db,
  organisationId: string,
  name: string,
  exceptId?: string,
): Promise<boolean> {
  let query = db
    .selectFrom('vendor_service')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where(sql<string>`lower(name)`, '=', sql<string>`lower(${name})`);
  if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

/** The vendor's services in order of creation, one page (one row more than `limit`). */
export function listVendorServices(
  db: Db,
  organisationId: string,
  { limit, after }: { limit: number; after?: { createdAt: Date; id: string } },
): Promise<VendorServiceRow[]> {
  let query = db
    .selectFrom('vendor_service')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at')
    .orderBy('id')
    .limit(limit + 1);
  if (after !== undefined) {
    query = query.where((eb) =>
      eb.or([
        eb('created_at', '>', after.createdAt),
        eb.and([eb('created_at', '=', after.createdAt), eb('id', '>', after.id)]),
      ]),
    );
  }
  return query.execute();
}

/** Every service of the vendor, in order of creation. */
export function listAllVendorServices(db: Db, organisationId: string): Promise<VendorServiceRow[]> {
  return db
    .selectFrom('vendor_service')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function insertVendorService(
  db: Db,
  values: { organisationId: string; name: string; summary: string | null; at: Date },
): Promise<VendorServiceRow> {
  return db
    .insertInto('vendor_service')
    .values({
      organisation_id: values.organisationId,
      name: values.name,
      summary: values.summary,
      version: 1,
      created_at: values.at,
      updated_at: values.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Renames the service if it is still at `expectedVersion`; undefined otherwise. */
export function updateVendorServiceAtVersion(
  db: Db,
  { serviceId, expectedVersion }: { serviceId: string; expectedVersion: number },
  values: { name: string; summary: string | null; at: Date },
): Promise<VendorServiceRow | undefined> {
  return db
    .updateTable('vendor_service')
    .set({
      name: values.name,
      summary: values.summary,
      version: expectedVersion + 1,
      updated_at: values.at,
    })
    .where('id', '=', serviceId)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
}

/** Whether the service has at least one published version: then authorities may read it. */
export async function serviceIsPublished(db: Db, serviceId: string): Promise<boolean> {
  const row = await db
    .selectFrom('self_assessment_version')
    .select('id')
    .where('service_id', '=', serviceId)
    .where('status', '=', 'published')
    .executeTakeFirst();
  return row !== undefined;
}

/** The authorities the vendor currently lets read the service's confidential evidence. */
export async function grantedAuthorityIds(db: Db, serviceId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('evidence_grant')
    .select('authority_id')
    .where('service_id', '=', serviceId)
    .where('revoked_at', 'is', null)
    .execute();
  return rows.map((row) => row.authority_id);
}

/** Those of `documentIds` that are evidence documents of the service. */
export async function evidenceDocumentIdsOfService(
  db: Db,
  serviceId: string,
  documentIds: readonly string[],
): Promise<Set<string>> {
  if (documentIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('evidence_document')
    .select('id')
    .where('service_id', '=', serviceId)
    .where('id', 'in', [...documentIds])
    .execute();
  return new Set(rows.map((row) => row.id));
}
