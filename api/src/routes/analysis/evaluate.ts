import type { OpenAPIHono } from '@hono/zod-openapi';
import { EvaluateRequest, EvaluateResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { answerLargeBodiesOffThread } from '../../http/off-thread.ts';
import { analysisRateLimit } from '../../http/rate-limit/analysis.ts';
import { evaluateBids } from '../../services/analysis/evaluate-bids.ts';

const evaluateRoute = defineRoute({
  method: 'post',
  path: '/evaluate',
  operationId: 'evaluateBids',
  tags: ['analysis'],
  summary: 'Evaluate bids under an evaluation scheme',
  description:
    'Checks every bid against the suitability criteria, minimum requirements and contract ' +
    'conditions, scores the admitted bids exactly under the scheme’s method (weighted sum or ' +
    'UfAB reference-value or median method), ranks them on their exact figures and publishes ' +
    'these rounded to two decimals. The answer carries per-criterion contributions, flags for a ' +
    'reviewer (abnormally low price, diverging evaluators, a draw by lot required) and the ' +
    'SHA-256 commitment of the scheme and of the input. Every ordinal score needs a ' +
    'justification, and attestations are judged on the published submission deadline. Nothing ' +
    'is stored. A body above 32 KiB is validated and evaluated on the analysis workers, with the ' +
    'same answer.',
  problems: [429, 503],
  middleware: [analysisRateLimit('inline'), answerLargeBodiesOffThread('evaluateBids')],
  request: {
    body: { content: { 'application/json': { schema: EvaluateRequest } } },
  },
  responses: {
    200: {
      description: 'The ranking, with excluded bids last',
      content: { 'application/json': { schema: EvaluateResponse } },
    },
  },
});

export function registerEvaluate(router: OpenAPIHono<AppEnv>) {
  return router.openapi(evaluateRoute, async (c) => {
    c.header('cache-control', 'no-store');
    const answer = await evaluateBids({
      ctx: await serviceContextOf(c),
      input: c.req.valid('json'),
    });
    return c.json(answer, 200);
  });
}
