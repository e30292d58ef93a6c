import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  CreateEvidenceGrantInput,
  EvidenceGrantListResponse,
  EvidenceGrantParams,
  EvidenceGrantResponse,
  EvidenceServiceParams,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { createGrant, listGrants, revokeGrant } from '../../services/evidence/grants.ts';

const json = <T>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const listGrantsRoute = defineRoute({
  method: 'get',
  path: '/vendor-services/{serviceId}/evidence-grants',
  operationId: 'listEvidenceGrants',
  tags: ['vendors'],
  summary: 'List the authorities granted access to confidential evidence',
  description: 'Standing and revoked grants of the service, oldest first.',
  request: { params: EvidenceServiceParams },
  responses: { 200: json(EvidenceGrantListResponse, 'The grants') },
});

const createGrantRoute = defineRoute({
  method: 'post',
  path: '/vendor-services/{serviceId}/evidence-grants',
  operationId: 'createEvidenceGrant',
  tags: ['vendors'],
  summary: 'Let an authority read the confidential evidence of an own service',
  description:
    'The authority (an id from `GET /authorities`) may then download the service’s ' +
    'confidential documents that a published version cites (§ 41 (3) VgV). 422 when the id ' +
    'names no authority, 409 when a standing grant exists.',
  request: {
    params: EvidenceServiceParams,
    body: { content: { 'application/json': { schema: CreateEvidenceGrantInput } } },
  },
  responses: { 201: json(EvidenceGrantResponse, 'The grant') },
});

const revokeGrantRoute = defineRoute({
  method: 'delete',
  path: '/vendor-services/{serviceId}/evidence-grants/{grantId}',
  operationId: 'revokeEvidenceGrant',
  tags: ['vendors'],
  summary: 'Revoke a grant to read confidential evidence',
  description:
    'Takes effect at once; the grant stays listed with `revokedAt`. 409 if it was revoked ' +
    'already.',
  request: { params: EvidenceGrantParams },
  responses: { 200: json(EvidenceGrantResponse, 'The revoked grant') },
});

export function registerEvidenceGrants(router: OpenAPIHono<AppEnv>) {
  router.openapi(listGrantsRoute, async (c) => {
    const result = await listGrants({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(result, 200);
  });
  router.openapi(createGrantRoute, async (c) => {
    const grant = await createGrant({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(grant, 201);
  });
  return router.openapi(revokeGrantRoute, async (c) => {
    const grant = await revokeGrant({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(grant, 200);
  });
}
