import type { components } from '@tenderwise/schema/openapi-types';
import type { ApiClient } from '#lib/api/client.ts';
import { refusal, send, type ServiceResult } from './result.ts';

// The organisations of the installation, as administrators manage them.

type OrganisationKind = components['schemas']['OrganisationKind'];

export async function createOrganisation(
  api: ApiClient,
  input: { kind: OrganisationKind; name: string },
): Promise<ServiceResult<{ organisationId: string }>> {
  const answer = await send(() => api.POST('/api/v1/organisations', { body: input }));
  return answer.data ? { ok: true, organisationId: answer.data.id } : refusal(answer);
}
