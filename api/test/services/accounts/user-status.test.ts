import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyApiKey } from '../../../src/security/credentials/api-keys.ts';
import type { Principal } from '../../../src/security/access/principal.ts';
import type { ServiceContext } from '../../../src/services/context.ts';
import { createApiKeyAs, serviceContextFor } from '../../harness/service-context.ts';
import { enableUser } from '../../../src/services/users/enable-user.ts';
import { createSession, validateSessionToken } from '../../../src/security/sessions/sessions.ts';
import { disableUser } from '../../../src/services/users/disable-user.ts';
import { verifyAuditChain } from '../../../src/security/audit/verify.ts';
import { fixedClock } from '../../../src/clock.ts';
import { listApiKeysOfOrganisation } from '../../../src/db/repositories/api-keys.ts';
import { markUserDisabled, type User } from '../../../src/db/repositories/users.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../../../src/domain/errors.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { seedUser } from './fixtures.ts';

const day = 24 * 3_600_000;

describeDatabase('disabling and enabling users', (backend) => {
  let handle: TestDatabase;
  let adminUser: User;
  const clock = fixedClock('2026-05-04T09:00:00Z');

  beforeAll(async () => {
    handle = await openTestDatabase(backend);
    adminUser = await seedUser(handle.db, 'admin');
    // A second administrator, so the first is never the last one.
    await seedUser(handle.db, 'admin');
  });
  afterAll(() => handle.close());

  const actorOf = (user: User): Principal => ({
    kind: 'user',
    userId: user.id,
    organisationId: user.organisation_id,
    role: user.role,
    mfaVerified: true,
    secondFactorPending: false,
    sessionId: 'test-session',
  });
  const ctx = (actor: Principal = actorOf(adminUser)): ServiceContext => ({
    ...serviceContextFor(handle.db, clock, actor),
    requestId: 'req-status',
  });
  const entriesFor = (objectId: string) =>
    handle.db
      .selectFrom('audit_entry')
      .select(['action', 'outcome', 'actor_id'])
      .where('object_id', '=', objectId)
      .orderBy('seq')
      .execute();

  async function keyOf(vendor: User) {
    return createApiKeyAs(handle.db, clock, vendor, {
      name: 'ERP',
      scopes: ['tenders:read'],
      expiresAt: new Date((await clock.now()).getTime() + 30 * day),
    });
  }

  it('refuses to let an administrator disable their own account, and records the attempt', async () => {
    const session = await createSession(handle.db, clock, {
      userId: adminUser.id,
      mfaVerified: true,
    });
    const refusal: unknown = await disableUser({
      ctx: ctx(),
      input: { userId: adminUser.id },
    }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ConflictError);
    expect((refusal as Error).message).toBe(
      'You cannot disable your own account. Ask another administrator to do it.',
    );
    expect(await validateSessionToken(handle.db, clock, session.token)).not.toBeNull();
    expect(await entriesFor(adminUser.id)).toEqual([
      { action: 'auth.user.disabled', outcome: 'refused', actor_id: adminUser.id },
    ]);
  });

  it('revokes the API keys a vendor user created when the user is disabled, and only those', async () => {
    const creator = await seedUser(handle.db, 'vendor');
    const colleague = await seedUser(handle.db, 'vendor', creator.organisation_id);
    const first = await keyOf(creator);
    const second = await keyOf(creator);
    const colleagues = await keyOf(colleague);

    const { user } = await disableUser({ ctx: ctx(), input: { userId: creator.id } });
    expect(user.disabled_at).toEqual(await clock.now());
    expect(await verifyApiKey(handle.db, clock, first.token)).toBeNull();
    expect(await verifyApiKey(handle.db, clock, second.token)).toBeNull();
    expect(await verifyApiKey(handle.db, clock, colleagues.token)).not.toBeNull();
    const keys = await listApiKeysOfOrganisation(handle.db, creator.organisation_id);
    expect(Object.fromEntries(keys.map((key) => [key.id, key.revoked_at]))).toEqual({
      [first.key.id]: await clock.now(),
      [second.key.id]: await clock.now(),
      [colleagues.key.id]: null,
    });
    for (const key of [first.key, second.key]) {
      expect(await entriesFor(key.id)).toEqual([
        { action: 'auth.api_key.created', outcome: 'succeeded', actor_id: creator.id },
        { action: 'auth.api_key.revoked', outcome: 'succeeded', actor_id: adminUser.id },
      ]);
    }
    expect(await verifyAuditChain(handle.db)).toMatchObject({ intact: true });
  });

  it('does not accept a key whose creator is disabled, even before it is revoked', async () => {
    // A key created at the very moment its creator was disabled would escape the revocation.
    const creator = await seedUser(handle.db, 'vendor');
    const { token } = await keyOf(creator);
    await markUserDisabled(handle.db, creator.id, await clock.now());
    expect(await verifyApiKey(handle.db, clock, token)).toBeNull();
  });

  it('enables a disabled user again, who can then sign in; revoked keys stay revoked', async () => {
    const vendor = await seedUser(handle.db, 'vendor');
    const key = await keyOf(vendor);
    await disableUser({ ctx: ctx(), input: { userId: vendor.id } });
    const whileDisabled = await createSession(handle.db, clock, {
      userId: vendor.id,
      mfaVerified: false,
    });
    expect(await validateSessionToken(handle.db, clock, whileDisabled.token)).toBeNull();

    clock.advance(day);
    const enabled = await enableUser({ ctx: ctx(), input: { userId: vendor.id } });
    expect(enabled.disabled_at).toBeNull();
    const afterwards = await createSession(handle.db, clock, {
      userId: vendor.id,
      mfaVerified: false,
    });
    expect(await validateSessionToken(handle.db, clock, afterwards.token)).not.toBeNull();
    expect(await verifyApiKey(handle.db, clock, key.token)).toBeNull();
    expect((await entriesFor(vendor.id)).map(({ action, outcome }) => [action, outcome])).toEqual([
      ['auth.user.disabled', 'succeeded'],
      ['auth.user.enabled', 'succeeded'],
    ]);
  });

  it('changes nothing and writes nothing when the user is active already', async () => {
    const officer = await seedUser(handle.db, 'officer');
    const same = await enableUser({ ctx: ctx(), input: { userId: officer.id } });
    expect(same).toEqual(officer);
    expect(await entriesFor(officer.id)).toEqual([]);
  });

  it('lets only administrators enable users, and answers not found for a missing one', async () => {
    const officer = await seedUser(handle.db, 'officer', adminUser.organisation_id);
    const disabled = await seedUser(handle.db, 'reviewer', adminUser.organisation_id);
    await disableUser({ ctx: ctx(), input: { userId: disabled.id } });
    await expect(
      enableUser({ ctx: ctx(actorOf(officer)), input: { userId: disabled.id } }),
    ).rejects.toThrow(ForbiddenError);
    await expect(
      enableUser({ ctx: ctx(), input: { userId: '00000000-0000-4000-8000-000000000000' } }),
    ).rejects.toThrow(NotFoundError);
    expect((await entriesFor(disabled.id)).map(({ action, outcome }) => [action, outcome])).toEqual(
      [
        ['auth.user.disabled', 'succeeded'],
        ['auth.user.enabled', 'refused'],
      ],
    );
  });
});
