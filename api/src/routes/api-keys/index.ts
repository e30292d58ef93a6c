import { createRouter } from '../../http/route.ts';
import { registerCreateApiKey } from './create.ts';
import { registerListApiKeys } from './list.ts';
import { registerRevokeApiKey } from './revoke.ts';

/** A vendor organisation's API keys, managed by its users; mounted at `/v1/api-keys`. */
export function apiKeysRouter() {
  const router = createRouter();
  registerCreateApiKey(router);
  registerListApiKeys(router);
  registerRevokeApiKey(router);
  return router;
}
