import { EvaluateResponse, evaluateExample, Problem } from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import { createTestApp, jsonRequest } from '../../http/test-app.ts';

const app = createTestApp();
const post = (body: unknown) =>
  app.request('/api/v1/analysis/evaluate', jsonRequest(JSON.stringify(body)));
const example = evaluateExample.request;

describe('POST /api/v1/analysis/evaluate', () => {
  it('answers the documented worked example with exactly the documented response', async () => {
    const response = await post(example);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(evaluateExample.response);
  });

  it('gives the same input hash and ranking whatever the order of the bids', async () => {
    const first = EvaluateResponse.parse(await (await post(example)).json());
    const reversed = EvaluateResponse.parse(
      await (await post({ ...example, bids: [...example.bids].reverse() })).json(),
    );
    expect(reversed).toEqual(first);
  });

  it('excludes a bid that fails a minimum requirement and scores price among the others', async () => {
    const [a, b] = example.bids;
    const failing = {
      ...a!,
      id: 'bid-c',
      minimumRequirements: { 'eu-operation': { met: false } },
      price: { kind: 'totalPrice', amount: 1 },
    };
    const body = EvaluateResponse.parse(
      await (await post({ ...example, bids: [a, b, failing] })).json(),
    );
    expect(body.ranking.map(({ id, rank, excluded }) => [id, rank, excluded])).toEqual([
      ['bid-b', 1, false],
      ['bid-a', 2, false],
      ['bid-c', null, true],
    ]);
    expect(body.ranking[0]!.score).toBe(92);
  });

  it('names a company criterion used as an award criterion with a 422 problem', async () => {
    const award = example.scheme.award.map((node, i) =>
      i === 0 ? { ...node, subject: 'company' } : node,
    );
    const response = await post({ ...example, scheme: { ...example.scheme, award } });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const problem = Problem.parse(await response.json());
    expect(problem.errors).toEqual([
      {
        in: 'body',
        pointer: '/scheme/award/0/subject',
        detail: expect.stringContaining('"concept" is about the company'),
      },
    ]);
  });

  it('refuses unknown keys, missing assessments and weights that do not sum', async () => {
    const unknownKey = await post({ ...example, surprise: true });
    expect(unknownKey.status).toBe(422);

    const missing = await post({ ...example, bids: [{ ...example.bids[0]!, assessments: {} }] });
    expect(Problem.parse(await missing.json()).errors).toEqual([
      {
        in: 'body',
        pointer: '/bids/0/assessments',
        detail: 'Bid "bid-a" has no assessment of "concept"',
      },
    ]);

    const award = example.scheme.award.map((node) => ({
      ...node,
      weightBp: 5_000 + (node.kind === 'price' ? 1 : 0),
    }));
    const unbalanced = await post({ ...example, scheme: { ...example.scheme, award } });
    expect(Problem.parse(await unbalanced.json()).errors?.[0]).toMatchObject({
      pointer: '/scheme/award/0/weightBp',
    });
  });

  it('refuses an unjustified ordinal score and a moved reference date, naming each field', async () => {
    const [a, b] = example.bids;
    const unjustified = { ...a!, assessments: { concept: { kind: 'ordinal', score: 4 } } };
    const response = await post({
      ...example,
      bids: [unjustified, b],
      referenceDate: '2027-04-01',
    });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(Problem.parse(await response.json()).errors).toEqual([
      {
        in: 'body',
        pointer: '/bids/0/assessments/concept/justification',
        detail: expect.stringContaining('BGH X ZB 3/17'),
      },
      {
        in: 'body',
        pointer: '/referenceDate',
        detail: expect.stringContaining('published submission deadline 2027-03-01'),
      },
    ]);
    // The published date itself is no change.
    const same = await post({ ...example, referenceDate: example.scheme.submissionDeadline });
    expect(same.status).toBe(200);
  });

  it('refuses numbers JSON turns into Infinity', async () => {
    const body = JSON.stringify(example).replace('"amount":100000', '"amount":1e999');
    const response = await app.request('/api/v1/analysis/evaluate', jsonRequest(body));
    expect(response.status).toBe(422);
    expect(Problem.parse(await response.json()).errors?.[0]?.pointer).toBe('/bids/0/price/amount');
  });

  it('bounds the number of bids', async () => {
    const bids = Array.from({ length: 201 }, (_, i) => ({ ...example.bids[0]!, id: `bid-${i}` }));
    const response = await post({ ...example, bids });
    expect(response.status).toBe(422);
    expect(Problem.parse(await response.json()).errors?.[0]?.pointer).toBe('/bids');
  });
});
