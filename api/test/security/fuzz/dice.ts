import fc from 'fast-check';

/**
 * The fuzzer's only source of chance: a seeded generator (mulberry32) for its choices, and
 * fast-check, seeded from it, for values of a schema. One seed gives the same requests again.
 */
export class Dice {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A whole number in [0, 2^32). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** A whole number in [0, below). */
  below(below: number): number {
    return this.next() % below;
  }

  chance(probability: number): boolean {
    return this.next() / 2 ** 32 < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Nothing to pick from');
    return items[this.below(items.length)]!;
  }

  /** One value of an arbitrary, drawn with a seed from this generator. */
  sample<T>(arbitrary: fc.Arbitrary<T>): T {
    return fc.sample(arbitrary, { seed: this.next() | 0, numRuns: 1 })[0]!;
  }
}

/** A seed for one case, from the run's seed, the operation and the case's number (FNV-1a). */
export function caseSeed(runSeed: number, operationId: string, index: number): number {
  let hash = 0x811c9dc5 ^ (runSeed >>> 0);
  for (const char of `${operationId}#${index}`) {
    hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
