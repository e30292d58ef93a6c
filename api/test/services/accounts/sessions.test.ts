import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, type FixedClock } from '../../../src/clock.ts';
import {
  createSession,
  invalidateAllSessionsOfUser,
  invalidateOtherSessions,
  invalidateSession,
  listSessionsOfUser,
  sessionTouchIntervalMs,
  validateSessionToken,
} from '../../../src/security/sessions/sessions.ts';
import { parseTokenParts } from '../../../src/security/credentials/tokens.ts';
import type { SessionLifetimes } from '../../../src/domain/accounts/lifetimes.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { seedUser } from './fixtures.ts';

const minute = 60_000;
const hour = 60 * minute;
const lifetimes: SessionLifetimes = { idleMs: 30 * minute, absoluteMs: 12 * hour };

describeDatabase('sessions', (backend) => {
  let handle: TestDatabase;
  let clock: FixedClock;

  beforeAll(async () => {
    handle = await openTestDatabase(backend);
  });
  afterAll(() => handle.close());

  const start = (userId: string, mfaVerified = true, replacesSessionId?: string) =>
    createSession(handle.db, clock, { userId, mfaVerified, replacesSessionId }, lifetimes);
  const validate = (token: string) => validateSessionToken(handle.db, clock, token, lifetimes);

  describe('tokens', () => {
    beforeAll(() => {
      clock = fixedClock('2026-03-02T08:00:00Z');
    });

    it('issues id.secret tokens: a 24-character id and a secret of at least 128 bits', async () => {
      const user = await seedUser(handle.db, 'officer');
      const tokens = await Promise.all(
        Array.from({ length: 20 }, async () => (await start(user.id)).token),
      );
      for (const token of tokens) {
        expect(token).toMatch(/^[a-z2-7]{24}\.[a-z2-7]{32}$/);
        // 32 base32 characters carry 160 bits.
        expect(parseTokenParts(token)!.secret.length * 5).toBeGreaterThanOrEqual(128);
      }
      expect(new Set(tokens.map((t) => t.split('.')[0])).size).toBe(tokens.length);
      expect(new Set(tokens.map((t) => t.split('.')[1])).size).toBe(tokens.length);
      // The secret's characters are spread over the whole alphabet, not a constant pattern.
      const letters = new Set(tokens.flatMap((t) => [...t.split('.')[1]!]));
      expect(letters.size).toBeGreaterThan(28);
    });

    it('validates a fresh token and returns the user', async () => {
      const user = await seedUser(handle.db, 'reviewer');
      const { token, session } = await start(user.id, false);
      const validated = await validate(token);
      expect(validated?.session.id).toBe(session.id);
      expect(validated?.session.mfa_verified).toBe(false);
      expect(validated?.user).toEqual({
        id: user.id,
        organisationId: user.organisation_id,
        role: 'reviewer',
      });
    });

    it.each([
      ['an empty string', ''],
      ['no dot', 'abcdefghijklmnopqrstuvwx'],
      ['an uppercase token', 'ABCDEFGHIJKLMNOPQRSTUVWX.ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'],
      ['an extra part', 'abcdefghijklmnopqrstuvwx.abcdefghijklmnopqrstuvwxyz234567.x'],
    ])('refuses %s', async (_name, token) => {
      expect(await validate(token)).toBeNull();
    });

    it('refuses the right id with a wrong secret', async () => {
      const user = await seedUser(handle.db, 'officer');
      const { token } = await start(user.id);
      const other = await start(user.id);
      const [id] = token.split('.');
      const [, otherSecret] = other.token.split('.');
      expect(await validate(`${id}.${otherSecret}`)).toBeNull();
      expect(await validate(token)).not.toBeNull();
    });
  });

  describe('fixation and logout', () => {
    beforeAll(() => {
      clock = fixedClock('2026-03-02T08:00:00Z');
    });

    it('gives a new session id on login; a token planted before login stays useless', async () => {
      const attacker = await seedUser(handle.db, 'officer');
      const victim = await seedUser(handle.db, 'officer');
      const planted = (await start(attacker.id)).token;
      // The victim logs in from a browser that presents the planted token.
      const plantedId = planted.split('.')[0]!;
      const { token, session } = await start(victim.id, true, plantedId);
      expect(session.id).not.toBe(plantedId);
      expect(token.split('.')[0]).not.toBe(plantedId);
      expect(await validate(planted)).toBeNull();
      expect((await validate(token))?.user.id).toBe(victim.id);
    });

    it('a made-up token never becomes valid through a login', async () => {
      const user = await seedUser(handle.db, 'officer');
      const madeUp = 'abcdefghijklmnopqrstuvwx.abcdefghijklmnopqrstuvwxyz234567';
      await start(user.id, false, madeUp.split('.')[0]);
      expect(await validate(madeUp)).toBeNull();
    });

    it('ends the password-only session when the second factor is passed', async () => {
      const user = await seedUser(handle.db, 'admin');
      const first = await start(user.id, false);
      const second = await start(user.id, true, first.session.id);
      expect(await validate(first.token)).toBeNull();
      expect((await validate(second.token))?.session.mfa_verified).toBe(true);
    });

    it('refuses a token replayed after logout', async () => {
      const user = await seedUser(handle.db, 'reviewer');
      const { token, session } = await start(user.id);
      expect(await invalidateSession(handle.db, session.id)).toBe(true);
      expect(await validate(token)).toBeNull();
      expect(await invalidateSession(handle.db, session.id)).toBe(false);
    });

    it('refuses the sessions of a disabled user', async () => {
      const user = await seedUser(handle.db, 'officer');
      const { token } = await start(user.id);
      await handle.db
        .updateTable('app_user')
        .set({ disabled_at: new Date('2026-03-02T08:00:00Z') })
        .where('id', '=', user.id)
        .execute();
      expect(await validate(token)).toBeNull();
    });
  });

  describe('expiry', () => {
    beforeAll(() => {
      clock = fixedClock('2026-03-02T08:00:00Z');
    });

    it('ends a session left idle for the idle timeout', async () => {
      clock.set('2026-03-02T08:00:00Z');
      const user = await seedUser(handle.db, 'officer');
      const { token, session } = await start(user.id);
      clock.advance(30 * minute - 1);
      expect(await validate(token)).not.toBeNull();
      const { token: idle } = await start(user.id);
      clock.advance(30 * minute);
      expect(await validate(idle)).toBeNull();
      // An expired session is deleted on sight.
      const rows = await handle.db
        .selectFrom('user_session')
        .select('id')
        .where('user_id', '=', user.id)
        .execute();
      expect(rows.map((r) => r.id)).toContain(session.id);
      expect(rows).toHaveLength(1);
    });

    it('slides the idle expiry with use, writing at most once a minute', async () => {
      clock.set('2026-03-03T08:00:00Z');
      const user = await seedUser(handle.db, 'officer');
      const { token, session } = await start(user.id);
      expect(session.idle_expires_at).toEqual(new Date('2026-03-03T08:30:00Z'));

      clock.advance(20 * minute);
      const used = await validate(token);
      expect(used?.session.last_seen_at).toEqual(new Date('2026-03-03T08:20:00Z'));
      expect(used?.session.idle_expires_at).toEqual(new Date('2026-03-03T08:50:00Z'));

      // Within a minute of the last write: no statement beyond the lookup.
      clock.advance(sessionTouchIntervalMs - 1);
      const { count, result } = await handle.statements.measure(() => validate(token));
      expect(count).toBe(1);
      expect(result?.session.idle_expires_at).toEqual(new Date('2026-03-03T08:50:00Z'));

      // Used every 25 minutes, the session outlives its first idle expiry by far.
      for (let i = 0; i < 6; i++) {
        clock.advance(25 * minute);
        expect(await validate(token)).not.toBeNull();
      }
      expect(await clock.now()).toEqual(new Date('2026-03-03T10:50:59.999Z'));
    });

    it('ends a session at its absolute lifetime however much it is used', async () => {
      clock.set('2026-03-04T08:00:00Z');
      const user = await seedUser(handle.db, 'officer');
      const { token, session } = await start(user.id);
      expect(session.absolute_expires_at).toEqual(new Date('2026-03-04T20:00:00Z'));
      for (let i = 0; i < 47; i++) {
        clock.advance(15 * minute);
        expect(await validate(token)).not.toBeNull();
      }
      // 11:45 in: the idle expiry is capped by the absolute one.
      const last = await validate(token);
      expect(last?.session.idle_expires_at).toEqual(new Date('2026-03-04T20:00:00Z'));
      clock.advance(15 * minute);
      expect(await validate(token)).toBeNull();
    });
  });

  describe('ending sessions', () => {
    beforeAll(() => {
      clock = fixedClock('2026-03-05T08:00:00Z');
    });

    it('lists the live sessions of a user without their secrets', async () => {
      const user = await seedUser(handle.db, 'officer');
      const a = await start(user.id);
      clock.advance(minute);
      const b = await start(user.id);
      const sessions = await listSessionsOfUser(handle.db, clock, user.id);
      expect(sessions.map((s) => s.id)).toEqual([b.session.id, a.session.id]);
      expect(sessions[0]).not.toHaveProperty('secret_hash');
    });

    it('a password change ends the other sessions but not the current one', async () => {
      const user = await seedUser(handle.db, 'officer');
      const bystander = await seedUser(handle.db, 'officer');
      const current = await start(user.id);
      const laptop = await start(user.id);
      const phone = await start(user.id);
      const theirs = await start(bystander.id);
      expect(await invalidateOtherSessions(handle.db, user.id, current.session.id)).toBe(2);
      expect(await validate(current.token)).not.toBeNull();
      expect(await validate(laptop.token)).toBeNull();
      expect(await validate(phone.token)).toBeNull();
      expect(await validate(theirs.token)).not.toBeNull();
    });

    it('an administrator ends all sessions of a user', async () => {
      const user = await seedUser(handle.db, 'reviewer');
      const one = await start(user.id);
      const two = await start(user.id);
      expect(await invalidateAllSessionsOfUser(handle.db, user.id)).toBe(2);
      expect(await validate(one.token)).toBeNull();
      expect(await validate(two.token)).toBeNull();
      expect(await listSessionsOfUser(handle.db, clock, user.id)).toEqual([]);
    });
  });
});
