import type { ApiClient } from '#lib/api/client.ts';
import { refusal, send, type ServiceResult } from './result.ts';

// Outages of the submission channel an officer records (§ 57 (1) Nr. 1 VgV): what late bids are
// judged against when the authority decides on their admission.

export async function recordPlatformOutage(
  api: ApiClient,
  input: { tenderId: string; startedAt: string; endedAt: string; description: string },
): Promise<ServiceResult> {
  const { tenderId, ...body } = input;
  const answer = await send(() =>
    api.POST('/api/v1/tenders/{tenderId}/platform-outages', {
      params: { path: { tenderId } },
      body,
    }),
  );
  return answer.response.ok ? { ok: true } : refusal(answer);
}
