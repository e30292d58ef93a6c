import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as schemas from '../src/index.ts';

/** Every exported schema whose examples appear in the OpenAPI document. */
const documented = (Object.entries(schemas) as [string, unknown][]).filter(
  (entry): entry is [string, z.ZodType] =>
    entry[1] instanceof z.ZodType && Array.isArray(entry[1].meta()?.examples),
);

describe('schema examples', () => {
  it('covers the documented schemas', () => {
    expect(documented.map(([name]) => name)).toContain('HealthResponse');
  });

  it.each(documented)('%s: every example is valid against its own schema', (_name, schema) => {
    for (const example of schema.meta()?.examples as unknown[]) {
      expect(schema.safeParse(example).error).toBeUndefined();
    }
  });
});

describe('problem types', () => {
  it('are stable relative URIs, one per slug', () => {
    const uris = schemas.problemTypes.map(schemas.problemTypeUri);
    expect(new Set(uris).size).toBe(uris.length);
    for (const uri of uris) expect(uri).toMatch(/^\/api\/problems\/[a-z]+(-[a-z]+)*$/);
  });
});
