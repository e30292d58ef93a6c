import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  TenderDeadlinesResponse,
  TenderParams,
  UpdateTenderDeadlinesInput,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { updateTenderDeadlines } from '../../services/tenders/update-tender-deadlines.ts';

const updateTenderDeadlinesRoute = defineRoute({
  method: 'put',
  path: '/{tenderId}/deadlines',
  operationId: 'updateTenderDeadlines',
  tags: ['tenders'],
  summary: 'Set a draft tender’s deadlines',
  description:
    'For the officers on its team while it is a draft. The submission deadline is a Berlin ' +
    'wall-clock time; the questions deadline and the bid validity default to what the deadline ' +
    'rules compute. The answer explains the checks in German and English: a deadline below the ' +
    'minimum period is saved but reported as an error finding (publication refuses it), ' +
    'warnings are for choices the law leaves open. Send the tender’s `version` you read (409 ' +
    'when stale).',
  problems: [409],
  request: {
    params: TenderParams,
    body: { content: { 'application/json': { schema: UpdateTenderDeadlinesInput } } },
  },
  responses: {
    200: {
      description: 'The stored deadlines and their checks',
      content: { 'application/json': { schema: TenderDeadlinesResponse } },
    },
  },
});

export function registerUpdateTenderDeadlines(router: OpenAPIHono<AppEnv>) {
  return router.openapi(updateTenderDeadlinesRoute, async (c) => {
    const deadlines = await updateTenderDeadlines({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(deadlines, 200);
  });
}
