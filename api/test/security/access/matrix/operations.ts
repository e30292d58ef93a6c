import { buildOpenApiDocument } from '../../../../src/app.ts';
import type { OpenApiDocument } from '../../../../src/http/openapi.ts';
import type { ApiTag } from '../../../../src/http/tags.ts';

/** One operation of the OpenAPI document. */
export interface Operation {
  operationId: string;
  method: string;
  path: string;
  tags: readonly string[];
}

export function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item ?? {})) {
      const { operationId, tags = [] } = operation as { operationId?: string; tags?: string[] };
      if (operationId !== undefined) operations.push({ operationId, method, path, tags });
    }
  }
  return operations;
}

/**
 * The areas the matrix is split into, one test file each (`<area>.test.ts` beside this file), by
 * the operations' first tag: each file stays small as operations are added. A tag without an
 * area fails `coverage.test.ts`.
 */
export const matrixAreas = {
  public: ['system', 'analysis'],
  account: ['account'],
  administration: ['administration'],
  'api-keys': ['api-keys'],
  catalogue: ['catalogue'],
  'options-reviews': ['options-reviews'],
  vendors: ['vendors'],
  registry: ['registry'],
  tenders: ['tenders'],
  'public-tenders': ['public-tenders'],
  notices: ['notices'],
  conversations: ['conversations'],
  bids: ['bids'],
  evaluation: ['evaluation'],
} as const satisfies Record<string, readonly ApiTag[]>;

export type MatrixArea = keyof typeof matrixAreas;

export function areaOf(operation: Operation): MatrixArea | undefined {
  const tag = operation.tags[0];
  return (Object.keys(matrixAreas) as MatrixArea[]).find((area) =>
    (matrixAreas[area] as readonly string[]).includes(tag ?? ''),
  );
}

let document: OpenApiDocument | undefined;

/**
 * The operations of the application's OpenAPI document, built from code alone when the test file
 * is collected, so that every operation gets a test of its own. `coverage.test.ts` checks that
 * this is the document the application serves.
 */
export function documentedOperations(): Operation[] {
  document ??= buildOpenApiDocument();
  return operationsOf(document);
}

export const safeMethods: readonly string[] = ['get', 'head', 'options'];
