import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  OptionsReviewParams,
  OptionsReviewResponse,
  TransferOptionsReviewLeadInput,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { transferOptionsReviewLead } from '../../services/options-reviews/transfer-options-review-lead.ts';

const transferLeadRoute = defineRoute({
  method: 'put',
  path: '/{reviewId}/lead',
  operationId: 'transferOptionsReviewLead',
  tags: ['options-reviews'],
  summary: 'Pass the lead of an options review to another officer',
  description:
    'For the lead, until the review is concluded. The new lead must be an active officer who ' +
    'is a member of the review already (422 otherwise); you stay a member.',
  request: {
    params: OptionsReviewParams,
    body: { content: { 'application/json': { schema: TransferOptionsReviewLeadInput } } },
  },
  responses: {
    200: {
      description: 'The review with its new lead',
      content: { 'application/json': { schema: OptionsReviewResponse } },
    },
  },
});

export function registerTransferOptionsReviewLead(router: OpenAPIHono<AppEnv>) {
  return router.openapi(transferLeadRoute, async (c) => {
    const review = await transferOptionsReviewLead({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(review, 200);
  });
}
