import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  DemoDataLoadQuery,
  DemoDataLoadResponse,
  Problem,
  problemTypeUri,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { loadDemoData } from '../../services/demo/load-demo-data.ts';

const loadDemoDataRoute = defineRoute({
  method: 'post',
  path: '/',
  operationId: 'loadDemoData',
  tags: ['administration'],
  summary: 'Load the demo data',
  description:
    'For administrators: loads the installation’s catalogue, then the demo: a fictional ' +
    'contracting authority with a lead officer, three committee members, an officer and an ' +
    'administrator, fictional vendors modelled on real archetypes, each with a vendor user, ' +
    'every organisation marked `demo`, and two options reviews of the authority comparing the ' +
    'vendors’ offers: one concluded, one in review. Creates only what is missing: a second load changes ' +
    'nothing and says so (`changed: false`). The sign-in credentials (passwords, and TOTP keys ' +
    'for officers and administrators) are written to `credentialsFile` on the server, readable ' +
    'only by its owner; they are answered only when asked for (`include=signIns`), once, to the ' +
    'administrator loading the demo on a server only this machine can reach (the setup page ' +
    'shows them). Refused with 409 while the server can be reached from ' +
    'other machines (only the operator can force it, on the server: `npm run seed -- --demo ' +
    '--force`) or the installation holds real data (`GET /api/v1/demo-data` says which).',
  problems: [409],
  request: { query: DemoDataLoadQuery },
  responses: {
    200: {
      description: 'What was created, and where the credentials are',
      content: { 'application/json': { schema: DemoDataLoadResponse } },
    },
    409: {
      description: 'The installation does not take the demo: reachable by others, or real data',
      content: {
        'application/problem+json': {
          schema: Problem,
          example: {
            type: problemTypeUri('conflict'),
            title: 'Conflict with the current state',
            status: 409,
            detail:
              'The demo data was not loaded: This installation holds real data (organisations ' +
              'or users besides the administrators and their authorities), among which ' +
              'fictional ones would be mistaken for real. Load the demo into an installation ' +
              'of its own (another DATA_DIR or database).',
            instance: '/api/v1/demo-data',
            requestId: '5f0c6a52-8d3e-4e43-9a6c-3b1f0f2d7a10',
          },
        },
      },
    },
  },
});

export function registerLoadDemoData(router: OpenAPIHono<AppEnv>) {
  return router.openapi(loadDemoDataRoute, async (c) => {
    const { include } = c.req.valid('query');
    const loaded = await loadDemoData({
      ctx: await serviceContextOf(c),
      input: { showSignIns: include === 'signIns' },
    });
    c.header('cache-control', 'no-store');
    return c.json(
      {
        changed: loaded.changed,
        catalogueChanged: loaded.catalogue.changed,
        parts: loaded.parts,
        newSignIns: loaded.newSignIns,
        credentialsFile: loaded.credentialsFile,
        ...(loaded.signIns !== undefined && { signIns: loaded.signIns }),
      },
      200,
    );
  });
}
