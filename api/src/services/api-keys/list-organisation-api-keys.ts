import { listApiKeysOfOrganisation, type ApiKeyRecord } from '../../db/repositories/api-keys.ts';
import { findOrganisationById } from '../../db/repositories/organisations.ts';
import { NotFoundError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../../security/access/authorize.ts';
import { organisationObject } from '../access-objects.ts';

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
  const organisation = await findOrganisationById(ctx.db, input.organisationId);
  await authorize(ctx, {
    operationId: 'listOrganisationApiKeys',
    ...(organisation !== undefined && { object: organisationObject(organisation) }),
  });
  if (organisation === undefined) throw new NotFoundError('The organisation does not exist.');
  return listApiKeysOfOrganisation(ctx.db, organisation.id);
}
