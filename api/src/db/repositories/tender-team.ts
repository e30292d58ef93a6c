import { sql, type Kysely, type Transaction } from 'kysely';
import type { Role } from '../tables/accounts.ts';
import type { TeamCapacity } from '../tables/tenders.ts';
import type { DB } from '../types.ts';

type Db = Kysely<DB> | Transaction<DB>;

export interface PersonRow {
  id: string;
  organisation_id: string;
  display_name: string;
  role: Role;
  disabled_at: Date | null;
}

/** The users with these ids, for names and roles; unknown ids are left out. */
export async function findPeople(db: Db, ids: readonly string[]): Promise<Map<string, PersonRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('app_user')
    .select(['id', 'organisation_id', 'display_name', 'role', 'disabled_at'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((row) => [row.id, row]));
}

export interface TeamCandidateRow {
  id: string;
  display_name: string;
  role: Role;
  created_at: Date;
}

/** One page of the enabled officers and reviewers of an authority, in order of creation. */
export function listTeamCandidates(
  db: Db,
  organisationId: string,
  page: { limit: number; after?: { createdAt: Date; id: string } },
): Promise<TeamCandidateRow[]> {
  let query = db
    .selectFrom('app_user')
    .select(['id', 'display_name', 'role', 'created_at'])
    .where('organisation_id', '=', organisationId)
    .where('role', 'in', ['officer', 'reviewer'])
    .where('disabled_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .limit(page.limit + 1);
  if (page.after !== undefined) {
    const { createdAt, id } = page.after;
    query = query.where(sql<boolean>`(created_at, id) > (${createdAt}, ${id}::uuid)`);
  }
  return query.execute();
}

export async function deleteTeamMember(
  trx: Transaction<DB>,
  key: { tenderId: string; userId: string; capacity: TeamCapacity },
): Promise<boolean> {
  const result = await trx
    .deleteFrom('tender_team_member')
    .where('tender_id', '=', key.tenderId)
    .where('user_id', '=', key.userId)
    .where('capacity', '=', key.capacity)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Records the declaration on every membership of the user not declared yet; returns how many. */
export async function markDeclared(
  trx: Transaction<DB>,
  key: { tenderId: string; userId: string },
  declaration: { at: Date; version: string },
): Promise<number> {
  const result = await trx
    .updateTable('tender_team_member')
    .set({ declared_at: declaration.at, declaration_version: declaration.version })
    .where('tender_id', '=', key.tenderId)
    .where('user_id', '=', key.userId)
    .where('declared_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
