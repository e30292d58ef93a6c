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

/**
 * Locks a whole organisation out at once: every session of its users ends, its invitation links
 * and API keys stop working. The API refuses one's own organisation.
 */
export async function disableOrganisation(
  api: ApiClient,
  input: { organisationId: string },
): Promise<ServiceResult<{ endedSessions: number; revokedApiKeys: number }>> {
  const answer = await send(() =>
    api.POST('/api/v1/organisations/{organisationId}/disable', {
      params: { path: { organisationId: input.organisationId } },
    }),
  );
  return answer.data
    ? {
        ok: true,
        endedSessions: answer.data.endedSessions,
        revokedApiKeys: answer.data.revokedApiKeys,
      }
    : refusal(answer);
}

/** Lets the users of a disabled organisation sign in again; revoked keys stay revoked. */
export async function enableOrganisation(
  api: ApiClient,
  input: { organisationId: string },
): Promise<ServiceResult> {
  const answer = await send(() =>
    api.POST('/api/v1/organisations/{organisationId}/enable', {
      params: { path: { organisationId: input.organisationId } },
    }),
  );
  return answer.response.ok ? { ok: true } : refusal(answer);
}
