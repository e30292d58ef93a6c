import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Principal } from '../../../src/security/access/principal.ts';
import type { ServiceContext } from '../../../src/services/context.ts';
import { principalOfSessionToken, serviceContextFor } from '../../harness/service-context.ts';
import { changePassword } from '../../../src/services/sessions/change-password.ts';
import {
  loginFailedMessage,
  loginWithPassword,
} from '../../../src/services/sessions/login-with-password.ts';
import { logout } from '../../../src/services/sessions/logout.ts';
import { PasswordPolicyError } from '../../../src/services/sessions/password-policy-error.ts';
import { endOwnSession } from '../../../src/services/sessions/end-own-session.ts';
import { endUserSessions } from '../../../src/services/sessions/end-user-sessions.ts';
import { completeTotp } from '../../../src/services/second-factor/complete-totp.ts';
import { confirmTotpEnrolment } from '../../../src/services/second-factor/confirm-totp-enrolment.ts';
import { startTotpEnrolment } from '../../../src/services/second-factor/start-totp-enrolment.ts';
import { useRecoveryCode } from '../../../src/services/second-factor/use-recovery-code.ts';
import { sessionStage } from '../../../src/services/sessions/session-stage.ts';
import { validateSessionToken } from '../../../src/security/sessions/sessions.ts';
import { disableUser } from '../../../src/services/users/disable-user.ts';
import { verifyAuditChain } from '../../../src/security/audit/verify.ts';
import {
  argon2idHashing,
  generateRecoveryCodes,
  hotpCode,
  totpCounterAt,
} from '../../../src/security/credentials/index.ts';
import { fixedClock, type FixedClock } from '../../../src/clock.ts';
import {
  findCredentialsByEmail,
  replaceRecoveryCodes,
  setPasswordHash,
  setTotpSecret,
} from '../../../src/db/repositories/users.ts';
import type { Role } from '../../../src/db/tables/accounts.ts';
import {
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
} from '../../../src/domain/errors.ts';
import { captureLogs } from '../../http/test-app.ts';
import { countingPasswordHashing, testPasswordHashing } from '../../harness/passwords.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { seedUser } from './fixtures.ts';

const password = 'a long and quiet river at dawn';

describeDatabase('login, second factor and own sessions', (backend) => {
  let handle: TestDatabase;
  let clock: FixedClock;
  let logs: ReturnType<typeof captureLogs>;
  let storedHash: string;
  // Counts Argon2 verifications, to show an unknown user costs the same work as a wrong password.
  const argon2Work = countingPasswordHashing();
  const calls = { verify: argon2Work.verified };

  beforeAll(async () => {
    handle = await openTestDatabase(backend);
    clock = fixedClock('2026-05-04T09:00:00Z');
    logs = captureLogs();
    storedHash = await testPasswordHashing.hashPassword(password);
  });
  afterAll(() => handle.close());

  const ctx = (actor: Principal = { kind: 'anonymous' }): ServiceContext => ({
    ...serviceContextFor(handle.db, clock, actor),
    logger: logs.logger,
    requestId: `req-${randomUUID()}`,
    passwordHashing: argon2Work.hashing,
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
    return { user, key };
  }

  const codeAt = async (key: Uint8Array, steps = 0) =>
    hotpCode(key, totpCounterAt(await clock.now()) + steps);

  async function auditTail(count: number) {
    const rows = await handle.db
      .selectFrom('audit_entry')
      .select(['action', 'outcome', 'actor_id', 'object_type', 'object_id', 'canonical'])
      .orderBy('seq', 'desc')
      .limit(count)
      .execute();
    return rows.reverse();
  }

  it('gives an unknown user and a wrong password the same answer after one Argon2 verification each', async () => {
    const { user } = await account('reviewer');
    const unknownEmail = `nobody-${randomUUID()}@example.org`;
    calls.verify.length = 0;
    const unknown = await loginWithPassword({
      ctx: ctx(),
      input: { email: unknownEmail, password },
    }).catch((error: unknown) => error);
    expect(calls.verify).toHaveLength(1);
    const wrong = await loginWithPassword({
      ctx: ctx(),
      input: { email: user.email, password: 'not the password at all' },
    }).catch((error: unknown) => error);
    expect(calls.verify).toHaveLength(2);
    for (const error of [unknown, wrong]) {
      expect(error).toBeInstanceOf(UnauthenticatedError);
      expect((error as Error).message).toBe(loginFailedMessage);
    }
    expect(calls.verify[0]).not.toBe(calls.verify[1]);
    expect(calls.verify[0]!.split('$').slice(0, 4)).toEqual(
      calls.verify[1]!.split('$').slice(0, 4),
    );

    const [unknownEntry, wrongEntry] = await auditTail(2);
    expect(unknownEntry).toMatchObject({
      action: 'auth.login.failed',
      outcome: 'refused',
      actor_id: null,
      object_id: null,
    });
    expect(unknownEntry!.canonical).not.toContain(unknownEmail);
    expect(wrongEntry).toMatchObject({
      action: 'auth.login.failed',
      outcome: 'refused',
      object_id: user.id,
    });
  });

  it('looks the e-mail address up ignoring case and gives a reviewer a full session', async () => {
    const { user } = await account('reviewer');
    const result = await loginWithPassword({
      ctx: ctx(),
      input: { email: ` ${user.email.toUpperCase()} `, password },
    });
    expect(result.state).toBe('authenticated');
    const validated = await validateSessionToken(handle.db, clock, result.session.token);
    expect(validated?.user.id).toBe(user.id);
    expect(await sessionStage(handle.db, validated!)).toBe('full');
    expect(await auditTail(1)).toMatchObject([
      { action: 'auth.login.succeeded', outcome: 'succeeded', actor_id: user.id },
    ]);
  });

  it('refuses a disabled user with the same answer', async () => {
    const { user: admin } = await account('admin');
    const { user } = await account('reviewer');
    await disableUser({
      ctx: ctx({
        kind: 'user',
        userId: admin.id,
        organisationId: admin.organisation_id,
        role: 'admin',
        mfaVerified: true,
        secondFactorPending: false,
        sessionId: 'test-session',
      }),
      input: { userId: user.id },
    });
    await expect(
      loginWithPassword({ ctx: ctx(), input: { email: user.email, password } }),
    ).rejects.toThrow(new UnauthenticatedError(loginFailedMessage));
  });

  it('rehashes a password hashed with weaker parameters on login', async () => {
    const { user } = await account('vendor');
    // Stronger than the stored hash, yet far below production's cost.
    const current = argon2idHashing({ memoryCost: 64, timeCost: 2, parallelism: 1 });
    const argon2 = await import('@node-rs/argon2');
    const weak = await argon2.hash(password, { algorithm: 2, memoryCost: 32, timeCost: 1 });
    await setPasswordHash(handle.db, user.id, weak, new Date('2026-01-01T00:00:00Z'));
    await loginWithPassword({
      ctx: { ...ctx(), passwordHashing: current },
      input: { email: user.email, password },
    });
    const stored = await findCredentialsByEmail(handle.db, user.email);
    expect(stored!.password_hash).not.toBe(weak);
    expect(stored!.password_hash).toMatch(/^\$argon2id\$v=19\$m=64,t=2,p=1\$/);
    expect(current.needsRehash(stored!.password_hash!)).toBe(false);
    expect(stored!.password_changed_at).toEqual(new Date('2026-01-01T00:00:00Z'));
  });

  it('gives an officer without TOTP a session that can only enrol', async () => {
    const { user } = await account('officer');
    const result = await loginWithPassword({ ctx: ctx(), input: { email: user.email, password } });
    expect(result.state).toBe('totp-enrolment-required');
    const pending = result.session.token;
    const validated = await validateSessionToken(handle.db, clock, pending);
    expect(validated!.session.mfa_verified).toBe(false);
    expect(await sessionStage(handle.db, validated!)).toBe('enrolment');
    await expect(
      changePassword(
        await bySession({
          sessionToken: pending,
          currentPassword: password,
          newPassword: 'x'.repeat(20),
        }),
      ),
    ).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(
      completeTotp(await bySession({ sessionToken: pending, code: '123456' })),
    ).rejects.toBeInstanceOf(UnauthenticatedError);

    const enrolment = await startTotpEnrolment(await bySession({ sessionToken: pending }));
    expect(enrolment.keyUri).toContain(`secret=${enrolment.secret}`);
    expect(enrolment.qrCodeSvg).toMatch(/^<svg/);
    const key = new Uint8Array(
      (await import('@oslojs/encoding')).decodeBase32IgnorePadding(enrolment.secret),
    );
    await expect(
      confirmTotpEnrolment(
        await bySession({
          sessionToken: pending,
          secret: enrolment.secret,
          code: await codeAt(key, 5),
        }),
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    const confirmed = await confirmTotpEnrolment(
      await bySession({ sessionToken: pending, secret: enrolment.secret, code: await codeAt(key) }),
    );
    expect(confirmed.recoveryCodes).toHaveLength(10);
    expect(confirmed.session.session.id).not.toBe(validated!.session.id);
    expect(confirmed.session.session.mfa_verified).toBe(true);
    expect(await validateSessionToken(handle.db, clock, pending)).toBeNull();
    const entries = await auditTail(4);
    expect(entries.map((entry) => [entry.action, entry.outcome])).toEqual([
      ['auth.password.verified', 'succeeded'],
      // The password change the pending session tried: refused by the policy table, as at the route.
      ['access.operation.refused', 'refused'],
      ['auth.mfa.enrolled', 'refused'],
      ['auth.mfa.enrolled', 'succeeded'],
    ]);
    for (const entry of entries) expect(entry.canonical).not.toContain(enrolment.secret);
  });

  it('completes a login with TOTP in a new session; the pending token and the code are then useless', async () => {
    clock.set('2026-05-04T10:00:10Z');
    const { user, key } = await account('officer', { totp: true });
    const first = await loginWithPassword({ ctx: ctx(), input: { email: user.email, password } });
    expect(first.state).toBe('totp-required');
    const pending = first.session.token;
    await expect(
      startTotpEnrolment(await bySession({ sessionToken: pending })),
    ).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(
      endOwnSession(await bySession({ sessionToken: pending, sessionId: 'x' })),
    ).rejects.toBeInstanceOf(UnauthenticatedError);

    const code = await codeAt(key);
    const verified = await completeTotp(await bySession({ sessionToken: pending, code }));
    expect(verified.session.id).not.toBe(first.session.session.id);
    expect(verified.session.mfa_verified).toBe(true);
    expect(await validateSessionToken(handle.db, clock, pending)).toBeNull();
    await expect(
      completeTotp(await bySession({ sessionToken: pending, code })),
    ).rejects.toBeInstanceOf(UnauthenticatedError);

    const second = await loginWithPassword({ ctx: ctx(), input: { email: user.email, password } });
    await expect(
      completeTotp(await bySession({ sessionToken: second.session.token, code })),
    ).rejects.toThrow(UnauthenticatedError);
    const tail = await auditTail(6);
    expect(tail.map((entry) => [entry.action, entry.outcome])).toEqual([
      ['auth.password.verified', 'succeeded'],
      // Ending a session from the pending one: refused by the policy table, as at the route.
      ['access.operation.refused', 'refused'],
      ['auth.mfa.used', 'succeeded'],
      ['auth.login.succeeded', 'succeeded'],
      ['auth.password.verified', 'succeeded'],
      ['auth.mfa.failed', 'refused'],
    ]);
  });

  it('accepts a code of the previous or next step, but not two steps away', async () => {
    clock.set('2026-05-04T11:00:10Z');
    const attempt = async (steps: number) => {
      const { user, key } = await account('admin', { totp: true });
      const login = await loginWithPassword({ ctx: ctx(), input: { email: user.email, password } });
      return completeTotp(
        await bySession({ sessionToken: login.session.token, code: await codeAt(key, steps) }),
      ).then(
        () => 'accepted',
        () => 'refused',
      );
    };
    expect(await attempt(-1)).toBe('accepted');
    expect(await attempt(1)).toBe('accepted');
    expect(await attempt(-2)).toBe('refused');
    expect(await attempt(2)).toBe('refused');
  });

  it('accepts a recovery code once', async () => {
    const { user } = await account('officer', { totp: true });
    const recovery = generateRecoveryCodes();
    await replaceRecoveryCodes(handle.db, user.id, recovery.hashes, new Date());
    const login = async () =>
      (await loginWithPassword({ ctx: ctx(), input: { email: user.email, password } })).session
        .token;
    const code = recovery.codes[3]!;
    const used = await useRecoveryCode(
      await bySession({ sessionToken: await login(), code: code.toUpperCase() }),
    );
    expect(used.session.session.mfa_verified).toBe(true);
    expect(used.remainingRecoveryCodes).toBe(9);
    await expect(
      useRecoveryCode(await bySession({ sessionToken: await login(), code })),
    ).rejects.toBeInstanceOf(UnauthenticatedError);
    const tail = await auditTail(4);
    expect(tail.map((entry) => [entry.action, entry.outcome]).slice(1)).toEqual([
      ['auth.login.succeeded', 'succeeded'],
      ['auth.password.verified', 'succeeded'],
      ['auth.recovery_code.used', 'refused'],
    ]);
    for (const entry of tail) expect(entry.canonical).not.toContain(code);
  });

  it('changes the password, ending the other sessions but not the current one', async () => {
    const { user } = await account('reviewer');
    const login = async () =>
      (await loginWithPassword({ ctx: ctx(), input: { email: user.email, password } })).session
        .token;
    const current = await login();
    const other = await login();
    await expect(
      changePassword(
        await bySession({
          sessionToken: current,
          currentPassword: password,
          newPassword: 'password123',
        }),
      ),
    ).rejects.toSatisfy(
      (error) =>
        error instanceof PasswordPolicyError &&
        error.problems.some((problem) => problem.code === 'common'),
    );
    await expect(
      changePassword(
        await bySession({
          sessionToken: current,
          currentPassword: 'wrong',
          newPassword: 'x'.repeat(20),
        }),
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    const newPassword = 'violet harbour lanterns sing';
    const changed = await changePassword(
      await bySession({ sessionToken: current, currentPassword: password, newPassword }),
    );
    expect(changed.endedSessions).toBe(1);
    expect(await validateSessionToken(handle.db, clock, current)).not.toBeNull();
    expect(await validateSessionToken(handle.db, clock, other)).toBeNull();
    const again = await loginWithPassword({
      ctx: ctx(),
      input: { email: user.email, password: newPassword },
    });
    expect(again.state).toBe('authenticated');
    const signedInAgain = await bySession({ sessionToken: again.session.token });
    await logout(signedInAgain);
    expect(await validateSessionToken(handle.db, clock, again.session.token)).toBeNull();
    // The same caller once more, like a request whose session ended after the route admitted it.
    expect(await logout(signedInAgain)).toBe(false);
    const actions = (await auditTail(6)).map((entry) => [entry.action, entry.outcome]);
    expect(actions).toContainEqual(['auth.password.changed', 'refused']);
    expect(actions).toContainEqual(['auth.password.changed', 'succeeded']);
    expect(actions).toContainEqual(['auth.sessions.ended', 'succeeded']);
    expect(actions.at(-1)).toEqual(['auth.logout.succeeded', 'succeeded']);
  });

  it('ends only own sessions; an administrator ends all sessions of a user', async () => {
    const { user } = await account('vendor');
    const { user: stranger } = await account('vendor');
    const { user: admin } = await account('admin');
    const mine = await loginWithPassword({ ctx: ctx(), input: { email: user.email, password } });
    const theirs = await loginWithPassword({
      ctx: ctx(),
      input: { email: stranger.email, password },
    });
    await expect(
      endOwnSession(
        await bySession({ sessionToken: mine.session.token, sessionId: theirs.session.session.id }),
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await validateSessionToken(handle.db, clock, theirs.session.token)).not.toBeNull();
    const ended = await endUserSessions({
      ctx: ctx({
        kind: 'user',
        userId: admin.id,
        organisationId: admin.organisation_id,
        role: 'admin',
        mfaVerified: true,
        secondFactorPending: false,
        sessionId: 'test-session',
      }),
      input: { userId: stranger.id },
    });
    expect(ended.endedSessions).toBe(1);
    await endOwnSession(
      await bySession({ sessionToken: mine.session.token, sessionId: mine.session.session.id }),
    );
    expect(await validateSessionToken(handle.db, clock, mine.session.token)).toBeNull();
  });

  it('keeps canary passwords, tokens and TOTP secrets out of logs and audit entries, and the chain verifies', async () => {
    const canaryPassword = `canary-${randomUUID()}`;
    const { user, key } = await account('officer', { totp: true });
    await setPasswordHash(
      handle.db,
      user.id,
      await testPasswordHashing.hashPassword(canaryPassword),
      new Date(),
    );
    await loginWithPassword({
      ctx: ctx(),
      input: { email: user.email, password: `${canaryPassword}-wrong` },
    }).catch(() => undefined);
    await loginWithPassword({
      ctx: ctx(),
      input: { email: `${canaryPassword}@example.org`, password: canaryPassword },
    }).catch(() => undefined);
    const login = await loginWithPassword({
      ctx: ctx(),
      input: { email: user.email, password: canaryPassword },
    });
    const code = await codeAt(key);
    const verified = await completeTotp(
      await bySession({ sessionToken: login.session.token, code }),
    );
    const { encodeBase32NoPadding } = await import('@oslojs/encoding');
    const canaries = [
      canaryPassword,
      login.session.token,
      login.session.token.split('.')[1]!,
      verified.token,
      verified.token.split('.')[1]!,
      encodeBase32NoPadding(key),
      Buffer.from(key).toString('hex'),
    ];
    const raw = logs.raw();
    expect(raw).toContain('auth.login.failed');
    const canonical = (await handle.db.selectFrom('audit_entry').select('canonical').execute())
      .map((row) => row.canonical)
      .join('\n');
    for (const canary of canaries) {
      expect(raw).not.toContain(canary);
      expect(canonical).not.toContain(canary);
    }
    expect(await verifyAuditChain(handle.db)).toMatchObject({ intact: true });
  });
});
