import { evaluateExample, Problem } from '@tenderwise/schema';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultMaxBodyBytes } from '../../../src/http/body-limit.ts';
import { offThreadBodyBytes } from '../../../src/http/off-thread.ts';
import {
  analysisTasksStarted,
  closeAnalysisPool,
} from '../../../src/runtime/workers/analysis-pool.ts';
import { bid, ordinal, price, scheme } from '../../fixtures/schemes.ts';
import { createTestApp, jsonRequest } from '../../http/test-app.ts';

// Large bodies are answered on the analysis workers; here every body is on one app and none on
// the other, so the worked example and its variants can be compared with what the request's own
// thread answers.
const inThread = createTestApp({}, { offThreadBodyBytes: Number.POSITIVE_INFINITY });
const onWorker = createTestApp({}, { offThreadBodyBytes: 0 });
const path = '/api/v1/analysis/evaluate';
const example = evaluateExample.request;

afterAll(closeAnalysisPool);

interface Answer {
  status: number;
  contentType: string | null;
  cacheControl: string | null;
  body: unknown;
}

async function answerOf(app: ReturnType<typeof createTestApp>, text: string): Promise<Answer> {
  const response = await app.request(path, jsonRequest(text));
  const body = (await response.json()) as Record<string, unknown>;
  // Only the request id differs between two requests.
  delete body.requestId;
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    cacheControl: response.headers.get('cache-control'),
    body,
  };
}

/** Sends the text both ways; returns both answers and how many went to a worker. */
async function bothWays(text: string) {
  const before = analysisTasksStarted('operation');
  const own = await answerOf(inThread, text);
  const afterOwn = analysisTasksStarted('operation');
  const worker = await answerOf(onWorker, text);
  return {
    own,
    worker,
    ownTasks: afterOwn - before,
    workerTasks: analysisTasksStarted('operation') - afterOwn,
  };
}

/** An evaluation with many criteria and bids, exercising ranks, ties and contributions. */
function wideEvaluation(criteria: number, bids: number) {
  const weight = Math.floor(6_000 / criteria);
  const award = [
    ...Array.from({ length: criteria }, (_, i) => ordinal(`c${i}`, weight)),
    price(10_000 - weight * criteria),
  ];
  return {
    scheme: scheme(award),
    bids: Array.from({ length: bids }, (_, b) =>
      bid(
        `bid-${b}`,
        100_000 + (b % 7) * 1_250,
        Object.fromEntries(Array.from({ length: criteria }, (_, i) => [`c${i}`, (b + i) % 6])),
      ),
    ),
  };
}

describe('evaluations answered on the analysis workers', () => {
  it('give exactly the answer of the request thread, on a worker', async () => {
    for (const input of [example, wideEvaluation(12, 30)]) {
      const { own, worker, ownTasks, workerTasks } = await bothWays(JSON.stringify(input));
      expect(own.status).toBe(200);
      expect(worker).toEqual(own);
      expect([ownTasks, workerTasks]).toEqual([0, 1]);
    }
  });

  it('refuse invalid bodies exactly as the request thread does', async () => {
    const text = JSON.stringify(example);
    const company = example.scheme.award.map((node, i) =>
      i === 0 ? { ...node, subject: 'company' } : node,
    );
    const cases: [string, number][] = [
      [JSON.stringify({ ...example, surprise: true }), 422],
      [JSON.stringify({ ...example, scheme: { ...example.scheme, award: company } }), 422],
      [text.replace('"bid-a"', '"bid-\\u0000a"'), 422],
      [
        JSON.stringify({
          ...example,
          bids: Array.from({ length: 201 }, (_, i) => ({ ...example.bids[0]!, id: `b${i}` })),
        }),
        422,
      ],
      [text.replace('"currency":"EUR"', '"currency":"EUR","currency":"EUR"'), 400],
      [text.slice(0, -1), 400],
    ];
    for (const [body, status] of cases) {
      const { own, worker, workerTasks } = await bothWays(body);
      expect(own.status).toBe(status);
      expect(own.contentType).toBe('application/problem+json');
      expect(worker).toEqual(own);
      expect(workerTasks).toBe(1);
    }
  });

  it('are the ones above the threshold; smaller bodies stay in the request thread', async () => {
    const small = JSON.stringify(example);
    const large = JSON.stringify(wideEvaluation(20, 40));
    expect(small.length).toBeLessThanOrEqual(offThreadBodyBytes);
    expect(large.length).toBeGreaterThan(offThreadBodyBytes);
    const asConfigured = createTestApp();
    const before = analysisTasksStarted('operation');
    expect((await asConfigured.request(path, jsonRequest(small))).status).toBe(200);
    expect(analysisTasksStarted('operation')).toBe(before);
    expect((await asConfigured.request(path, jsonRequest(large))).status).toBe(200);
    expect(analysisTasksStarted('operation')).toBe(before + 1);
  });

  it('refuse a body over the limit with 413 naming the limit and the body', async () => {
    const text = JSON.stringify({ ...example, padding: 'x'.repeat(defaultMaxBodyBytes) });
    const response = await inThread.request(path, jsonRequest(text));
    expect(response.status).toBe(413);
    const problem = Problem.parse(await response.json());
    expect(problem.detail).toContain('limit of 1 MiB (1048576 bytes)');
    expect(problem.errors).toEqual([{ in: 'body', pointer: '', detail: 'At most 1048576 bytes.' }]);
  });
});
