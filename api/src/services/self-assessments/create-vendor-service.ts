import type { CreateVendorServiceInput, VendorServiceResponse } from '@tenderwise/schema';
import {
  insertVendorService,
  vendorServiceNameTaken,
} from '../../db/repositories/vendor-services.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { vendorServiceResponse } from '../views/self-assessments.ts';
import { auditVendorChange, recordingVendorRefusals } from './audit.ts';
import { isServiceNameViolation, serviceNameTaken, serviceState } from './service-rules.ts';
import { vendorNameOf } from './vendor-name.ts';
import { vendorCaller } from './vendor-steps.ts';

/** Adds a service to the caller's vendor organisation; its name must be new among them (409). */
export async function createVendorService({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CreateVendorServiceInput;
}): Promise<VendorServiceResponse> {
  await authorize(ctx, { operationId: 'createVendorService' });
  const { organisationId } = vendorCaller(ctx);
  return recordingVendorRefusals(ctx, { action: 'vendor.service.created', object: null }, () =>
    withTransaction<DB, VendorServiceResponse>(ctx.db, async (trx) => {
      if (await vendorServiceNameTaken(trx, organisationId, input.name)) {
        throw serviceNameTaken(input.name);
      }
      const service = await insertVendorService(trx, {
        organisationId,
        name: input.name,
        summary: input.summary ?? null,
        at: await ctx.clock.now<DB>(trx),
      }).catch((error: unknown) => {
        throw isServiceNameViolation(error) ? serviceNameTaken(input.name) : error;
      });
      await auditVendorChange(trx, ctx, {
        action: 'vendor.service.created',
        object: { type: 'vendor_service', id: service.id },
        after: serviceState(service),
      });
      return vendorServiceResponse(service, await vendorNameOf(trx, organisationId), []);
    }),
  );
}
