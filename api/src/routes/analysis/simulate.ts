import type { OpenAPIHono } from '@hono/zod-openapi';
import { SimulateRequest, SimulateResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { analysisRateLimit } from '../../http/rate-limit/analysis.ts';
import { simulateRobustness } from '../../services/analysis/simulate.ts';

const simulateRoute = defineRoute({
  method: 'post',
  path: '/simulate',
  operationId: 'simulateRobustness',
  tags: ['analysis'],
  summary: 'Test a draft scheme on simulated bids',
  description:
    'ADVISORY, for a DRAFT scheme before publication: draws simulated bids (prices uniform or ' +
    'triangular, assessments per leaf from stated distributions) over seeded runs and reports ' +
    'how each price formula distributes its points, how often the winner changes when one weight ' +
    'is raised or lowered by a percentage (siblings rescaled), and how often removing one ' +
    'non-winning bid changes the winner (the flipping effect UfAB 2018 warns about). Optionally ' +
    'ranks given option scores by TOPSIS (Hwang & Yoon 1981), labelled advisory, for options ' +
    'reviews. None of this is ever applied to the official result of a tender. At most 50 bids ' +
    'and 2,000 runs, runs × (bids × (bids + 3 × criteria) + criteria² / 4) at most 4,000,000 ' +
    '(criteria: every scored leaf, price included), sized to finish well within the 15 s time ' +
    'limit; the same ' +
    'seed gives the same numbers. Runs on the analysis worker pool. Nothing is stored.',
  problems: [429, 503],
  middleware: [analysisRateLimit('worker')],
  request: {
    body: { content: { 'application/json': { schema: SimulateRequest } } },
  },
  responses: {
    200: {
      description: 'The robustness report, and the TOPSIS ranking if options were given',
      content: { 'application/json': { schema: SimulateResponse } },
    },
  },
});

export function registerSimulate(router: OpenAPIHono<AppEnv>) {
  return router.openapi(simulateRoute, async (c) => {
    c.header('cache-control', 'no-store');
    const answer = await simulateRobustness({
      ctx: await serviceContextOf(c),
      input: c.req.valid('json'),
    });
    return c.json(answer, 200);
  });
}
