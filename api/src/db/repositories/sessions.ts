import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Role, UserSessionTable } from '../tables/accounts.ts';
import type { DB } from '../types.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** A session as it may be shown (to its user, in a list): without the secret's hash. */
export type SessionRecord = Omit<Selectable<UserSessionTable>, 'secret_hash'>;

const sessionColumns = [
  'user_session.id',
  'user_session.user_id',
  'user_session.mfa_verified',
  'user_session.created_at',
  'user_session.last_seen_at',
  'user_session.idle_expires_at',
  'user_session.absolute_expires_at',
  'user_session.user_agent',
  'user_session.ip_address',
  'user_session.failed_codes',
] as const;

export async function insertSession(
  db: Db,
  values: {
    id: string;
    userId: string;
    secretHash: Uint8Array;
    mfaVerified: boolean;
    createdAt: Date;
    idleExpiresAt: Date;
    absoluteExpiresAt: Date;
    userAgent?: string | null;
    ipAddress?: string | null;
  },
): Promise<SessionRecord> {
  return db
    .insertInto('user_session')
    .values({
      id: values.id,
      user_id: values.userId,
      secret_hash: values.secretHash,
      mfa_verified: values.mfaVerified,
      created_at: values.createdAt,
      last_seen_at: values.createdAt,
      idle_expires_at: values.idleExpiresAt,
      absolute_expires_at: values.absoluteExpiresAt,
      user_agent: values.userAgent ?? null,
      ip_address: values.ipAddress ?? null,
    })
    .returning(sessionColumns)
    .executeTakeFirstOrThrow();
}

export interface SessionWithUser extends SessionRecord {
  secret_hash: Uint8Array;
  user_role: Role;
  user_organisation_id: string;
  user_disabled_at: Date | null;
  organisation_disabled_at: Date | null;
}

/** The session with what validation needs of its user, in one statement. */
export function findSessionWithUser(db: Db, id: string): Promise<SessionWithUser | undefined> {
  return db
    .selectFrom('user_session')
    .innerJoin('app_user', 'app_user.id', 'user_session.user_id')
    .innerJoin('organisation', 'organisation.id', 'app_user.organisation_id')
    .select([
      ...sessionColumns,
      'user_session.secret_hash',
      'app_user.role as user_role',
      'app_user.organisation_id as user_organisation_id',
      'app_user.disabled_at as user_disabled_at',
      'organisation.disabled_at as organisation_disabled_at',
    ])
    .where('user_session.id', '=', id)
    .executeTakeFirst();
}

export async function touchSession(
  db: Db,
  id: string,
  lastSeenAt: Date,
  idleExpiresAt: Date,
): Promise<void> {
  await db
    .updateTable('user_session')
    .set({ last_seen_at: lastSeenAt, idle_expires_at: idleExpiresAt })
    .where('id', '=', id)
    .execute();
}

/** Deletes one session; true when it existed. */
export async function deleteSession(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom('user_session').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Deletes the user's sessions, but `exceptId`'s when given; returns how many ended. */
export async function deleteSessionsOfUser(
  db: Db,
  userId: string,
  exceptId?: string,
): Promise<number> {
  let query = db.deleteFrom('user_session').where('user_id', '=', userId);
  if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Deletes the sessions of every user of the organisation; returns the user id of each session
 * that ended (a user appears once per session).
 */
export async function deleteSessionsOfOrganisation(
  db: Db,
  organisationId: string,
): Promise<string[]> {
  const rows = await db
    .deleteFrom('user_session')
    .where('user_id', 'in', (eb) =>
      eb.selectFrom('app_user').select('id').where('organisation_id', '=', organisationId),
    )
    .returning('user_id')
    .execute();
  return rows.map((row) => row.user_id);
}

/** The user's sessions that have not expired at `now`, newest first. */
export function listActiveSessionsOfUser(
  db: Db,
  userId: string,
  now: Date,
): Promise<SessionRecord[]> {
  return db
    .selectFrom('user_session')
    .select(sessionColumns)
    .where('user_id', '=', userId)
    .where('idle_expires_at', '>', now)
    .where('absolute_expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

/** Removes sessions that expired before `now`; they could not be used anyway. */
export async function deleteExpiredSessions(db: Db, now: Date): Promise<number> {
  const result = await db
    .deleteFrom('user_session')
    .where((eb) => eb.or([eb('idle_expires_at', '<=', now), eb('absolute_expires_at', '<=', now)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Counts one wrong second-factor code on the session and ends it when `limit` is reached.
 * Returns whether the session still exists. One statement each, so concurrent wrong codes on the
 * same session cannot overshoot the limit by more than the requests already in flight.
 */
export async function countFailedCode(db: Db, id: string, limit: number): Promise<boolean> {
  const row = await db
    .updateTable('user_session')
    .set((eb) => ({ failed_codes: eb('failed_codes', '+', 1) }))
    .where('id', '=', id)
    .returning('failed_codes')
    .executeTakeFirst();
  if (row === undefined) return false;
  if (row.failed_codes < limit) return true;
  await deleteSession(db, id);
  return false;
}
