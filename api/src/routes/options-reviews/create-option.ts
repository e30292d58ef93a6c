import type { OpenAPIHono } from '@hono/zod-openapi';
import { CreateOptionInput, OptionResponse, OptionsReviewParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { createOption } from '../../services/options-reviews/create-option.ts';

const createOptionRoute = defineRoute({
  method: 'post',
  path: '/{reviewId}/options',
  operationId: 'createOptionsReviewOption',
  tags: ['options-reviews'],
  summary: 'Add an option to an options review',
  description:
    'For officers who take part, until the review is concluded. The offer’s data is given per ' +
    'criterion of the review’s latest scheme, in the engine’s shapes; criteria the scheme lacks ' +
    'or of another kind are named in the 422. The name must be unique within the review.',
  request: {
    params: OptionsReviewParams,
    body: { content: { 'application/json': { schema: CreateOptionInput } } },
  },
  responses: {
    201: {
      description: 'The new option, at version 1',
      content: { 'application/json': { schema: OptionResponse } },
    },
  },
});

export function registerCreateOptionsReviewOption(router: OpenAPIHono<AppEnv>) {
  return router.openapi(createOptionRoute, async (c) => {
    const option = await createOption({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(option, 201);
  });
}
