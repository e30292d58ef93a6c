import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  CorrectTenderInput,
  TenderCorrectionResponse,
  TenderSchemesParams,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { correctTender } from '../../services/tender-schemes/correct-tender.ts';

const route = defineRoute({
  method: 'post',
  path: '/{tenderId}/corrections',
  operationId: 'correctTender',
  tags: ['tenders'],
  summary: 'Correct a published tender',
  description:
    'For the officers on the team while the submission period runs (§ 20 (3) VgV; 409 after ' +
    'the submission deadline). Each changed lot gets its next scheme version under its own ' +
    'commitment; earlier versions stay readable and unchanged. The submission deadline is ' +
    'extended as the rules require: a deadline earlier than that is refused with 422 and the ' +
    'reason, none given takes the earliest required one; the explanation is in `extension`. ' +
    'Every vendor that registered interest is notified. A correction may move only the ' +
    'deadlines.',
  request: {
    params: TenderSchemesParams,
    body: { content: { 'application/json': { schema: CorrectTenderInput } } },
  },
  responses: {
    201: {
      description: 'The correction with the new scheme versions and deadlines',
      content: { 'application/json': { schema: TenderCorrectionResponse } },
    },
  },
});

export function registerCorrectTender(router: OpenAPIHono<AppEnv>) {
  return router.openapi(route, async (c) => {
    const correction = await correctTender({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(correction, 201);
  });
}
