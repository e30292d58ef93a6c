import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { AppUserTable, OrganisationKind, Role } from '../tables/accounts.ts';
import type { DB } from '../types.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** A user as the application passes it around: without the password hash and TOTP secret. */
export type User = Omit<Selectable<AppUserTable>, 'password_hash' | 'totp_secret'>;

const userColumns = [
  'id',
  'organisation_id',
  'organisation_kind',
  'email',
  'display_name',
  'role',
  'password_changed_at',
  'totp_last_counter',
  'created_at',
  'disabled_at',
] as const;

export function insertUser(
  db: Db,
  values: {
    organisationId: string;
    organisationKind: OrganisationKind;
    email: string;
    displayName: string;
    role: Role;
    createdAt: Date;
  },
): Promise<User> {
  return db
    .insertInto('app_user')
    .values({
      organisation_id: values.organisationId,
      organisation_kind: values.organisationKind,
      email: values.email,
      display_name: values.displayName,
      role: values.role,
      created_at: values.createdAt,
    })
    .returning(userColumns)
    .executeTakeFirstOrThrow();
}

export function findUserById(db: Db, id: string): Promise<User | undefined> {
  return db.selectFrom('app_user').select(userColumns).where('id', '=', id).executeTakeFirst();
}

/** The user, locked until the transaction ends. */
export function findUserByIdForUpdate(db: Transaction<DB>, id: string): Promise<User | undefined> {
  return db
    .selectFrom('app_user')
    .select(userColumns)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** Looks an e-mail address up case-insensitively, as the unique index compares them. */
export function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  return db
    .selectFrom('app_user')
    .select(userColumns)
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
}

/** What a login needs: the user and the stored password hash (null before the invitation). */
export function findCredentialsByEmail(
  db: Db,
  email: string,
): Promise<(User & { password_hash: string | null }) | undefined> {
  return db
    .selectFrom('app_user')
    .select([...userColumns, 'password_hash'])
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
}

export function updateUserRole(db: Db, id: string, role: Role): Promise<User | undefined> {
  return db
    .updateTable('app_user')
    .set({ role })
    .where('id', '=', id)
    .returning(userColumns)
    .executeTakeFirst();
}

/** Makes a disabled user active again; undefined when there is no such user. */
export function markUserEnabled(db: Db, id: string): Promise<User | undefined> {
  return db
    .updateTable('app_user')
    .set({ disabled_at: null })
    .where('id', '=', id)
    .returning(userColumns)
    .executeTakeFirst();
}

/** Marks the user disabled; an already disabled user keeps the first date. */
export function markUserDisabled(db: Db, id: string, at: Date): Promise<User | undefined> {
  return db
    .updateTable('app_user')
    .set((eb) => ({ disabled_at: eb.fn.coalesce('disabled_at', eb.val(at)) }))
    .where('id', '=', id)
    .returning(userColumns)
    .executeTakeFirst();
}

export function setPasswordHash(
  db: Db,
  id: string,
  passwordHash: string,
  at: Date,
): Promise<User | undefined> {
  return db
    .updateTable('app_user')
    .set({ password_hash: passwordHash, password_changed_at: at })
    .where('id', '=', id)
    .returning(userColumns)
    .executeTakeFirst();
}

/** Stores a new TOTP key and forgets the last used counter (a new key starts a new sequence). */
export async function setTotpSecret(db: Db, id: string, secret: Uint8Array | null): Promise<void> {
  await db
    .updateTable('app_user')
    .set({ totp_secret: secret, totp_last_counter: null })
    .where('id', '=', id)
    .execute();
}

export async function findTotpSecret(db: Db, id: string): Promise<Uint8Array | null> {
  const row = await db
    .selectFrom('app_user')
    .select('totp_secret')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.totp_secret ?? null;
}

/**
 * Records `counter` as the user's last used TOTP step, only if it is newer than the stored one.
 * False means the code's step was used already (a replay): one atomic statement, so two
 * concurrent logins with the same code cannot both succeed.
 */
export async function advanceTotpCounter(db: Db, id: string, counter: number): Promise<boolean> {
  const result = await db
    .updateTable('app_user')
    .set({ totp_last_counter: counter })
    .where('id', '=', id)
    .where((eb) =>
      eb.or([eb('totp_last_counter', 'is', null), eb('totp_last_counter', '<', counter)]),
    )
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * The ids of the installation's active administrators (not disabled, in an authority that is not
 * disabled), locked until the transaction ends: two administrators disabling each other, or each
 * other's authority, at the same moment must not leave none. On an installation without any,
 * there is no row to lock, so a transaction-scoped advisory lock serialises the callers first:
 * two `admin:create` runs at the same moment on an empty installation cannot both see "no
 * administrator yet". PGlite serves one connection, so there the lock is only a formality.
 */
export async function lockActiveAdminIds(db: Transaction<DB>): Promise<string[]> {
  await sql`select pg_advisory_xact_lock(hashtext('tenderwise:administrators'))`.execute(db);
  const rows = await db
    .selectFrom('app_user')
    .select('id')
    .where('role', '=', 'admin')
    .where('disabled_at', 'is', null)
    // A subquery rather than a join, so that only the users' rows are locked.
    .where('organisation_id', 'in', (eb) =>
      eb.selectFrom('organisation').select('id').where('disabled_at', 'is', null),
    )
    .orderBy('id')
    .forUpdate()
    .execute();
  return rows.map((row) => row.id);
}

/**
 * Whether the installation has an active administrator, by the same rule as
 * {@link lockActiveAdminIds}, without locking: for reads that only report it.
 */
export async function hasActiveAdministrator(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom('app_user')
    .select('id')
    .where('role', '=', 'admin')
    .where('disabled_at', 'is', null)
    .where('organisation_id', 'in', (eb) =>
      eb.selectFrom('organisation').select('id').where('disabled_at', 'is', null),
    )
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export interface Invitation {
  id: string;
  user_id: string;
  expires_at: Date;
  used_at: Date | null;
}

export function insertInvitation(
  db: Db,
  values: { userId: string; tokenHash: Uint8Array; createdAt: Date; expiresAt: Date },
): Promise<Invitation> {
  return db
    .insertInto('invitation')
    .values({
      user_id: values.userId,
      token_hash: values.tokenHash,
      created_at: values.createdAt,
      expires_at: values.expiresAt,
    })
    .returning(['id', 'user_id', 'expires_at', 'used_at'])
    .executeTakeFirstOrThrow();
}

/**
 * Finds an invitation by the SHA-256 of its token. The token has 160 random bits, so an index
 * lookup by its hash leaks nothing worth a constant-time comparison.
 */
export function findInvitationByTokenHash(
  db: Db,
  tokenHash: Uint8Array,
): Promise<Invitation | undefined> {
  return db
    .selectFrom('invitation')
    .select(['id', 'user_id', 'expires_at', 'used_at'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Uses the invitation up; false when it was used already (one atomic statement). */
export async function markInvitationUsed(db: Db, id: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('invitation')
    .set({ used_at: at })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Ends the open invitations of every user of the organisation, when it is disabled. */
export async function expireOpenInvitationsOfOrganisation(
  db: Db,
  organisationId: string,
  at: Date,
): Promise<void> {
  await db
    .updateTable('invitation')
    .set({ used_at: at })
    .where('user_id', 'in', (eb) =>
      eb.selectFrom('app_user').select('id').where('organisation_id', '=', organisationId),
    )
    .where('used_at', 'is', null)
    .execute();
}

/** Ends the user's invitations not used yet, e.g. when a new one is issued or the user is disabled. */
export async function expireOpenInvitations(db: Db, userId: string, at: Date): Promise<void> {
  await db
    .updateTable('invitation')
    .set({ used_at: at })
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
}

export interface RecoveryCode {
  id: string;
  code_hash: string;
}

/** Replaces all the user's recovery codes with new ones, given as hashes. */
export async function replaceRecoveryCodes(
  db: Db,
  userId: string,
  codeHashes: readonly string[],
  at: Date,
): Promise<void> {
  await db.deleteFrom('recovery_code').where('user_id', '=', userId).execute();
  if (codeHashes.length === 0) return;
  await db
    .insertInto('recovery_code')
    .values(codeHashes.map((hash) => ({ user_id: userId, code_hash: hash, created_at: at })))
    .execute();
}

export function listUnusedRecoveryCodes(db: Db, userId: string): Promise<RecoveryCode[]> {
  return db
    .selectFrom('recovery_code')
    .select(['id', 'code_hash'])
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .orderBy('id')
    .execute();
}

/** Uses a recovery code up; false when it was used already (one atomic statement). */
export async function markRecoveryCodeUsed(db: Db, id: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('recovery_code')
    .set({ used_at: at })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The organisation's users, oldest first; without password hashes and TOTP secrets. */
export function listUsersOfOrganisation(db: Db, organisationId: string): Promise<User[]> {
  return db
    .selectFrom('app_user')
    .select(userColumns)
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The display names of these users, by id; unknown ids are left out. */
export async function displayNamesOf(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('app_user')
    .select(['id', 'display_name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((row) => [row.id, row.display_name]));
}
