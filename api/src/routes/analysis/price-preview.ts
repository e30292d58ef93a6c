import type { OpenAPIHono } from '@hono/zod-openapi';
import { PricePreviewRequest, PricePreviewResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { analysisRateLimit } from '../../http/rate-limit/analysis.ts';
import { previewPriceFormulas } from '../../services/analysis/preview-price-formulas.ts';

const pricePreviewRoute = defineRoute({
  method: 'post',
  path: '/price-preview',
  operationId: 'previewPriceFormulas',
  tags: ['analysis'],
  summary: 'Show how price formulas score a range of prices',
  description:
    'For each price formula, the points a bid at each price of a range would earn if it joined ' +
    'the expected field of bids; optionally the UfAB ratio Z = L/P at given performance points. ' +
    'Lets a buyer see how a formula behaves before publishing it. Nothing is stored.',
  problems: [429],
  middleware: [analysisRateLimit('inline')],
  request: {
    body: { content: { 'application/json': { schema: PricePreviewRequest } } },
  },
  responses: {
    200: {
      description: 'Points per formula and price',
      content: { 'application/json': { schema: PricePreviewResponse } },
    },
  },
});

export function registerPricePreview(router: OpenAPIHono<AppEnv>) {
  return router.openapi(pricePreviewRoute, async (c) => {
    c.header('cache-control', 'no-store');
    const answer = await previewPriceFormulas({
      ctx: await serviceContextOf(c),
      input: c.req.valid('json'),
    });
    return c.json(answer, 200);
  });
}
