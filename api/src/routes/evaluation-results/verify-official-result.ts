import type { OpenAPIHono } from '@hono/zod-openapi';
import { OfficialResultVerification, TenderLotSchemeParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { verifyOfficialResult } from '../../services/evaluation-results/verify-official-result.ts';

const verifyOfficialResultRoute = defineRoute({
  method: 'post',
  path: '/{tenderId}/lots/{lotNumber}/result/verification',
  operationId: 'verifyOfficialResult',
  tags: ['evaluation'],
  summary: 'Recompute the official result of a lot',
  description:
    'For the team from the opening on; changes nothing. Evaluates the stored input again and ' +
    'compares the bytes with the stored result, and builds the input again from what the ' +
    'database holds now and compares its hash with the stored one. 404 while the lot has none.',
  problems: [404, 409],
  request: { params: TenderLotSchemeParams },
  responses: {
    200: {
      description: 'The comparison',
      content: { 'application/json': { schema: OfficialResultVerification } },
    },
  },
});

export function registerVerifyOfficialResult(router: OpenAPIHono<AppEnv>) {
  return router.openapi(verifyOfficialResultRoute, async (c) => {
    const result = await verifyOfficialResult({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(result, 200);
  });
}
