import { listApiKeysOfOrganisation, type ApiKeyRecord } from '../db/repositories/api-keys.ts';
import {
  findOrganisationById,
  listAllOrganisations,
  type Organisation,
} from '../db/repositories/organisations.ts';
import { listUsersOfOrganisation, type User } from '../db/repositories/users.ts';
import { NotFoundError } from '../domain/errors.ts';
import type { ServiceContext } from './context.ts';
import { authorize } from '../security/access/authorize.ts';

/**
 * Every organisation of the installation: administrators administer all of them. Reads write no
 * audit entry; a refused read is recorded by the route's policy check.
 */
export async function listOrganisations({ ctx }: { ctx: ServiceContext }): Promise<Organisation[]> {
  await authorize(ctx, { operationId: 'listOrganisations' });
  return listAllOrganisations(ctx.db);
}

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

/**
 * Any organisation's API keys, for administrators (who revoke a key a vendor lost control of,
 * and see what disabling an organisation revoked); never a secret or its hash. An authority has
 * none.
 */
export async function listOrganisationApiKeys({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { organisationId: string };
}): Promise<ApiKeyRecord[]> {
  await authorize(ctx, { operationId: 'listOrganisationApiKeys' });
  const organisation = await findOrganisationById(ctx.db, input.organisationId);
  if (organisation === undefined) throw new NotFoundError('The organisation does not exist.');
  return listApiKeysOfOrganisation(ctx.db, organisation.id);
}

/**
 * The API keys of the caller's own vendor organisation, revoked and expired ones included;
 * never a secret or its hash. Only a vendor user may list them (not an API key).
 */
export async function listOwnApiKeys({ ctx }: { ctx: ServiceContext }): Promise<ApiKeyRecord[]> {
  await authorize(ctx, { operationId: 'listApiKeys' });
  const { principal } = ctx;
  // The policy row admits only vendor users; this narrows the type.
  if (principal.kind !== 'user') throw new Error('Only signed-in users list API keys');
  return listApiKeysOfOrganisation(ctx.db, principal.organisationId);
}
