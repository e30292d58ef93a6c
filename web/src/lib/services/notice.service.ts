import type { components } from '@tenderwise/schema/openapi-types';
import type { ApiClient } from '#lib/api/client.ts';
import { refusal, send, type ServiceResult } from './result.ts';

type Notice = components['schemas']['Notice'];

/** Marks one of the caller's notices read; marking it again keeps the first time. */
export async function markNoticeRead(
  api: ApiClient,
  noticeId: string,
): Promise<ServiceResult<{ notice: Notice }>> {
  const answer = await send(() =>
    api.POST('/api/v1/notices/{noticeId}/read', { params: { path: { noticeId } } }),
  );
  return answer.data ? { ok: true, notice: answer.data } : refusal(answer);
}
