import type { Kysely, Selectable, Transaction } from 'kysely';
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
