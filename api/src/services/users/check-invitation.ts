import { checkPassword } from '../../security/credentials/index.ts';
import { findOrganisationById } from '../../db/repositories/organisations.ts';
import { findInvitationByTokenHash, findUserById } from '../../db/repositories/users.ts';
import type { DB } from '../../db/types.ts';
import type { ServiceContext } from '../context.ts';
import { PasswordPolicyError } from '../sessions/password-policy-error.ts';
import { hashSecret } from '../../security/credentials/tokens.ts';

/**
 * What an invitation link is good for: `valid` (it sets a password), `used` (accepted already,
 * or replaced by a newer link, or ended when its user was disabled), `expired`, or `invalid` (no
 * such link). Nothing else: not whose it is, nor until when.
 */
export type InvitationStatus = 'valid' | 'used' | 'expired' | 'invalid';

/**
 * Tells the invitation page, before anybody types a password, whether the link still works.
 * Reads only; the caller limits how often (the token has 160 random bits, so guessing is hopeless
 * anyway, but every lookup costs the database).
 */
export async function checkInvitation({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, 'db' | 'clock'>;
  input: { token: string };
}): Promise<InvitationStatus> {
  return (await openInvitation(ctx, input.token)).status;
}

/**
 * Refuses a password for an open invitation by the whole policy, the invitee's name, e-mail
 * address and organisation included (ADR 0007), as a password change does. Only an open
 * invitation tells whose it is: for any other token, acceptance fails anyway, and this says
 * nothing about its user.
 */
export async function checkInvitationPassword({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, 'db' | 'clock'>;
  input: { token: string; password: string };
}): Promise<void> {
  const { invitee } = await openInvitation(ctx, input.token);
  const organisation =
    invitee === undefined ? undefined : await findOrganisationById(ctx.db, invitee.organisation_id);
  const check = checkPassword(
    input.password,
    invitee === undefined
      ? {}
      : {
          email: invitee.email,
          name: invitee.display_name,
          words: organisation === undefined ? [] : [organisation.name],
        },
  );
  if (!check.ok) throw new PasswordPolicyError(check.problems);
}

async function openInvitation(ctx: Pick<ServiceContext, 'db' | 'clock'>, token: string) {
  if (!/^[a-z2-7]{32}$/.test(token)) return { status: 'invalid' as const };
  const invitation = await findInvitationByTokenHash(ctx.db, hashSecret(token));
  if (invitation === undefined) return { status: 'invalid' as const };
  if (invitation.used_at !== null) return { status: 'used' as const };
  if ((await ctx.clock.now<DB>(ctx.db)) >= invitation.expires_at) {
    return { status: 'expired' as const };
  }
  // Disabling a user ends their invitations; a disabled user here lost a race with that.
  const invitee = await findUserById(ctx.db, invitation.user_id);
  if (invitee === undefined || invitee.disabled_at !== null) return { status: 'invalid' as const };
  return { status: 'valid' as const, invitee };
}
