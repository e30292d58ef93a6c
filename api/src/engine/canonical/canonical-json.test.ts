import { describe, expect, it } from 'vitest';
import { bid, ordinal, price, scheme } from '../../../test/fixtures/schemes.ts';
import { canonicalHash, canonicalJson } from './canonical-json.ts';
import { evaluationInputHash, schemeCommitment } from './commitment.ts';

/** The same value with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, item]) => [key, reverseKeys(item)]),
  );
}

describe('canonical form', () => {
  it('sorts keys by UTF-16 code unit and drops whitespace (RFC 8785)', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], '€': 0, Z: 'ä' })).toBe(
      '{"Z":"ä","a":[true,null,"x"],"b":1,"€":0}',
    );
  });

  it('writes numbers as ECMAScript does', () => {
    expect(canonicalJson([1e2, 0.1, -0, 1e21, 1.5e-7])).toBe('[100,0.1,0,1e+21,1.5e-7]');
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow();
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });

  it('hashes the UTF-8 bytes with SHA-256', () => {
    // sha256 of the three bytes "{}" plus nothing else: a known vector.
    expect(canonicalHash({})).toBe(
      '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    );
  });

  it('commits to a scheme independently of how its JSON was written', () => {
    const published = scheme([ordinal('quality', 5_000), price(5_000)]);
    const reordered = reverseKeys(published) as typeof published;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(published));
    expect(schemeCommitment(reordered)).toBe(schemeCommitment(published));
    expect(schemeCommitment({ ...published, currency: 'CHF' })).not.toBe(
      schemeCommitment(published),
    );
  });

  it('hashes evaluation input independently of bid order', () => {
    const published = scheme([ordinal('quality', 5_000), price(5_000)]);
    const a = bid('a', 100, { quality: 3 });
    const b = bid('b', 200, { quality: 4 });
    expect(evaluationInputHash(published, [a, b])).toBe(evaluationInputHash(published, [b, a]));
    expect(evaluationInputHash(published, [a, b], { referenceDate: '2026-12-02' })).not.toBe(
      evaluationInputHash(published, [a, b]),
    );
  });
});
