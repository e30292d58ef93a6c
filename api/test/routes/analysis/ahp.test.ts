import { AhpResponse, ahpExample, Problem } from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import { createTestApp, jsonRequest } from '../../http/test-app.ts';

const app = createTestApp();
const post = (body: unknown) =>
  app.request('/api/v1/analysis/ahp', jsonRequest(JSON.stringify(body)));
const { items, judgements } = ahpExample.request;

const problemOf = async (response: Response) => {
  expect(response.status).toBe(422);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  return Problem.parse(await response.json());
};

describe('POST /api/v1/analysis/ahp', () => {
  it('answers the documented example with exactly the documented response', async () => {
    const response = await post(ahpExample.request);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual(ahpExample.response);
  });

  it('gives a consistent matrix its exact ratios and basis points summing to 10,000', async () => {
    const body = AhpResponse.parse(
      await (
        await post({
          items: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
          judgements: [
            [1, 2.5, 5],
            [0.4, 1, 2],
            [0.2, 0.5, 1],
          ],
        })
      ).json(),
    );
    expect(body).toMatchObject({
      weights: { a: 0.625, b: 0.25, c: 0.125 },
      weightsBp: { a: 6250, b: 2500, c: 1250 },
      lambdaMax: 3,
      consistencyRatio: 0,
      acceptable: true,
      inconsistentPairs: [],
      judges: null,
    });
  });

  it('computes the consistency ratio against the random index table asked for, and names it', async () => {
    // CI = 0.053924: CR 0.103699 against Saaty's later RI(3) = 0.52, 0.092972 against 1980's 0.58.
    const borderline = {
      items: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      judgements: [
        [1, 2, 3],
        [0.5, 1, 4],
        [1 / 3, 0.25, 1],
      ],
    };
    const byDefault = AhpResponse.parse(await (await post(borderline)).json());
    expect(byDefault).toMatchObject({
      randomIndex: 0.52,
      randomIndexTable: 'saaty-2005',
      consistencyRatio: 0.103699,
      acceptable: false,
    });
    const classic = AhpResponse.parse(
      await (await post({ ...borderline, randomIndexTable: 'saaty-1980' })).json(),
    );
    expect(classic).toMatchObject({
      randomIndex: 0.58,
      randomIndexTable: 'saaty-1980',
      consistencyRatio: 0.092972,
      acceptable: true,
      inconsistentPairs: [],
    });
    expect(classic.weightsBp).toEqual(byDefault.weightsBp);
    const resampled = AhpResponse.parse(
      await (await post({ ...borderline, randomIndexTable: 'alonso-lamata-2006' })).json(),
    );
    expect(resampled).toMatchObject({ randomIndex: 0.5245, acceptable: false });
    const unknown = await problemOf(await post({ ...borderline, randomIndexTable: 'saaty-1977' }));
    expect(unknown.errors?.[0]?.pointer).toBe('/randomIndexTable');
  });

  it('combines a group by the geometric mean and reports each judge', async () => {
    const body = AhpResponse.parse(
      await (
        await post({
          items: [{ id: 'a' }, { id: 'b' }],
          judges: [
            {
              id: 'officer-1',
              judgements: [
                [1, 2],
                [0.5, 1],
              ],
            },
            {
              id: 'officer-2',
              judgements: [
                [1, 8],
                [0.125, 1],
              ],
            },
          ],
        })
      ).json(),
    );
    // √(2 · 8) = 4: a weighs 4/5.
    expect(body.weightsBp).toEqual({ a: 8000, b: 2000 });
    expect(body.judges).toEqual([
      { id: 'officer-1', consistencyRatio: 0, acceptable: true },
      { id: 'officer-2', consistencyRatio: 0, acceptable: true },
    ]);
  });

  it('names a judgement that is not reciprocal by its JSON pointer', async () => {
    const broken = judgements.map((row) => [...row]);
    broken[2]![1] = 2;
    const problem = await problemOf(await post({ items, judgements: broken }));
    expect(problem.errors).toEqual([
      {
        in: 'body',
        pointer: '/judgements/2/1',
        detail:
          'The judgement of "price" against "security" is 2, but must be the reciprocal of 2 ("security" against "price")',
      },
    ]);
  });

  it('names the judge, row and column of a cell off the scale', async () => {
    const problem = await problemOf(
      await post({
        items: [{ id: 'a' }, { id: 'b' }],
        judges: [
          {
            id: 'j1',
            judgements: [
              [1, 2],
              [0.5, 1],
            ],
          },
          {
            id: 'j2',
            judgements: [
              [1, 12],
              [1 / 12, 1],
            ],
          },
        ],
      }),
    );
    expect(problem.errors?.map((issue) => issue.pointer)).toEqual([
      '/judges/1/judgements/0/1',
      '/judges/1/judgements/1/0',
    ]);
  });

  it('refuses a matrix that does not match the items', async () => {
    const problem = await problemOf(await post({ items, judgements: judgements.slice(0, 3) }));
    expect(problem.errors?.[0]).toMatchObject({
      pointer: '/judgements',
      detail: 'The matrix needs one row per item: 4 rows, not 3',
    });
  });

  it('refuses both or neither of judgements and judges, duplicate ids and unknown keys', async () => {
    const neither = await problemOf(await post({ items }));
    expect(neither.errors?.[0]?.pointer).toBe('/judgements');
    const both = await problemOf(
      await post({ ...ahpExample.request, judges: [{ id: 'j', judgements }] }),
    );
    expect(both.errors?.[0]?.pointer).toBe('/judges');
    const duplicate = await problemOf(
      await post({ items: [...items.slice(0, 3), { id: 'price' }], judgements }),
    );
    expect(duplicate.errors?.[0]?.pointer).toBe('/items/3/id');
    const unknown = await problemOf(await post({ ...ahpExample.request, method: 'eigen' }));
    expect(unknown.errors?.[0]?.pointer).toBe('/method');
  });

  it('bounds the number of items', async () => {
    const many = Array.from({ length: 16 }, (_, i) => ({ id: `c${i}` }));
    const problem = await problemOf(await post({ items: many, judgements }));
    expect(problem.errors?.[0]?.pointer).toBe('/items');
  });
});
