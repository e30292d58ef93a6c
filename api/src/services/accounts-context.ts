import type { Kysely, Transaction } from 'kysely';
import type { PasswordHashing } from '../security/credentials/passwords.ts';
import type { Clock } from '../clock.ts';
import type { Role } from '../db/tables/accounts.ts';
import type { DB } from '../db/types.ts';
import type { Logger } from '../logger.ts';
import { ForbiddenError, UnauthenticatedError } from '../domain/errors.ts';
import type { SessionLifetimes } from '../domain/accounts/lifetimes.ts';

/** Who performs an account operation. */
export type Actor =
  | { type: 'user'; userId: string; organisationId: string; role: Role }
  /** An operator's command on the server (e.g. creating the first administrator). */
  | { type: 'system'; name: string }
  | { type: 'anonymous' };

export interface AccountsContext {
  /** The caller's transaction, when there is one; the verb then runs inside it. */
  db: Kysely<DB> | Transaction<DB>;
  clock: Clock;
  actor: Actor;
  /** How long an invitation link is valid; defaults to 72 hours. */
  invitationLifetimeMs?: number;
  requestId?: string;
  /** Lifetimes of full sessions created at login; default {@link defaultSessionLifetimes}. */
  sessionLifetimes?: SessionLifetimes;
  /**
   * Where security events go besides the audit log (ids and outcomes only, never a password,
   * token, code or submitted user name). Without one, nothing is logged.
   */
  logger?: Logger;
  /** How passwords are hashed and checked; production's Argon2id parameters when omitted. */
  passwordHashing?: PasswordHashing;
}

/**
 * Administration of organisations and users is for administrators and operator commands.
 * The policy table (a later step) replaces this check with its rows for these operations.
 */
export function requireAdministrator(ctx: AccountsContext): void {
  const { actor } = ctx;
  if (actor.type === 'anonymous') throw new UnauthenticatedError('Please log in.');
  if (actor.type === 'user' && actor.role !== 'admin') {
    throw new ForbiddenError('Only administrators manage organisations and users.');
  }
}
