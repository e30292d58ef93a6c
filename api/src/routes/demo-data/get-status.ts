import type { OpenAPIHono } from '@hono/zod-openapi';
import { DemoDataStatusResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { getDemoDataStatus } from '../../services/demo/get-demo-data-status.ts';

const getDemoDataStatusRoute = defineRoute({
  method: 'get',
  path: '/',
  operationId: 'getDemoDataStatus',
  tags: ['administration'],
  summary: 'Whether this installation takes the demo data',
  description:
    'For administrators. The demo (fictional organisations, people and their work) is accepted ' +
    'while the server can be reached from this machine only and the installation holds no real ' +
    'data: no organisation or user that is not demo data, administrators and their authorities ' +
    'aside. Also says whether the demo is loaded and where its credentials file is on the server.',
  responses: {
    200: {
      description: 'Whether the demo may be loaded, and why not',
      content: { 'application/json': { schema: DemoDataStatusResponse } },
    },
  },
});

export function registerGetDemoDataStatus(router: OpenAPIHono<AppEnv>) {
  return router.openapi(getDemoDataStatusRoute, async (c) => {
    const status = await getDemoDataStatus({ ctx: await serviceContextOf(c) });
    c.header('cache-control', 'no-store');
    return c.json(status, 200);
  });
}
