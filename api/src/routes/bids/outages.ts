import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  PlatformOutage,
  PlatformOutageInput,
  PlatformOutageList,
  TenderParams,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { listPlatformOutages, recordPlatformOutage } from '../../services/bids/platform-outages.ts';

const recordPlatformOutageRoute = defineRoute({
  method: 'post',
  path: '/tenders/{tenderId}/platform-outages',
  operationId: 'recordPlatformOutage',
  tags: ['bids'],
  summary: 'Record an outage of the submission channel',
  description:
    'For officers on the tender’s team, from publication on: when the submission channel failed ' +
    'from `startedAt` to `endedAt`. A late bid that the bidder is not responsible for is ' +
    'admitted (§ 57 (1) Nr. 1 VgV); this record is what that decision rests on. Recorded once, ' +
    'never changed; `endedAt` must be after `startedAt`, and the outage must have begun (422).',
  problems: [404, 409],
  request: {
    params: TenderParams,
    body: { content: { 'application/json': { schema: PlatformOutageInput } } },
  },
  responses: {
    201: {
      description: 'The recorded outage',
      content: { 'application/json': { schema: PlatformOutage } },
    },
  },
});

const listPlatformOutagesRoute = defineRoute({
  method: 'get',
  path: '/tenders/{tenderId}/platform-outages',
  operationId: 'listPlatformOutages',
  tags: ['bids'],
  summary: 'List the recorded outages of the submission channel',
  description: 'For the tender’s team: the recorded outages, the earliest first.',
  problems: [404],
  request: { params: TenderParams },
  responses: {
    200: {
      description: 'The outages',
      content: { 'application/json': { schema: PlatformOutageList } },
    },
  },
});

export function registerPlatformOutages(router: OpenAPIHono<AppEnv>) {
  router.openapi(recordPlatformOutageRoute, async (c) => {
    const outage = await recordPlatformOutage({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), outage: c.req.valid('json') },
    });
    return c.json(outage, 201);
  });
  return router.openapi(listPlatformOutagesRoute, async (c) => {
    const outages = await listPlatformOutages({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    return c.json(outages, 200);
  });
}
