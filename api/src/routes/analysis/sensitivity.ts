import type { OpenAPIHono } from '@hono/zod-openapi';
import { SensitivityRequest, SensitivityResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { analysisRateLimit } from '../../http/rate-limit/analysis.ts';
import { analyseSensitivity } from '../../services/analysis/sensitivity.ts';

const sensitivityRoute = defineRoute({
  method: 'post',
  path: '/sensitivity',
  operationId: 'analyseSensitivity',
  tags: ['analysis'],
  summary: 'Show how robust a ranking is to its weights',
  description:
    'For each criterion and group of a weighted-sum or UfAB scheme, the interval of its share ' +
    '(siblings rescaled proportionally) within which the bid the evaluation ranks first stays ' +
    'first, and the share at which each pair of adjacent ranks swaps, solved exactly; a flag ' +
    'when the top two are within a margin; optionally SMAA-2 rank acceptability indices and ' +
    'central weights from seeded random weights (the same seed gives the same numbers), tied ' +
    'bids sharing their ranks. It analyses the official ranking: the evaluation’s order, its ' +
    'tie-breaks and the extended method’s corridor, followed in floating point. Nothing is stored.',
  problems: [429, 503],
  middleware: [analysisRateLimit('worker')],
  request: {
    body: { content: { 'application/json': { schema: SensitivityRequest } } },
  },
  responses: {
    200: {
      description: 'Stability intervals, swap points and, if asked for, SMAA results',
      content: { 'application/json': { schema: SensitivityResponse } },
    },
  },
});

export function registerSensitivity(router: OpenAPIHono<AppEnv>) {
  return router.openapi(sensitivityRoute, async (c) => {
    c.header('cache-control', 'no-store');
    const answer = await analyseSensitivity({
      ctx: await serviceContextOf(c),
      input: c.req.valid('json'),
    });
    return c.json(answer, 200);
  });
}
