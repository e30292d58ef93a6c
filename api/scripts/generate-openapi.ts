// Writes the API's OpenAPI document and its TypeScript types into the schema package, from code
// alone: no server, no database. `npm run build` in api/ runs it; a test fails while the
// committed copies differ from what the code describes.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildOpenApiDocument } from '../src/app.ts';

export const openApiJsonFile = fileURLToPath(
  new URL('../../schema/generated/openapi.json', import.meta.url),
);
export const openApiTypesFile = fileURLToPath(
  new URL('../../schema/generated/openapi-types.ts', import.meta.url),
);

const typesHeader = `/**
 * Types of the Tenderwise API, generated from schema/generated/openapi.json by
 * api/scripts/generate-openapi.ts (\`npm run build\` in api/). Do not edit.
 */

`;

export function renderOpenApiJson(): string {
  return `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
}

export async function renderOpenApiTypes(json: string = renderOpenApiJson()): Promise<string> {
  const ast = await openapiTS(JSON.parse(json), { silent: true });
  return typesHeader + astToString(ast);
}

async function writeIfChanged(file: string, content: string): Promise<boolean> {
  const current = await readFile(file, 'utf8').catch(() => undefined);
  if (current === content) return false;
  await writeFile(file, content);
  return true;
}

if (import.meta.main) {
  const json = renderOpenApiJson();
  const types = await renderOpenApiTypes(json);
  for (const [file, content] of [
    [openApiJsonFile, json],
    [openApiTypesFile, types],
  ] as const) {
    const changed = await writeIfChanged(file, content);
    process.stdout.write(`${changed ? 'wrote' : 'unchanged'} ${file}\n`);
  }
}
