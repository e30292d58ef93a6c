import { listApiKeysOfOrganisation, type ApiKeyRecord } from '../db/repositories/api-keys.ts';
import {
  findOrganisationById,
  listAllOrganisations,
  type Organisation,
} from '../db/repositories/organisations.ts';
import { listUsersOfOrganisation, type User } from '../db/repositories/users.ts';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../domain/errors.ts';
import { requireAdministrator, type AccountsContext } from './accounts-context.ts';

/**
 * Every organisation of the installation: administrators administer all of them. Reads write no
 * audit entry; a refused read is recorded by the route's policy check.
 */
export async function listOrganisations({
  ctx,
}: {
  ctx: AccountsContext;
}): Promise<Organisation[]> {
  requireAdministrator(ctx);
  return listAllOrganisations(ctx.db);
}

/** The users of one organisation, for administrators; without hashes or secrets. */
export async function listUsers({
  ctx,
  input,
}: {
  ctx: AccountsContext;
  input: { organisationId: string };
}): Promise<User[]> {
  requireAdministrator(ctx);
  const organisation = await findOrganisationById(ctx.db, input.organisationId);
  if (organisation === undefined) throw new NotFoundError('The organisation does not exist.');
  return listUsersOfOrganisation(ctx.db, organisation.id);
}

/**
 * Any organisation's API keys, for administrators (who revoke a key a vendor lost control of,
 * and see what disabling an organisation revoked); never a secret or its hash. An authority has
 * none.
 */
export async function listOrganisationApiKeys({
  ctx,
  input,
}: {
  ctx: AccountsContext;
  input: { organisationId: string };
}): Promise<ApiKeyRecord[]> {
  requireAdministrator(ctx);
  const organisation = await findOrganisationById(ctx.db, input.organisationId);
  if (organisation === undefined) throw new NotFoundError('The organisation does not exist.');
  return listApiKeysOfOrganisation(ctx.db, organisation.id);
}

/**
 * The API keys of the caller's own vendor organisation, revoked and expired ones included;
 * never a secret or its hash. Only a vendor user may list them (not an API key).
 */
export async function listOwnApiKeys({ ctx }: { ctx: AccountsContext }): Promise<ApiKeyRecord[]> {
  const { actor } = ctx;
  if (actor.type === 'anonymous') throw new UnauthenticatedError('Please log in.');
  if (actor.type !== 'user' || actor.role !== 'vendor') {
    throw new ForbiddenError('Only vendor users manage their organisation’s API keys.');
  }
  return listApiKeysOfOrganisation(ctx.db, actor.organisationId);
}
