import { findOrganisationById } from '../../db/repositories/organisations.ts';
import {
  expireOpenInvitations,
  findUserById,
  findUserByIdForUpdate,
} from '../../db/repositories/users.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { ConflictError, NotFoundError } from '../../domain/errors.ts';
import { auditRefused, recordingRefusals } from '../account-audit.ts';
import { userObject } from '../access-objects.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../../security/access/authorize.ts';
import { generateSecret } from '../../security/credentials/tokens.ts';
import { storeInvitation } from './user-steps.ts';
import { type CreatedUser } from './create-user.ts';

/**
 * A new invitation link for a user who has not accepted one yet: the first was lost, or expired
 * over a holiday. Every open invitation of the user ends, so only the newest link works. A user
 * who has set a password gets none: an invitation would let whoever holds the link take over the
 * account, which is not how a forgotten password is handled.
 */
export async function issueInvitation({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { userId: string };
}): Promise<CreatedUser['invitation']> {
  const attempt = {
    action: 'auth.invitation.issued',
    object: { type: 'user', id: input.userId },
  } as const;
  const target = await findUserById(ctx.db, input.userId);
  await authorize(ctx, {
    operationId: 'issueInvitation',
    ...(target !== undefined && { object: userObject(target) }),
    onRefused: () => auditRefused(ctx, attempt),
  });
  const token = generateSecret();
  return recordingRefusals(ctx, attempt, () =>
    withTransaction<DB, CreatedUser['invitation']>(ctx.db, async (trx) => {
      const user = await findUserByIdForUpdate(trx, input.userId);
      if (user === undefined) throw new NotFoundError('The user does not exist.');
      if (user.disabled_at !== null) throw new ConflictError('The user is disabled.');
      const organisation = await findOrganisationById(trx, user.organisation_id);
      if (organisation?.disabled_at !== null) {
        throw new ConflictError('The user’s organisation is disabled.');
      }
      if (user.password_changed_at !== null) {
        throw new ConflictError('The user has accepted an invitation already.');
      }
      const now = await ctx.clock.now<DB>(trx);
      await expireOpenInvitations(trx, user.id, now);
      const expiresAt = await storeInvitation(trx, ctx, { userId: user.id, token, now });
      return { token, expiresAt };
    }),
  );
}
