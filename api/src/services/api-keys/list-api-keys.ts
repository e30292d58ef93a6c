import { listApiKeysOfOrganisation, type ApiKeyRecord } from '../../db/repositories/api-keys.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../../security/access/authorize.ts';

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
