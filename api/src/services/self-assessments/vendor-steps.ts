import type { Transaction } from 'kysely';
import type { ChangedBy } from '../../db/repositories/vendor-profiles.ts';
import {
  findVendorService,
  lockVendorService,
  serviceIsPublished,
  type VendorServiceRow,
} from '../../db/repositories/vendor-services.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { authorize, decide, refusalError } from '../../security/access/authorize.ts';
import type { OperationId } from '../../security/access/policy.ts';
import type { ServiceContext } from '../context.ts';
import { recordingVendorRefusals, type VendorAuditAction } from './audit.ts';
import { vendorServiceObject } from './registry-objects.ts';

export const serviceNotFound = 'The vendor has no such service.';

/** The vendor organisation acting, and how its rows record who changed them. */
export interface VendorCaller {
  organisationId: string;
  by: ChangedBy;
}

/**
 * The caller as a vendor: a vendor user or an API key of the vendor. The policy rows of the
 * vendor operations admit nobody else; call it after `authorize`.
 */
export function vendorCaller(ctx: ServiceContext): VendorCaller {
  const { principal } = ctx;
  if (principal.kind === 'user' && principal.role === 'vendor') {
    return {
      organisationId: principal.organisationId,
      by: { userId: principal.userId, keyId: null },
    };
  }
  if (principal.kind === 'apiKey') {
    return {
      organisationId: principal.organisationId,
      by: { userId: null, keyId: principal.keyId },
    };
  }
  throw new Error('Only vendor users and API keys act on the vendor side');
}

/** The object `authorize` decides on for a service. */
export async function serviceAccess(ctx: ServiceContext, service: VendorServiceRow) {
  return vendorServiceObject(service, { published: await serviceIsPublished(ctx.db, service.id) });
}

/**
 * The first step of every verb that reads a service or what belongs to it: the service is looked
 * up and `authorize` decides on it, so another vendor's service is not found exactly like one
 * that does not exist.
 */
export async function readableService(
  ctx: ServiceContext,
  operationId: OperationId,
  serviceId: string,
): Promise<VendorServiceRow> {
  const service = await findVendorService(ctx.db, serviceId);
  await authorize(ctx, {
    operationId,
    ...(service !== undefined && { object: await serviceAccess(ctx, service) }),
  });
  if (service === undefined) throw new NotFoundError(serviceNotFound);
  return service;
}

export interface ServiceChangeScope {
  trx: Transaction<DB>;
  service: VendorServiceRow;
  now: Date;
  caller: VendorCaller;
}

/**
 * The frame of every verb that changes a service or its versions: `authorize` on the service,
 * then one transaction that locks the service (so changes to one service take turns) and
 * decides again on what it locked. A refusal inside is recorded under `action`; the work writes
 * its own audit entry in the same transaction.
 */
export async function changeService<T>(
  ctx: ServiceContext,
  change: { operationId: OperationId; serviceId: string; action: VendorAuditAction },
  work: (scope: ServiceChangeScope) => Promise<T>,
): Promise<T> {
  const { operationId, serviceId, action } = change;
  const found = await findVendorService(ctx.db, serviceId);
  await authorize(ctx, {
    operationId,
    ...(found !== undefined && { object: await serviceAccess(ctx, found) }),
  });
  const caller = vendorCaller(ctx);
  return recordingVendorRefusals(
    ctx,
    { action, object: { type: 'vendor_service', id: serviceId } },
    async () => {
      if (found === undefined) throw new NotFoundError(serviceNotFound);
      return withTransaction<DB, T>(ctx.db, async (trx) => {
        const service = await lockVendorService(trx, serviceId);
        if (service === undefined) throw new NotFoundError(serviceNotFound);
        const object = vendorServiceObject(service, { published: false });
        const decision = decide({ principal: ctx.principal, operationId, object });
        if (!decision.allowed) throw refusalError(decision.refusal, object);
        return work({ trx, service, now: await ctx.clock.now<DB>(trx), caller });
      });
    },
  );
}
