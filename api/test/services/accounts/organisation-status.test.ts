import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyApiKey } from '../../../src/security/credentials/api-keys.ts';
import type { Principal } from '../../../src/security/access/principal.ts';
import type { ServiceContext } from '../../../src/services/context.ts';
import { createApiKeyAs, serviceContextFor } from '../../harness/service-context.ts';
import { issueInvitation } from '../../../src/services/users/issue-invitation.ts';
import { checkInvitation } from '../../../src/services/users/check-invitation.ts';
import { disableOrganisation } from '../../../src/services/organisations/disable-organisation.ts';
import { enableOrganisation } from '../../../src/services/organisations/enable-organisation.ts';
import { createSession, validateSessionToken } from '../../../src/security/sessions/sessions.ts';
import { disableUser } from '../../../src/services/users/disable-user.ts';
import { verifyAuditChain } from '../../../src/security/audit/verify.ts';
import { fixedClock } from '../../../src/clock.ts';
import { findOrganisationById } from '../../../src/db/repositories/organisations.ts';
import { insertUser, type User } from '../../../src/db/repositories/users.ts';
import { withTransaction } from '../../../src/db/transaction.ts';
import type { DB } from '../../../src/db/types.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../../../src/domain/errors.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { seedOrganisation, seedUser } from './fixtures.ts';

const day = 24 * 3_600_000;

describeDatabase('disabling and enabling organisations', (backend) => {
  let handle: TestDatabase;
  let adminUser: User;
  const clock = fixedClock('2026-05-04T09:00:00Z');

  beforeAll(async () => {
    handle = await openTestDatabase(backend);
    adminUser = await seedUser(handle.db, 'admin');
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
    requestId: 'req-organisation',
  });
  const actionsFor = async (objectId: string) =>
    (
      await handle.db
        .selectFrom('audit_entry')
        .select(['action', 'outcome'])
        .where('object_id', '=', objectId)
        .orderBy('seq')
        .execute()
    ).map(({ action, outcome }) => `${action} ${outcome}`);

  /** A vendor organisation with two signed-in users, a key each and an open invitation. */
  async function busyVendor() {
    const organisation = await seedOrganisation(handle.db, 'vendor');
    const people = [
      await seedUser(handle.db, 'vendor', organisation.id),
      await seedUser(handle.db, 'vendor', organisation.id),
    ];
    const sessions = [];
    const keys = [];
    for (const person of people) {
      sessions.push(
        await createSession(handle.db, clock, { userId: person.id, mfaVerified: false }),
      );
      keys.push(
        await createApiKeyAs(handle.db, clock, person, {
          name: 'ERP',
          scopes: ['tenders:read'],
          expiresAt: new Date((await clock.now()).getTime() + 30 * day),
        }),
      );
    }
    sessions.push(
      await createSession(handle.db, clock, { userId: people[0]!.id, mfaVerified: false }),
    );
    const invitee = await insertUser(handle.db, {
      organisationId: organisation.id,
      organisationKind: 'vendor',
      email: `invitee-${randomUUID()}@example.org`,
      displayName: 'An invitee',
      role: 'vendor',
      createdAt: await clock.now(),
    });
    const { token: invitation } = await issueInvitation({
      ctx: ctx(),
      input: { userId: invitee.id },
    });
    return { organisation, people, sessions, keys, invitation, invitee };
  }

  it('ends every session, invitation and API key of the organisation at once, with audit entries', async () => {
    const vendor = await busyVendor();
    const bystander = await busyVendor();

    const change = await disableOrganisation({
      ctx: ctx(),
      input: { organisationId: vendor.organisation.id },
    });
    expect(change.organisation.disabled_at).toEqual(await clock.now());
    expect(change.endedSessions).toBe(3);
    expect(change.revokedApiKeys).toBe(2);
    for (const session of vendor.sessions) {
      expect(await validateSessionToken(handle.db, clock, session.token)).toBeNull();
    }
    for (const key of vendor.keys)
      expect(await verifyApiKey(handle.db, clock, key.token)).toBeNull();
    expect(await checkInvitation({ ctx: ctx(), input: { token: vendor.invitation } })).toBe('used');
    // Another organisation keeps everything.
    for (const session of bystander.sessions) {
      expect(await validateSessionToken(handle.db, clock, session.token)).not.toBeNull();
    }
    for (const key of bystander.keys) {
      expect(await verifyApiKey(handle.db, clock, key.token)).not.toBeNull();
    }

    expect(await actionsFor(vendor.organisation.id)).toEqual([
      'auth.organisation.disabled succeeded',
    ]);
    for (const person of vendor.people) {
      expect(await actionsFor(person.id)).toEqual(['auth.sessions.ended succeeded']);
    }
    for (const { key } of vendor.keys) {
      expect(await actionsFor(key.id)).toEqual([
        'auth.api_key.created succeeded',
        'auth.api_key.revoked succeeded',
      ]);
    }
    expect(await verifyAuditChain(handle.db)).toMatchObject({ intact: true });
  });

  it('changes all of it in one transaction: rolled back, nothing changed', async () => {
    const vendor = await busyVendor();
    const rolledBack = new Error('rolled back');
    await expect(
      withTransaction<DB, void>(handle.db, async (trx) => {
        await disableOrganisation({
          ctx: { ...ctx(), db: trx },
          input: { organisationId: vendor.organisation.id },
        });
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
    expect((await findOrganisationById(handle.db, vendor.organisation.id))?.disabled_at).toBeNull();
    for (const session of vendor.sessions) {
      expect(await validateSessionToken(handle.db, clock, session.token)).not.toBeNull();
    }
    for (const key of vendor.keys) {
      expect(await verifyApiKey(handle.db, clock, key.token)).not.toBeNull();
    }
    expect(await checkInvitation({ ctx: ctx(), input: { token: vendor.invitation } })).toBe(
      'valid',
    );
    expect(await actionsFor(vendor.organisation.id)).toEqual([]);
  });

  it('enables it again: its users sign in, but revoked keys and ended invitations stay ended', async () => {
    const vendor = await busyVendor();
    const disabledPerson = vendor.people[1]!;
    await disableUser({ ctx: ctx(), input: { userId: disabledPerson.id } });
    await disableOrganisation({ ctx: ctx(), input: { organisationId: vendor.organisation.id } });
    clock.advance(day);

    const enabled = await enableOrganisation({
      ctx: ctx(),
      input: { organisationId: vendor.organisation.id },
    });
    expect(enabled.disabled_at).toBeNull();
    const active = await createSession(handle.db, clock, {
      userId: vendor.people[0]!.id,
      mfaVerified: false,
    });
    expect(await validateSessionToken(handle.db, clock, active.token)).not.toBeNull();
    // A user disabled on their own stays disabled.
    const stillDisabled = await createSession(handle.db, clock, {
      userId: disabledPerson.id,
      mfaVerified: false,
    });
    expect(await validateSessionToken(handle.db, clock, stillDisabled.token)).toBeNull();
    for (const key of vendor.keys)
      expect(await verifyApiKey(handle.db, clock, key.token)).toBeNull();
    expect(await checkInvitation({ ctx: ctx(), input: { token: vendor.invitation } })).toBe('used');
    // The invitee gets a new link now that the organisation is active.
    const again = await issueInvitation({ ctx: ctx(), input: { userId: vendor.invitee.id } });
    expect(await checkInvitation({ ctx: ctx(), input: { token: again.token } })).toBe('valid');
    expect(await actionsFor(vendor.organisation.id)).toEqual([
      'auth.organisation.disabled succeeded',
      'auth.organisation.enabled succeeded',
    ]);
  });

  it('writes nothing when disabling twice or enabling an active organisation', async () => {
    const vendor = await busyVendor();
    await enableOrganisation({ ctx: ctx(), input: { organisationId: vendor.organisation.id } });
    await disableOrganisation({ ctx: ctx(), input: { organisationId: vendor.organisation.id } });
    const again = await disableOrganisation({
      ctx: ctx(),
      input: { organisationId: vendor.organisation.id },
    });
    expect(again).toMatchObject({ endedSessions: 0, revokedApiKeys: 0 });
    expect(await actionsFor(vendor.organisation.id)).toEqual([
      'auth.organisation.disabled succeeded',
    ]);
  });

  it('refuses invitations for a user of a disabled organisation', async () => {
    const vendor = await busyVendor();
    await disableOrganisation({ ctx: ctx(), input: { organisationId: vendor.organisation.id } });
    await expect(
      issueInvitation({ ctx: ctx(), input: { userId: vendor.invitee.id } }),
    ).rejects.toThrow(ConflictError);
  });

  it('refuses the administrator’s own authority and the authority of the last administrators', async () => {
    await expect(
      disableOrganisation({ ctx: ctx(), input: { organisationId: adminUser.organisation_id } }),
    ).rejects.toThrow(/your own organisation/);
    // An operator command could try it; the installation would have no administrator left.
    const otherAdmins = await handle.db
      .selectFrom('app_user')
      .select('id')
      .where('role', '=', 'admin')
      .where('organisation_id', '<>', adminUser.organisation_id)
      .execute();
    expect(otherAdmins).toEqual([]);
    await expect(
      disableOrganisation({
        ctx: ctx({ kind: 'operator', name: 'test' }),
        input: { organisationId: adminUser.organisation_id },
      }),
    ).rejects.toThrow(/last active administrators/);
    expect(
      (await findOrganisationById(handle.db, adminUser.organisation_id))?.disabled_at,
    ).toBeNull();
    expect(await actionsFor(adminUser.organisation_id)).toEqual([
      'auth.organisation.disabled refused',
      'auth.organisation.disabled refused',
    ]);
  });

  it('counts administrators of a disabled authority as inactive', async () => {
    // With the other authority disabled, its administrator no longer keeps the installation
    // administered: the remaining one is the last.
    const otherAuthority = await seedOrganisation(handle.db, 'authority');
    const otherAdmin = await seedUser(handle.db, 'admin', otherAuthority.id);
    await disableOrganisation({ ctx: ctx(), input: { organisationId: otherAuthority.id } });
    const operator = ctx({ kind: 'operator', name: 'test' });
    await expect(disableUser({ ctx: operator, input: { userId: adminUser.id } })).rejects.toThrow(
      /last active administrator/,
    );
    await enableOrganisation({ ctx: ctx(), input: { organisationId: otherAuthority.id } });
    // Enabled again, the other administrator counts, and either may go.
    await disableUser({ ctx: operator, input: { userId: otherAdmin.id } });
  });

  it('lets only administrators do it, and answers not found for a missing organisation', async () => {
    const vendor = await busyVendor();
    const officer = await seedUser(handle.db, 'officer', adminUser.organisation_id);
    for (const verb of [disableOrganisation, enableOrganisation]) {
      await expect(
        verb({ ctx: ctx(actorOf(officer)), input: { organisationId: vendor.organisation.id } }),
      ).rejects.toThrow(ForbiddenError);
      await expect(
        verb({ ctx: ctx(), input: { organisationId: '00000000-0000-4000-8000-000000000000' } }),
      ).rejects.toThrow(NotFoundError);
    }
    expect((await findOrganisationById(handle.db, vendor.organisation.id))?.disabled_at).toBeNull();
  });
});
