import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../../src/security/access/principal.ts';
import { defaultServiceSettings, type ServiceContext } from '../../../src/services/context.ts';
import { principalOfSessionToken, serviceContextFor } from '../../harness/service-context.ts';
import { issueInvitation } from '../../../src/services/users/issue-invitation.ts';
import { loginWithPassword } from '../../../src/services/sessions/login-with-password.ts';
import { completeTotp } from '../../../src/services/second-factor/complete-totp.ts';
import { secondFactorAttemptsPerSession } from '../../../src/services/second-factor/code-attempts.ts';
import { useRecoveryCode } from '../../../src/services/second-factor/use-recovery-code.ts';
import { sessionStage } from '../../../src/services/sessions/session-stage.ts';
import { createSession, validateSessionToken } from '../../../src/security/sessions/sessions.ts';
import { resetOwnTotp } from '../../../src/services/second-factor/reset-own-totp.ts';
import { resetUserTotp } from '../../../src/services/second-factor/reset-user-totp.ts';
import { acceptInvitation } from '../../../src/services/users/accept-invitation.ts';
import { createUser } from '../../../src/services/users/create-user.ts';
import { disableUser } from '../../../src/services/users/disable-user.ts';
import {
  generateRecoveryCodes,
  hotpCode,
  totpCounterAt,
} from '../../../src/security/credentials/index.ts';
import { fixedClock, type FixedClock } from '../../../src/clock.ts';
import {
  findTotpSecret,
  listUnusedRecoveryCodes,
  replaceRecoveryCodes,
  setPasswordHash,
  setTotpSecret,
} from '../../../src/db/repositories/users.ts';
import type { Role } from '../../../src/db/tables/accounts.ts';
import { runHousekeeping } from '../../../src/runtime/jobs/housekeeping.ts';
import {
  ConflictError,
  ForbiddenError,
  UnauthenticatedError,
  ValidationError,
} from '../../../src/domain/errors.ts';
import { captureLogs } from '../../http/test-app.ts';
import { testPasswordHashing } from '../../harness/passwords.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { seedOrganisation, seedUser, storedPasswordHash } from './fixtures.ts';

const password = 'a long and quiet river at dawn';

describeDatabase('second-factor limits, TOTP resets, new invitations, housekeeping', (backend) => {
  let handle: TestDatabase;
  let clock: FixedClock;
  let storedHash: string;
  let admin: Principal;

  beforeAll(async () => {
    handle = await openTestDatabase(backend);
    clock = fixedClock('2026-05-04T09:00:00Z');
    storedHash = await testPasswordHashing.hashPassword(password);
    const user = await seedUser(handle.db, 'admin');
    admin = {
      kind: 'user',
      userId: user.id,
      organisationId: user.organisation_id,
      role: 'admin',
      mfaVerified: true,
      secondFactorPending: false,
      sessionId: 'test-session',
    };
  });
  afterAll(() => handle.close());

  const ctx = (actor: Principal = { kind: 'anonymous' }): ServiceContext => ({
    ...serviceContextFor(handle.db, clock, actor),
    logger: captureLogs().logger,
    requestId: `req-${randomUUID()}`,
    passwordHashing: testPasswordHashing,
  });

  /** A verb's arguments for the caller a session token stands for, as a request with its cookie. */
  const bySession = async <I extends { sessionToken: string }>(input: I) => ({
    ctx: ctx(await principalOfSessionToken(handle.db, clock, input.sessionToken)),
    input,
  });

  async function account(role: Role, options: { totp?: boolean } = {}) {
    const user = await seedUser(handle.db, role);
    await setPasswordHash(handle.db, user.id, storedHash, new Date('2026-01-01T00:00:00Z'));
    const key = new Uint8Array(randomBytes(20));
    if (options.totp) await setTotpSecret(handle.db, user.id, key);
    const actor: Principal = {
      kind: 'user',
      userId: user.id,
      organisationId: user.organisation_id,
      role,
      mfaVerified: true,
      secondFactorPending: false,
      sessionId: 'test-session',
    };
    return { user, key, actor };
  }

  const codeAt = async (key: Uint8Array) => hotpCode(key, totpCounterAt(await clock.now()));
  const wrongCode = (right: string) => String((Number(right) + 1) % 1_000_000).padStart(6, '0');

  const login = async (email: string) =>
    loginWithPassword({ ctx: ctx(), input: { email, password } });

  async function auditActions(objectId: string) {
    const rows = await handle.db
      .selectFrom('audit_entry')
      .select(['action', 'outcome'])
      .where('object_id', '=', objectId)
      .orderBy('seq')
      .execute();
    return rows.map((row) => `${row.action}:${row.outcome}`);
  }

  describe('wrong codes on a pending session', () => {
    it(`end the session at the ${secondFactorAttemptsPerSession}th, so the password is needed again`, async () => {
      clock.set('2026-05-04T09:00:10Z');
      const { user, key } = await account('officer', { totp: true });
      const pending = (await login(user.email)).session.token;
      const right = await codeAt(key);
      for (let attempt = 1; attempt < secondFactorAttemptsPerSession; attempt += 1) {
        await expect(
          completeTotp(await bySession({ sessionToken: pending, code: wrongCode(right) })),
        ).rejects.toBeInstanceOf(UnauthenticatedError);
        expect(await validateSessionToken(handle.db, clock, pending)).not.toBeNull();
      }
      await expect(
        useRecoveryCode(
          await bySession({ sessionToken: pending, code: 'aaaaa-aaaaa-aaaaa-aaaaa-aaaaa' }),
        ),
      ).rejects.toBeInstanceOf(UnauthenticatedError);
      expect(await validateSessionToken(handle.db, clock, pending)).toBeNull();
      await expect(
        completeTotp(await bySession({ sessionToken: pending, code: right })),
      ).rejects.toBeInstanceOf(UnauthenticatedError);

      // A new password entry starts a new count, and the right code still works.
      const again = (await login(user.email)).session.token;
      const verified = await completeTotp(await bySession({ sessionToken: again, code: right }));
      expect(verified.session.mfa_verified).toBe(true);
    });

    it('lets a person who mistyped a few times in', async () => {
      clock.set('2026-05-04T09:01:10Z');
      const { user, key } = await account('admin', { totp: true });
      const pending = (await login(user.email)).session.token;
      const right = await codeAt(key);
      for (let attempt = 1; attempt < secondFactorAttemptsPerSession; attempt += 1) {
        await expect(
          completeTotp(await bySession({ sessionToken: pending, code: wrongCode(right) })),
        ).rejects.toBeInstanceOf(UnauthenticatedError);
      }
      const verified = await completeTotp(await bySession({ sessionToken: pending, code: right }));
      expect(verified.session.mfa_verified).toBe(true);
    });
  });

  describe('an administrator resetting a user’s TOTP', () => {
    it('removes key and recovery codes and ends the sessions; the officer enrols again', async () => {
      clock.set('2026-05-04T10:00:10Z');
      const { user, key } = await account('officer', { totp: true });
      await replaceRecoveryCodes(handle.db, user.id, generateRecoveryCodes().hashes, new Date());
      const pending = (await login(user.email)).session.token;
      const full = await completeTotp(
        await bySession({ sessionToken: pending, code: await codeAt(key) }),
      );

      const result = await resetUserTotp({ ctx: ctx(admin), input: { userId: user.id } });

      expect(result.endedSessions).toBe(1);
      expect(await validateSessionToken(handle.db, clock, full.token)).toBeNull();
      expect(await findTotpSecret(handle.db, user.id)).toBeNull();
      expect(await listUnusedRecoveryCodes(handle.db, user.id)).toEqual([]);
      const next = await login(user.email);
      expect(next.state).toBe('totp-enrolment-required');
      expect(await auditActions(user.id)).toContain('auth.mfa.reset:succeeded');
    });

    it('is for administrators only, and the refusal is recorded', async () => {
      const { user } = await account('officer', { totp: true });
      const { actor: officer } = await account('officer');
      await expect(
        resetUserTotp({ ctx: ctx(officer), input: { userId: user.id } }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      expect(await findTotpSecret(handle.db, user.id)).not.toBeNull();
      expect(await auditActions(user.id)).toEqual(['auth.mfa.reset:refused']);
    });
  });

  describe('a user resetting their own TOTP', () => {
    it('needs the password; then only enrolment is left for an officer, and other sessions end', async () => {
      clock.set('2026-05-04T11:00:10Z');
      const { user, key } = await account('officer', { totp: true });
      const first = await completeTotp(
        await bySession({
          sessionToken: (await login(user.email)).session.token,
          code: await codeAt(key),
        }),
      );
      clock.set('2026-05-04T11:00:40Z');
      const second = await completeTotp(
        await bySession({
          sessionToken: (await login(user.email)).session.token,
          code: await codeAt(key),
        }),
      );

      await expect(
        resetOwnTotp(await bySession({ sessionToken: second.token, password: 'wrong' })),
      ).rejects.toBeInstanceOf(ValidationError);
      expect(await findTotpSecret(handle.db, user.id)).not.toBeNull();

      const reset = await resetOwnTotp(await bySession({ sessionToken: second.token, password }));
      expect(reset.enrolmentRequired).toBe(true);
      expect(await findTotpSecret(handle.db, user.id)).toBeNull();
      expect(await validateSessionToken(handle.db, clock, first.token)).toBeNull();
      expect(await validateSessionToken(handle.db, clock, second.token)).toBeNull();
      const current = await validateSessionToken(handle.db, clock, reset.session.token);
      expect(current).not.toBeNull();
      expect(await sessionStage(handle.db, current!)).toBe('enrolment');
      expect(await auditActions(user.id)).toEqual(
        expect.arrayContaining(['auth.mfa.reset:refused', 'auth.mfa.reset:succeeded']),
      );
    });

    it('leaves a vendor with a full session', async () => {
      const { user, key } = await account('vendor', { totp: true });
      clock.set('2026-05-04T12:00:10Z');
      const full = await completeTotp(
        await bySession({
          sessionToken: (await login(user.email)).session.token,
          code: await codeAt(key),
        }),
      );
      const reset = await resetOwnTotp(await bySession({ sessionToken: full.token, password }));
      expect(reset.enrolmentRequired).toBe(false);
      const current = await validateSessionToken(handle.db, clock, reset.session.token);
      expect(await sessionStage(handle.db, current!)).toBe('full');
    });

    it('is refused to a session that has not passed the second factor', async () => {
      const { user } = await account('officer', { totp: true });
      const pending = (await login(user.email)).session.token;
      await expect(
        resetOwnTotp(await bySession({ sessionToken: pending, password })),
      ).rejects.toBeInstanceOf(UnauthenticatedError);
      expect(await findTotpSecret(handle.db, user.id)).not.toBeNull();
    });
  });

  describe('a new invitation', () => {
    async function invitee() {
      const organisation = await seedOrganisation(handle.db, 'authority');
      return createUser({
        ctx: ctx(admin),
        input: {
          organisationId: organisation.id,
          email: `invitee-${randomUUID()}@example.org`,
          displayName: 'Invitee',
          role: 'officer',
        },
      });
    }

    it('replaces the earlier link, which stops working', async () => {
      clock.set('2026-05-04T13:00:00Z');
      const created = await invitee();
      clock.set('2026-05-10T13:00:00Z');
      const issued = await issueInvitation({
        ctx: {
          ...ctx(admin),
          settings: { ...defaultServiceSettings, invitationLifetimeMs: 24 * 3_600_000 },
        },
        input: { userId: created.user.id },
      });
      expect(issued.token).not.toBe(created.invitation.token);
      expect(issued.expiresAt).toEqual(new Date('2026-05-11T13:00:00Z'));
      await expect(
        acceptInvitation({
          ctx: ctx(),
          input: { token: created.invitation.token, passwordHash: storedPasswordHash },
        }),
      ).rejects.toBeInstanceOf(ConflictError);
      const accepted = await acceptInvitation({
        ctx: ctx(),
        input: { token: issued.token, passwordHash: storedPasswordHash },
      });
      expect(accepted.id).toBe(created.user.id);
    });

    it('is refused for a user who accepted one already, or is disabled, and for non-administrators', async () => {
      const { user, actor: officer } = await account('officer');
      await expect(
        issueInvitation({ ctx: ctx(admin), input: { userId: user.id } }),
      ).rejects.toBeInstanceOf(ConflictError);
      const created = await invitee();
      await expect(
        issueInvitation({ ctx: ctx(officer), input: { userId: created.user.id } }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await disableUser({ ctx: ctx(admin), input: { userId: created.user.id } });
      await expect(
        issueInvitation({ ctx: ctx(admin), input: { userId: created.user.id } }),
      ).rejects.toBeInstanceOf(ConflictError);
    });
  });

  it('housekeeping deletes expired sessions and keeps live ones', async () => {
    clock.set('2026-05-05T08:00:00Z');
    const { user } = await account('reviewer');
    const lifetimes = { idleMs: 60_000, absoluteMs: 120_000 };
    const short = await createSession(
      handle.db,
      clock,
      { userId: user.id, mfaVerified: false },
      lifetimes,
    );
    const long = await createSession(handle.db, clock, { userId: user.id, mfaVerified: false });
    clock.set('2026-05-05T08:05:00Z');

    const removed = await runHousekeeping({ db: handle.db, clock, logger: captureLogs().logger });

    expect(removed['expired sessions']).toBeGreaterThanOrEqual(1);
    const left = await handle.db
      .selectFrom('user_session')
      .select('id')
      .where('user_id', '=', user.id)
      .execute();
    expect(left.map((row) => row.id)).toEqual([long.session.id]);
    expect(short.session.id).not.toBe(long.session.id);
  });
});
