import { createRouter } from '../http/route.ts';
import { analysisRouter } from './analysis/index.ts';
import { healthRouter } from './health/index.ts';

/** Every resource of the API, relative to `/api`. */
export function apiRouter() {
  const api = createRouter();
  api.route('/health', healthRouter());
  api.route('/v1/analysis', analysisRouter());
  return api;
}
