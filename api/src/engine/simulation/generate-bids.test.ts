import { describe, expect, it } from 'vitest';
import { ordinal, price, scheme } from '../../../test/fixtures/schemes.ts';
import { seededRandom } from '../random/prng.ts';
import {
  bidGenerator,
  checkGeneratorSettings,
  sample,
  type BidGeneratorSettings,
} from './generate-bids.ts';

const draft = scheme([
  ordinal('concept', 4_000),
  {
    kind: 'metric',
    id: 'availability',
    parentId: null,
    title: { de: 'Verfügbarkeit', en: 'Availability' },
    weightBp: 2_000,
    subject: 'service',
    unit: '%',
    utility: { kind: 'linear', worst: 99, best: 99.99 },
  },
  price(4_000),
]);

const settings: BidGeneratorSettings = {
  count: 30,
  price: { kind: 'triangular', min: 80_000, mode: 100_000, max: 160_000 },
  leaves: {
    concept: { kind: 'levels', weights: [0, 1, 2, 4, 2, 1] },
    availability: { kind: 'uniform', min: 99.5, max: 99.95, decimals: 2 },
  },
};

describe('bidGenerator', () => {
  it('gives the same bids for the same seed and others for another seed', () => {
    const generate = bidGenerator(draft, settings);
    expect(generate(seededRandom(7))).toEqual(generate(seededRandom(7)));
    expect(generate(seededRandom(7))).not.toEqual(generate(seededRandom(8)));
  });

  it('keeps prices, levels and values inside the stated ranges', () => {
    const generate = bidGenerator(draft, settings);
    const random = seededRandom(1);
    const levels = new Set<number>();
    for (let run = 0; run < 200; run++) {
      for (const bid of generate(random)) {
        expect(bid.price).toBeGreaterThanOrEqual(80_000);
        expect(bid.price).toBeLessThanOrEqual(160_000);
        expect(Number.isInteger(Math.round(bid.price * 100))).toBe(true);
        const [level, availability] = bid.values as [number, number];
        levels.add(level);
        expect(availability).toBeGreaterThanOrEqual(99.5);
        expect(availability).toBeLessThanOrEqual(99.95);
        expect(availability.toFixed(2)).toBe(String(availability).padEnd(5, '0'));
      }
    }
    // Level 0 has weight 0 and must never be drawn; every other level is.
    expect([...levels].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('draws a triangular distribution around its mode', () => {
    const random = seededRandom(3);
    const draws = Array.from({ length: 20_000 }, () =>
      sample({ kind: 'triangular', min: 0, mode: 3, max: 6 }, random),
    );
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    // Mean of a triangular distribution: (min + mode + max) / 3 = 3.
    expect(mean).toBeCloseTo(3, 1);
    expect(draws.filter((x) => x < 3).length / draws.length).toBeCloseTo(0.5, 1);
  });

  it('names settings that do not fit the scheme', () => {
    const issues = checkGeneratorSettings(draft, {
      count: 51,
      price: { kind: 'uniform', min: 0, max: 10 },
      leaves: {
        concept: { kind: 'levels', weights: [1, 1] },
        availability: { kind: 'levels', weights: [1] },
        ghost: { kind: 'uniform', min: 0, max: 1 },
      },
    });
    expect(issues.map((issue) => [issue.pointer, issue.code])).toEqual([
      ['/count', 'bid-count'],
      ['/price/min', 'price-not-positive'],
      ['/leaves/ghost', 'unknown-leaf'],
      ['/leaves/concept/weights', 'weights-length'],
      ['/leaves/availability', 'distribution-kind'],
    ]);
  });
});
