import { createRoute } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createRouter, defineRoute } from '../../src/http/route.ts';

const ok = { 200: { description: 'ok' } };
const base = {
  method: 'post' as const,
  path: '/x',
  operationId: 'postX',
  tags: ['system'] as ['system'],
  summary: 'Post x',
  responses: ok,
};
const jsonBody = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });

describe('defineRoute', () => {
  it('requires an operationId, a summary and a known tag at run time too', () => {
    expect(() => defineRoute({ ...base, operationId: ' ' })).toThrow(/operationId/);
    expect(() => defineRoute({ ...base, summary: '' })).toThrow(/summary/);
    expect(() => defineRoute({ ...base, tags: [] as unknown as ['system'] })).toThrow(/tag/);
    expect(() => defineRoute({ ...base, tags: ['nope'] as unknown as ['system'] })).toThrow(
      /apiTags/,
    );
  });

  it('requires them at the type level', () => {
    const { operationId: _o, ...withoutOperationId } = base;
    const { tags: _t, ...withoutTags } = base;
    const { summary: _s, ...withoutSummary } = base;
    // @ts-expect-error operationId is required
    expect(() => defineRoute(withoutOperationId)).toThrow();
    // @ts-expect-error tags are required
    expect(() => defineRoute(withoutTags)).toThrow();
    // @ts-expect-error summary is required
    expect(() => defineRoute(withoutSummary)).toThrow();
    // @ts-expect-error at least one tag
    expect(() => defineRoute({ ...base, tags: [] })).toThrow();
    // @ts-expect-error only declared tags
    expect(() => defineRoute({ ...base, tags: ['undeclared'] })).toThrow();
  });

  it('refuses input schemas that would accept unknown keys, at any depth', () => {
    expect(() =>
      defineRoute({ ...base, request: { body: jsonBody(z.object({ a: z.string() })) } }),
    ).toThrow(/body object at ""/);
    expect(() =>
      defineRoute({
        ...base,
        request: {
          body: jsonBody(
            z.strictObject({ lots: z.array(z.object({ name: z.string() })).optional() }),
          ),
        },
      }),
    ).toThrow(/"\/lots\/\*"/);
    expect(() =>
      defineRoute({ ...base, request: { query: z.object({ page: z.string() }) } }),
    ).toThrow(/query object/);
    expect(() =>
      defineRoute({ ...base, request: { body: jsonBody(z.strictObject({ a: z.string() })) } }),
    ).not.toThrow();
  });

  it('declares the shared problem responses by what the route accepts', () => {
    const withBody = defineRoute({
      ...base,
      request: { body: jsonBody(z.strictObject({ a: z.string() })) },
      problems: [409],
    });
    expect(Object.keys(withBody.responses).sort()).toEqual(
      ['200', '400', '409', '413', '415', '422', '500'].sort(),
    );
    expect(withBody.request?.body).toMatchObject({ required: true });
    const withParams = defineRoute({
      ...base,
      method: 'get',
      path: '/x/{id}',
      request: { params: z.object({ id: z.string() }) },
    });
    expect(Object.keys(withParams.responses).sort()).toEqual(['200', '404', '422', '500']);
  });
});

describe('createRouter', () => {
  it('refuses routes not made by defineRoute', () => {
    const router = createRouter();
    const plain = createRoute({ method: 'get', path: '/plain', responses: ok });
    expect(() => router.openapi(plain, (c) => c.body(null, 200))).toThrow(/defineRoute/);
  });

  it('refuses per-route validation hooks', () => {
    const router = createRouter();
    const route = defineRoute({ ...base, method: 'get' });
    expect(() =>
      router.openapi(
        route,
        (c) => c.body(null, 200),
        () => undefined,
      ),
    ).toThrow(/hooks/);
  });
});
