import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { policyOf } from '../../../../src/security/access/policy.ts';
import { createApp } from '../../../../src/app.ts';
import type { OpenApiDocument } from '../../../../src/http/openapi.ts';
import { apiTagNames } from '../../../../src/http/tags.ts';
import { testDeps } from '../../../http/test-app.ts';
import { operationFixtures } from '../fixtures/index.ts';
import { principalNames } from '../world.ts';
import { areaOf, documentedOperations, matrixAreas, operationsOf } from './operations.ts';

// What the matrix files rely on, checked once for all of them: they cover every operation the
// application serves, each has a row and a fixture, and every area has its file.
describe('the policy matrix covers', () => {
  const app = createApp(testDeps());

  it('every principal of the test plan', () => {
    expect([...principalNames]).toEqual([
      'anonymous',
      'vendor A',
      'vendor A (API key)',
      'vendor B',
      'officer 1',
      'officer 2',
      'reviewer',
      'admin',
      'officer of another authority',
    ]);
  });

  it('the operations /api/openapi.json serves, each in one area with a file of its own', async () => {
    const served = operationsOf((await (await app.request('/api/openapi.json')).json()) as never);
    const documented = documentedOperations();
    expect(served.length).toBeGreaterThan(0);
    expect(documented).toEqual(served);
    expect(served.filter((op) => areaOf(op) === undefined).map((op) => op.operationId)).toEqual([]);
    expect(
      apiTagNames.filter(
        (tag) =>
          !Object.values(matrixAreas)
            .flat()
            .includes(tag as never),
      ),
    ).toEqual([]);
    for (const area of Object.keys(matrixAreas)) {
      const file = fileURLToPath(new URL(`./${area}.test.ts`, import.meta.url));
      expect(existsSync(file), `${area}.test.ts`).toBe(true);
    }
  });

  it('every operation with a policy row and a fixture, and no fixture of a removed one', () => {
    const operations = documentedOperations();
    const withoutRow = operations.filter((op) => policyOf(op.operationId) === undefined);
    const withoutFixture = operations.filter((op) => !(op.operationId in operationFixtures));
    expect(
      withoutRow.map((op) => op.operationId),
      'operations without a policy row',
    ).toEqual([]);
    expect(
      withoutFixture.map((op) => op.operationId),
      'operations without a fixture',
    ).toEqual([]);
    const stale = Object.keys(operationFixtures).filter(
      (id) => !operations.some((op) => op.operationId === id),
    );
    expect(stale, 'fixtures of operations that no longer exist').toEqual([]);
  });

  it('documents the security the policy table implies', async () => {
    const document = (await (await app.request('/api/openapi.json')).json()) as OpenApiDocument;
    for (const op of operationsOf(document)) {
      const described = (
        document.paths![op.path] as Record<
          string,
          { security?: unknown; responses: Record<string, unknown> }
        >
      )[op.method]!;
      expect(described.security, op.operationId).toBeDefined();
      // Every unsafe operation can be refused: by the table, or, public ones, as cross-site.
      if (!['get', 'head'].includes(op.method)) {
        expect(Object.keys(described.responses), op.operationId).toContain('403');
      }
    }
  });
});
