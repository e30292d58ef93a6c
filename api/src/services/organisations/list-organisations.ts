import { listAllOrganisations, type Organisation } from '../../db/repositories/organisations.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../../security/access/authorize.ts';

/**
 * Every organisation of the installation: administrators administer all of them. Reads write no
 * audit entry; a refused read is recorded by the route's policy check.
 */
export async function listOrganisations({ ctx }: { ctx: ServiceContext }): Promise<Organisation[]> {
  await authorize(ctx, { operationId: 'listOrganisations' });
  return listAllOrganisations(ctx.db);
}
