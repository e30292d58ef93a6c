import type { Kysely, Selectable, Transaction } from 'kysely';
import type { AttestationVerificationTable } from '../tables/self-assessments.ts';
import type { DB } from '../types.ts';
import type { SelfAssessmentVersionRow } from './self-assessment-versions.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** A service's latest published version with the service's own fields. */
export type LatestPublishedRow = SelfAssessmentVersionRow & {
  service_name: string;
  service_summary: string | null;
  organisation_id: string;
};

/**
 * The latest published version of every service that has one: what the registry search filters.
 * Read whole; see `searchRegistry` for why that is fine at the registry's size.
 */
export function listLatestPublishedVersions(db: Db): Promise<LatestPublishedRow[]> {
  return db
    .selectFrom('self_assessment_version as version')
    .innerJoin('vendor_service as service', 'service.id', 'version.service_id')
    .selectAll('version')
    .select([
      'service.name as service_name',
      'service.summary as service_summary',
      'service.organisation_id as organisation_id',
    ])
    .where('version.status', '=', 'published')
    .where(({ eb, selectFrom }) =>
      eb(
        'version.number',
        '=',
        selectFrom('self_assessment_version as newer')
          .select(({ fn }) => fn.max('newer.number').as('number'))
          .whereRef('newer.service_id', '=', 'version.service_id')
          .where('newer.status', '=', 'published'),
      ),
    )
    .execute();
}

/** A service's published versions, oldest first. */
export function listPublishedVersions(
  db: Db,
  serviceId: string,
): Promise<SelfAssessmentVersionRow[]> {
  return db
    .selectFrom('self_assessment_version')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('status', '=', 'published')
    .orderBy('number')
    .execute();
}

export type VerificationRow = Selectable<AttestationVerificationTable> & {
  recorded_by_name: string;
};

export function insertVerification(
  db: Db,
  values: {
    versionId: string;
    attestationId: string;
    authorityId: string;
    checkedOn: string;
    method: string;
    result: string;
    note: string | null;
    recordedBy: string;
    at: Date;
  },
): Promise<Selectable<AttestationVerificationTable>> {
  return db
    .insertInto('attestation_verification')
    .values({
      version_id: values.versionId,
      attestation_id: values.attestationId,
      authority_id: values.authorityId,
      checked_on: values.checkedOn,
      method: values.method,
      result: values.result,
      note: values.note,
      recorded_by: values.recordedBy,
      recorded_at: values.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** One authority's verifications of a version, oldest first, with the recorder's name. */
export function listVerifications(
  db: Db,
  versionId: string,
  authorityId: string,
): Promise<VerificationRow[]> {
  return db
    .selectFrom('attestation_verification as verification')
    .innerJoin('app_user as recorder', 'recorder.id', 'verification.recorded_by')
    .selectAll('verification')
    .select('recorder.display_name as recorded_by_name')
    .where('verification.version_id', '=', versionId)
    .where('verification.authority_id', '=', authorityId)
    .orderBy('verification.recorded_at')
    .orderBy('verification.id')
    .execute();
}

export function findUserDisplayName(db: Db, userId: string): Promise<string | undefined> {
  return db
    .selectFrom('app_user')
    .select('display_name')
    .where('id', '=', userId)
    .executeTakeFirst()
    .then((row) => row?.display_name);
}
