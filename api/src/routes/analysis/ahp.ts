import type { OpenAPIHono } from '@hono/zod-openapi';
import { AhpRequest, AhpResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { analysisRateLimit } from '../../http/rate-limit/analysis.ts';
import { weighByAhp } from '../../services/analysis/weigh-by-ahp.ts';

const ahpRoute = defineRoute({
  method: 'post',
  path: '/ahp',
  operationId: 'weighByAhp',
  tags: ['analysis'],
  summary: 'Derive weights from pairwise comparisons (AHP)',
  description:
    'Takes one person’s or a group’s pairwise judgements of 2 to 15 items on Saaty’s 1–9 scale ' +
    'and returns the priorities (principal eigenvector) as decimals and as basis points summing ' +
    'to 10,000, with λmax, the consistency index and ratio, whether the ratio is acceptable ' +
    '(≤ 0.10) and, if not, the judgements furthest from what the priorities imply. The ratio ' +
    'divides by a random index RI(n) from the table `randomIndexTable` names (default ' +
    '`saaty-2005`, Saaty’s later table; `saaty-1980` is the one most tools use), and the answer ' +
    'names the table. A group’s matrices are combined cell by cell by the geometric mean. ' +
    'Nothing is stored.',
  problems: [429],
  middleware: [analysisRateLimit('inline')],
  request: {
    body: { content: { 'application/json': { schema: AhpRequest } } },
  },
  responses: {
    200: {
      description: 'The priorities and their consistency',
      content: { 'application/json': { schema: AhpResponse } },
    },
  },
});

export function registerAhp(router: OpenAPIHono<AppEnv>) {
  return router.openapi(ahpRoute, async (c) => {
    c.header('cache-control', 'no-store');
    const answer = await weighByAhp({ ctx: await serviceContextOf(c), input: c.req.valid('json') });
    return c.json(answer, 200);
  });
}
