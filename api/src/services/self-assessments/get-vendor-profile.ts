import type { VendorProfileResponse } from '@tenderwise/schema';
import { findVendorProfile } from '../../db/repositories/vendor-profiles.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { vendorProfileResponse } from '../views/self-assessments.ts';
import { vendorCaller } from './vendor-steps.ts';

/** The caller's own vendor profile; 404 until the first save creates it. */
export async function getVendorProfile({
  ctx,
}: {
  ctx: ServiceContext;
}): Promise<VendorProfileResponse> {
  await authorize(ctx, { operationId: 'getVendorProfile' });
  const { organisationId } = vendorCaller(ctx);
  const row = await findVendorProfile(ctx.db, organisationId);
  if (row === undefined) {
    throw new NotFoundError('Your organisation has no vendor profile yet: save one first.');
  }
  return vendorProfileResponse(row);
}
