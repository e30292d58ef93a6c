import type { components } from '@tenderwise/schema/openapi-types';
import type { ApiClient } from '#lib/api/client.ts';
import { refusal, send, type ServiceResult } from './result.ts';

// The demo data: fictional organisations and people for trying the installation out.

export type DemoDataStatus = components['schemas']['DemoDataStatusResponse'];
export type DemoDataLoad = components['schemas']['DemoDataLoadResponse'];

/**
 * Loads the demo, or adds what is missing of it. The API refuses an installation others can
 * reach or one with real data; the credentials stay in a file on the server.
 */
export async function loadDemoData(
  api: ApiClient,
): Promise<ServiceResult<{ loaded: DemoDataLoad }>> {
  const answer = await send(() => api.POST('/api/v1/demo-data'));
  return answer.data ? { ok: true, loaded: answer.data } : refusal(answer);
}
