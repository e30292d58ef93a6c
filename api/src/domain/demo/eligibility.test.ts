import { describe, expect, it } from 'vitest';
import { demoRefusals } from './eligibility.ts';

const none = { organisations: 0, users: 0 };

describe('demoRefusals', () => {
  it('admits an installation reachable from this machine only, holding no real data', () => {
    expect(demoRefusals({ loopbackOnly: true, forced: false, realData: none })).toEqual([]);
  });

  it('refuses a server others can reach, unless forced', () => {
    expect(demoRefusals({ loopbackOnly: false, forced: false, realData: none })).toEqual([
      'not-loopback',
    ]);
    expect(demoRefusals({ loopbackOnly: false, forced: true, realData: none })).toEqual([]);
  });

  it('refuses real data even when forced: one organisation or one user is enough', () => {
    for (const realData of [
      { organisations: 1, users: 0 },
      { organisations: 0, users: 1 },
    ]) {
      expect(demoRefusals({ loopbackOnly: true, forced: true, realData })).toEqual(['real-data']);
    }
    expect(
      demoRefusals({
        loopbackOnly: false,
        forced: false,
        realData: { organisations: 2, users: 5 },
      }),
    ).toEqual(['not-loopback', 'real-data']);
  });
});
