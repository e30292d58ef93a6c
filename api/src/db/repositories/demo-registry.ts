import type { Transaction } from 'kysely';
import type { DB } from '../types.ts';

/**
 * Rows of the self-assessment registry as the demo loader writes them: a vendor's profile, its
 * services and their published versions, in the loader's transaction, as the demo vendor's user.
 * (The vendor-side verbs that write them for real callers live with the registry's services.)
 */

/** The vendor's profile, unless it has one: the demo leaves a profile in use as it is. */
export async function insertProfileIfMissing(
  trx: Transaction<DB>,
  values: { organisationId: string; content: string; userId: string; at: Date },
): Promise<void> {
  await trx
    .insertInto('vendor_profile')
    .values({
      organisation_id: values.organisationId,
      content: values.content,
      version: 1,
      created_at: values.at,
      updated_by: values.userId,
      updated_by_key: null,
      updated_at: values.at,
    })
    .onConflict((conflict) => conflict.column('organisation_id').doNothing())
    .execute();
}

/** The vendor's profile content (canonical JSON), if it has one. */
export async function findProfileContent(
  trx: Transaction<DB>,
  organisationId: string,
): Promise<string | undefined> {
  const row = await trx
    .selectFrom('vendor_profile')
    .select('content')
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row?.content;
}

export async function insertDemoService(
  trx: Transaction<DB>,
  values: { organisationId: string; name: string; summary: string | null; at: Date },
): Promise<string> {
  const row = await trx
    .insertInto('vendor_service')
    .values({
      organisation_id: values.organisationId,
      name: values.name,
      summary: values.summary,
      version: 1,
      created_at: values.at,
      updated_at: values.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A published version: content, the profile it was published with, and their hash. */
export async function insertPublishedDemoVersion(
  trx: Transaction<DB>,
  values: {
    serviceId: string;
    number: number;
    content: string;
    vendorSnapshot: string;
    contentSha256: string;
    at: Date;
  },
): Promise<string> {
  const row = await trx
    .insertInto('self_assessment_version')
    .values({
      service_id: values.serviceId,
      number: values.number,
      status: 'published',
      content: values.content,
      vendor_snapshot: values.vendorSnapshot,
      content_sha256: values.contentSha256,
      version: 1,
      created_at: values.at,
      updated_at: values.at,
      published_at: values.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
