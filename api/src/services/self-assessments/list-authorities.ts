import type { z } from 'zod';
import type { AuthorityListResponse } from '@tenderwise/schema';
import { listEnabledAuthorities } from '../../db/repositories/organisations.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';

/**
 * The enabled authority organisations by name, for a vendor choosing whom to grant access to its
 * confidential evidence. Names and ids only: nothing else about an authority is shown.
 */
export async function listAuthorities({
  ctx,
}: {
  ctx: ServiceContext;
}): Promise<z.output<typeof AuthorityListResponse>> {
  await authorize(ctx, { operationId: 'listAuthorities' });
  return { items: await listEnabledAuthorities(ctx.db) };
}
