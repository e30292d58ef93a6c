import { describe, expect, it } from 'vitest';
import { fixedClock, systemClock } from '../src/clock.ts';

describe('fixedClock', () => {
  it('stands still until set or advanced, and hands out copies', async () => {
    const clock = fixedClock('2026-03-29T00:59:59.000Z');
    const first = await clock.now();
    first.setFullYear(1999);
    expect((await clock.now()).toISOString()).toBe('2026-03-29T00:59:59.000Z');
    clock.advance(1_000);
    expect((await clock.now()).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    clock.set('2027-01-01T00:00:00Z');
    expect((await clock.now()).toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });
});

describe('systemClock', () => {
  it('reads the system time', async () => {
    const before = Date.now();
    const now = (await systemClock().now()).getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});
