import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clamp,
  div,
  fromDecimal,
  ONE,
  sub,
  toFixedHalfEven,
  ZERO,
} from '../arithmetic/rational.ts';
import { propertyOptions } from '../../../test/fixtures/properties.ts';
import { text } from '../../../test/fixtures/schemes.ts';
import { leafShare, type ScoredLeaf } from './leaf-share.ts';

const base = { parentId: null, title: text('leaf'), weightBp: 10_000, subject: 'service' } as const;
const share = (...args: Parameters<typeof leafShare>) => toFixedHalfEven(leafShare(...args), 4);

describe('leafShare', () => {
  describe('ordinal', () => {
    const leaf: ScoredLeaf = { ...base, id: 'concept', kind: 'ordinal', scale: 10, anchors: [] };
    it('is the score over the scale', () => {
      expect(share(leaf, { kind: 'ordinal', score: 7 }, '2027-01-01')).toBe('0.7000');
    });
  });

  describe('metric', () => {
    const metric = (utility: Extract<ScoredLeaf, { kind: 'metric' }>['utility']): ScoredLeaf => ({
      ...base,
      id: 'metric',
      kind: 'metric',
      unit: '%',
      utility,
    });
    const value = (v: number) => ({ kind: 'metric' as const, value: v });

    it('interpolates linearly between worst and best, flat beyond both (benefit)', () => {
      const availability = metric({ kind: 'linear', worst: 99, best: 99.99 });
      expect(share(availability, value(99.5), '')).toBe('0.5051');
      expect(share(availability, value(98), '')).toBe('0.0000');
      expect(share(availability, value(100), '')).toBe('1.0000');
    });

    it('interpolates in the cost direction when best lies below worst', () => {
      const responseHours = metric({ kind: 'linear', worst: 24, best: 4 });
      expect(share(responseHours, value(14), '')).toBe('0.5000');
      expect(share(responseHours, value(2), '')).toBe('1.0000');
      const oneStep = metric({ kind: 'linear', worst: 5, best: 4 });
      expect(share(oneStep, value(4), '')).toBe('1.0000');
      expect(share(oneStep, value(4.25), '')).toBe('0.7500');
    });

    it('gives the exact linear share, in doubles or not, for any decimals', () => {
      // Few decimals take the double path; many digits, large values or extreme ranges do not.
      const decimal = fc.oneof(
        fc.integer({ min: -1_000_000, max: 1_000_000 }).map((cents) => cents / 100),
        fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }),
        fc.integer({ min: -1e9, max: 1e9 }).map((units) => units / 1e7),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
      );
      // Large values a few tenths apart, whose products with the other's denominator lie beyond
      // 2^53 while their difference is small.
      const close = fc
        .tuple(
          fc.integer({ min: 2 ** 50, max: 2 ** 53 - 100 }),
          fc.integer({ min: -9, max: 9 }),
          fc.integer({ min: 1, max: 90 }),
        )
        .map(([tenths, offset, range]) => [
          tenths / 10,
          (tenths + range) / 10,
          (tenths + offset) / 10,
        ]);
      const triples = fc.oneof(fc.tuple(decimal, decimal, decimal), close);
      fc.assert(
        fc.property(triples, ([worst, best, measured]) => {
          fc.pre(worst !== best);
          const leaf = metric({ kind: 'linear', worst, best });
          const low = fromDecimal(worst);
          const exact = clamp(
            div(sub(fromDecimal(measured), low), sub(fromDecimal(best), low)),
            ZERO,
            ONE,
          );
          expect(leafShare(leaf, value(measured), '')).toEqual(exact);
        }),
        { ...propertyOptions, numRuns: 20 * propertyOptions.numRuns },
      );
    });

    it('gives all or nothing at a threshold, in either direction', () => {
      expect(
        share(metric({ kind: 'threshold', direction: 'benefit', threshold: 3 }), value(3), ''),
      ).toBe('1.0000');
      expect(
        share(metric({ kind: 'threshold', direction: 'benefit', threshold: 3 }), value(2.99), ''),
      ).toBe('0.0000');
      expect(
        share(metric({ kind: 'threshold', direction: 'cost', threshold: 4 }), value(4), ''),
      ).toBe('1.0000');
      expect(
        share(metric({ kind: 'threshold', direction: 'cost', threshold: 4 }), value(5), ''),
      ).toBe('0.0000');
    });

    it('takes the furthest step reached from a step table, whatever the order of steps', () => {
      const steps = metric({
        kind: 'steps',
        direction: 'benefit',
        steps: [
          { from: 99.9, share: 1 },
          { from: 99, share: 0.25 },
          { from: 99.5, share: 0.6 },
        ],
      });
      expect(share(steps, value(98), '')).toBe('0.0000');
      expect(share(steps, value(99.7), '')).toBe('0.6000');
      expect(share(steps, value(99.95), '')).toBe('1.0000');
      const cost = metric({
        kind: 'steps',
        direction: 'cost',
        steps: [
          { from: 8, share: 0.5 },
          { from: 4, share: 1 },
        ],
      });
      expect(share(cost, value(6), '')).toBe('0.5000');
      expect(share(cost, value(3), '')).toBe('1.0000');
    });
  });

  describe('attestation', () => {
    const c5: ScoredLeaf = {
      ...base,
      id: 'c5',
      kind: 'attestation',
      rules: [
        { scheme: 'bsi-c5', type: 'type2', points: 10 },
        { scheme: 'bsi-c5', type: 'type1', points: 5 },
        { scheme: 'iso-27001', points: 4 },
      ],
    };
    const evidence = (
      item: Partial<{
        scheme: string;
        type: string;
        coversOfferedService: boolean;
        validFrom: string;
        validUntil: string;
      }>,
    ) => ({
      scheme: 'bsi-c5',
      type: 'type2',
      coversOfferedService: true,
      validFrom: '2026-01-01',
      validUntil: '2027-06-30',
      ...item,
    });
    const assess = (...items: ReturnType<typeof evidence>[]) => ({
      kind: 'attestation' as const,
      evidence: items,
    });

    it('scores a C5 Type 2 attestation above Type 1, relative to the best rule', () => {
      expect(share(c5, assess(evidence({})), '2027-03-01')).toBe('1.0000');
      expect(share(c5, assess(evidence({ type: 'type1' })), '2027-03-01')).toBe('0.5000');
      expect(share(c5, assess(evidence({ type: 'type1' }), evidence({})), '2027-03-01')).toBe(
        '1.0000',
      );
    });

    it('matches a rule without a type to any type of its scheme', () => {
      expect(share(c5, assess(evidence({ scheme: 'iso-27001', type: 'any' })), '2027-03-01')).toBe(
        '0.4000',
      );
    });

    it('ignores evidence not covering the offered service or not valid on the reference date', () => {
      expect(share(c5, assess(evidence({ coversOfferedService: false })), '2027-03-01')).toBe(
        '0.0000',
      );
      expect(share(c5, assess(evidence({})), '2027-07-01')).toBe('0.0000');
      expect(share(c5, assess(evidence({ validFrom: '2027-03-02' })), '2027-03-01')).toBe('0.0000');
      expect(share(c5, assess(evidence({ validUntil: '2027-03-01' })), '2027-03-01')).toBe(
        '1.0000',
      );
    });
  });

  it('refuses an assessment of the wrong kind', () => {
    const leaf: ScoredLeaf = { ...base, id: 'concept', kind: 'ordinal', scale: 5, anchors: [] };
    expect(() => leafShare(leaf as never, { kind: 'metric', value: 1 }, '')).toThrow(TypeError);
  });
});
