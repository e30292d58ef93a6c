import { findOrganisationById } from '../../db/repositories/organisations.ts';
import { findTotpSecret, findUserById } from '../../db/repositories/users.ts';
import { NotFoundError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../../security/access/authorize.ts';
import { requireFullSession } from './full-session.ts';

export interface OwnAccount {
  user: NonNullable<Awaited<ReturnType<typeof findUserById>>>;
  organisation: { id: string; kind: 'authority' | 'vendor'; name: string };
  totpEnrolled: boolean;
}

/** Who the signed-in user is: name, role, organisation and whether TOTP is set up. */
export async function getOwnAccount({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { sessionToken: string };
}): Promise<OwnAccount> {
  await authorize(ctx, { operationId: 'getOwnAccount' });
  const current = await requireFullSession(ctx, input.sessionToken);
  const user = await findUserById(ctx.db, current.user.id);
  const organisation = user && (await findOrganisationById(ctx.db, user.organisation_id));
  if (user === undefined || organisation === undefined) {
    throw new NotFoundError('The account does not exist.');
  }
  return {
    user,
    organisation: { id: organisation.id, kind: organisation.kind, name: organisation.name },
    totpEnrolled: (await findTotpSecret(ctx.db, user.id)) !== null,
  };
}
