import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  openApiJsonFile,
  openApiTypesFile,
  renderOpenApiJson,
  renderOpenApiTypes,
} from '../../scripts/generate-openapi.ts';

const hint =
  'differs from what the code describes: run `npm run build` in api/ and commit the result';

describe('committed OpenAPI artefacts', () => {
  it('schema/generated/openapi.json matches the document built from code', async () => {
    const committed = await readFile(openApiJsonFile, 'utf8').catch(() => '');
    expect(committed, `schema/generated/openapi.json ${hint}`).toBe(renderOpenApiJson());
  });

  it('schema/generated/openapi-types.ts matches the types generated from it', async () => {
    const committed = await readFile(openApiTypesFile, 'utf8').catch(() => '');
    expect(committed, `schema/generated/openapi-types.ts ${hint}`).toBe(await renderOpenApiTypes());
  });
});
