import type { Kysely, Transaction } from 'kysely';
import type { Clock } from '../../clock.ts';
import {
  deleteSession,
  deleteSessionsOfUser,
  findSessionWithUser,
  insertSession,
  listActiveSessionsOfUser,
  touchSession,
  type SessionRecord,
} from '../../db/repositories/sessions.ts';
import type { Role } from '../../db/tables/accounts.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { defaultSessionLifetimes, type SessionLifetimes } from '../../domain/accounts/lifetimes.ts';
import {
  generateTokenParts,
  hashSecret,
  parseTokenParts,
  secretMatches,
} from '../credentials/tokens.ts';

type Db = Kysely<DB> | Transaction<DB>;

export type { SessionRecord };

/**
 * Last-seen times and the sliding idle expiry are written at most once a minute per session:
 * validating on every request must not turn every read into a write. The price is that a session
 * may end up to a minute before its idle timeout after the last request; never later.
 */
export const sessionTouchIntervalMs = 60_000;

export interface CreateSessionInput {
  userId: string;
  /** Whether the user passed the second factor in this login. */
  mfaVerified: boolean;
  /**
   * The session the client presented while logging in (re-authentication, or the step from
   * password to TOTP). It ends in the same transaction, so no token outlives a login.
   */
  replacesSessionId?: string;
  userAgent?: string | null;
  ipAddress?: string | null;
}

export interface CreatedSession {
  /** `id.secret`; give it to the client once, in the cookie. Never stored. */
  token: string;
  session: SessionRecord;
}

/**
 * Starts a session on login: always a new id and secret (so a token planted before login never
 * becomes an authenticated one), the secret stored only as its SHA-256.
 */
export async function createSession(
  db: Db,
  clock: Clock,
  input: CreateSessionInput,
  lifetimes: SessionLifetimes = defaultSessionLifetimes,
): Promise<CreatedSession> {
  const { id, secret } = generateTokenParts();
  return withTransaction<DB, CreatedSession>(db, async (trx) => {
    const now = await clock.now<DB>(trx);
    if (input.replacesSessionId !== undefined) await deleteSession(trx, input.replacesSessionId);
    const absoluteExpiresAt = new Date(now.getTime() + lifetimes.absoluteMs);
    const session = await insertSession(trx, {
      id,
      userId: input.userId,
      secretHash: hashSecret(secret),
      mfaVerified: input.mfaVerified,
      createdAt: now,
      idleExpiresAt: idleExpiry(now, absoluteExpiresAt, lifetimes),
      absoluteExpiresAt,
      userAgent: summarise(input.userAgent, 256),
      ipAddress: summarise(input.ipAddress, 64),
    });
    // audit: 'session.created' (login success) is written by the login verb that calls this.
    return { token: `${id}.${secret}`, session };
  });
}

export interface ValidatedSession {
  session: SessionRecord;
  user: { id: string; organisationId: string; role: Role };
}

/**
 * The session and user a token stands for, or null: malformed, unknown, wrong secret, expired
 * (idle or absolute), or the user or organisation disabled. Each use slides the idle expiry,
 * never past the absolute one (written at most once a minute, see {@link sessionTouchIntervalMs}).
 * An expired session is deleted on sight.
 */
export async function validateSessionToken(
  db: Db,
  clock: Clock,
  token: string,
  lifetimes: SessionLifetimes = defaultSessionLifetimes,
): Promise<ValidatedSession | null> {
  const parts = parseTokenParts(token);
  if (parts === null) return null;
  const row = await findSessionWithUser(db, parts.id);
  if (row === undefined || !secretMatches(parts.secret, row.secret_hash)) return null;
  const now = await clock.now<DB>(db);
  if (now >= row.idle_expires_at || now >= row.absolute_expires_at) {
    await deleteSession(db, row.id);
    return null;
  }
  if (row.user_disabled_at !== null || row.organisation_disabled_at !== null) return null;

  const {
    secret_hash: _hash,
    user_role,
    user_organisation_id,
    user_disabled_at: _userDisabled,
    organisation_disabled_at: _organisationDisabled,
    ...session
  } = row;
  if (now.getTime() - session.last_seen_at.getTime() >= sessionTouchIntervalMs) {
    session.last_seen_at = now;
    session.idle_expires_at = idleExpiry(now, session.absolute_expires_at, lifetimes);
    await touchSession(db, session.id, session.last_seen_at, session.idle_expires_at);
  }
  return {
    session,
    user: { id: session.user_id, organisationId: user_organisation_id, role: user_role },
  };
}

/** Logout: ends one session in the database, so its token is refused from now on. */
export async function invalidateSession(db: Db, sessionId: string): Promise<boolean> {
  // audit: 'session.ended' (logout) by the logout verb.
  return deleteSession(db, sessionId);
}

/** The user's live sessions, newest first, for "where am I logged in". */
export async function listSessionsOfUser(
  db: Db,
  clock: Clock,
  userId: string,
): Promise<SessionRecord[]> {
  return listActiveSessionsOfUser(db, userId, await clock.now<DB>(db));
}

/**
 * Ends every session of the user but the one in use: after a password change or a change of
 * the second factor (ASVS 7.4.3). Returns how many ended.
 */
export async function invalidateOtherSessions(
  db: Db,
  userId: string,
  keepSessionId: string,
): Promise<number> {
  // audit: 'sessions.ended' with the count, by the calling verb (password change, TOTP reset).
  return deleteSessionsOfUser(db, userId, keepSessionId);
}

/**
 * Ends all sessions of the user: an administrator's action, a role change or disabling the
 * account (ASVS 7.4.2, 7.4.5). Returns how many ended.
 */
export async function invalidateAllSessionsOfUser(db: Db, userId: string): Promise<number> {
  // audit: 'sessions.ended' with the count, by the calling verb.
  return deleteSessionsOfUser(db, userId);
}

function idleExpiry(now: Date, absoluteExpiresAt: Date, lifetimes: SessionLifetimes): Date {
  return new Date(Math.min(now.getTime() + lifetimes.idleMs, absoluteExpiresAt.getTime()));
}

function summarise(value: string | null | undefined, maxLength: number): string | null {
  if (value === undefined || value === null || value === '') return null;
  return value.slice(0, maxLength);
}
