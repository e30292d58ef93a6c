import type { SelfAssessmentVersionResponse } from '@tenderwise/schema';
import type { ServiceContext } from '../context.ts';
import {
  attestationRules,
  publishedContent,
  readableVersion,
  todayOf,
  validityOf,
} from './registry-reads.ts';
import { registryVersionResponse } from './views.ts';

/** A published version, its attestations judged on `validOn` (today when absent). */
export async function getRegistryVersion({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { serviceId: string; number: number; validOn?: string | undefined };
}): Promise<SelfAssessmentVersionResponse> {
  const { version } = await readableVersion(
    ctx,
    'getRegistryVersion',
    input.serviceId,
    input.number,
  );
  const published = publishedContent(version);
  const on = input.validOn ?? (await todayOf(ctx));
  const validity = validityOf(published.content, await attestationRules(ctx.db), on);
  return registryVersionResponse(version, published, validity);
}
