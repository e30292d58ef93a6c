import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../src/app.ts';

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

interface Operation {
  operationId?: string;
  tags?: string[];
  summary?: string;
  responses?: Record<string, { content?: Record<string, unknown> }>;
}

function operations(): [string, Operation][] {
  const document = buildOpenApiDocument();
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    methods.flatMap((method) => {
      const operation = (item as Record<string, Operation | undefined>)[method];
      return operation
        ? [[`${method.toUpperCase()} ${path}`, operation] as [string, Operation]]
        : [];
    }),
  );
}

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1', async () => {
    const document = buildOpenApiDocument();
    expect(document.openapi).toBe('3.1.0');
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
  });

  it('has operations, every one with an operationId, a tag and a summary', () => {
    const all = operations();
    expect(all.length).toBeGreaterThan(0);
    for (const [name, operation] of all) {
      expect(operation.operationId, name).toMatch(/^[a-z][A-Za-z0-9]+$/);
      expect(operation.tags?.length, name).toBeGreaterThanOrEqual(1);
      expect(operation.summary?.trim(), name).toBeTruthy();
    }
  });

  it('uses each operationId once', () => {
    const ids = operations().map(([, operation]) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('describes every tag it uses', () => {
    const document = buildOpenApiDocument();
    const described = new Map(document.tags?.map((tag) => [tag.name, tag.description]));
    for (const [name, operation] of operations()) {
      for (const tag of operation.tags ?? [])
        expect(described.get(tag), `${name}: ${tag}`).toBeTruthy();
    }
  });

  it('declares problem+json for every client error and for 500 on every operation', () => {
    for (const [name, operation] of operations()) {
      const responses = Object.entries(operation.responses ?? {});
      const problems = responses.filter(([status]) => status.startsWith('4') || status === '500');
      expect(
        problems.map(([status]) => status),
        name,
      ).toEqual(expect.arrayContaining(['422', '500']));
      for (const [status, response] of problems) {
        expect(Object.keys(response.content ?? {}), `${name} ${status}`).toEqual([
          'application/problem+json',
        ]);
      }
    }
  });

  it('documents the Problem component and both authentication schemes', () => {
    const { components } = buildOpenApiDocument();
    expect(components?.schemas).toHaveProperty('Problem');
    expect(components?.securitySchemes).toMatchObject({
      vendorApiKey: { type: 'http', scheme: 'bearer', bearerFormat: 'tw_<id>.<secret>' },
      session: { type: 'apiKey', in: 'cookie' },
    });
  });

  it('names a relative server, so it describes whichever installation serves it', () => {
    expect(buildOpenApiDocument().servers).toEqual([
      { url: '/', description: 'This Tenderwise installation' },
    ]);
  });
});
