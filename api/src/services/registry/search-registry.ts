import {
  SelfAssessmentContent,
  VendorProfile,
  type RegistrySearchQuery,
  type RegistrySearchResponse,
} from '@tenderwise/schema';
import { listLatestPublishedVersions } from '../../db/repositories/registry.ts';
import { judgeAttestationValidity } from '../../domain/attestations/validity.ts';
import {
  searchRegistry as filterRegistry,
  type PublishedService,
  type RegistryPosition,
} from '../../domain/registry/search.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { decodeCursor, encodeCursor, pageSize } from '../page-cursor.ts';
import { attestationRules, todayOf } from './registry-reads.ts';

/**
 * The registry search: every service's latest published version that meets all criteria, its
 * attestations judged on `validOn` (today when absent). Drafts are never searched.
 */
export async function searchRegistry({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: RegistrySearchQuery;
}): Promise<RegistrySearchResponse> {
  await authorize(ctx, { operationId: 'searchRegistry' });
  const limit = pageSize(input.limit);
  const after = input.cursor === undefined ? undefined : decodeCursor(input.cursor, readPosition);
  const validOn = input.validOn ?? (await todayOf(ctx));
  const [rows, rules] = await Promise.all([
    listLatestPublishedVersions(ctx.db),
    attestationRules(ctx.db),
  ]);
  const services: PublishedService[] = rows.map((row) => ({
    serviceId: row.service_id,
    vendorOrganisationId: row.organisation_id,
    vendorName: VendorProfile.parse(JSON.parse(row.vendor_snapshot ?? 'null')).legalName,
    serviceName: row.service_name,
    summary: row.service_summary,
    versionId: row.id,
    versionNumber: row.number,
    publishedAt: row.published_at!,
    content: SelfAssessmentContent.parse(JSON.parse(row.content)),
  }));
  const { matches, next } = filterRegistry(
    services,
    {
      validOn,
      ...(input.q !== undefined && { q: input.q }),
      ...(input.attestation !== undefined && { attestation: input.attestation }),
      ...(input.keyControl !== undefined && { keyControl: input.keyControl }),
      ...(input.dataIn !== undefined && { dataIn: input.dataIn }),
      ...(input.sealAtLeast !== undefined && { sealAtLeast: input.sealAtLeast }),
      ...(input.c3a !== undefined && { c3a: input.c3a }),
    },
    (attestation, on) =>
      judgeAttestationValidity(attestation, rules.ruleFor(attestation.scheme, attestation.type), on)
        .status,
    { limit, ...(after !== undefined && { after }) },
  );
  return {
    items: matches.map(({ service, validAttestations }) => ({
      serviceId: service.serviceId,
      vendorOrganisationId: service.vendorOrganisationId,
      vendorName: service.vendorName,
      serviceName: service.serviceName,
      summary: service.summary,
      versionId: service.versionId,
      versionNumber: service.versionNumber,
      publishedAt: service.publishedAt.toISOString(),
      validAttestations,
      // Publishing requires key management: a published version always has it.
      keyControl: service.content.keyManagement!.control,
      seal: Object.fromEntries(
        Object.entries(service.content.seal).map(([objective, answer]) => [
          objective,
          answer.level,
        ]),
      ),
    })),
    nextCursor: next === null ? null : encodeCursor([next.name, next.id]),
    validOn,
  };
}

function readPosition(key: unknown): RegistryPosition | undefined {
  if (!Array.isArray(key) || key.length !== 2) return undefined;
  const [name, id] = key as unknown[];
  return typeof name === 'string' && typeof id === 'string' ? { name, id } : undefined;
}
