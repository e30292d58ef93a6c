import { readSeed } from '@tenderwise/seed';
import { sovereigntyObjectiveCodes, type SovereigntyObjectiveCode } from '@tenderwise/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { compare, rational, toNumber } from '../../../src/engine/arithmetic/rational.ts';
import {
  defaultWeights,
  sovereigntyProxy,
} from '../../../src/domain/catalogue/sovereignty-proxy.ts';

const levels = (values: number[]) =>
  Object.fromEntries(
    sovereigntyObjectiveCodes.map((code, index) => [code, values[index]!]),
  ) as Record<SovereigntyObjectiveCode, number>;

describe('the sovereignty proxy Σ wᵢ·SEALᵢ/4', () => {
  let weights: Record<SovereigntyObjectiveCode, number>;
  beforeAll(async () => {
    const bundle = await readSeed();
    weights = defaultWeights(bundle.catalogues.flatMap((file) => file.entries));
  });

  it('reads the default weights 15/10/10/15/20/15/10/5 from the catalogue, summing to 100', () => {
    expect(sovereigntyObjectiveCodes.map((code) => weights[code])).toEqual([
      15, 10, 10, 15, 20, 15, 10, 5,
    ]);
    expect(Object.values(weights).reduce((sum, weight) => sum + weight, 0)).toBe(100);
  });

  it('gives exactly 86.25 for the self-assessment (4,4,4,4,2,3,4,4)', () => {
    const proxy = sovereigntyProxy(weights, levels([4, 4, 4, 4, 2, 3, 4, 4]));
    expect(compare(proxy, rational(345n, 4n))).toBe(0);
    expect(toNumber(proxy, 2)).toBe(86.25);
  });

  it('gives 100 for SEAL-4 everywhere and 0 for SEAL-0 everywhere', () => {
    expect(
      compare(sovereigntyProxy(weights, levels([4, 4, 4, 4, 4, 4, 4, 4])), rational(100n)),
    ).toBe(0);
    expect(compare(sovereigntyProxy(weights, levels([0, 0, 0, 0, 0, 0, 0, 0])), rational(0n))).toBe(
      0,
    );
  });

  it('refuses a level outside SEAL-0 … SEAL-4', () => {
    expect(() => sovereigntyProxy(weights, levels([5, 4, 4, 4, 4, 4, 4, 4]))).toThrow(
      /SEAL of SOV-1/,
    );
    expect(() => sovereigntyProxy(weights, levels([4, 4, 4, 4, 2.5, 3, 4, 4]))).toThrow(
      /SEAL of SOV-5/,
    );
  });

  it('refuses a catalogue that lacks an objective', async () => {
    const bundle = await readSeed();
    const entries = bundle.catalogues
      .flatMap((file) => file.entries)
      .filter((entry) => entry.id !== 'csf.sov-8');
    expect(() => defaultWeights(entries)).toThrow(/no objective SOV-8/);
  });
});
