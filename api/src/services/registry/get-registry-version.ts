import type { RegistryVersionResponse } from '@tenderwise/schema';
import type { ServiceContext } from '../context.ts';
import { citedDocumentsFor } from './cited-documents.ts';
import {
  attestationRules,
  publishedContent,
  readableVersion,
  todayOf,
  validityOf,
} from './registry-reads.ts';
import { registryVersionResponse } from './views.ts';

/**
 * A published version, its attestations judged on `validOn` (today when absent), with the
 * evidence documents it cites as the caller's authority may see them.
 */
export async function getRegistryVersion({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { serviceId: string; number: number; validOn?: string | undefined };
}): Promise<RegistryVersionResponse> {
  const { service, version } = await readableVersion(
    ctx,
    'getRegistryVersion',
    input.serviceId,
    input.number,
  );
  const published = publishedContent(version);
  const on = input.validOn ?? (await todayOf(ctx));
  const validity = validityOf(published.content, await attestationRules(ctx.db), on);
  const documents = await citedDocumentsFor(ctx, service, published.content);
  return registryVersionResponse(version, published, validity, documents);
}
