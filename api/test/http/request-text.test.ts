import type { Problem } from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../src/app.ts';
import { toJsonPointer } from '../../src/http/json-pointer.ts';
import { inspectJsonText } from '../../src/http/json-text.ts';
import { nulCharacterDetail, nulFieldIssues } from '../../src/http/request-text.ts';
import { createTestApp, jsonRequest } from './test-app.ts';

type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
};

interface Operation {
  operationId: string;
  parameters?: { name: string; in: string; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, unknown>;
}

const document = buildOpenApiDocument();
const schemas = (document.components?.schemas ?? {}) as Record<string, JsonSchema>;
const operations = Object.values(document.paths ?? {}).flatMap(
  (item) => Object.values(item ?? {}) as Operation[],
);

/**
 * A value of the schema's shape with U+0000 in every string, every optional field present and
 * one element per array; `strings` collects the pointer of each string it wrote. Formats, enums
 * and patterns are ignored: the check under test runs before the schema and must not depend on it.
 */
function nulSample(schema: JsonSchema, path: (string | number)[], strings: string[]): unknown {
  if (path.length > 12) throw new Error(`Schema nests deeper than expected at ${path.join('/')}`);
  if (schema.$ref !== undefined) {
    return nulSample(schemas[schema.$ref.replace('#/components/schemas/', '')]!, path, strings);
  }
  const options = schema.anyOf ?? schema.oneOf;
  if (options !== undefined) {
    const option = options.find((candidate) => candidate.type !== 'null') ?? options[0]!;
    return nulSample(option, path, strings);
  }
  if (schema.allOf !== undefined) {
    return Object.assign({}, ...schema.allOf.map((part) => nulSample(part, path, strings)));
  }
  const types = [schema.type ?? (schema.properties ? 'object' : undefined)].flat();
  const type =
    types.find((candidate) => candidate !== 'null') ?? typeof (schema.const ?? schema.enum?.[0]);
  switch (type) {
    case 'string':
      strings.push(toJsonPointer(path));
      return `${String(schema.const ?? schema.enum?.[0] ?? 'text')}\u0000`;
    case 'object': {
      const entries = Object.entries(schema.properties ?? {});
      if (typeof schema.additionalProperties === 'object') {
        entries.push(['key', schema.additionalProperties]);
      }
      return Object.fromEntries(
        entries.map(([key, child]) => [key, nulSample(child, [...path, key], strings)]),
      );
    }
    case 'array': {
      const items = schema.prefixItems ?? (schema.items ? [schema.items] : []);
      return items.map((item, index) => nulSample(item, [...path, index], strings));
    }
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    default:
      return null;
  }
}

describe('U+0000 in every text field the OpenAPI document declares', () => {
  it('is found in every string of every JSON request body, at its pointer', () => {
    let checked = 0;
    for (const operation of operations) {
      const schema = operation.requestBody?.content['application/json']?.schema;
      if (schema === undefined) continue;
      const strings: string[] = [];
      const body = JSON.stringify(nulSample(schema, [], strings));
      expect(
        inspectJsonText(body, Infinity).nulCharacters,
        `the body of ${operation.operationId}`,
      ).toEqual(strings);
      checked += strings.length;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('is found in every query and path parameter', () => {
    let checked = 0;
    for (const operation of operations) {
      for (const parameter of operation.parameters ?? []) {
        const location = parameter.in === 'query' ? 'query' : 'path';
        const issues = nulFieldIssues(location, new Map([[parameter.name, ['a\u0000b']]]));
        expect(issues, `${parameter.name} of ${operation.operationId}`).toEqual([
          { in: location, pointer: `/${parameter.name}`, detail: nulCharacterDetail },
        ]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('is found in the name of an uploaded file', () => {
    const files = new Map([
      ['attachments[]', [new File(['%PDF'], 'ok.pdf'), new File([], 'a\u0000.pdf')]],
    ]);
    expect(nulFieldIssues('body', files)).toEqual([
      { in: 'body', pointer: '/attachments[]/1', detail: nulCharacterDetail },
    ]);
  });

  it('is refused with a documented answer: 422 everywhere, 400 for a repeated key in a body', () => {
    for (const operation of operations) {
      expect(Object.keys(operation.responses), operation.operationId).toContain('422');
      if (operation.requestBody !== undefined) {
        expect(Object.keys(operation.responses), operation.operationId).toContain('400');
      }
    }
  });
});

describe('text the database cannot store, over HTTP', () => {
  const app = createTestApp();

  async function problemOf(response: Response, status: number): Promise<Problem> {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    return (await response.json()) as Problem;
  }

  it('refuses U+0000 in a body value or key with 422, next to what the schema found', async () => {
    const problem = await problemOf(
      await app.request(
        '/api/test/echo',
        jsonRequest('{"title":7,"items":[{"name":"a\\u0000","quantity":1,"n\\u0000":1}]}'),
      ),
      422,
    );
    expect(problem.errors).toEqual([
      expect.objectContaining({ in: 'body', pointer: '/title' }),
      expect.objectContaining({ in: 'body', pointer: '/items/0/n\u0000' }),
      { in: 'body', pointer: '/items/0/name', detail: nulCharacterDetail },
      { in: 'body', pointer: '/items/0/n\u0000', detail: nulCharacterDetail },
    ]);
  });

  it('refuses U+0000 in a query or path parameter, and in a form field', async () => {
    const query = await problemOf(
      await app.request('/api/test/echo?dryRun=true%00', jsonRequest('{"title":"a"}')),
      422,
    );
    expect(query.errors).toContainEqual({
      in: 'query',
      pointer: '/dryRun',
      detail: nulCharacterDetail,
    });
    const path = await problemOf(await app.request('/api/test/things/a%00'), 422);
    expect(path.errors).toEqual([{ in: 'path', pointer: '/id', detail: nulCharacterDetail }]);
    const form = await problemOf(
      await app.request('/api/test/form', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'title=a%00&tags=x&tags=y%00',
      }),
      422,
    );
    expect(form.errors).toEqual([
      { in: 'body', pointer: '/title', detail: nulCharacterDetail },
      { in: 'body', pointer: '/tags/1', detail: nulCharacterDetail },
    ]);
  });

  it('accepts text that only spells out U+0000', async () => {
    const response = await app.request('/api/test/echo', jsonRequest('{"title":"\\\\u0000"}'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ title: '\\u0000' });
    const form = await app.request('/api/test/form', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'title=%5Cu0000&tags=x&tags=y',
    });
    expect(form.status).toBe(204);
  });

  it('refuses a body that names a key twice with 400 pointing at the repeat, at any depth', async () => {
    for (const [body, pointer] of [
      ['{"title":"a","title":"b"}', '/title'],
      ['{"title":"a","\\u0074itle":"b"}', '/title'],
      ['{"title":"a","items":[{"name":"n","quantity":1,"quantity":2}]}', '/items/0/quantity'],
    ] as const) {
      const problem = await problemOf(await app.request('/api/test/echo', jsonRequest(body)), 400);
      expect(problem.type).toBe('/api/problems/malformed-request');
      expect(problem.errors).toEqual([{ in: 'body', pointer, detail: 'This key appears twice.' }]);
    }
  });

  it('still answers malformed JSON and a wrong media type as before', async () => {
    const malformed = await problemOf(
      await app.request('/api/test/echo', jsonRequest('{"title":"a","title":')),
      400,
    );
    expect(malformed.errors).toBeUndefined();
    await problemOf(
      await app.request('/api/test/echo', {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: '{"title":"a","title":"b"}',
      }),
      415,
    );
  });
});
