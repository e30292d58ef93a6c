import { Problem, SensitivityResponse, sensitivityExample } from '@tenderwise/schema';
import { afterAll, describe, expect, it } from 'vitest';
import { closeAnalysisPool } from '../../../src/runtime/workers/analysis-pool.ts';
import { bid, ordinal, price, scheme, text } from '../../fixtures/schemes.ts';
import { createTestApp, jsonRequest } from '../../http/test-app.ts';

const app = createTestApp();
const post = (body: unknown) =>
  app.request('/api/v1/analysis/sensitivity', jsonRequest(JSON.stringify(body)));
const example = sensitivityExample.request;

afterAll(closeAnalysisPool);

describe('POST /api/v1/analysis/sensitivity', () => {
  it('answers the documented worked example with exactly the documented response', async () => {
    const response = await post(example);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual(sensitivityExample.response);
  });

  it('gives the same SMAA numbers for the same seed and others for another seed', async () => {
    const again = SensitivityResponse.parse(await (await post(example)).json());
    expect(again.smaa).toEqual(sensitivityExample.response.smaa);
    const reseeded = SensitivityResponse.parse(
      await (await post({ ...example, smaa: { ...example.smaa, seed: 1 } })).json(),
    );
    expect(reseeded.smaa!.acceptability).not.toEqual(again.smaa!.acceptability);
  });

  it('leaves SMAA out unless asked, and names excluded bids', async () => {
    const failing = {
      ...example.bids[2]!,
      minimumRequirements: { 'eu-operation': { met: false } },
    };
    const body = SensitivityResponse.parse(
      await (
        await post({ scheme: example.scheme, bids: [example.bids[0], example.bids[1], failing] })
      ).json(),
    );
    expect(body.smaa).toBeNull();
    expect(body.excluded).toEqual(['bid-c']);
    expect(body.margin).toBe(1);
    expect(body.noClearWinner).toBe(false);
    // Two bids, 60/40 as in the evaluate example: b (92) keeps first for a concept share ≥ 0.5.
    expect(body.criteria[0]!.stable).toEqual({ from: 0.5, to: 1 });
  });

  it('analyses a UfAB scheme on its performance weights', async () => {
    const ufab = scheme([ordinal('quality', 8_000), ordinal('security', 2_000)], {
      method: { kind: 'ufabSimple', impliedWeighting: text('1:1') },
    });
    const body = SensitivityResponse.parse(
      await (
        await post({
          scheme: ufab,
          bids: [
            bid('a', 100_000, { quality: 5, security: 1 }),
            bid('b', 80_000, { quality: 2, security: 5 }),
          ],
          smaa: { samples: 500, seed: 3, sampling: { kind: 'simplex' } },
        })
      ).json(),
    );
    expect(body.method).toBe('ufabSimple');
    // Hand-computed in the engine's tests: a stays first for a quality share ≥ 21/31.
    expect(body.criteria[0]!.stable.from).toBe(0.677419);
    expect(body.smaa!.acceptability.map((entry) => entry.ranks.reduce((a, b) => a + b))).toEqual([
      1, 1,
    ]);
  });

  it('refuses unknown keys, too many samples and an invalid scheme with a 422 problem', async () => {
    const unknown = await post({ ...example, smaa: { ...example.smaa, extra: 1 } });
    expect(unknown.status).toBe(422);
    const tooMany = await post({ ...example, smaa: { ...example.smaa, samples: 20_001 } });
    expect(tooMany.status).toBe(422);
    const award = example.scheme.award.map((node) => ({ ...node, weightBp: 5_001 }));
    const invalid = await post({ ...example, scheme: { ...example.scheme, award } });
    expect(invalid.status).toBe(422);
    expect(Problem.parse(await invalid.json()).errors?.[0]?.pointer).toMatch(/^\/scheme\/award/);
  });

  it('analyses the bid the evaluation ranks first in a near tie, not the one ahead in the sums', async () => {
    // Both exactly 88 points, and a wins on its higher performance; in floating point a's sum
    // (0.6 + 0.4 · 0.7) falls just under b's (0.6 · 0.8 + 0.4).
    const tied = { scheme: scheme([ordinal('quality', 6_000), price(4_000)]) };
    const bids = [bid('a', 100, { quality: 5 }), bid('b', 70, { quality: 4 })];
    const evaluation = await app.request(
      '/api/v1/analysis/evaluate',
      jsonRequest(JSON.stringify({ ...tied, bids })),
    );
    const official = ((await evaluation.json()) as { ranking: { id: string }[] }).ranking;
    expect(official.map((entry) => entry.id)).toEqual(['a', 'b']);

    const body = SensitivityResponse.parse(await (await post({ ...tied, bids })).json());
    expect(body.ranking.map((entry) => entry.bidId)).toEqual(['a', 'b']);
    expect(body.noClearWinner).toBe(true);
    expect(body.criteria.map((node) => [node.nodeId, node.stable])).toEqual([
      ['quality', { from: 0.6, to: 1 }],
      ['price', { from: 0, to: 0.4 }],
    ]);
  });

  it('gives identical bids identical SMAA rank acceptabilities', async () => {
    const twin = { ...example.bids[0]!, id: 'bid-a2' };
    const body = SensitivityResponse.parse(
      await (await post({ ...example, bids: [...example.bids, twin] })).json(),
    );
    const ranksOf = (id: string) =>
      body.smaa!.acceptability.find((entry) => entry.bidId === id)!.ranks;
    expect(ranksOf('bid-a2')).toEqual(ranksOf('bid-a'));
    expect(ranksOf('bid-a').reduce((a, b) => a + b)).toBeCloseTo(1, 6);
    const central = (id: string) =>
      body.smaa!.centralWeights.find((entry) => entry.bidId === id)!.weights;
    expect(central('bid-a2')).toEqual(central('bid-a'));
  });

  it('refuses an SMAA run whose work is too large before it starts', async () => {
    const leaves = Array.from({ length: 25 }, (_, i) => ordinal(`c${i}`, i < 20 ? 300 : 400));
    const large = scheme([...leaves, price(2_000)]);
    const bids = Array.from({ length: 100 }, (_, b) =>
      bid(`b${b}`, 1_000 + b, Object.fromEntries(leaves.map((_, i) => [`c${i}`, (b + i) % 6]))),
    );
    const response = await post({
      scheme: large,
      bids,
      smaa: { samples: 20_000, seed: 1, sampling: { kind: 'simplex' } },
    });
    expect(response.status).toBe(422);
    expect(Problem.parse(await response.json()).detail).toMatch(/^The analysis is too large/);
  });
});
