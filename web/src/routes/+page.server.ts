import { createApiClient } from '#lib/api/client.ts';
import { readSystemHealth } from '#lib/health/system-health.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, url }) => ({
  health: await readSystemHealth(createApiClient(fetch, url.origin)),
});
