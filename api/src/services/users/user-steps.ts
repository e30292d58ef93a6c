import type { Transaction } from 'kysely';
import { insertInvitation, type User } from '../../db/repositories/users.ts';
import type { OrganisationKind } from '../../db/tables/accounts.ts';
import type { DB } from '../../db/types.ts';
import { ValidationError } from '../../domain/errors.ts';
import { auditSucceeded } from '../account-audit.ts';
import type { ServiceContext } from '../context.ts';
import { hashSecret } from '../../security/credentials/tokens.ts';

/*
 * What the user verbs share besides their rules, which are pure and live in domain/accounts/
 * (`roles.ts`, `administrators.ts`).
 */

export type { User };

export interface AccountChange {
  user: User;
  /** Sessions ended by the change. */
  endedSessions: number;
}

/** The refusal of a role that does not fit the organisation (`roleFitsOrganisation`). */
export function roleMismatch(kind: OrganisationKind): ValidationError {
  return new ValidationError('The role does not fit the organisation.', [
    {
      in: 'body',
      pointer: '/role',
      detail:
        kind === 'vendor'
          ? 'Users of a vendor organisation have the role vendor.'
          : 'Users of an authority are admin, officer or reviewer.',
    },
  ]);
}

/**
 * Stores an invitation for the token (its SHA-256 only), valid for the context's lifetime, and
 * records it; returns when it expires. Runs in the caller's transaction.
 */
export async function storeInvitation(
  trx: Transaction<DB>,
  ctx: ServiceContext,
  input: { userId: string; token: string; now: Date },
): Promise<Date> {
  const invitation = await insertInvitation(trx, {
    userId: input.userId,
    tokenHash: hashSecret(input.token),
    createdAt: input.now,
    expiresAt: new Date(input.now.getTime() + ctx.settings.invitationLifetimeMs),
  });
  await auditSucceeded(trx, ctx, {
    action: 'auth.invitation.issued',
    object: { type: 'invitation', id: invitation.id },
    after: { userId: input.userId, expiresAt: invitation.expires_at.toISOString() },
  });
  return invitation.expires_at;
}
