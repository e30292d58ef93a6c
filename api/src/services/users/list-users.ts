import { findOrganisationById } from '../../db/repositories/organisations.ts';
import { listUsersOfOrganisation, type User } from '../../db/repositories/users.ts';
import { NotFoundError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../../security/access/authorize.ts';
import { organisationObject } from '../access-objects.ts';

/** The users of one organisation, for administrators; without hashes or secrets. */
export async function listUsers({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { organisationId: string };
}): Promise<User[]> {
  const organisation = await findOrganisationById(ctx.db, input.organisationId);
  await authorize(ctx, {
    operationId: 'listUsers',
    ...(organisation !== undefined && { object: organisationObject(organisation) }),
  });
  if (organisation === undefined) throw new NotFoundError('The organisation does not exist.');
  return listUsersOfOrganisation(ctx.db, organisation.id);
}
