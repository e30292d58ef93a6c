import { error } from '@sveltejs/kit';
import type { components } from '@tenderwise/schema/openapi-types';
import type { ApiClient } from '#lib/api/client.ts';
import { sessionEnded } from './require-user.ts';

// Reads of the registry for the pages' loads. Drafts and services without a published version
// answer 404 to authorities, exactly like services that do not exist, and so do the pages.

export type RegistryService = components['schemas']['RegistryServiceResponse'];
export type RegistryLegalExposure = components['schemas']['RegistryLegalExposureResponse'];
export type Verification = components['schemas']['VerificationResponse'];
export type VersionComparison = components['schemas']['VersionComparisonResponse'];

/** What a load does with an answer that is not a success: to the login, 403, 404 or 503. */
export function failedRegistryRead(status: number, url: URL): never {
  if (status === 401) sessionEnded(url);
  if (status === 404 || status === 422) error(404, 'Not found');
  if (status === 403) error(403, 'Not allowed');
  error(503, 'Registry unavailable');
}

export async function readRegistryService(
  api: ApiClient,
  serviceId: string,
  url: URL,
): Promise<RegistryService> {
  const answer = await api.GET('/api/v1/registry/services/{serviceId}', {
    params: { path: { serviceId } },
  });
  return answer.data ?? failedRegistryRead(answer.response.status, url);
}

/** A published version, its attestations judged on `validOn` (today when absent). */
export async function readRegistryVersion(
  api: ApiClient,
  input: { serviceId: string; number: number; validOn: string },
  url: URL,
) {
  const answer = await api.GET('/api/v1/registry/services/{serviceId}/versions/{number}', {
    params: {
      path: { serviceId: input.serviceId, number: String(input.number) },
      query: input.validOn ? { validOn: input.validOn } : {},
    },
  });
  return answer.data ?? failedRegistryRead(answer.response.status, url);
}

/** The legal-exposure view of a version; null when it cannot be had (the page says so). */
export async function readLegalExposure(
  api: ApiClient,
  serviceId: string,
  number: number,
): Promise<RegistryLegalExposure | null> {
  const answer = await api
    .GET('/api/v1/registry/services/{serviceId}/versions/{number}/legal-exposure', {
      params: { path: { serviceId, number: String(number) } },
    })
    .catch(() => undefined);
  return answer?.data ?? null;
}

/** The caller's authority's verifications of a version. */
export async function readVerifications(
  api: ApiClient,
  serviceId: string,
  number: number,
  url: URL,
): Promise<Verification[]> {
  const answer = await api.GET(
    '/api/v1/registry/services/{serviceId}/versions/{number}/verifications',
    { params: { path: { serviceId, number: String(number) } } },
  );
  return answer.data?.items ?? failedRegistryRead(answer.response.status, url);
}

/** The differences between two published versions; null when either is not one. */
export async function readComparison(
  api: ApiClient,
  input: { serviceId: string; from: number; to: number },
): Promise<VersionComparison | null> {
  const answer = await api
    .GET('/api/v1/registry/services/{serviceId}/compare', {
      params: {
        path: { serviceId: input.serviceId },
        query: { from: String(input.from), to: String(input.to) },
      },
    })
    .catch(() => undefined);
  return answer?.data ?? null;
}
