import type { OpenAPIHono } from '@hono/zod-openapi';
import { DeleteOptionQuery, OptionParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { deleteOption } from '../../services/options-reviews/delete-option.ts';

const deleteOptionRoute = defineRoute({
  method: 'delete',
  path: '/{reviewId}/options/{optionId}',
  operationId: 'deleteOptionsReviewOption',
  tags: ['options-reviews'],
  summary: 'Remove an option from an options review',
  description:
    'For officers who take part, until the review is concluded. With `version`, an option ' +
    'changed since you read it is not removed (409).',
  request: { params: OptionParams, query: DeleteOptionQuery },
  responses: {
    204: { description: 'The option is removed' },
  },
});

export function registerDeleteOptionsReviewOption(router: OpenAPIHono<AppEnv>) {
  return router.openapi(deleteOptionRoute, async (c) => {
    const { version } = c.req.valid('query');
    await deleteOption({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...(version !== undefined && { version }) },
    });
    c.header('cache-control', 'no-store');
    return c.body(null, 204);
  });
}
