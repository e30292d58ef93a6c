import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  TenderNoticeListQuery,
  TenderNoticeListResponse,
  TenderTeamParams,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { listTenderNotices } from '../../services/tender-team/list-tender-notices.ts';

const listTenderNoticesRoute = defineRoute({
  method: 'get',
  path: '/{tenderId}/notices',
  operationId: 'listTenderNotices',
  tags: ['tenders'],
  summary: 'List the notices sent about a tender',
  description:
    'For everybody on the team, newest first: kind, subject, recipient organisation, when made ' +
    'and read, and the state of its e-mails (none without an SMTP relay).',
  request: { params: TenderTeamParams, query: TenderNoticeListQuery },
  responses: {
    200: {
      description: 'One page of notices',
      content: { 'application/json': { schema: TenderNoticeListResponse } },
    },
  },
});

export function registerListTenderNotices(router: OpenAPIHono<AppEnv>) {
  return router.openapi(listTenderNoticesRoute, async (c) => {
    const page = await listTenderNotices({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('query') },
    });
    c.header('cache-control', 'no-store');
    return c.json(page, 200);
  });
}
