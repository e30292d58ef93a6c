import type { ApiClient } from '#lib/api/client.ts';
import { refusal, send, type ServiceResult } from './result.ts';

// The vault's opening (§ 55 VgV) from the authority's side: the holders' opening passphrases,
// the joint opening session, presence confirmed with a passphrase, the opening itself.

const inTender = (tenderId: string) => ({ params: { path: { tenderId } } });
const inSession = (tenderId: string, sessionId: string) => ({
  params: { path: { tenderId, sessionId } },
});

/** Sets the caller's opening passphrase for a draft tender whose bids come to the vault. */
export async function setOpeningPassphrase(
  api: ApiClient,
  input: { tenderId: string; passphrase: string },
): Promise<ServiceResult> {
  const answer = await send(() =>
    api.PUT('/api/v1/tenders/{tenderId}/opening-key', {
      ...inTender(input.tenderId),
      body: { passphrase: input.passphrase },
    }),
  );
  return answer.response.ok ? { ok: true } : refusal(answer);
}

export async function startOpeningSession(
  api: ApiClient,
  input: { tenderId: string },
): Promise<ServiceResult<{ sessionId: string }>> {
  const answer = await send(() =>
    api.POST('/api/v1/tenders/{tenderId}/opening-sessions', inTender(input.tenderId)),
  );
  return answer.data ? { ok: true, sessionId: answer.data.id } : refusal(answer);
}

/** The officers' break-glass (four eyes), with the reason kept in the record. */
export async function startBreakGlassOpening(
  api: ApiClient,
  input: { tenderId: string; reason: string },
): Promise<ServiceResult<{ sessionId: string }>> {
  const answer = await send(() =>
    api.POST('/api/v1/tenders/{tenderId}/break-glass-sessions', {
      ...inTender(input.tenderId),
      body: { reason: input.reason },
    }),
  );
  return answer.data ? { ok: true, sessionId: answer.data.id } : refusal(answer);
}

export async function confirmOpeningPresence(
  api: ApiClient,
  input: { tenderId: string; sessionId: string; passphrase: string },
): Promise<ServiceResult> {
  const answer = await send(() =>
    api.POST('/api/v1/tenders/{tenderId}/opening-sessions/{sessionId}/presence', {
      ...inSession(input.tenderId, input.sessionId),
      body: { passphrase: input.passphrase },
    }),
  );
  return answer.response.ok ? { ok: true } : refusal(answer);
}

export async function openBids(
  api: ApiClient,
  input: { tenderId: string; sessionId: string },
): Promise<ServiceResult> {
  const answer = await send(() =>
    api.POST(
      '/api/v1/tenders/{tenderId}/opening-sessions/{sessionId}/opening',
      inSession(input.tenderId, input.sessionId),
    ),
  );
  return answer.response.ok ? { ok: true } : refusal(answer);
}

export async function abandonOpeningSession(
  api: ApiClient,
  input: { tenderId: string; sessionId: string },
): Promise<ServiceResult> {
  const answer = await send(() =>
    api.POST(
      '/api/v1/tenders/{tenderId}/opening-sessions/{sessionId}/abandonment',
      inSession(input.tenderId, input.sessionId),
    ),
  );
  return answer.response.ok ? { ok: true } : refusal(answer);
}
