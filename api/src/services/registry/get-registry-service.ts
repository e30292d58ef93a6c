import type { RegistryServiceResponse } from '@tenderwise/schema';
import { listPublishedVersions } from '../../db/repositories/registry.ts';
import type { ServiceContext } from '../context.ts';
import { publishedContent, readableService } from './registry-reads.ts';
import { registryServiceResponse } from './views.ts';

/** A published service with its published versions; the vendor's name as last published. */
export async function getRegistryService({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { serviceId: string };
}): Promise<RegistryServiceResponse> {
  const service = await readableService(ctx, 'getRegistryService', input.serviceId);
  const versions = await listPublishedVersions(ctx.db, service.id);
  const latest = versions.at(-1);
  // Readable means published, so there is a latest version.
  const vendorName = latest === undefined ? '' : publishedContent(latest).vendor.legalName;
  return registryServiceResponse(service, versions, vendorName);
}
