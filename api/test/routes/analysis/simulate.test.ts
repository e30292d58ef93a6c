import { Problem, simulateExample } from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import { ordinal, price, scheme } from '../../fixtures/schemes.ts';
import { createTestApp, jsonRequest } from '../../http/test-app.ts';

const app = createTestApp();
const post = (body: unknown) =>
  app.request('/api/v1/analysis/simulate', jsonRequest(JSON.stringify(body)));
const example = simulateExample.request;

describe('POST /api/v1/analysis/simulate', () => {
  it('answers the documented worked example with exactly the documented response', async () => {
    const response = await post(example);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(simulateExample.response);
  });

  it('gives the same numbers for the same seed and others for another', async () => {
    const first = await (await post(example)).json();
    expect(await (await post(example)).json()).toEqual(first);
    expect(await (await post({ ...example, seed: 1 })).json()).not.toEqual(first);
  });

  it('labels TOPSIS advisory and leaves it out when no options are given', async () => {
    const { topsis, ...withoutTopsis } = example;
    expect(topsis).toBeDefined();
    const body = (await (await post(withoutTopsis)).json()) as { topsis: unknown; advisory: true };
    expect(body.topsis).toBeNull();
    expect(body.advisory).toBe(true);
  });

  it('refuses runs, bids and work beyond the bounds with 422', async () => {
    // 2,000 runs × (50 bids × (50 + 3 × 20 leaves) + 20² / 4) = 11,200,000 > 4,000,000.
    const wide = scheme([
      ...Array.from({ length: 19 }, (_, i) => ordinal(`c${i}`, 300)),
      price(4_300),
    ]);
    const cases: [unknown, string][] = [
      [{ ...example, runs: 2_001 }, '/runs'],
      [{ ...example, bids: { ...example.bids, count: 51 } }, '/bids/count'],
      [
        { ...example, scheme: wide, runs: 2_000, bids: { ...example.bids, count: 50, leaves: {} } },
        '/runs',
      ],
      [{ ...example, weightChangePercent: 60 }, '/weightChangePercent'],
      [{ ...example, surprise: true }, ''],
    ];
    for (const [body, pointer] of cases) {
      const response = await post(body);
      expect(response.status).toBe(422);
      const problem = Problem.parse(await response.json());
      if (pointer) expect(problem.errors?.[0]?.pointer).toBe(pointer);
    }
  });

  it('names a distribution that does not fit the scheme', async () => {
    const response = await post({
      ...example,
      bids: { ...example.bids, leaves: { concept: { kind: 'uniform', min: 0, max: 1 } } },
    });
    expect(response.status).toBe(422);
    expect(Problem.parse(await response.json()).errors).toEqual([
      {
        in: 'body',
        pointer: '/bids/leaves/concept',
        detail: '"uniform" does not fit the ordinal leaf "concept"',
      },
    ]);
  });
});
