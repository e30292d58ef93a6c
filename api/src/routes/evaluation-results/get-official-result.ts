import type { OpenAPIHono } from '@hono/zod-openapi';
import { OfficialResult, TenderLotSchemeParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { getOfficialResult } from '../../services/evaluation-results/get-official-result.ts';

const getOfficialResultRoute = defineRoute({
  method: 'get',
  path: '/{tenderId}/lots/{lotNumber}/result',
  operationId: 'getOfficialResult',
  tags: ['evaluation'],
  summary: 'Read the official result of a lot',
  description:
    'For the team from the opening on. The result in force with the ranking, each bid’s ' +
    'contributions, flags and why it ranks below the bid above; every bid in force with its ' +
    'stage statuses (exclusions with basis and reasons) and consensus scores with their ' +
    'justifications; the criteria with their weights; the weight stability as information only; ' +
    'the hashes and whether the result is still current. 404 while the lot has none.',
  problems: [404],
  request: { params: TenderLotSchemeParams },
  responses: {
    200: {
      description: 'The official result in force',
      content: { 'application/json': { schema: OfficialResult } },
    },
  },
});

export function registerGetOfficialResult(router: OpenAPIHono<AppEnv>) {
  return router.openapi(getOfficialResultRoute, async (c) => {
    const result = await getOfficialResult({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(result, 200);
  });
}
