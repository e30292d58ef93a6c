import { createRouter } from '../http/route.ts';
import { healthRouter } from './health/index.ts';

/** Every resource of the API, relative to `/api`. */
export function apiRouter() {
  const api = createRouter();
  api.route('/health', healthRouter());
  return api;
}
