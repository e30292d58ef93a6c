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
