import type { OpenAPIHono } from '@hono/zod-openapi';
import { OptionsReviewParams, OptionsReviewResults, ResultsQuery } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { getResults } from '../../services/options-reviews/get-results.ts';

const getResultsRoute = defineRoute({
  method: 'get',
  path: '/{reviewId}/results',
  operationId: 'getOptionsReviewResults',
  tags: ['options-reviews'],
  summary: 'Read the results of an options review',
  description:
    'For the lead and members: the results of a scheme version (the latest unless named; for a ' +
    'concluded review the version it concluded on), computed from the scheme, the options’ ' +
    'offers and the consensus scores, the same bytes for the same inputs. The exact engine’s ' +
    'ranking with each criterion’s contribution and excluded options with their reasons; weight ' +
    'stability and rank swaps; and, labelled as advisory, SMAA rank acceptability, the ranking ' +
    'under other price formulas and TOPSIS; plus the model a client re-ranks other weights ' +
    'with. Pass/fail criteria are not judged in an options review and are listed as `unjudged`. ' +
    'As blind as the scoring: a member reads the results once they have submitted their own ' +
    'sheet (409 before), the lead always. 409 names every missing consensus score, measured ' +
    'value or price while the results cannot be computed yet.',
  request: { params: OptionsReviewParams, query: ResultsQuery },
  responses: {
    200: {
      description: 'The results',
      content: { 'application/json': { schema: OptionsReviewResults } },
    },
  },
});

export function registerGetOptionsReviewResults(router: OpenAPIHono<AppEnv>) {
  return router.openapi(getResultsRoute, async (c) => {
    const results = await getResults({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('query') },
    });
    c.header('cache-control', 'no-store');
    return c.json(results, 200);
  });
}
