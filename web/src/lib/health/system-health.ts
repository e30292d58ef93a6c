import { HealthResponse } from '@tenderwise/schema';
import type { ApiClient } from '#lib/api/client.ts';

/** What the start page shows about the installation. */
export type SystemHealth =
  | {
      state: 'operational' | 'degraded';
      version: string;
      database: HealthResponse['database'];
      /** Null when the API could not read the migration state. */
      schemaUpToDate: boolean | null;
    }
  | { state: 'unreachable' };

/**
 * Reads an answer of GET /api/health. Only the two documented answers count: 200 with status
 * `ok`, and 503 with status `degraded`. Anything else (a proxy's error page, an old API) means the
 * API cannot be relied on, which the page reports as unreachable.
 */
export function interpretHealthAnswer(httpStatus: number, body: unknown): SystemHealth {
  const parsed = HealthResponse.safeParse(body);
  if (!parsed.success) return { state: 'unreachable' };
  const health = parsed.data;
  const expectedHttpStatus = health.status === 'ok' ? 200 : 503;
  if (httpStatus !== expectedHttpStatus) return { state: 'unreachable' };
  return {
    state: health.status === 'ok' ? 'operational' : 'degraded',
    version: health.version,
    database: health.database,
    schemaUpToDate: health.migrations?.upToDate ?? null,
  };
}

/** Asks the API for its health; network failures and unreadable answers become `unreachable`. */
export async function readSystemHealth(api: ApiClient): Promise<SystemHealth> {
  try {
    const { data, error, response } = await api.GET('/api/health');
    return interpretHealthAnswer(response.status, data ?? error);
  } catch {
    return { state: 'unreachable' };
  }
}
