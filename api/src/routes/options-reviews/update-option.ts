import type { OpenAPIHono } from '@hono/zod-openapi';
import { OptionParams, OptionResponse, UpdateOptionInput } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { updateOption } from '../../services/options-reviews/update-option.ts';

const updateOptionRoute = defineRoute({
  method: 'put',
  path: '/{reviewId}/options/{optionId}',
  operationId: 'updateOptionsReviewOption',
  tags: ['options-reviews'],
  summary: 'Replace an option of an options review',
  description:
    'For officers who take part, until the review is concluded. Send the whole option and the ' +
    '`version` you read: if somebody changed the option since, the change is refused with 409 ' +
    'and nothing is overwritten; reload and apply your change again.',
  request: {
    params: OptionParams,
    body: { content: { 'application/json': { schema: UpdateOptionInput } } },
  },
  responses: {
    200: {
      description: 'The option at its next version',
      content: { 'application/json': { schema: OptionResponse } },
    },
  },
});

export function registerUpdateOptionsReviewOption(router: OpenAPIHono<AppEnv>) {
  return router.openapi(updateOptionRoute, async (c) => {
    const option = await updateOption({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(option, 200);
  });
}
