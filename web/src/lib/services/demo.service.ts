import type { components } from '@tenderwise/schema/openapi-types';
import type { ApiClient } from '#lib/api/client.ts';
import { refusal, send, type ServiceResult } from './result.ts';

// The demo data: fictional organisations and people for trying the installation out.

export type DemoDataStatus = components['schemas']['DemoDataStatusResponse'];
export type DemoDataLoad = components['schemas']['DemoDataLoadResponse'];
export type DemoSignIn = components['schemas']['DemoSignIn'];

/**
 * Loads the demo, or adds what is missing of it. The API refuses an installation others can
 * reach or one with real data; the credentials go to a file on the server, and with
 * `showSignIns` (the setup page) the API also answers those of the people this load created.
 */
export async function loadDemoData(
  api: ApiClient,
  { showSignIns = false }: { showSignIns?: boolean } = {},
): Promise<ServiceResult<{ loaded: DemoDataLoad }>> {
  const answer = await send(() =>
    api.POST('/api/v1/demo-data', {
      params: { query: showSignIns ? { include: 'signIns' } : {} },
    }),
  );
  return answer.data ? { ok: true, loaded: answer.data } : refusal(answer);
}
