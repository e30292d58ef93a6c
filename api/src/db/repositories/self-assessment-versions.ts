import type { Kysely, Selectable, Transaction } from 'kysely';
import type { SelfAssessmentVersionTable } from '../tables/self-assessments.ts';
import type { DB } from '../types.ts';

type Db = Kysely<DB> | Transaction<DB>;

export type SelfAssessmentVersionRow = Selectable<SelfAssessmentVersionTable>;

export function findVersionByNumber(
  db: Db,
  serviceId: string,
  number: number,
): Promise<SelfAssessmentVersionRow | undefined> {
  return db
    .selectFrom('self_assessment_version')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('number', '=', number)
    .executeTakeFirst();
}

export function findVersionById(
  db: Db,
  versionId: string,
): Promise<SelfAssessmentVersionRow | undefined> {
  return db
    .selectFrom('self_assessment_version')
    .selectAll()
    .where('id', '=', versionId)
    .executeTakeFirst();
}

/** The service's newest published version, if any. */
export function findLatestPublished(
  db: Db,
  serviceId: string,
): Promise<SelfAssessmentVersionRow | undefined> {
  return db
    .selectFrom('self_assessment_version')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('status', '=', 'published')
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The service's draft, if it has one (at most one: a partial unique index). */
export function findDraft(
  db: Db,
  serviceId: string,
): Promise<SelfAssessmentVersionRow | undefined> {
  return db
    .selectFrom('self_assessment_version')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
}

/** The service's versions, newest first, without their content. */
export function listVersionsOfService(
  db: Db,
  serviceId: string,
): Promise<Pick<SelfAssessmentVersionRow, 'id' | 'number' | 'status' | 'published_at'>[]> {
  return db
    .selectFrom('self_assessment_version')
    .select(['id', 'number', 'status', 'published_at'])
    .where('service_id', '=', serviceId)
    .orderBy('number', 'desc')
    .execute();
}

/** The draft and newest published version of each service, as lists name them. */
export function listVersionRefsOfServices(
  db: Db,
  serviceIds: readonly string[],
): Promise<
  Pick<SelfAssessmentVersionRow, 'id' | 'service_id' | 'number' | 'status' | 'published_at'>[]
> {
  if (serviceIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('self_assessment_version')
    .select(['id', 'service_id', 'number', 'status', 'published_at'])
    .where('service_id', 'in', [...serviceIds])
    .orderBy('number', 'desc')
    .execute();
}

/** The next version number of the service. */
export async function nextVersionNumber(db: Db, serviceId: string): Promise<number> {
  const row = await db
    .selectFrom('self_assessment_version')
    .select((eb) => eb.fn.max('number').as('highest'))
    .where('service_id', '=', serviceId)
    .executeTakeFirst();
  return Number(row?.highest ?? 0) + 1;
}

export function insertDraft(
  db: Db,
  values: { serviceId: string; number: number; content: string; at: Date },
): Promise<SelfAssessmentVersionRow> {
  return db
    .insertInto('self_assessment_version')
    .values({
      service_id: values.serviceId,
      number: values.number,
      status: 'draft',
      content: values.content,
      version: 1,
      created_at: values.at,
      updated_at: values.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Replaces the draft's content if it is still a draft at `expectedVersion`; undefined otherwise. */
export function updateDraftAtVersion(
  db: Db,
  { versionId, expectedVersion }: { versionId: string; expectedVersion: number },
  values: { content: string; at: Date },
): Promise<SelfAssessmentVersionRow | undefined> {
  return db
    .updateTable('self_assessment_version')
    .set({ content: values.content, version: expectedVersion + 1, updated_at: values.at })
    .where('id', '=', versionId)
    .where('status', '=', 'draft')
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
}

/** Publishes the draft at `expectedVersion`; afterwards the row never changes (trigger). */
export function publishDraftAtVersion(
  db: Db,
  { versionId, expectedVersion }: { versionId: string; expectedVersion: number },
  values: { vendorSnapshot: string; contentSha256: string; at: Date },
): Promise<SelfAssessmentVersionRow | undefined> {
  return db
    .updateTable('self_assessment_version')
    .set({
      status: 'published',
      vendor_snapshot: values.vendorSnapshot,
      content_sha256: values.contentSha256,
      published_at: values.at,
      version: expectedVersion + 1,
      updated_at: values.at,
    })
    .where('id', '=', versionId)
    .where('status', '=', 'draft')
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
}

/** The newest published version of each of the vendor's services, with the service's name. */
export function listLatestPublishedOfVendor(
  db: Db,
  organisationId: string,
): Promise<(SelfAssessmentVersionRow & { service_name: string })[]> {
  return db
    .selectFrom('self_assessment_version as v')
    .innerJoin('vendor_service as s', 's.id', 'v.service_id')
    .selectAll('v')
    .select('s.name as service_name')
    .where('s.organisation_id', '=', organisationId)
    .where('v.status', '=', 'published')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('self_assessment_version as newer')
            .select('newer.id')
            .whereRef('newer.service_id', '=', 'v.service_id')
            .where('newer.status', '=', 'published')
            .whereRef('newer.number', '>', 'v.number'),
        ),
      ),
    )
    .orderBy('s.name')
    .execute();
}
