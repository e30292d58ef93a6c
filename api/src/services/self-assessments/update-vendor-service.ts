import type { UpdateVendorServiceInput, VendorServiceResponse } from '@tenderwise/schema';
import { listVersionRefsOfServices } from '../../db/repositories/self-assessment-versions.ts';
import {
  updateVendorServiceAtVersion,
  vendorServiceNameTaken,
} from '../../db/repositories/vendor-services.ts';
import type { ServiceContext } from '../context.ts';
import { staleVersion } from '../options-reviews/stale-version.ts';
import { vendorServiceResponse } from '../views/self-assessments.ts';
import { auditVendorChange } from './audit.ts';
import { isServiceNameViolation, serviceNameTaken, serviceState } from './service-rules.ts';
import { vendorNameOf } from './vendor-name.ts';
import { changeService } from './vendor-steps.ts';

/**
 * Renames the service or changes its summary, with the `version` read (409 when stale). The
 * name must stay unique among the vendor's services. Published versions are not touched: they
 * cite the service by id.
 */
export async function updateVendorService({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: UpdateVendorServiceInput & { serviceId: string };
}): Promise<VendorServiceResponse> {
  return changeService(
    ctx,
    {
      operationId: 'updateVendorService',
      serviceId: input.serviceId,
      action: 'vendor.service.updated',
    },
    async ({ trx, service, now }) => {
      if (service.version !== input.version) {
        throw staleVersion('service', input.version, service.version);
      }
      if (await vendorServiceNameTaken(trx, service.organisation_id, input.name, service.id)) {
        throw serviceNameTaken(input.name);
      }
      const after = await updateVendorServiceAtVersion(
        trx,
        { serviceId: service.id, expectedVersion: input.version },
        { name: input.name, summary: input.summary ?? null, at: now },
      ).catch((error: unknown) => {
        throw isServiceNameViolation(error) ? serviceNameTaken(input.name) : error;
      });
      // The service is locked, so the version still matches.
      if (after === undefined) throw staleVersion('service', input.version, service.version + 1);
      await auditVendorChange(trx, ctx, {
        action: 'vendor.service.updated',
        object: { type: 'vendor_service', id: service.id },
        before: serviceState(service),
        after: serviceState(after),
      });
      return vendorServiceResponse(
        after,
        await vendorNameOf(trx, after.organisation_id),
        await listVersionRefsOfServices(trx, [after.id]),
      );
    },
  );
}
