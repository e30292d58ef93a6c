import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../../src/security/access/principal.ts';
import { defaultServiceSettings, type ServiceContext } from '../../../src/services/context.ts';
import { serviceContextFor } from '../../harness/service-context.ts';
import { createOrganisation } from '../../../src/services/organisations/create-organisation.ts';
import { createSession, validateSessionToken } from '../../../src/security/sessions/sessions.ts';
import { acceptInvitation } from '../../../src/services/users/accept-invitation.ts';
import { changeUserRole } from '../../../src/services/users/change-user-role.ts';
import { createUser } from '../../../src/services/users/create-user.ts';
import { disableUser } from '../../../src/services/users/disable-user.ts';
import { fixedClock, type FixedClock } from '../../../src/clock.ts';
import { findCredentialsByEmail } from '../../../src/db/repositories/users.ts';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
} from '../../../src/domain/errors.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { seedOrganisation, seedUser, storedPasswordHash } from './fixtures.ts';

const hour = 3_600_000;

describeDatabase('organisations and users', (backend) => {
  let handle: TestDatabase;
  let clock: FixedClock;
  let admin: Principal;

  beforeAll(async () => {
    handle = await openTestDatabase(backend);
    clock = fixedClock('2026-05-04T09:00:00Z');
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

  const ctx = (actor: Principal = admin): ServiceContext =>
    serviceContextFor(handle.db, clock, actor);
  let counter = 0;
  const email = () => `person${++counter}.${Date.now()}@Example.org`;

  async function invite(role: 'officer' | 'vendor' | 'reviewer' | 'admin' = 'officer') {
    const organisation = await createOrganisation({
      ctx: ctx(),
      input: { kind: role === 'vendor' ? 'vendor' : 'authority', name: ` Org ${counter} ` },
    });
    return createUser({
      ctx: ctx(),
      input: { organisationId: organisation.id, email: email(), displayName: 'Erika', role },
    });
  }

  describe('creating', () => {
    it('creates an organisation and a user without a password, with an invitation', async () => {
      clock.set('2026-05-04T09:00:00Z');
      const { user, invitation } = await invite();
      expect(user.role).toBe('officer');
      expect(user.created_at).toEqual(new Date('2026-05-04T09:00:00Z'));
      expect(invitation.token).toMatch(/^[a-z2-7]{32}$/);
      expect(invitation.expiresAt).toEqual(new Date('2026-05-07T09:00:00Z'));
      const credentials = await findCredentialsByEmail(handle.db, user.email);
      expect(credentials?.password_hash).toBeNull();
    });

    it('trims the organisation name', async () => {
      const organisation = await createOrganisation({
        ctx: ctx(),
        input: { kind: 'vendor', name: '  Muster GmbH ' },
      });
      expect(organisation).toMatchObject({
        kind: 'vendor',
        name: 'Muster GmbH',
        disabled_at: null,
      });
    });

    it('refuses an e-mail address that differs only in case', async () => {
      const { user } = await invite();
      await expect(
        createUser({
          ctx: ctx(),
          input: {
            organisationId: user.organisation_id,
            email: user.email.toUpperCase(),
            displayName: 'Twin',
            role: 'reviewer',
          },
        }),
      ).rejects.toThrow(ConflictError);
    });

    it('keeps vendors in vendor organisations and everybody else in authorities', async () => {
      const authority = await seedOrganisation(handle.db, 'authority');
      const vendor = await seedOrganisation(handle.db, 'vendor');
      await expect(
        createUser({
          ctx: ctx(),
          input: { organisationId: authority.id, email: email(), displayName: 'V', role: 'vendor' },
        }),
      ).rejects.toThrow(ValidationError);
      await expect(
        createUser({
          ctx: ctx(),
          input: { organisationId: vendor.id, email: email(), displayName: 'O', role: 'officer' },
        }),
      ).rejects.toThrow(ValidationError);
      // The database holds the same rule against code that bypasses the domain.
      await expect(
        handle.db
          .insertInto('app_user')
          .values({
            organisation_id: vendor.id,
            organisation_kind: 'vendor',
            email: email(),
            display_name: 'O',
            role: 'officer',
            created_at: new Date(),
          })
          .execute(),
      ).rejects.toThrow(/app_user_role_fits_organisation_check/);
      await expect(
        handle.db
          .insertInto('app_user')
          .values({
            organisation_id: vendor.id,
            organisation_kind: 'authority',
            email: email(),
            display_name: 'O',
            role: 'officer',
            created_at: new Date(),
          })
          .execute(),
      ).rejects.toThrow(/app_user_organisation_fkey/);
    });

    it('answers not found for a missing organisation', async () => {
      await expect(
        createUser({
          ctx: ctx(),
          input: {
            organisationId: '00000000-0000-4000-8000-000000000000',
            email: email(),
            displayName: 'X',
            role: 'officer',
          },
        }),
      ).rejects.toThrow(NotFoundError);
    });

    it('is for administrators only', async () => {
      const officer = await seedUser(handle.db, 'officer');
      const actor: Principal = {
        kind: 'user',
        userId: officer.id,
        organisationId: officer.organisation_id,
        role: 'officer',
        mfaVerified: true,
        secondFactorPending: false,
        sessionId: 'test-session',
      };
      await expect(
        createOrganisation({ ctx: ctx(actor), input: { kind: 'vendor', name: 'X' } }),
      ).rejects.toThrow(ForbiddenError);
      await expect(
        createOrganisation({
          ctx: ctx({ kind: 'anonymous' }),
          input: { kind: 'vendor', name: 'X' },
        }),
      ).rejects.toThrow(UnauthenticatedError);
      const first = await createOrganisation({
        ctx: ctx({ kind: 'operator', name: 'admin:create' }),
        input: { kind: 'authority', name: 'Stadt Musterhausen' },
      });
      expect(first.kind).toBe('authority');
    });
  });

  describe('invitations', () => {
    const anonymous = () => ctx({ kind: 'anonymous' });

    it('sets the password hash once', async () => {
      clock.set('2026-05-04T09:00:00Z');
      const { user, invitation } = await invite();
      clock.advance(hour);
      const accepted = await acceptInvitation({
        ctx: anonymous(),
        input: { token: invitation.token, passwordHash: storedPasswordHash },
      });
      expect(accepted.password_changed_at).toEqual(new Date('2026-05-04T10:00:00Z'));
      expect((await findCredentialsByEmail(handle.db, user.email))?.password_hash).toBe(
        storedPasswordHash,
      );
      await expect(
        acceptInvitation({
          ctx: anonymous(),
          input: { token: invitation.token, passwordHash: storedPasswordHash },
        }),
      ).rejects.toThrow(ConflictError);
    });

    it('refuses an expired invitation', async () => {
      clock.set('2026-05-04T09:00:00Z');
      const { invitation } = await invite();
      clock.set(invitation.expiresAt);
      await expect(
        acceptInvitation({
          ctx: anonymous(),
          input: { token: invitation.token, passwordHash: storedPasswordHash },
        }),
      ).rejects.toThrow(/expired/);
    });

    it('refuses an unknown token and a password that is not a hash', async () => {
      const { invitation } = await invite();
      await expect(
        acceptInvitation({
          ctx: anonymous(),
          input: { token: 'a'.repeat(32), passwordHash: storedPasswordHash },
        }),
      ).rejects.toThrow(NotFoundError);
      await expect(
        acceptInvitation({
          ctx: anonymous(),
          input: { token: invitation.token, passwordHash: 'correct horse battery staple' },
        }),
      ).rejects.toThrow(ValidationError);
    });

    it('follows the configured lifetime', async () => {
      clock.set('2026-05-04T09:00:00Z');
      const organisation = await seedOrganisation(handle.db, 'authority');
      const { invitation } = await createUser({
        ctx: {
          ...ctx(),
          settings: { ...defaultServiceSettings, invitationLifetimeMs: 24 * hour },
        },
        input: {
          organisationId: organisation.id,
          email: email(),
          displayName: 'E',
          role: 'reviewer',
        },
      });
      expect(invitation.expiresAt).toEqual(new Date('2026-05-05T09:00:00Z'));
    });
  });

  describe('roles and disabling', () => {
    it('a role change ends all sessions of the user', async () => {
      const user = await seedUser(handle.db, 'reviewer');
      const one = await createSession(handle.db, clock, { userId: user.id, mfaVerified: true });
      const two = await createSession(handle.db, clock, { userId: user.id, mfaVerified: false });
      const { user: changed, endedSessions } = await changeUserRole({
        ctx: ctx(),
        input: { userId: user.id, role: 'officer' },
      });
      expect(changed.role).toBe('officer');
      expect(endedSessions).toBe(2);
      expect(await validateSessionToken(handle.db, clock, one.token)).toBeNull();
      expect(await validateSessionToken(handle.db, clock, two.token)).toBeNull();
    });

    it('keeps the sessions when the role stays the same', async () => {
      const user = await seedUser(handle.db, 'reviewer');
      const one = await createSession(handle.db, clock, { userId: user.id, mfaVerified: true });
      const { endedSessions } = await changeUserRole({
        ctx: ctx(),
        input: { userId: user.id, role: 'reviewer' },
      });
      expect(endedSessions).toBe(0);
      expect(await validateSessionToken(handle.db, clock, one.token)).not.toBeNull();
    });

    it('refuses a role that does not fit the organisation', async () => {
      const vendor = await seedUser(handle.db, 'vendor');
      await expect(
        changeUserRole({ ctx: ctx(), input: { userId: vendor.id, role: 'admin' } }),
      ).rejects.toThrow(ValidationError);
    });

    it('disabling ends sessions and open invitations', async () => {
      const { user, invitation } = await invite();
      const session = await createSession(handle.db, clock, { userId: user.id, mfaVerified: true });
      const { user: disabled, endedSessions } = await disableUser({
        ctx: ctx(),
        input: { userId: user.id },
      });
      expect(disabled.disabled_at).toEqual(await clock.now());
      expect(endedSessions).toBe(1);
      expect(await validateSessionToken(handle.db, clock, session.token)).toBeNull();
      await expect(
        acceptInvitation({
          ctx: ctx({ kind: 'anonymous' }),
          input: { token: invitation.token, passwordHash: storedPasswordHash },
        }),
      ).rejects.toThrow(ConflictError);
    });

    it('keeps the last active administrator', async () => {
      // Disable every other administrator this database holds, then try the last one.
      const others = await handle.db
        .selectFrom('app_user')
        .select('id')
        .where('role', '=', 'admin')
        .where('disabled_at', 'is', null)
        .where('id', '<>', (admin as { userId: string }).userId)
        .execute();
      for (const { id } of others) await disableUser({ ctx: ctx(), input: { userId: id } });
      const last = (admin as { userId: string }).userId;
      await expect(disableUser({ ctx: ctx(), input: { userId: last } })).rejects.toThrow(
        ConflictError,
      );
      await expect(
        changeUserRole({ ctx: ctx(), input: { userId: last, role: 'officer' } }),
      ).rejects.toThrow(ConflictError);
      const { user: second } = await invite('admin');
      const { user: demoted } = await changeUserRole({
        ctx: ctx(),
        input: { userId: last, role: 'officer' },
      });
      expect(demoted.role).toBe('officer');
      expect(second.role).toBe('admin');
    });

    it('answers not found for a missing user', async () => {
      await expect(
        disableUser({ ctx: ctx(), input: { userId: '00000000-0000-4000-8000-000000000000' } }),
      ).rejects.toThrow(NotFoundError);
    });
  });
});
