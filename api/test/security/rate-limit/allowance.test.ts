import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock.ts';
import { findRateLimit } from '../../../src/db/repositories/rate-limits.ts';
import {
  keyHashOf,
  takeAllowance,
  type RateLimitContext,
} from '../../../src/security/rate-limit/take-allowance.ts';
import {
  incrementMs,
  latestRefillAllowed,
  retryAfterSeconds,
} from '../../../src/security/rate-limit/gcra.ts';
import {
  analysisCosts,
  rateLimits,
  type RateLimit,
} from '../../../src/security/rate-limit/limits.ts';
import { sweepIntervalMs } from '../../../src/security/rate-limit/sweep.ts';
import { TooManyRequestsError } from '../../../src/domain/errors.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';

const fivePerMinute: RateLimit = {
  name: 'test.five',
  limit: 5,
  periodMs: 60_000,
  onSuccess: 'keep',
};
const twoPerMinute: RateLimit = { ...fivePerMinute, name: 'test.two', limit: 2 };

describe('the allowance arithmetic (GCRA)', () => {
  const now = new Date('2026-03-01T12:00:00Z');

  it('turns "5 per minute" into a unit every 12 seconds and allows a whole burst', () => {
    expect(incrementMs(fivePerMinute)).toBe(12_000);
    expect(incrementMs(fivePerMinute, 3)).toBe(36_000);
    // A fresh key refills at `now`; five units move it 60 s ahead, which is still allowed.
    expect(latestRefillAllowed(fivePerMinute, now).getTime() - now.getTime()).toBe(48_000);
  });

  it('says when a refused request would be allowed, in whole seconds, at least one', () => {
    const full = new Date(now.getTime() + 60_000);
    expect(retryAfterSeconds(fivePerMinute, full, now)).toBe(12);
    expect(retryAfterSeconds(fivePerMinute, full, now, 2)).toBe(24);
    expect(retryAfterSeconds(fivePerMinute, new Date(now.getTime() + 48_001), now)).toBe(1);
    expect(retryAfterSeconds(fivePerMinute, now, now)).toBe(1);
  });

  it('names every limit of the policy once, as the counter table accepts, and fits every cost', () => {
    for (const limit of Object.values(rateLimits)) {
      expect(Number.isInteger(limit.limit) && limit.limit >= 1, limit.name).toBe(true);
      expect(limit.name).toMatch(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/);
    }
    // A request costing more than the whole allowance could never be allowed.
    expect(Math.max(...Object.values(analysisCosts))).toBeLessThanOrEqual(
      rateLimits.analysis.limit,
    );
    expect(new Set(Object.values(rateLimits).map((limit) => limit.name)).size).toBe(
      Object.keys(rateLimits).length,
    );
  });
});

describeDatabase('allowances in the database', (backend) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
  });
  afterAll(() => database.close());

  const contextAt = (clock = fixedClock()): RateLimitContext => ({
    db: database.db,
    clock,
    actor: null,
  });
  let keys = 0;
  const freshKey = () => [`test-key-${backend}-${++keys}`];

  it('allows exactly the limit among concurrent requests', async () => {
    const ctx = contextAt();
    const key = freshKey();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, () => takeAllowance(ctx, [{ limit: fivePerMinute, key }])),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(5);
    const refusals = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(refusals).toHaveLength(35);
    for (const refusal of refusals) {
      expect(refusal.reason).toBeInstanceOf(TooManyRequestsError);
    }
  });

  it('counts a cost in units, and gives back what an earlier limit took when a later one refuses', async () => {
    const clock = fixedClock();
    const ctx = contextAt(clock);
    const [wide, narrow] = [freshKey(), freshKey()];
    const checks = [
      { limit: fivePerMinute, key: wide },
      { limit: twoPerMinute, key: narrow },
    ];
    await takeAllowance(ctx, checks);
    await takeAllowance(ctx, checks);
    await expect(takeAllowance(ctx, checks)).rejects.toBeInstanceOf(TooManyRequestsError);
    const now = (await clock.now()).getTime();
    const counter = await findRateLimit(database.db, {
      limitName: fivePerMinute.name,
      keyHash: keyHashOf(wide),
    });
    // Two requests used 2 × 12 s of the wide limit; the refused third used nothing.
    expect(counter!.refilledAt.getTime() - now).toBe(24_000);
    // Three more units fit the wide limit at once; a fourth does not.
    await takeAllowance(ctx, [{ limit: fivePerMinute, key: wide, cost: 3 }]);
    await expect(takeAllowance(ctx, [{ limit: fivePerMinute, key: wide }])).rejects.toMatchObject({
      retryAfterSeconds: 12,
    });
  });

  it('settles a success as the limit says: kept, given back or forgotten', async () => {
    const ctx = contextAt();
    for (const [onSuccess, remaining] of [
      ['keep', 3],
      ['giveBack', 4],
      ['forget', 5],
    ] as const) {
      const limit: RateLimit = { ...fivePerMinute, onSuccess };
      const key = freshKey();
      await takeAllowance(ctx, [{ limit, key }]);
      const allowance = await takeAllowance(ctx, [{ limit, key }]);
      await allowance.succeeded();
      let allowed = 0;
      try {
        for (;;) {
          await takeAllowance(ctx, [{ limit, key }]);
          allowed++;
        }
      } catch (error) {
        expect(error).toBeInstanceOf(TooManyRequestsError);
      }
      expect(allowed, onSuccess).toBe(remaining);
    }
  });

  it('deletes counters whose allowance is whole again, at most once a minute', async () => {
    const clock = fixedClock('2027-06-01T00:00:00Z');
    const ctx = contextAt(clock);
    const key = freshKey();
    await takeAllowance(ctx, [{ limit: fivePerMinute, key }]);
    const counter = { limitName: fivePerMinute.name, keyHash: keyHashOf(key) };
    expect(await findRateLimit(database.db, counter)).toBeDefined();

    // Refilled after 12 s, but the last sweep was less than a minute ago.
    clock.advance(13_000);
    await takeAllowance(ctx, [{ limit: fivePerMinute, key: freshKey() }]);
    expect(await findRateLimit(database.db, counter)).toBeDefined();

    clock.advance(sweepIntervalMs);
    await takeAllowance(ctx, [{ limit: fivePerMinute, key: freshKey() }]);
    expect(await findRateLimit(database.db, counter)).toBeUndefined();
  });
});
