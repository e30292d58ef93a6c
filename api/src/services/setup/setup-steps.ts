import type { Transaction } from 'kysely';
import { withdrawOpenSetupTokens } from '../../db/repositories/setup-tokens.ts';
import type { DB } from '../../db/types.ts';
import { auditSucceeded } from '../account-audit.ts';
import type { ServiceContext } from '../context.ts';

/*
 * What the setup verbs share (ADR 0022). The setup link creates the installation's first
 * administrator; it works only while there is no active administrator, the same test
 * `admin:create` applies (`lockActiveAdminIds`).
 */

/** A setup token as the server makes them: 20 random bytes in lower-case base32. */
export function isSetupTokenShaped(token: string): boolean {
  return /^[a-z2-7]{32}$/.test(token);
}

/**
 * Uses up the open setup link when an administrator comes to be another way (`admin:create`), in
 * the caller's transaction, and records it: the link stops working at once, also in the database
 * that other processes read, not only when they next look for an administrator.
 */
export async function withdrawSetupLinks(
  trx: Transaction<DB>,
  ctx: ServiceContext,
  now: Date,
): Promise<void> {
  for (const id of await withdrawOpenSetupTokens(trx, now)) {
    await auditSucceeded(trx, ctx, {
      action: 'auth.setup_token.withdrawn',
      object: { type: 'setup_token', id },
    });
  }
}
