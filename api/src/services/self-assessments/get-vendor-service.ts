import type { VendorServiceResponse } from '@tenderwise/schema';
import { listVersionRefsOfServices } from '../../db/repositories/self-assessment-versions.ts';
import type { ServiceContext } from '../context.ts';
import { vendorServiceResponse } from '../views/self-assessments.ts';
import { vendorNameOf } from './vendor-name.ts';
import { readableService } from './vendor-steps.ts';

/** One of the caller's own services, with its newest published version and its draft. */
export async function getVendorService({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { serviceId: string };
}): Promise<VendorServiceResponse> {
  const service = await readableService(ctx, 'getVendorService', input.serviceId);
  return vendorServiceResponse(
    service,
    await vendorNameOf(ctx.db, service.organisation_id),
    await listVersionRefsOfServices(ctx.db, [service.id]),
  );
}
