import type { OpenAPIHono } from '@hono/zod-openapi';
import { OptionListQuery, OptionListResponse, OptionsReviewParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { listOptions } from '../../services/options-reviews/list-options.ts';

const listOptionsRoute = defineRoute({
  method: 'get',
  path: '/{reviewId}/options',
  operationId: 'listOptionsReviewOptions',
  tags: ['options-reviews'],
  summary: 'List the options of an options review',
  description:
    'For the lead and members: the options with their offers and versions, in the order they ' +
    'were added.',
  request: { params: OptionsReviewParams, query: OptionListQuery },
  responses: {
    200: {
      description: 'One page of options',
      content: { 'application/json': { schema: OptionListResponse } },
    },
  },
});

export function registerListOptionsReviewOptions(router: OpenAPIHono<AppEnv>) {
  return router.openapi(listOptionsRoute, async (c) => {
    const page = await listOptions({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('query') },
    });
    c.header('cache-control', 'no-store');
    return c.json(page, 200);
  });
}
