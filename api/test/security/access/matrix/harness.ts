import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  decide,
  type AccessObject,
  type Refusal,
} from '../../../../src/security/access/authorize.ts';
import { policyOf, type ObjectState } from '../../../../src/security/access/policy.ts';
import type { UserPrincipal } from '../../../../src/security/access/principal.ts';
import { tenderStates, type TenderState } from '../../../../src/domain/tenders/tender-lifecycle.ts';
import type { OptionsReviewStatus } from '../../../../src/domain/options-reviews/review-lifecycle.ts';
import { sessionCookieName } from '../../../../src/http/session-cookie.ts';
import { createApp, type AppDeps } from '../../../../src/app.ts';
import { fixedClock } from '../../../../src/clock.ts';
import { loadConfig } from '../../../../src/config.ts';
import type { DB } from '../../../../src/db/types.ts';
import { createLogger } from '../../../../src/logger.ts';
import {
  describeDatabase,
  openTestDatabase,
  type TestDatabase,
} from '../../../harness/database.ts';
import { testPasswordHashing } from '../../../harness/passwords.ts';
import { withRollbackOf, type RollbackScope } from '../../../harness/rollback.ts';
import {
  operationFixtures,
  prepareSharedData,
  type FixtureRequest,
  type ObjectCase,
  type OwnRows,
} from '../fixtures/index.ts';
import { stateChangedBy } from '../state-snapshot.ts';
import { createWorld, principalNames, type TestPrincipal, type World } from '../world.ts';
import {
  areaOf,
  documentedOperations,
  safeMethods,
  type MatrixArea,
  type Operation,
} from './operations.ts';

const statusOfRefusal: Record<Refusal, number> = {
  unauthenticated: 401,
  mfaRequired: 401,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
};

/**
 * One cell of the matrix: a caller, an object case (or none) and the object's state: its tender's
 * or its options review's (none for operations without an object, and for objects that belong to
 * neither: an organisation, a user or an API key has no such state, so the states would only
 * repeat the same request).
 */
interface Cell {
  operation: Operation;
  caller: TestPrincipal;
  objectCase?: ObjectCase;
  state?: ObjectState;
}

/** A cell ready to send: the request and the credentials to send it with. */
interface PreparedRequest {
  request: FixtureRequest;
  /** The caller's own headers, or a cookie of the session the fixture made for this cell. */
  headers: Record<string, string>;
  own?: OwnRows;
}

/** The object a cell names: none, a missing one (an id only) or one the fixture made. */
interface CellObject {
  id?: string;
  access?: AccessObject;
  /** The fixture's values of the object; empty without one. */
  values: Readonly<Record<string, string>>;
}

/**
 * The cells in groups that share their object's setting (owner and state, or a missing object,
 * or none), in the order they came: one object serves every caller of its group.
 */
function groupedBySetting(cells: readonly Cell[]): Cell[][] {
  const groups = new Map<string, Cell[]>();
  for (const cell of cells) {
    const key = `${cell.objectCase ?? '-'} ${cell.state ?? '-'}`;
    const group = groups.get(key);
    if (group) group.push(cell);
    else groups.set(key, [cell]);
  }
  return [...groups.values()];
}

/**
 * The policy matrix (TESTPLAN S1) and the reviewer's "changes nothing" (S2) for the operations
 * of one area, on each backend. Every cell runs in a rollback scope (`withRollback`): objects,
 * sessions and the request's effects vanish afterwards, so every cell starts from the same world
 * and no table needs to be snapshotted to isolate cells. The cells of one object setting (owner
 * and state) share one scope: the object is made once, and each caller's cell is undone on it
 * (`undone`), which spares making the same object again for every caller. The expected status comes from the pure
 * `decide()` on the object the fixture made. Also checks, for every GET operation of the area and
 * every caller, object and state, that the request changes no table: the cross-site check
 * exempts safe methods, so a link or an <img> on another site must not be able to change anything.
 */
export function describeMatrix(area: MatrixArea): void {
  const operations = documentedOperations().filter((operation) => areaOf(operation) === area);

  describeDatabase(`the policy matrix: ${area}`, (backend) => {
    let database: TestDatabase;
    let deps: AppDeps;
    let app: ReturnType<typeof createApp>;
    let world: World;
    const statesOf = new Map<string, readonly (ObjectState | undefined)[]>();

    let dataDir: string;

    beforeAll(async () => {
      database = await openTestDatabase(backend);
      // Some operations write files for the operator there (the demo's credentials).
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'tenderwise-matrix-'));
      const config = loadConfig({ DATA_DIR: dataDir });
      const clock = fixedClock();
      deps = {
        db: database.db,
        clock,
        config,
        logger: createLogger('silent'),
        backend,
        passwordHashing: testPasswordHashing,
      };
      app = createApp(deps);
      world = await createWorld(database.db, clock, config);
      await prepareSharedData(database.db, clock);
    });
    afterAll(async () => {
      await database.close();
      await rm(dataDir, { recursive: true, force: true });
    });

    it('knows every principal of the test plan and has operations in this area', () => {
      expect(world.principals.map((caller) => caller.name)).toEqual([...principalNames]);
      expect(operations.length).toBeGreaterThan(0);
    });

    for (const operation of operations) {
      const unsafe = !safeMethods.includes(operation.method);
      const reads = operation.method === 'get' || operation.method === 'head';
      // Two checks ride along in the same cells, so each cell is prepared and rolled back once:
      // a GET must change no table for any caller, object or state (the cross-site check exempts
      // safe methods, so a link or an <img> on another site must not be able to change anything),
      // and the world's reviewer must change nothing with an unsafe operation but audit entries
      // and last-use times. Own-account operations change the caller's own account by design (a
      // login, a password, a session); their fixtures act on throwaway users and sessions made for
      // the cell, which the comparison leaves out (`own`).
      const title = reads
        ? `answers ${operation.operationId} for every principal, object and state as the table says, changing no table`
        : `answers ${operation.operationId} for every principal, object and state as the table says; a reviewer's call changes nothing but audit entries and last-use times`;

      it(title, async () => {
        const mismatches: string[] = [];
        const changes: string[] = [];
        const reviewer = world.byName('reviewer');
        for (const group of groupedBySetting(await cellsOf(operation))) {
          await inCell(async (db, scope) => {
            // The object is made once per owner and state; every caller's cell then runs on it
            // and is undone, so each cell still meets the object as made.
            const object = await objectOf(group[0]!, db);
            for (const cell of group) {
              const watched = reads || (unsafe && cell.caller === reviewer);
              await scope.undone(async () => {
                // Objects are created before any comparison: only the request itself is under test.
                const { request, headers, own } = await prepare(cell, db, object);
                const expected = expectedStatus(cell, object.access);
                let actual: number;
                if (watched) {
                  const { result, changed } = await stateChangedBy(
                    scope,
                    async () => send(request, headers),
                    reads ? {} : own,
                  );
                  actual = result.status;
                  if (actual >= 500 || changed.length > 0) {
                    changes.push(
                      `${describe(cell)}: ${actual}, changed ${changed.join(', ') || '-'}`,
                    );
                  }
                } else {
                  actual = (await send(request, headers)).status;
                }
                const matches =
                  expected === '2xx' ? actual >= 200 && actual < 300 : actual === expected;
                if (!matches) {
                  mismatches.push(`${describe(cell)}: expected ${expected}, got ${actual}`);
                }
              });
            }
          });
        }
        expect(mismatches).toEqual([]);
        expect(changes).toEqual([]);
      });
    }

    /** Runs one cell against the app in a rollback scope; the app uses the scope's database. */
    function inCell<T>(work: (db: Kysely<DB>, scope: RollbackScope) => Promise<T>): Promise<T> {
      return withRollbackOf(deps, (scope) => work(scope.db, scope));
    }

    async function cellsOf(operation: Operation): Promise<Cell[]> {
      const policy = policyOf(operation.operationId)!;
      const states = await objectStatesOf(operation);
      const foreignStates = policy.object === null ? [] : await foreignStatesOf(operation, states);
      const cells: Cell[] = [];
      for (const caller of world.principals) {
        if (policy.object === null) {
          cells.push({ operation, caller });
          continue;
        }
        cells.push({ operation, caller, objectCase: 'missing' });
        for (const objectCase of ['authorityA', 'authorityB'] as const) {
          for (const state of objectCase === 'authorityA' ? states : foreignStates) {
            cells.push({ operation, caller, objectCase, ...(state !== undefined && { state }) });
          }
        }
      }
      return cells;
    }

    /**
     * The states authority B's object is tried in. Authority A's object is tried in every state,
     * so each state's verb runs for the callers who may use it. Authority B's object is foreign to
     * all callers but B's own officer; the table's answers for it depend on the state only through
     * grants limited to states. So B's object is tried in one state of each group of states in
     * which the pure `decide()` answers every caller alike: every distinct answer of the table is
     * still sent and checked, without repeating the same refusals in states that cannot differ.
     */
    async function foreignStatesOf(
      operation: Operation,
      states: readonly (ObjectState | undefined)[],
    ): Promise<readonly (ObjectState | undefined)[]> {
      if (states.length < 2) return states;
      const fixture = operationFixtures[operation.operationId]!;
      const probe = await inCell((db) =>
        fixture.objects!.create({ db, world, owner: 'authorityB', state: states[0]! }),
      );
      const seen = new Set<string>();
      return states.filter((state) => {
        const object: AccessObject = {
          ...probe.access,
          ...(probe.access.tenderState !== undefined && { tenderState: state as TenderState }),
          ...(probe.access.reviewStatus !== undefined && {
            reviewStatus: state as OptionsReviewStatus,
          }),
        };
        const answers = world.principals
          .map(({ principal }) => {
            const decision = decide({ principal, operationId: operation.operationId, object });
            return decision.allowed ? 'allowed' : decision.refusal;
          })
          .join();
        if (seen.has(answers)) return false;
        seen.add(answers);
        return true;
      });
    }

    /**
     * The states an operation's objects can be in: those the fixture names (an options review's
     * statuses), all tender states when the fixture's objects belong to a tender (and the fixture
     * must then make them in the state asked for), none when they carry no state.
     */
    async function objectStatesOf(
      operation: Operation,
    ): Promise<readonly (ObjectState | undefined)[]> {
      const { operationId } = operation;
      const known = statesOf.get(operationId);
      if (known !== undefined) return known;
      const fixture = operationFixtures[operationId]!;
      let states: readonly (ObjectState | undefined)[] = [undefined];
      if (policyOf(operationId)!.object !== null && fixture.objects?.states !== undefined) {
        states = fixture.objects.states;
      } else if (policyOf(operationId)!.object !== null) {
        if (fixture.objects === undefined) {
          throw new Error(`The fixture of ${operationId} creates no objects`);
        }
        const probe = tenderStates.at(-1)!;
        const created = await inCell((db) =>
          fixture.objects!.create({ db, world, owner: 'authorityA', state: probe }),
        );
        if (created.access.tenderState !== undefined) {
          if (created.access.tenderState !== probe) {
            throw new Error(`The fixture of ${operationId} ignores the tender state asked for`);
          }
          states = tenderStates;
        }
      }
      statesOf.set(operationId, states);
      return states;
    }

    /** The object a cell names: made for an owner and state, a random id when missing. */
    async function objectOf(cell: Cell, db: Kysely<DB>): Promise<CellObject> {
      const fixture = operationFixtures[cell.operation.operationId]!;
      if (cell.objectCase === undefined) return { values: {} };
      if (cell.objectCase === 'missing') return { id: randomUUID(), values: {} };
      const created = await fixture.objects!.create({
        db,
        world,
        owner: cell.objectCase,
        state: cell.state ?? fixture.objects!.states?.[0] ?? tenderStates[0],
      });
      return { id: created.id, access: created.access, values: created.values ?? {} };
    }

    async function prepare(
      cell: Cell,
      db: Kysely<DB>,
      { id: objectId, values: objectValues }: CellObject,
    ): Promise<PreparedRequest> {
      const fixture = operationFixtures[cell.operation.operationId]!;
      const prepared =
        (await fixture.prepare?.({ db, world, principal: cell.caller, clock: deps.clock })) ?? {};
      const request = fixture.request({
        principal: cell.caller,
        ...(objectId !== undefined && { objectId }),
        values: { ...objectValues, ...prepared.values },
      });
      let headers = cell.caller.headers;
      if (prepared.session !== undefined) {
        substitutable(cell, prepared.session.principal);
        headers = { cookie: `${sessionCookieName(deps.config)}=${prepared.session.token}` };
      }
      return {
        request: checked(cell.operation, request),
        headers,
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
        throw new Error(
          `The fixture of ${describe(cell)} sends a session of another kind of caller`,
        );
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
          ...(request.file !== undefined && { 'content-type': request.file.mediaType }),
        },
        ...(request.body !== undefined && { body: JSON.stringify(request.body) }),
        ...(request.file !== undefined && { body: request.file.bytes }),
        ...(request.form !== undefined && { body: formDataOf(request.form) }),
      });
    }
  });
}

/**
 * The fixture must hit its own operation, or the matrix would test another one. A query string
 * (an operation's required parameters) is not part of the path.
 */
function checked(operation: Operation, request: FixtureRequest): FixtureRequest {
  const template = new RegExp(
    `^${operation.path.replace(/\{[^}]+\}/g, '[^/?]+').replace(/\/$/, '')}/?$`,
  );
  // The query string is no part of the template (an upload names its title there).
  const path = request.path.split('?')[0]!;
  if (request.method !== operation.method || !template.test(path)) {
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

/** A fixture's multipart form; fetch sets its content type with the boundary. */
function formDataOf(form: NonNullable<FixtureRequest['form']>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(form)) {
    if (typeof value === 'string') data.append(name, value);
    else data.append(name, new File([value.bytes], value.name, { type: value.mediaType }));
  }
  return data;
}
