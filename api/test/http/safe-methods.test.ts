import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { policyOf } from '../../src/access/policy.ts';
import { tenderStates } from '../../src/access/tender-states.ts';
import { createApp, type AppDeps } from '../../src/app.ts';
import { fixedClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config.ts';
import type { OpenApiDocument } from '../../src/http/openapi.ts';
import { createLogger } from '../../src/logger.ts';
import { operationFixtures } from '../access/fixtures/index.ts';
import { snapshotState } from '../access/state-snapshot.ts';
import { createWorld, type World } from '../access/world.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../harness/database.ts';

// The cross-site request check exempts safe methods, so no GET or HEAD may change anything:
// otherwise a link or an <img> on another site could, with the user's cookie.

/** Routes the app serves by GET besides its operations: the OpenAPI document and the reference. */
const documentationRoutes = [
  '/api/openapi.json',
  '/api/docs',
  '/api/docs/init.js',
  '/api/docs/assets/scalar-api-reference-*.js',
];

describeDatabase('safe methods change nothing', (backend) => {
  let database: TestDatabase;
  let deps: AppDeps;
  let app: ReturnType<typeof createApp>;
  let world: World;
  let document: OpenApiDocument;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    const config = loadConfig({});
    const clock = fixedClock();
    deps = { db: database.db, clock, config, logger: createLogger('silent'), backend };
    app = createApp(deps);
    world = await createWorld(database.db, clock, config);
    document = (await (await app.request('/api/openapi.json')).json()) as OpenApiDocument;
  });
  afterAll(() => database.close());

  const getOperations = () =>
    Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
      Object.entries(item ?? {})
        .filter(([method]) => method === 'get' || method === 'head')
        .map(([method, operation]) => ({
          path,
          method,
          operationId: (operation as { operationId: string }).operationId,
        })),
    );

  it('serves by GET only documented operations and the documentation', () => {
    const documented = new Set(getOperations().map((op) => op.path.replace(/\{([^}]+)\}/g, ':$1')));
    const served = app.routes
      .filter((route) => route.method === 'GET' || route.method === 'HEAD')
      .map((route) => route.path);
    const unexpected = served.filter(
      (path) =>
        !documented.has(path) &&
        !documentationRoutes.some((pattern) =>
          new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace('*', '[^/]+')}$`).test(path),
        ),
    );
    expect(unexpected).toEqual([]);
    // The comparison sees what it should: every documented GET and the documentation are served.
    expect(served).toEqual(
      expect.arrayContaining([...documented, '/api/openapi.json', '/api/docs']),
    );
  });

  it('declares no GET operation with a verb that changes something', () => {
    const mutating =
      /^(create|update|delete|remove|revoke|disable|enable|end|change|reset|accept|issue|login|logout|confirm|complete|start|set|add|publish|submit|open|award)/i;
    const named = getOperations().filter((op) => mutating.test(op.operationId));
    expect(named.map((op) => op.operationId)).toEqual([]);
  });

  it('changes no table, for any caller, object or state, when every GET operation runs', async () => {
    const operations = getOperations();
    expect(operations.length).toBeGreaterThan(0);
    const changed: string[] = [];
    for (const operation of operations) {
      const fixture = operationFixtures[operation.operationId];
      expect(fixture, `fixture of ${operation.operationId}`).toBeDefined();
      const policy = policyOf(operation.operationId)!;
      for (const caller of world.principals) {
        const objectCases: (
          | { owner: 'authorityA' | 'authorityB'; state: (typeof tenderStates)[number] }
          | 'missing'
          | undefined
        )[] =
          policy.object === null
            ? [undefined]
            : [
                'missing',
                ...(['authorityA', 'authorityB'] as const).flatMap((owner) =>
                  tenderStates.map((state) => ({ owner, state })),
                ),
              ];
        for (const objectCase of objectCases) {
          let objectId: string | undefined;
          if (objectCase === 'missing') objectId = randomUUID();
          else if (objectCase !== undefined) {
            objectId = (await fixture!.objects!.create({ db: database.db, world, ...objectCase }))
              .id;
          }
          const prepared =
            (await fixture!.prepare?.({
              db: database.db,
              world,
              principal: caller,
              clock: deps.clock,
            })) ?? {};
          const request = fixture!.request({
            principal: caller,
            ...(objectId !== undefined && { objectId }),
            values: prepared.values ?? {},
          });
          // Objects and sessions are made before the snapshot: only the request is under test.
          const before = await snapshotState(database.db);
          const response = await app.request(request.path, {
            method: operation.method.toUpperCase(),
            headers: caller.headers,
          });
          expect(response.status, `${operation.operationId} as ${caller.name}`).toBeLessThan(500);
          if (JSON.stringify(await snapshotState(database.db)) !== JSON.stringify(before)) {
            changed.push(
              `${operation.operationId} as ${caller.name} (${JSON.stringify(objectCase)})`,
            );
          }
        }
      }
    }
    expect(changed).toEqual([]);
    // Hundreds of requests with two snapshots each; a busy machine needs the time.
  }, 300_000);
});
