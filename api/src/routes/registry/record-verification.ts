import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  RecordVerificationInput,
  RegistryVersionParams,
  VerificationResponse,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { recordVerification } from '../../services/registry/record-verification.ts';

const recordRoute = defineRoute({
  method: 'post',
  path: '/services/{serviceId}/versions/{number}/verifications',
  operationId: 'recordRegistryVerification',
  tags: ['registry'],
  summary: 'Record a verification of an attestation',
  description:
    'For officers and reviewers: that your authority checked one attestation of the version ' +
    '(against the issuer’s register, the report …) on `checkedOn`, and the result. The ' +
    'attestation must be one of the version’s and the day not in the future (422). Only your ' +
    'authority sees the record.',
  request: {
    params: RegistryVersionParams,
    body: { content: { 'application/json': { schema: RecordVerificationInput } } },
  },
  responses: {
    201: {
      description: 'The recorded verification',
      content: { 'application/json': { schema: VerificationResponse } },
    },
  },
});

export function registerRecordRegistryVerification(router: OpenAPIHono<AppEnv>) {
  return router.openapi(recordRoute, async (c) => {
    const verification = await recordVerification({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(verification, 201);
  });
}
