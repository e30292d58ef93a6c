import {
  findInvitationByTokenHash,
  findUserByIdForUpdate,
  markInvitationUsed,
  setPasswordHash,
  type User,
} from '../../db/repositories/users.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors.ts';
import { auditSucceeded, recordingRefusals, userState } from '../account-audit.ts';
import type { ServiceContext } from '../context.ts';
import { hashSecret } from '../../security/credentials/tokens.ts';

export interface AcceptInvitationInput {
  token: string;
  /** The Argon2id hash of the password the invitee chose (security/credentials hashes it). */
  passwordHash: string;
}

/**
 * Sets the invitee's first password. An invitation works once and only until it expires; the
 * password arrives hashed, so no plaintext password passes through here.
 */
export async function acceptInvitation({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: AcceptInvitationInput;
}): Promise<User> {
  if (!input.passwordHash.startsWith('$argon2id$')) {
    throw new ValidationError('The password must be given as an Argon2id hash.');
  }
  // Known once the token matched one: a refusal then names the invitation (never the token).
  let invitationId: string | null = null;
  const attempt = () => ({
    action: 'auth.invitation.accepted' as const,
    object: invitationId === null ? null : { type: 'invitation' as const, id: invitationId },
  });
  const work = () =>
    withTransaction<DB, User>(ctx.db, async (trx) => {
      if (!/^[a-z2-7]{32}$/.test(input.token)) throw invalidInvitation();
      const now = await ctx.clock.now<DB>(trx);
      const invitation = await findInvitationByTokenHash(trx, hashSecret(input.token));
      if (invitation === undefined) throw invalidInvitation();
      invitationId = invitation.id;
      if (invitation.used_at !== null) {
        throw new ConflictError('This invitation has been used already. Please log in.');
      }
      if (now >= invitation.expires_at) {
        throw new ConflictError(
          'This invitation has expired. Ask your administrator for a new one.',
        );
      }
      const user = await findUserByIdForUpdate(trx, invitation.user_id);
      if (user === undefined || user.disabled_at !== null) throw invalidInvitation();
      // Conditional: of two acceptances racing with the same token, one wins.
      if (!(await markInvitationUsed(trx, invitation.id, now))) {
        throw new ConflictError('This invitation has been used already. Please log in.');
      }
      const updated = (await setPasswordHash(trx, user.id, input.passwordHash, now))!;
      await auditSucceeded(trx, ctx, {
        action: 'auth.invitation.accepted',
        actor: { type: 'user', id: user.id },
        object: { type: 'invitation', id: invitation.id },
        before: userState(user),
        after: userState(updated),
      });
      return updated;
    });
  return recordingRefusals(ctx, attempt, work);
}

function invalidInvitation(): NotFoundError {
  return new NotFoundError('This invitation link is not valid.');
}
