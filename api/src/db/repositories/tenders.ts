import type { Kysely, Selectable, Transaction } from 'kysely';
import type { TeamCapacity, TenderTable, TenderTeamMemberTable } from '../tables/tenders.ts';
import type { DB } from '../types.ts';

type Db = Kysely<DB> | Transaction<DB>;

export type TenderRow = Selectable<TenderTable>;
export type TeamMemberRow = Selectable<TenderTeamMemberTable>;

export async function findTender(db: Db, id: string): Promise<TenderRow | undefined> {
  return db.selectFrom('tender').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The tender, locked until the transaction ends: changes to one tender take turns. */
export async function lockTender(trx: Transaction<DB>, id: string): Promise<TenderRow | undefined> {
  return trx.selectFrom('tender').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Every membership of the tender's team, in the order added. */
export async function listTeamMembers(db: Db, tenderId: string): Promise<TeamMemberRow[]> {
  return db
    .selectFrom('tender_team_member')
    .selectAll()
    .where('tender_id', '=', tenderId)
    .orderBy('added_at')
    .orderBy('user_id')
    .orderBy('capacity')
    .execute();
}

export async function insertTeamMember(
  db: Db,
  values: {
    tenderId: string;
    userId: string;
    capacity: TeamCapacity;
    deputyForUserId?: string | null;
    addedBy: string;
    at: Date;
  },
): Promise<TeamMemberRow> {
  return db
    .insertInto('tender_team_member')
    .values({
      tender_id: values.tenderId,
      user_id: values.userId,
      capacity: values.capacity,
      deputy_for_user_id: values.deputyForUserId ?? null,
      added_by: values.addedBy,
      added_at: values.at,
      declared_at: null,
      declaration_version: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Counts a change of the tender or of anything that belongs to it (lots, team, schemes): the
 * version moves on, which voids a publication request made on an earlier version.
 */
export async function touchTender(
  trx: Transaction<DB>,
  tender: TenderRow,
  at: Date,
): Promise<TenderRow> {
  return trx
    .updateTable('tender')
    .set({ version: tender.version + 1, updated_at: at })
    .where('id', '=', tender.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
