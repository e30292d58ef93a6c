import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { decide, type AccessObject, type Refusal } from '../../src/access/authorize.ts';
import { policyOf } from '../../src/access/policy.ts';
import type { UserPrincipal } from '../../src/access/principal.ts';
import { tenderStates } from '../../src/access/tender-states.ts';
import { sessionCookieName } from '../../src/accounts/session-cookie.ts';
import { createApp, type AppDeps } from '../../src/app.ts';
import { fixedClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config.ts';
import type { OpenApiDocument } from '../../src/http/openapi.ts';
import { createLogger } from '../../src/logger.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../harness/database.ts';
import {
  operationFixtures,
  type FixtureRequest,
  type ObjectCase,
  type OwnRows,
} from './fixtures/index.ts';
import { snapshotState } from './state-snapshot.ts';
import { createWorld, principalNames, type TestPrincipal, type World } from './world.ts';

interface Operation {
  operationId: string;
  method: string;
  path: string;
}

const statusOfRefusal: Record<Refusal, number> = {
  unauthenticated: 401,
  mfaRequired: 401,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
};

function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item ?? {})) {
      const operationId = (operation as { operationId?: string }).operationId;
      if (operationId !== undefined) operations.push({ operationId, method, path });
    }
  }
  return operations;
}

/** One cell of the matrix: a caller, an object case (or none) and a tender state (or none). */
interface Cell {
  operation: Operation;
  caller: TestPrincipal;
  objectCase?: ObjectCase;
  state?: (typeof tenderStates)[number];
}

/** A cell ready to send: the request, the credentials to send it with, the object it names. */
interface PreparedRequest {
  request: FixtureRequest;
  /** The caller's own headers, or a cookie of the session the fixture made for this cell. */
  headers: Record<string, string>;
  object?: AccessObject;
  own?: OwnRows;
}

describeDatabase('the policy matrix', (backend) => {
  let database: TestDatabase;
  let deps: AppDeps;
  let app: ReturnType<typeof createApp>;
  let world: World;
  let operations: Operation[];

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    const config = loadConfig({});
    const clock = fixedClock();
    deps = { db: database.db, clock, config, logger: createLogger('silent'), backend };
    app = createApp(deps);
    world = await createWorld(database.db, clock, config);
    const served = await app.request('/api/openapi.json');
    operations = operationsOf((await served.json()) as OpenApiDocument);
  });
  afterAll(() => database.close());

  it('knows every principal of the test plan', () => {
    expect(world.principals.map((caller) => caller.name)).toEqual([...principalNames]);
  });

  it('has a policy row and a fixture for every operation in /api/openapi.json', () => {
    expect(operations.length).toBeGreaterThan(0);
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
    for (const op of operations) {
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

  it('answers every operation for every principal, object and state as the table says', async () => {
    const mismatches: string[] = [];
    for (const operation of operations) {
      for (const cell of await cellsOf(operation)) {
        const { request, headers, object } = await prepare(cell);
        const expected = expectedStatus(cell, object);
        const response = await send(request, headers);
        const actual = response.status;
        const matches = expected === '2xx' ? actual >= 200 && actual < 300 : actual === expected;
        if (!matches) mismatches.push(`${describe(cell)}: expected ${expected}, got ${actual}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  // Own-account operations change the caller's own account by design (a login, a password, a
  // session); their fixtures act on throwaway users and sessions made for the cell, which the
  // snapshot leaves out (`own`). Everything else, the world's reviewer included, must not change.
  it("lets a reviewer's unsafe requests change nothing but audit entries and last-use times", async () => {
    const reviewer = world.byName('reviewer');
    const unsafe = operations.filter((op) => !['get', 'head', 'options'].includes(op.method));
    expect(unsafe.length).toBeGreaterThan(0);
    for (const operation of unsafe) {
      for (const cell of await cellsOf(operation)) {
        if (cell.caller !== reviewer) continue;
        // Objects are created before the snapshot: only the request itself is under test.
        const { request, headers, own } = await prepare(cell);
        const before = await snapshotState(database.db, own);
        const response = await send(request, headers);
        expect(response.status, describe(cell)).toBeLessThan(500);
        expect(await snapshotState(database.db, own), describe(cell)).toEqual(before);
      }
    }
  });

  async function cellsOf(operation: Operation): Promise<Cell[]> {
    const policy = policyOf(operation.operationId)!;
    const cells: Cell[] = [];
    for (const caller of world.principals) {
      if (policy.object === null) {
        cells.push({ operation, caller });
        continue;
      }
      cells.push({ operation, caller, objectCase: 'missing' });
      for (const objectCase of ['authorityA', 'authorityB'] as const) {
        for (const state of tenderStates) cells.push({ operation, caller, objectCase, state });
      }
    }
    return cells;
  }

  async function prepare(cell: Cell): Promise<PreparedRequest> {
    const fixture = operationFixtures[cell.operation.operationId]!;
    let objectId: string | undefined;
    let object: AccessObject | undefined;
    if (cell.objectCase !== undefined) {
      if (fixture.objects === undefined) {
        throw new Error(`The fixture of ${cell.operation.operationId} creates no objects`);
      }
      if (cell.objectCase === 'missing') objectId = randomUUID();
      else {
        const created = await fixture.objects.create({
          db: database.db,
          world,
          owner: cell.objectCase,
          state: cell.state!,
        });
        objectId = created.id;
        object = created.access;
      }
    }
    const prepared =
      (await fixture.prepare?.({
        db: database.db,
        world,
        principal: cell.caller,
        clock: deps.clock,
      })) ?? {};
    const request = fixture.request({
      principal: cell.caller,
      ...(objectId !== undefined && { objectId }),
      values: prepared.values ?? {},
    });
    let headers = cell.caller.headers;
    if (prepared.session !== undefined) {
      substitutable(cell, prepared.session.principal);
      headers = { cookie: `${sessionCookieName(deps.config)}=${prepared.session.token}` };
    }
    return {
      request: checked(cell.operation, request),
      headers,
      ...(object !== undefined && { object }),
      ...(prepared.own !== undefined && { own: prepared.own }),
    };
  }

  /**
   * A fixture's own session stands in for the caller only as the same kind of caller: a user of
   * the same role and organisation whom the table treats alike, so the expectation derived from
   * the caller still holds for what the server sees.
   */
  function substitutable(cell: Cell, substitute: UserPrincipal): void {
    const caller = cell.caller.principal;
    const { operationId } = cell.operation;
    if (
      caller.kind !== 'user' ||
      substitute.role !== caller.role ||
      substitute.organisationId !== caller.organisationId ||
      decide({ principal: substitute, operationId }).allowed !==
        decide({ principal: caller, operationId }).allowed
    ) {
      throw new Error(`The fixture of ${describe(cell)} sends a session of another kind of caller`);
    }
  }

  function expectedStatus(cell: Cell, object: AccessObject | undefined): '2xx' | number {
    const { operationId } = cell.operation;
    const principal = cell.caller.principal;
    // A missing object: the route-level check first, then the verb's "not found".
    const decision = decide({ principal, operationId, object });
    if (!decision.allowed) return statusOfRefusal[decision.refusal];
    return cell.objectCase === 'missing' ? 404 : '2xx';
  }

  function send(request: FixtureRequest, credentials: Record<string, string>) {
    return app.request(request.path, {
      method: request.method.toUpperCase(),
      headers: {
        ...credentials,
        // What a browser sends with a request from our own pages; cross-site requests are
        // test/http/csrf.test.ts's.
        'sec-fetch-site': 'same-origin',
        ...(request.body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(request.body !== undefined && { body: JSON.stringify(request.body) }),
    });
  }
});

/** The fixture must hit its own operation, or the matrix would test another one. */
function checked(operation: Operation, request: FixtureRequest): FixtureRequest {
  const template = new RegExp(
    `^${operation.path.replace(/\{[^}]+\}/g, '[^/]+').replace(/\/$/, '')}/?$`,
  );
  if (request.method !== operation.method || !template.test(request.path)) {
    throw new Error(
      `The fixture of ${operation.operationId} builds ${request.method} ${request.path}, ` +
        `not ${operation.method} ${operation.path}`,
    );
  }
  return request;
}

function describe(cell: Cell): string {
  const object =
    cell.objectCase === undefined ? '' : ` on ${cell.objectCase} (${cell.state ?? '-'})`;
  return `${cell.operation.operationId} as ${cell.caller.name}${object}`;
}
