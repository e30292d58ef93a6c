import { HealthResponse } from '@tenderwise/schema';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { isEmbedded } from '../../config.ts';
import { probeHealth } from '../../services/health/probe-health.ts';

const getHealthRoute = defineRoute({
  method: 'get',
  path: '/',
  operationId: 'getHealth',
  tags: ['system'],
  summary: 'Check that this installation and its database work',
  description:
    'For load balancers and monitoring. Answers 200 with `status: ok` when the database ' +
    'answers and every migration this version ships has been applied; otherwise 503 with ' +
    '`status: degraded` and the same body, so a monitor sees which part failed.',
  responses: {
    200: {
      description: 'The installation works',
      content: { 'application/json': { schema: HealthResponse } },
    },
    503: {
      description: 'The database is unreachable or its schema does not match this version',
      content: { 'application/json': { schema: HealthResponse } },
    },
  },
});

export function registerGetHealth(router: OpenAPIHono<AppEnv>) {
  return router.openapi(getHealthRoute, async (c) => {
    const { db, config, backend } = c.var.deps;
    const health = await probeHealth({
      db,
      backend: backend ?? (isEmbedded(config) ? 'pglite' : 'postgres'),
      logger: c.var.logger,
    });
    c.header('cache-control', 'no-store');
    return health.status === 'ok' ? c.json(health, 200) : c.json(health, 503);
  });
}
