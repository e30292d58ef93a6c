import { describe, expect, it } from 'vitest';
import { createApiClient } from '../src/lib/api/client.ts';
import { interpretHealthAnswer, readSystemHealth } from '../src/lib/health/system-health.ts';

const okBody = {
  status: 'ok',
  version: '0.1.0',
  database: { backend: 'pglite', reachable: true, latencyMs: 0.4 },
  migrations: { applied: ['20261128000000_create_instance'], pending: [], upToDate: true },
};

const degradedBody = {
  status: 'degraded',
  version: '0.1.0',
  database: { backend: 'postgres', reachable: false, latencyMs: null },
  migrations: null,
};

describe('interpretHealthAnswer', () => {
  it('reports an installation that answers 200 with status ok as operational', () => {
    expect(interpretHealthAnswer(200, okBody)).toEqual({
      state: 'operational',
      version: '0.1.0',
      database: { backend: 'pglite', reachable: true, latencyMs: 0.4 },
      schemaUpToDate: true,
    });
  });

  it('reports 503 with status degraded as degraded, keeping what failed', () => {
    expect(interpretHealthAnswer(503, degradedBody)).toEqual({
      state: 'degraded',
      version: '0.1.0',
      database: { backend: 'postgres', reachable: false, latencyMs: null },
      schemaUpToDate: null,
    });
  });

  it('reports unexpected answers as unreachable', () => {
    expect(interpretHealthAnswer(500, 'Internal Server Error')).toEqual({ state: 'unreachable' });
    expect(interpretHealthAnswer(502, undefined)).toEqual({ state: 'unreachable' });
    expect(interpretHealthAnswer(200, { status: 'ok' })).toEqual({ state: 'unreachable' });
    expect(interpretHealthAnswer(200, degradedBody)).toEqual({ state: 'unreachable' });
    expect(interpretHealthAnswer(503, okBody)).toEqual({ state: 'unreachable' });
  });
});

describe('readSystemHealth', () => {
  const origin = 'https://tenderwise.example';

  function apiAnswering(answer: () => Promise<Response>) {
    const requested: string[] = [];
    const fetch: typeof globalThis.fetch = async (input) => {
      requested.push(input instanceof Request ? input.url : String(input));
      return answer();
    };
    return { api: createApiClient(fetch, origin), requested };
  }

  it('asks GET /api/health on the page origin and reads a 200', async () => {
    const { api, requested } = apiAnswering(async () => Response.json(okBody));
    expect(await readSystemHealth(api)).toMatchObject({ state: 'operational' });
    expect(requested).toEqual([`${origin}/api/health`]);
  });

  it('reads the body of a 503 as degraded', async () => {
    const { api } = apiAnswering(async () => Response.json(degradedBody, { status: 503 }));
    expect(await readSystemHealth(api)).toMatchObject({ state: 'degraded' });
  });

  it('reports a network failure as unreachable', async () => {
    const { api } = apiAnswering(async () => {
      throw new TypeError('fetch failed');
    });
    expect(await readSystemHealth(api)).toEqual({ state: 'unreachable' });
  });

  it('reports an HTML error page as unreachable', async () => {
    const { api } = apiAnswering(
      async () =>
        new Response('<html>Bad Gateway</html>', {
          status: 200,
          headers: { 'content-type': 'text/html' },
        }),
    );
    expect(await readSystemHealth(api)).toEqual({ state: 'unreachable' });
  });
});
