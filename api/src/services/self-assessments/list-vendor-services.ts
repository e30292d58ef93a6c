import type { VendorServiceListResponse } from '@tenderwise/schema';
import { listVersionRefsOfServices } from '../../db/repositories/self-assessment-versions.ts';
import { listVendorServices as listServiceRows } from '../../db/repositories/vendor-services.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { decodeCursor, pageOf, pageSize, readCreatedKey } from '../page-cursor.ts';
import { vendorServiceResponse } from '../views/self-assessments.ts';
import { vendorNameOf } from './vendor-name.ts';
import { vendorCaller } from './vendor-steps.ts';

/** One page of the caller's own services, in the order they were created. */
export async function listVendorServices({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { limit?: number | undefined; cursor?: string | undefined };
}): Promise<VendorServiceListResponse> {
  await authorize(ctx, { operationId: 'listVendorServices' });
  const { organisationId } = vendorCaller(ctx);
  const limit = pageSize(input.limit);
  const after = input.cursor === undefined ? undefined : decodeCursor(input.cursor, readCreatedKey);
  const rows = await listServiceRows(ctx.db, organisationId, {
    limit,
    ...(after !== undefined && { after }),
  });
  const page = pageOf(rows, limit, (row) => [row.created_at.toISOString(), row.id]);
  const versions = await listVersionRefsOfServices(
    ctx.db,
    page.rows.map((row) => row.id),
  );
  const vendorName = await vendorNameOf(ctx.db, organisationId);
  return {
    items: page.rows.map((row) =>
      vendorServiceResponse(
        row,
        vendorName,
        versions.filter((version) => version.service_id === row.id),
      ),
    ),
    nextCursor: page.nextCursor,
  };
}
