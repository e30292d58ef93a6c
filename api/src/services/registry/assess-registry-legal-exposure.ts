import type { RegistryLegalExposureResponse } from '@tenderwise/schema';
import { assessLegalExposure } from '../../domain/catalogue/legal-exposure.ts';
import { legalExposureInputOf } from '../../domain/registry/legal-exposure-input.ts';
import type { ServiceContext } from '../context.ts';
import { legalExposureRules } from '../catalogue/stored-documents.ts';
import { publishedContent, readableVersion } from './registry-reads.ts';

/**
 * The catalogue's legal-exposure answers (CLOUD Act, FISA 702, sanctions, disconnection) for a
 * published version, from the version's answers and the vendor profile published with it.
 */
export async function assessRegistryLegalExposure({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { serviceId: string; number: number };
}): Promise<RegistryLegalExposureResponse> {
  const { version } = await readableVersion(
    ctx,
    'assessRegistryLegalExposure',
    input.serviceId,
    input.number,
  );
  const { content, vendor } = publishedContent(version);
  const offer = legalExposureInputOf(content, vendor);
  // Publishing requires locations, key management and the legal-exposure answers.
  if (offer === null) throw new Error(`Published version ${version.id} lacks required answers`);
  return {
    serviceId: version.service_id,
    versionId: version.id,
    versionNumber: version.number,
    input: offer,
    assessment: assessLegalExposure(offer, await legalExposureRules(ctx.db)),
  };
}
