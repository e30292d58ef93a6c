import createClient from 'openapi-fetch';
import type { paths } from '@tenderwise/schema/openapi-types';

export type ApiClient = ReturnType<typeof createApiClient>;

/**
 * A client typed by the API's OpenAPI document. Server-side loads pass `event.fetch` and the
 * page's origin, so the request runs through the `handleFetch` hook with the user's cookies.
 */
export function createApiClient(fetch: typeof globalThis.fetch, origin: string) {
  return createClient<paths>({ baseUrl: origin, fetch });
}
