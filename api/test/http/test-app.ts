import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
} from 'kysely';
import { z } from 'zod';
import { createApp, type AppDeps, type HttpOptions } from '../../src/app.ts';
import { fixedClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config.ts';
import type { PolicyTable } from '../../src/security/access/policy.ts';
import type { DB } from '../../src/db/types.ts';
import { createRouter, defineRoute } from '../../src/http/route.ts';
import { createLogger } from '../../src/logger.ts';
import { NotFoundError, UnavailableError, ValidationError } from '../../src/domain/errors.ts';
import { testOpeningKeyCost, testPasswordHashing } from '../harness/passwords.ts';

/** Collects the logger's output as the raw lines it would write to stdout. */
export function captureLogs() {
  const lines: string[] = [];
  const logger = createLogger('info', {
    write(line: string) {
      lines.push(line);
    },
  });
  return {
    logger,
    /** Everything written, exactly as written (one string per write). */
    raw: () => lines.join(''),
    events: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

class RefusingDriver extends DummyDriver {
  override async acquireConnection(): Promise<DatabaseConnection> {
    throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
  }
}

/** A database every query to which fails as if the server were down. */
export function unreachableDatabase(): Kysely<DB> {
  return new Kysely<DB>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new RefusingDriver(),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
}

export function testDeps(overrides: Partial<AppDeps> = {}): AppDeps {
  return {
    db: unreachableDatabase(),
    clock: fixedClock(),
    config: loadConfig({}),
    logger: createLogger('silent'),
    passwordHashing: testPasswordHashing,
    openingKeyCost: testOpeningKeyCost,
    ...overrides,
  };
}

const Item = z.strictObject({ name: z.string().min(1), quantity: z.int().positive() });
const EchoBody = z.strictObject({ title: z.string(), items: z.array(Item).max(10).optional() });
const Thing = z.object({ id: z.string() });

const publicTestOperation = {
  object: null,
  beforeMfa: false,
  grants: [{ to: 'anonymous', relation: 'public' }],
} as const;

/** Policy rows of the test-only routes, which the one table rightly does not know. */
export const testPolicies: PolicyTable = {
  testEcho: publicTestOperation,
  testCrash: publicTestOperation,
  testGetThing: publicTestOperation,
  testUpload: publicTestOperation,
  testForm: publicTestOperation,
};

/** The body limit of the test-only upload route, above the default the body limit tests set. */
export const testUploadLimit = 4096;

/**
 * Routes that exist only in tests, built with the production factory so they get exactly the
 * validation, error mapping and response checks real routes get.
 */
export function testRouter() {
  const router = createRouter({ policies: testPolicies });
  router.openapi(
    defineRoute({
      method: 'post',
      path: '/echo',
      operationId: 'testEcho',
      tags: ['system'],
      summary: 'Echo the body',
      request: {
        query: z.strictObject({ dryRun: z.enum(['true', 'false']).optional() }),
        body: { content: { 'application/json': { schema: EchoBody } } },
      },
      responses: {
        200: { description: 'The body', content: { 'application/json': { schema: EchoBody } } },
      },
    }),
    (c) => c.json(c.req.valid('json'), 200),
  );
  router.openapi(
    defineRoute({
      method: 'post',
      path: '/upload',
      operationId: 'testUpload',
      tags: ['system'],
      summary: 'Echo a body that may be larger than the default limit',
      maxBodyBytes: testUploadLimit,
      request: { body: { content: { 'application/json': { schema: EchoBody } } } },
      responses: {
        200: { description: 'The body', content: { 'application/json': { schema: EchoBody } } },
      },
    }),
    (c) => c.json(c.req.valid('json'), 200),
  );
  router.openapi(
    defineRoute({
      method: 'post',
      path: '/form',
      operationId: 'testForm',
      tags: ['system'],
      summary: 'Echo a form',
      request: {
        body: {
          content: {
            'application/x-www-form-urlencoded': {
              schema: z.strictObject({ title: z.string(), tags: z.array(z.string()).optional() }),
            },
          },
        },
      },
      responses: { 204: { description: 'Accepted' } },
    }),
    (c) => c.body(null, 204),
  );
  router.openapi(
    defineRoute({
      method: 'get',
      path: '/crash',
      operationId: 'testCrash',
      tags: ['system'],
      summary: 'Fail unexpectedly',
      responses: {
        200: { description: 'Never', content: { 'application/json': { schema: Thing } } },
      },
    }),
    () => {
      const error = new Error('relation "bid_secrets" does not exist: select * from bid_secrets');
      error.stack = `${error.message}\n    at probe (/work/main/api/src/secret.ts:12:3)`;
      throw error;
    },
  );
  router.openapi(
    defineRoute({
      method: 'get',
      path: '/things/{id}',
      operationId: 'testGetThing',
      tags: ['system'],
      summary: 'Read a thing',
      request: { params: z.object({ id: z.string() }) },
      responses: {
        200: { description: 'A thing', content: { 'application/json': { schema: Thing } } },
      },
    }),
    (c) => {
      const { id } = c.req.valid('param');
      if (id === 'missing') throw new NotFoundError(`Thing ${id} does not exist.`);
      if (id === 'busy') throw new UnavailableError('Busy with earlier work.', 6.2);
      if (id === 'invalid') {
        throw new ValidationError('The thing is invalid.', [
          { in: 'body', pointer: '/name', detail: 'Must be unique.' },
        ]);
      }
      // Cast: the handler deliberately breaks its contract for the response checks.
      if (id === 'leaky') return c.json({ id, secret: 'CANARY-7f3a' } as { id: string }, 200);
      if (id === 'wrong-type') return c.json({ id: 42 } as unknown as { id: string }, 200);
      if (id === 'undeclared-status') return c.json({ id }, 201 as 200);
      return c.json({ id }, 200);
    },
  );
  return router;
}

/** The production app with the test routes mounted at /api/test. */
export function createTestApp(overrides: Partial<AppDeps> = {}, options: HttpOptions = {}) {
  const app = createApp(testDeps(overrides), options);
  app.route('/api/test', testRouter());
  return app;
}

export function jsonRequest(body: string, headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    body,
    // What a browser sends with a request from our own pages.
    headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin', ...headers },
  };
}
