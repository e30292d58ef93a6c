import type { components } from '@tenderwise/schema/openapi-types';
import type { ApiClient } from '#lib/api/client.ts';
import { refusal, send, type ServiceResult } from './result.ts';

// What an authority does in the registry: record a verification of an attestation, and add a
// published version to an options review as an option.

type VerificationInput = components['schemas']['RecordVerificationInput'];
type Verification = components['schemas']['VerificationResponse'];
type Option = components['schemas']['OptionResponse'];

/** Records the caller's authority's check of one attestation of a published version. */
export async function recordVerification(
  api: ApiClient,
  input: { serviceId: string; number: number; verification: VerificationInput },
): Promise<ServiceResult<{ verification: Verification }>> {
  const answer = await send(() =>
    api.POST('/api/v1/registry/services/{serviceId}/versions/{number}/verifications', {
      params: { path: { serviceId: input.serviceId, number: String(input.number) } },
      body: input.verification,
    }),
  );
  return answer.data ? { ok: true, verification: answer.data } : refusal(answer);
}

/** Adds a published version to an options review as a new option, its answers pre-filled. */
export async function addOptionFromRegistry(
  api: ApiClient,
  input: { reviewId: string; serviceId: string; versionNumber: number; name?: string },
): Promise<ServiceResult<{ option: Option }>> {
  const { reviewId, ...body } = input;
  const answer = await send(() =>
    api.POST('/api/v1/options-reviews/{reviewId}/options/from-registry', {
      params: { path: { reviewId } },
      body,
    }),
  );
  return answer.data ? { ok: true, option: answer.data } : refusal(answer);
}
