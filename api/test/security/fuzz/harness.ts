import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildOpenApiDocument, createApp, type AppDeps } from '../../../src/app.ts';
import { fixedClock } from '../../../src/clock.ts';
import { loadConfig } from '../../../src/config.ts';
import type { DB } from '../../../src/db/types.ts';
import { tenderStates } from '../../../src/domain/tenders/tender-lifecycle.ts';
import { sessionCookieName } from '../../../src/http/session-cookie.ts';
import { createLogger } from '../../../src/logger.ts';
import { decide } from '../../../src/security/access/authorize.ts';
import { policyOf } from '../../../src/security/access/policy.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { testPasswordHashing } from '../../harness/passwords.ts';
import { withRollbackOf } from '../../harness/rollback.ts';
import {
  operationFixtures,
  prepareSharedData,
  type OperationFixture,
} from '../access/fixtures/index.ts';
import { createWorld, type TestPrincipal, type World } from '../access/world.ts';
import { Dice, caseSeed } from './dice.ts';
import { mutate } from './mutations.ts';
import { fuzzOperationsOf, selectOperations, type FuzzOperation } from './operations.ts';
import { invalidityOf } from './oracle.ts';
import {
  bytesOf,
  isJsonMedia,
  partsOfFixture,
  urlOf,
  type FuzzRequest,
  type RequestParts,
} from './requests.ts';
import { answerProblems, prototypeSnapshot, type Answer } from './response-checks.ts';
import { SchemaValues } from './schema-values.ts';
import { FuzzTally, type Outcome } from './tally.ts';
import { fuzzSettingsFromEnvironment, type FuzzSettings } from './settings.ts';
import { DocumentValidator } from './validator.ts';

/** The kinds of caller requests come from (TESTPLAN S11): the world's principals by name. */
const callerNames = ['anonymous', 'officer 1', 'admin', 'vendor A', 'vendor A (API key)'];

/** Share of requests sent unchanged (valid by the fixture or the schema); the rest are mutated. */
const validShare = 0.3;

/** What one operation's cases share: objects that exist, and values to fill its path with. */
interface OperationContext {
  fixture: OperationFixture | undefined;
  /** The made object's id and values (an option of a review, a version), for the fixture. */
  object?: { id: string; values: Readonly<Record<string, string>> };
  /** Path values of ids that exist: the fixture's object, and what a create operation answered. */
  pathValues: Record<string, string[]>;
}

/**
 * The OpenAPI-driven fuzz test (TESTPLAN S11, with S10, S12 and S14 riding along): every
 * operation of the document, found anew on every run, gets valid and mutated requests from
 * several kinds of caller, and every answer is checked against the document. Operations are
 * taken from `buildOpenApiDocument()`, so an operation added later is fuzzed without touching
 * this test; `FUZZ_TAGS` limits a run to some tags. Each operation's cases share one rollback
 * scope (its objects), and each case is undone after it, so cases do not see each other's writes
 * and nothing outlives the file.
 */
export function describeFuzz(settings: FuzzSettings = fuzzSettingsFromEnvironment()): void {
  const document = buildOpenApiDocument();
  const all = fuzzOperationsOf(document);
  const operations = selectOperations(all, settings.tags, settings.operationIds);

  describeDatabase('OpenAPI-driven fuzzing', (backend) => {
    let database: TestDatabase;
    let deps: AppDeps;
    let app: ReturnType<typeof createApp>;
    let world: World;
    let dataDir: string;
    // PostgreSQL gets a quarter: each statement in a rollback scope costs it a round trip, and
    // what differs between the backends (their errors for odd input) shows with fewer requests.
    const requests = backend === 'pglite' ? settings.requests : Math.ceil(settings.requests / 4);
    const validator = new DocumentValidator(document);
    const values = new SchemaValues(document);

    beforeAll(async () => {
      database = await openTestDatabase(backend);
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'tenderwise-fuzz-'));
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
      // Heavy analyses stay on this thread: starting workers for large bodies would cost more
      // than the requests themselves, and the workers' own limits are tested elsewhere.
      app = createApp(deps, { offThreadBodyBytes: Number.MAX_SAFE_INTEGER });
      world = await createWorld(database.db, clock, config);
      await prepareSharedData(database.db, clock);
    });
    afterAll(async () => {
      await database?.close();
      if (dataDir !== undefined) await rm(dataDir, { recursive: true, force: true });
    });

    it(
      `answers ${requests} generated requests over ${operations.length} operations within the document (seed ${settings.seed})`,
      async () => {
        expect(operations.length, 'operations to fuzz').toBeGreaterThan(0);
        const prototypes = prototypeSnapshot();
        const perOperation = Math.max(1, Math.ceil(requests / operations.length));
        const tally = new FuzzTally(settings);

        await withRollbackOf(deps, async (scope) => {
          for (const operation of operations) {
            const started = performance.now();
            await scope.undone(async () => {
              const context = await contextOf(operation, scope.db, (outcome) =>
                tally.record(operation, 'setup', outcome),
              );
              for (let index = 0; index < perOperation; index += 1) {
                if (settings.caseIndex !== undefined && index !== settings.caseIndex) continue;
                const dice = new Dice(caseSeed(settings.seed, operation.operationId, index));
                await scope.undone(async () => {
                  tally.record(operation, index, await runCase(operation, context, scope.db, dice));
                });
              }
            });
            tally.timed(operation, performance.now() - started);
          }
        });

        process.stdout.write(tally.summary(`[${backend}]`, operations));
        const { failures } = tally;
        expect(failures.slice(0, 25), `${failures.length} failing requests`).toEqual([]);
        expect(prototypeSnapshot(), 'Object.prototype and friends after the run').toBe(prototypes);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      },
      // Against a hang only: on a shared machine with a load of 18 on two cores, 1,600 requests
      // took 128 s (13 s of CPU).
      120_000 + requests * 120,
    );

    /**
     * Makes what the operation's cases share, in the operation's scope: the fixture's object (in
     * a state chosen by the seed) and, for an operation below a collection that a create
     * operation fills, one object created through the API (a stateful sequence: create, then
     * read, change or delete it).
     */
    async function contextOf(
      operation: FuzzOperation,
      db: Kysely<DB>,
      onSetupRequest: (outcome: Outcome) => void,
    ): Promise<OperationContext> {
      const fixture = operationFixtures[operation.operationId];
      const dice = new Dice(caseSeed(settings.seed, operation.operationId, -1));
      const context: OperationContext = { fixture, pathValues: {} };
      const policy = policyOf(operation.operationId);
      if (fixture?.objects !== undefined && policy?.object !== null) {
        const created = await fixture.objects.create({
          db,
          world,
          owner: 'authorityA',
          state: dice.pick(fixture.objects.states ?? tenderStates),
        });
        context.object = { id: created.id, values: created.values ?? {} };
        const request = fixture.request({
          principal: world.byName('officer 1'),
          objectId: created.id,
          values: created.values ?? {},
        });
        addPathValues(context, partsOfFixture(operation, request).path);
      }
      const producer = producerOf(operation);
      const producerFixture = producer && operationFixtures[producer.operationId];
      if (producer !== undefined && producerFixture !== undefined) {
        const name = operation.path.slice(producer.path.length).match(/^\/\{([^}]+)\}/)?.[1];
        for (const callerName of callerNames.slice(1)) {
          const caller = world.byName(callerName);
          if (!decide({ principal: caller.principal, operationId: producer.operationId }).allowed) {
            continue;
          }
          const prepared = await fixturePrepared(producerFixture, db, caller);
          const parts = partsOfFixture(
            producer,
            producerFixture.request({ principal: caller, values: prepared.values }),
          );
          const outcome = await send(
            producer,
            parts,
            callerName,
            prepared.credentials ?? caller.headers,
            'create for a sequence',
          );
          onSetupRequest(outcome);
          const id = idOf(outcome.answer);
          if (name !== undefined && id !== undefined) {
            addPathValues(context, { [name]: id });
            break;
          }
        }
      }
      return context;
    }

    async function fixturePrepared(
      fixture: OperationFixture,
      db: Kysely<DB>,
      caller: TestPrincipal,
    ): Promise<{ values: Record<string, string>; credentials?: Record<string, string> }> {
      const prepared =
        (await fixture.prepare?.({ db, world, principal: caller, clock: deps.clock })) ?? {};
      return {
        values: { ...prepared.values },
        ...(prepared.session !== undefined && {
          credentials: { cookie: `${sessionCookieName(deps.config)}=${prepared.session.token}` },
        }),
      };
    }

    async function runCase(
      operation: FuzzOperation,
      context: OperationContext,
      db: Kysely<DB>,
      dice: Dice,
    ): Promise<Outcome> {
      const callerName = chooseCaller(operation, dice);
      const caller = world.byName(callerName);
      const { fixture } = context;
      let parts: RequestParts;
      let credentials = caller.headers;
      let label: string;
      if (fixture !== undefined && dice.chance(0.6)) {
        const prepared = await fixturePrepared(fixture, db, caller);
        credentials = prepared.credentials ?? credentials;
        const request = fixture.request({
          principal: caller,
          ...(context.object !== undefined && { objectId: context.object.id }),
          values: { ...context.object?.values, ...prepared.values },
        });
        parts = partsOfFixture(operation, request);
        label = 'fixture';
      } else {
        parts = generatedParts(operation, context, dice);
        label = 'generated';
      }
      let forcedInvalid: string | undefined;
      if (!dice.chance(validShare)) {
        const mutated = mutate(parts, operation, dice);
        if (mutated !== undefined) {
          parts = mutated.parts;
          label = `${label}, ${mutated.label}`;
          forcedInvalid = mutated.invalid;
          // An API key is exempt from the cross-site check: no browser adds it to another site's
          // request (http/csrf.ts).
          if (mutated.label === 'cross-site' && 'authorization' in credentials) {
            forcedInvalid = undefined;
          }
        }
      }
      return send(
        operation,
        parts,
        callerName,
        parts.credentials ?? credentials,
        label,
        forcedInvalid,
      );
    }

    function generatedParts(
      operation: FuzzOperation,
      context: OperationContext,
      dice: Dice,
    ): RequestParts {
      const parts: RequestParts = { path: {}, query: [], headers: {} };
      for (const parameter of operation.parameters) {
        if (parameter.in === 'path') {
          const known = context.pathValues[parameter.name] ?? [];
          parts.path[parameter.name] =
            known.length > 0 && dice.chance(0.7)
              ? dice.pick(known)
              : String(dice.sample(values.arbitrary(parameter.schema)));
        } else if (parameter.in === 'query' && (parameter.required || dice.chance(0.5))) {
          parts.query.push([
            parameter.name,
            String(dice.sample(values.arbitrary(parameter.schema))),
          ]);
        }
      }
      const media = operation.body === undefined ? undefined : dice.pick(operation.body.media);
      if (media !== undefined && isJsonMedia(media.mediaType)) {
        parts.body = {
          kind: 'json',
          mediaType: media.mediaType,
          value: dice.sample(values.arbitrary(media.schema)),
        };
      } else if (media !== undefined) {
        parts.body = {
          kind: 'raw',
          mediaType: media.mediaType,
          bytes:
            media.mediaType === 'text/csv' ? 'Name;Vendor\r\nOption;Vendor\r\n' : new Uint8Array(8),
        };
      }
      return parts;
    }

    /** Mostly a caller the operation's policy row admits, so requests get past the guard. */
    function chooseCaller(operation: FuzzOperation, dice: Dice): string {
      const admitted = callerNames.filter(
        (name) =>
          decide({ principal: world.byName(name).principal, operationId: operation.operationId })
            .allowed,
      );
      return admitted.length > 0 && dice.chance(0.75)
        ? dice.pick(admitted)
        : dice.pick(callerNames);
    }

    async function send(
      operation: FuzzOperation,
      parts: RequestParts,
      caller: string,
      credentials: Record<string, string>,
      label: string,
      forcedInvalid?: string,
    ): Promise<Outcome> {
      const request: FuzzRequest = {
        method: operation.method.toUpperCase(),
        url: urlOf(operation, parts),
        headers: {
          // What a browser sends with a request from our own pages; a mutation may say otherwise.
          'sec-fetch-site': 'same-origin',
          ...credentials,
          ...parts.headers,
          ...(parts.body?.mediaType !== undefined && { 'content-type': parts.body.mediaType }),
        },
        ...(parts.body !== undefined && { body: bytesOf(parts.body) }),
        ...(parts.body?.kind === 'raw' && parts.body.chunked === true && { chunked: true }),
        label,
      };
      const invalid = forcedInvalid ?? invalidityOf(operation, parts, validator, values);
      if (invalid !== undefined) request.invalid = invalid;
      const response = await app.request(request.url, {
        method: request.method,
        headers: request.headers,
        ...(request.body !== undefined && {
          body: request.chunked ? new Blob([request.body]).stream() : request.body,
          // Required by fetch for a stream body.
          ...(request.chunked && { duplex: 'half' }),
        }),
      });
      const answer: Answer = {
        status: response.status,
        contentType: response.headers.get('content-type'),
        text: await response.text(),
      };
      return {
        request,
        caller,
        answer,
        problems: answerProblems(operation, answer, invalid, validator),
      };
    }

    /** The create operation whose collection this operation's path continues, if any. */
    function producerOf(operation: FuzzOperation): FuzzOperation | undefined {
      const cut = operation.path.indexOf('/{');
      if (cut < 0) return undefined;
      const collection = operation.path.slice(0, cut);
      return all.find(
        (candidate) =>
          candidate.method === 'post' &&
          candidate.path === collection &&
          candidate.responses.has(201),
      );
    }
  });
}

function addPathValues(context: OperationContext, path: Record<string, string>): void {
  for (const [name, value] of Object.entries(path)) {
    (context.pathValues[name] ??= []).push(value);
  }
}

/** The `id` a create operation answered with, if any. */
function idOf(answer: Answer): string | undefined {
  if (answer.status !== 201) return undefined;
  try {
    const body = JSON.parse(answer.text) as { id?: unknown };
    return typeof body.id === 'string' ? body.id : undefined;
  } catch {
    return undefined;
  }
}
