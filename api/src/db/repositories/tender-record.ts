import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../types.ts';

type Db = Kysely<DB> | Transaction<DB>;

export interface RecordEntryRow {
  seq: number;
  recorded_at: Date;
  actor_type: string | null;
  actor_id: string | null;
  action: string;
  outcome: string;
}

/** One page of the audit entries naming an object, in the log's order. */
export function listAuditEntriesOf(
  db: Db,
  object: { type: string; id: string },
  page: { limit: number; afterSeq?: number },
): Promise<RecordEntryRow[]> {
  let query = db
    .selectFrom('audit_entry')
    .select(['seq', 'recorded_at', 'actor_type', 'actor_id', 'action', 'outcome'])
    .where('object_type', '=', object.type)
    .where('object_id', '=', object.id)
    .orderBy('seq')
    .limit(page.limit + 1);
  if (page.afterSeq !== undefined) query = query.where('seq', '>', page.afterSeq);
  return query.execute();
}

export interface ActorNames {
  users: Map<string, { display_name: string; role: string; organisation_name: string }>;
  apiKeys: Map<string, { name: string; organisation_name: string }>;
}

/** Names of the users and API keys that acted, for the record. */
export async function findActorNames(
  db: Db,
  ids: { userIds: readonly string[]; apiKeyIds: readonly string[] },
): Promise<ActorNames> {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const userIds = [...new Set(ids.userIds)].filter((id) => uuid.test(id));
  const apiKeyIds = [...new Set(ids.apiKeyIds)];
  const users =
    userIds.length === 0
      ? []
      : await db
          .selectFrom('app_user')
          .innerJoin('organisation', 'organisation.id', 'app_user.organisation_id')
          .select([
            'app_user.id',
            'app_user.display_name',
            'app_user.role',
            'organisation.name as organisation_name',
          ])
          .where('app_user.id', 'in', userIds)
          .execute();
  const apiKeys =
    apiKeyIds.length === 0
      ? []
      : await db
          .selectFrom('api_key')
          .innerJoin('organisation', 'organisation.id', 'api_key.organisation_id')
          .select(['api_key.id', 'api_key.name', 'organisation.name as organisation_name'])
          .where('api_key.id', 'in', apiKeyIds)
          .execute();
  return {
    users: new Map(users.map((row) => [row.id, row])),
    apiKeys: new Map(apiKeys.map((row) => [row.id, row])),
  };
}
