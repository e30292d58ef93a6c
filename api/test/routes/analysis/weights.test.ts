import { Problem, WeightsResponse, weightsExamples } from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import { createTestApp, jsonRequest } from '../../http/test-app.ts';

const app = createTestApp();
const post = (path: string, body: unknown) =>
  app.request(`/api/v1/analysis/${path}`, jsonRequest(JSON.stringify(body)));

const problemOf = async (response: Response) => {
  expect(response.status).toBe(422);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  return Problem.parse(await response.json());
};

const examples = [
  ['swing', weightsExamples.swing],
  ['rank-order-centroid', weightsExamples.rankOrderCentroid],
  ['direct-points', weightsExamples.directPoints],
] as const;

describe('the exact weighting endpoints', () => {
  it.each(examples)(
    'POST /api/v1/analysis/%s answers its documented example exactly',
    async (path, example) => {
      const response = await post(path, example.request);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const body = await response.json();
      expect(body).toEqual(example.response);
      const bp = Object.values(WeightsResponse.parse(body).weightsBp);
      expect(bp.reduce((a, b) => a + b)).toBe(10_000);
    },
  );

  it('weighs swings against the most important one and refuses a set without a swing of 100', async () => {
    const body = WeightsResponse.parse(
      await (
        await post('swing', {
          items: [
            { id: 'a', points: 100 },
            { id: 'b', points: 100 },
            { id: 'c', points: 33.3 },
          ],
        })
      ).json(),
    );
    // 233.3 points: 100/233.3 = 0.428632…, the basis point left over goes to c (largest remainder).
    expect(body).toEqual({
      method: 'swing',
      weights: { a: 0.428633, b: 0.428633, c: 0.142735 },
      weightsBp: { a: 4286, b: 4286, c: 1428 },
    });
    const noTop = await problemOf(await post('swing', { items: [{ id: 'a', points: 90 }] }));
    expect(noTop.errors).toEqual([
      { in: 'body', pointer: '/items', detail: 'The most important swing must have 100 points' },
    ]);
    const tooMuch = await problemOf(
      await post('swing', {
        items: [
          { id: 'a', points: 100 },
          { id: 'b', points: 120 },
        ],
      }),
    );
    expect(tooMuch.errors?.[0]?.pointer).toBe('/items/1/points');
  });

  it('gives tied ranks equal weights and names a duplicate id by its pointer', async () => {
    const body = WeightsResponse.parse(
      await (
        await post('rank-order-centroid', {
          items: [
            { id: 'a', rank: 2 },
            { id: 'b', rank: 2 },
          ],
        })
      ).json(),
    );
    expect(body.weightsBp).toEqual({ a: 5000, b: 5000 });
    const duplicate = await problemOf(
      await post('rank-order-centroid', {
        items: [
          { id: 'a', rank: 1 },
          { id: 'b', rank: 2 },
          { id: 'a', rank: 3 },
        ],
      }),
    );
    expect(duplicate.errors).toEqual([
      { in: 'body', pointer: '/items/2/id', detail: 'The id "a" appears more than once' },
    ]);
  });

  it('refuses direct points that are all zero, negative points and unknown keys', async () => {
    const zero = await problemOf(
      await post('direct-points', {
        items: [
          { id: 'a', points: 0 },
          { id: 'b', points: 0 },
        ],
      }),
    );
    expect(zero.errors?.[0]).toMatchObject({ pointer: '/items' });
    const negative = await problemOf(
      await post('direct-points', { items: [{ id: 'a', points: -1 }] }),
    );
    expect(negative.errors?.[0]?.pointer).toBe('/items/0/points');
    const unknown = await problemOf(
      await post('direct-points', { items: [{ id: 'a', points: 1, weight: 2 }] }),
    );
    expect(unknown.errors?.[0]?.pointer).toBe('/items/0/weight');
    const empty = await problemOf(await post('direct-points', { items: [] }));
    expect(empty.errors?.[0]?.pointer).toBe('/items');
  });
});
