import type { OpenAPIHono } from '@hono/zod-openapi';
import { TenderRecordQuery, TenderRecordResponse, TenderTeamParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { getTenderRecord } from '../../services/tender-team/get-tender-record.ts';

const getRecordRoute = defineRoute({
  method: 'get',
  path: '/{tenderId}/record',
  operationId: 'getTenderRecord',
  tags: ['tenders'],
  summary: 'Read the tender record (Vergabeakte)',
  description:
    'For everybody on the team: every event of the tender from the audit log in the log’s ' +
    'order (changes, refused and failed attempts), with action, outcome, a German and English ' +
    'label, who acted (name and role, or the API key and its organisation) and when.',
  request: { params: TenderTeamParams, query: TenderRecordQuery },
  responses: {
    200: {
      description: 'One page of the record',
      content: { 'application/json': { schema: TenderRecordResponse } },
    },
  },
});

export function registerGetTenderRecord(router: OpenAPIHono<AppEnv>) {
  return router.openapi(getRecordRoute, async (c) => {
    const record = await getTenderRecord({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('query') },
    });
    c.header('cache-control', 'no-store');
    return c.json(record, 200);
  });
}
