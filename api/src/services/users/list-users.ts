import { findOrganisationById } from '../../db/repositories/organisations.ts';
import { listUsersOfOrganisation, type User } from '../../db/repositories/users.ts';
import { NotFoundError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../../security/access/authorize.ts';

/** The users of one organisation, for administrators; without hashes or secrets. */
export async function listUsers({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { organisationId: string };
}): Promise<User[]> {
  await authorize(ctx, { operationId: 'listUsers' });
  const organisation = await findOrganisationById(ctx.db, input.organisationId);
  if (organisation === undefined) throw new NotFoundError('The organisation does not exist.');
  return listUsersOfOrganisation(ctx.db, organisation.id);
}
