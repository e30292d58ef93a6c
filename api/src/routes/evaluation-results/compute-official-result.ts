import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  ComputeOfficialResultRequest,
  OfficialResult,
  TenderLotSchemeParams,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { computeOfficialResult } from '../../services/evaluation-results/compute-official-result.ts';
import { publishedMethodOnly } from './published-method-only.ts';

const computeOfficialResultRoute = defineRoute({
  method: 'post',
  path: '/{tenderId}/lots/{lotNumber}/result',
  operationId: 'computeOfficialResult',
  tags: ['evaluation'],
  summary: 'Compute the official result of a lot',
  description:
    'For the tender’s officers while the bids are evaluated. Runs the published method of the ' +
    'lot’s frozen scheme on the bids in force that no stage excluded, each formally admitted, ' +
    'with the panel’s consensus scores; nothing else: a body naming a method, formula, weights ' +
    'or scheme is refused with 422 (§ 127 (5) GWB, § 58 VgV). Stored as a new number with its ' +
    'input and result as canonical JSON (RFC 8785) and their SHA-256. 409 when a formal check ' +
    'is undecided, a consensus score is missing, or bids are tied and no drawn order is given.',
  problems: [404, 409],
  middleware: publishedMethodOnly,
  request: {
    params: TenderLotSchemeParams,
    body: { content: { 'application/json': { schema: ComputeOfficialResultRequest } } },
  },
  responses: {
    201: {
      description: 'The official result, stored',
      content: { 'application/json': { schema: OfficialResult } },
    },
  },
});

export function registerComputeOfficialResult(router: OpenAPIHono<AppEnv>) {
  return router.openapi(computeOfficialResultRoute, async (c) => {
    const result = await computeOfficialResult({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(result, 201);
  });
}
