import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../../src/app.ts';
import type { OpenApiDocument } from '../../../src/http/openapi.ts';
import { Dice, caseSeed } from './dice.ts';
import { mutate } from './mutations.ts';
import {
  fuzzOperationsOf,
  selectOperations,
  tagsFromEnvironment,
  type FuzzOperation,
} from './operations.ts';
import { invalidityOf } from './oracle.ts';
import type { RequestParts } from './requests.ts';
import { answerProblems } from './response-checks.ts';
import { SchemaValues } from './schema-values.ts';
import { fuzzSettingsFromEnvironment } from './settings.ts';
import { DocumentValidator } from './validator.ts';

// The fuzz test's judgement, shown on hand-made requests and answers: a fuzz run that passes
// means something only if these would have failed it.
const document = buildOpenApiDocument();
const operations = fuzzOperationsOf(document);
const validator = new DocumentValidator(document);
const values = new SchemaValues(document);

function operation(operationId: string): FuzzOperation {
  return operations.find((candidate) => candidate.operationId === operationId)!;
}

const createReview = operation('createOptionsReview');
const getReview = operation('getOptionsReview');
const listReviews = operation('listOptionsReviews');
const reviewId = '7a1e5c2b-4d3f-4b6a-9e8d-1c2b3a4f5e60';
const validBody = { title: 'A review', purpose: 'To compare', referenceDate: '2027-01-15' };

function creating(value: unknown, mediaType = 'application/json'): RequestParts {
  return { path: {}, query: [], headers: {}, body: { kind: 'json', mediaType, value } };
}

describe('the fuzz oracle', () => {
  it('admits what the document admits', () => {
    expect(invalidityOf(createReview, creating(validBody), validator, values)).toBeUndefined();
    const parts = { path: { reviewId }, query: [], headers: {} };
    expect(invalidityOf(getReview, parts, validator, values)).toBeUndefined();
    const listed = { path: {}, query: [['limit', '25']] as [string, string][], headers: {} };
    expect(invalidityOf(listReviews, listed, validator, values)).toBeUndefined();
  });

  it('calls a request invalid for a missing field, an extra __proto__, another media type or no body', () => {
    const { title: _, ...untitled } = validBody;
    const polluted = JSON.parse(
      `{"__proto__":{"polluted":1},${JSON.stringify(validBody).slice(1)}`,
    );
    const judge = (parts: RequestParts) => invalidityOf(createReview, parts, validator, values);
    expect(judge(creating(untitled))).toMatch(/title/);
    expect(judge(creating(polluted))).toMatch(/additional properties/);
    expect(judge(creating(validBody, 'text/plain'))).toMatch(/media type text\/plain/);
    expect(judge({ path: {}, query: [], headers: {} })).toMatch(/body is missing/);
    const malformed: RequestParts = {
      path: {},
      query: [],
      headers: {},
      body: { kind: 'raw', mediaType: 'application/json', bytes: '{"title":' },
    };
    expect(judge(malformed)).toBe('the body is not JSON');
  });

  it('calls a request invalid for a bad path value, an unknown, repeated or out-of-range query', () => {
    const judge = (op: FuzzOperation, parts: Partial<RequestParts>) =>
      invalidityOf(op, { path: {}, query: [], headers: {}, ...parts }, validator, values);
    expect(judge(getReview, { path: { reviewId: 'not-a-uuid' } })).toMatch(/reviewId/);
    expect(judge(listReviews, { query: [['__proto__[polluted]', '1']] })).toMatch(/not declared/);
    expect(
      judge(listReviews, {
        query: [
          ['limit', '5'],
          ['limit', '6'],
        ],
      }),
    ).toMatch(/repeated/);
    expect(judge(listReviews, { query: [['limit', '101']] })).toMatch(/limit/);
  });
});

describe('the fuzz checks of an answer', () => {
  const problem = (status: number, extra = '') =>
    `{"type":"/api/problems/x","title":"X","status":${status},"requestId":"r"${extra || ',"detail":"No."'}}`;
  const check = (
    op: FuzzOperation,
    status: number,
    text: string,
    contentType = 'application/problem+json',
    invalid?: string,
  ) => answerProblems(op, { status, contentType, text }, invalid, validator);

  it('passes a documented problem and a success body in its schema', () => {
    expect(check(createReview, 422, problem(422))).toEqual([]);
    expect(check(listReviews, 200, '{"reviews":[],"nextCursor":null}', 'application/json')).toEqual(
      [],
    );
  });

  it('fails a server error, an undocumented status and an invalid request accepted', () => {
    expect(check(createReview, 500, problem(500))).toContain('server error 500');
    expect(check(listReviews, 404, problem(404))).toContain('status 404 is not documented');
    expect(
      check(getReview, 200, '{}', 'application/json', 'path parameter reviewId: bad'),
    ).toContainEqual(expect.stringMatching(/^accepted an invalid request/));
  });

  it('fails a problem that is not problem+json or shows a stack, a path or SQL', () => {
    expect(check(createReview, 422, 'bad', 'text/plain')).toContain('problem sent as text/plain');
    const leaking = [
      ',"detail":"TypeError: x is undefined\\n    at parse (/work/api/src/x.ts:3:9)"',
      ',"detail":"insert into app_user (id) values ($1)"',
      ',"detail":"duplicate key value violates unique constraint \\"app_user_pkey\\""',
    ];
    for (const extra of leaking) {
      expect(check(createReview, 409, problem(409, extra)), extra).not.toEqual([]);
    }
  });

  it('fails a success body outside its documented schema', () => {
    expect(
      check(listReviews, 200, '{"reviews":"none","nextCursor":null}', 'application/json'),
    ).toContainEqual(expect.stringMatching(/breaks its schema/));
  });
});

describe('the fuzz run', () => {
  it('takes every operation of the document, and those of some tags when asked', () => {
    expect(operations.map((op) => op.operationId)).toContain('createOptionsReview');
    expect(tagsFromEnvironment(' registry, vendors ,')).toEqual(['registry', 'vendors']);
    expect(tagsFromEnvironment('')).toBeUndefined();
    const selected = selectOperations(operations, ['catalogue']);
    expect(selected.length).toBeGreaterThan(0);
    expect(selected.every((op) => op.tags.includes('catalogue'))).toBe(true);
  });

  it('fuzzes an operation added to the document without being told about it', () => {
    const grown = structuredClone(document) as OpenApiDocument & { paths: Record<string, unknown> };
    grown.paths['/api/v1/suppliers/{supplierId}'] = {
      get: {
        operationId: 'getSupplier',
        tags: ['suppliers'],
        parameters: [
          {
            name: 'supplierId',
            in: 'path',
            required: true,
            schema: { type: 'string', format: 'uuid' },
          },
        ],
        responses: { '200': { description: 'The vendor' } },
      },
    };
    const found = selectOperations(fuzzOperationsOf(grown), tagsFromEnvironment('suppliers'));
    expect(found.map((op) => op.operationId)).toEqual(['getSupplier']);
    expect(found[0]!.parameters[0]).toMatchObject({
      name: 'supplierId',
      in: 'path',
      required: true,
    });
  });

  it('makes the same request again from the same seed', () => {
    const parts = creating(validBody);
    const seed = caseSeed(20_261_204, 'createOptionsReview', 3);
    const first = mutate(parts, createReview, new Dice(seed));
    const again = mutate(parts, createReview, new Dice(seed));
    expect(JSON.stringify(again)).toEqual(JSON.stringify(first));
    expect(first).toBeDefined();
  });

  it('reads its settings from the environment', () => {
    expect(
      fuzzSettingsFromEnvironment({
        FUZZ_SEED: '7',
        FUZZ_REQUESTS: '10000',
        FUZZ_TAGS: 'registry,vendors',
        FUZZ_OPERATIONS: 'getVendor',
        FUZZ_CASE: '3',
      }),
    ).toEqual({
      seed: 7,
      requests: 10_000,
      tags: ['registry', 'vendors'],
      operationIds: ['getVendor'],
      caseIndex: 3,
    });
    expect(() => fuzzSettingsFromEnvironment({ FUZZ_REQUESTS: 'many' })).toThrow(/FUZZ_REQUESTS/);
  });
});
