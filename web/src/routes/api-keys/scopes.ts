import type { components } from '@tenderwise/schema/openapi-types';

export type ApiKeyScope = components['schemas']['ApiKeyScope'];

/**
 * Every scope a key can carry, in the order the form offers them. Kept here rather than imported
 * from @tenderwise/schema so the page's JavaScript does not carry zod and every schema along.
 */
export const apiKeyScopes = [
  'tenders:read',
  'self-assessment:write',
  'bids:submit',
] as const satisfies readonly ApiKeyScope[];

// Fails to compile when the API gains a scope this list lacks.
const complete: Exclude<ApiKeyScope, (typeof apiKeyScopes)[number]> extends never ? true : never =
  true;
void complete;
