import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.ts';
import { findOrganisationById } from '../../src/db/repositories/organisations.ts';
import { findUserById } from '../../src/db/repositories/users.ts';
import { ForbiddenError, UnauthenticatedError } from '../../src/domain/errors.ts';
import { listOwnApiKeys } from '../../src/services/api-keys/list-api-keys.ts';
import { createOrganisation } from '../../src/services/organisations/create-organisation.ts';
import { disableOrganisation } from '../../src/services/organisations/organisation-status.ts';
import { createAdministrator } from '../../src/services/users/create-administrator.ts';
import { disableUser } from '../../src/services/users/disable-user.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../harness/database.ts';
import { operatorPrincipal, serviceContextFor, userPrincipal } from '../harness/service-context.ts';
import { seedOrganisation, seedUser } from './accounts/fixtures.ts';

/**
 * A verb called directly (by a job, the assistant, a command on the server) is as safe as one
 * called over HTTP: its first step is the policy table's check, whoever calls it, and the refusal
 * is in the audit log like one at the route.
 */
describeDatabase('verbs called directly are authorised by the policy table', (backend) => {
  let handle: TestDatabase;
  const clock = fixedClock('2026-05-04T09:00:00Z');

  beforeAll(async () => {
    handle = await openTestDatabase(backend);
  });
  afterAll(() => handle.close());

  const refusalsBy = (actorId: string) =>
    handle.db
      .selectFrom('audit_entry')
      .select(['actor_type', 'action', 'object_type', 'object_id', 'outcome', 'request_id'])
      .where('actor_id', '=', actorId)
      .where('outcome', '=', 'refused')
      .orderBy('seq')
      .execute();

  describe('a signed-in user whose role no row admits', () => {
    it('refuses an officer creating an organisation, creates nothing and records it', async () => {
      const officer = await seedUser(handle.db, 'officer');
      const name = `Refused ${officer.id}`;
      const ctx = serviceContextFor(handle.db, clock, userPrincipal(officer), {
        requestId: 'req-officer',
      });

      await expect(
        createOrganisation({ ctx, input: { kind: 'vendor', name } }),
      ).rejects.toBeInstanceOf(ForbiddenError);

      const created = await handle.db
        .selectFrom('organisation')
        .select('id')
        .where('name', '=', name)
        .execute();
      expect(created).toEqual([]);
      expect(await refusalsBy(officer.id)).toEqual([
        {
          actor_type: 'user',
          action: 'auth.organisation.created',
          object_type: null,
          object_id: null,
          outcome: 'refused',
          request_id: 'req-officer',
        },
      ]);
    });

    it('refuses a vendor disabling another user, leaves the user active and records it', async () => {
      const vendor = await seedUser(handle.db, 'vendor');
      const target = await seedUser(handle.db, 'officer');
      const ctx = serviceContextFor(handle.db, clock, userPrincipal(vendor));

      await expect(disableUser({ ctx, input: { userId: target.id } })).rejects.toBeInstanceOf(
        ForbiddenError,
      );

      expect((await findUserById(handle.db, target.id))?.disabled_at).toBeNull();
      expect(await refusalsBy(vendor.id)).toMatchObject([
        { action: 'auth.user.disabled', object_type: 'user', object_id: target.id },
      ]);
    });

    it('refuses an administrator whose session has not passed the second factor', async () => {
      const admin = await seedUser(handle.db, 'admin');
      const organisation = await seedOrganisation(handle.db, 'vendor');
      const ctx = serviceContextFor(handle.db, clock, userPrincipal(admin, false));

      await expect(
        disableOrganisation({ ctx, input: { organisationId: organisation.id } }),
      ).rejects.toBeInstanceOf(UnauthenticatedError);

      expect((await findOrganisationById(handle.db, organisation.id))?.disabled_at).toBeNull();
      expect(await refusalsBy(admin.id)).toMatchObject([
        {
          action: 'auth.organisation.disabled',
          object_type: 'organisation',
          object_id: organisation.id,
        },
      ]);
    });
  });

  describe('the operator', () => {
    it('is refused where no row grants it, and the refusal names the command', async () => {
      const operator = operatorPrincipal(`job-${Date.now()}`);
      const ctx = serviceContextFor(handle.db, clock, operator);

      await expect(listOwnApiKeys({ ctx })).rejects.toBeInstanceOf(ForbiddenError);

      expect(await refusalsBy(operator.name)).toEqual([
        {
          actor_type: 'system',
          action: 'access.operation.refused',
          object_type: 'operation',
          object_id: 'listApiKeys',
          outcome: 'refused',
          request_id: null,
        },
      ]);
    });

    it('alone creates administrators: a signed-in administrator is refused', async () => {
      const admin = await seedUser(handle.db, 'admin');
      const email = `refused-${admin.id}@example.org`;
      const ctx = serviceContextFor(handle.db, clock, userPrincipal(admin));

      await expect(
        createAdministrator({
          ctx,
          input: { email, displayName: 'X', organisationName: 'Y', additional: true },
        }),
      ).rejects.toBeInstanceOf(ForbiddenError);

      const users = await handle.db
        .selectFrom('app_user')
        .select('id')
        .where('email', '=', email)
        .execute();
      expect(users).toEqual([]);
      expect(await refusalsBy(admin.id)).toMatchObject([
        { action: 'auth.user.created', outcome: 'refused' },
      ]);
    });
  });
});
