import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.ts';
import { listApiKeysOfOrganisation } from '../../src/db/repositories/api-keys.ts';
import { findOrganisationById } from '../../src/db/repositories/organisations.ts';
import { findUserById } from '../../src/db/repositories/users.ts';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../../src/domain/errors.ts';
import type { Principal } from '../../src/security/access/principal.ts';
import { verifyApiKey } from '../../src/security/credentials/api-keys.ts';
import { createSession, validateSessionToken } from '../../src/security/sessions/sessions.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { createApiKey } from '../../src/services/api-keys/create-api-key.ts';
import { listOwnApiKeys } from '../../src/services/api-keys/list-api-keys.ts';
import { listOrganisationApiKeys } from '../../src/services/api-keys/list-organisation-api-keys.ts';
import { revokeApiKey } from '../../src/services/api-keys/revoke-api-key.ts';
import { createOrganisation } from '../../src/services/organisations/create-organisation.ts';
import { disableOrganisation } from '../../src/services/organisations/disable-organisation.ts';
import { enableOrganisation } from '../../src/services/organisations/enable-organisation.ts';
import { completeTotp } from '../../src/services/second-factor/complete-totp.ts';
import { confirmTotpEnrolment } from '../../src/services/second-factor/confirm-totp-enrolment.ts';
import { resetOwnTotp } from '../../src/services/second-factor/reset-own-totp.ts';
import { resetUserTotp } from '../../src/services/second-factor/reset-user-totp.ts';
import { startTotpEnrolment } from '../../src/services/second-factor/start-totp-enrolment.ts';
import { useRecoveryCode } from '../../src/services/second-factor/use-recovery-code.ts';
import { changePassword } from '../../src/services/sessions/change-password.ts';
import { endOwnSession } from '../../src/services/sessions/end-own-session.ts';
import { endUserSessions } from '../../src/services/sessions/end-user-sessions.ts';
import { getOwnAccount } from '../../src/services/sessions/get-own-account.ts';
import { listOwnSessions } from '../../src/services/sessions/list-own-sessions.ts';
import { logout } from '../../src/services/sessions/logout.ts';
import { changeUserRole } from '../../src/services/users/change-user-role.ts';
import { createAdministrator } from '../../src/services/users/create-administrator.ts';
import { createUser } from '../../src/services/users/create-user.ts';
import { disableUser } from '../../src/services/users/disable-user.ts';
import { enableUser } from '../../src/services/users/enable-user.ts';
import { issueInvitation } from '../../src/services/users/issue-invitation.ts';
import { listUsers } from '../../src/services/users/list-users.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../harness/database.ts';
import {
  createApiKeyAs,
  operatorPrincipal,
  principalOfSessionToken,
  serviceContextFor,
  userPrincipal,
} from '../harness/service-context.ts';
import { seedOrganisation, seedUser } from './accounts/fixtures.ts';

type Verb = (ctx: ServiceContext, id: string) => Promise<unknown>;

/** The verbs that act on a named user, each with the operation its policy row has. */
const userVerbs: [string, Verb][] = [
  ['disableUser', (ctx, userId) => disableUser({ ctx, input: { userId } })],
  ['enableUser', (ctx, userId) => enableUser({ ctx, input: { userId } })],
  ['changeUserRole', (ctx, userId) => changeUserRole({ ctx, input: { userId, role: 'admin' } })],
  ['endUserSessions', (ctx, userId) => endUserSessions({ ctx, input: { userId } })],
  ['issueInvitation', (ctx, userId) => issueInvitation({ ctx, input: { userId } })],
  ['resetUserTotp', (ctx, userId) => resetUserTotp({ ctx, input: { userId } })],
];

/** The verbs that act on a named organisation, and the action a refusal is recorded as. */
const organisationVerbs: [string, Verb, string][] = [
  [
    'disableOrganisation',
    (ctx, organisationId) => disableOrganisation({ ctx, input: { organisationId } }),
    'auth.organisation.disabled',
  ],
  [
    'enableOrganisation',
    (ctx, organisationId) => enableOrganisation({ ctx, input: { organisationId } }),
    'auth.organisation.enabled',
  ],
  [
    'createUser',
    (ctx, organisationId) =>
      createUser({
        ctx,
        input: {
          organisationId,
          email: `refused-${organisationId}@example.org`,
          displayName: 'Refused',
          role: 'vendor',
        },
      }),
    'auth.user.created',
  ],
  [
    'listUsers',
    (ctx, organisationId) => listUsers({ ctx, input: { organisationId } }),
    'access.operation.refused',
  ],
  [
    'listOrganisationApiKeys',
    (ctx, organisationId) => listOrganisationApiKeys({ ctx, input: { organisationId } }),
    'access.operation.refused',
  ],
];

/** The verbs that act on the caller's own session, given its token, by operation. */
const sessionVerbs: [string, (ctx: ServiceContext, sessionToken: string) => Promise<unknown>][] = [
  ['logout', (ctx, sessionToken) => logout({ ctx, input: { sessionToken } })],
  [
    'changeOwnPassword',
    (ctx, sessionToken) =>
      changePassword({
        ctx,
        input: { sessionToken, currentPassword: 'not it', newPassword: 'not it either' },
      }),
  ],
  [
    'completeTotpLogin',
    (ctx, sessionToken) => completeTotp({ ctx, input: { sessionToken, code: '000000' } }),
  ],
  [
    'completeRecoveryCodeLogin',
    (ctx, sessionToken) =>
      useRecoveryCode({ ctx, input: { sessionToken, code: 'aaaaa-aaaaa-aaaaa-aaaaa-aaaaa' } }),
  ],
  [
    'startTotpEnrolment',
    (ctx, sessionToken) => startTotpEnrolment({ ctx, input: { sessionToken } }),
  ],
  [
    'confirmTotpEnrolment',
    (ctx, sessionToken) =>
      confirmTotpEnrolment({
        ctx,
        input: { sessionToken, secret: 'A'.repeat(32), code: '000000' },
      }),
  ],
  ['listOwnSessions', (ctx, sessionToken) => listOwnSessions({ ctx, input: { sessionToken } })],
  [
    'endOwnSession',
    (ctx, sessionToken) => endOwnSession({ ctx, input: { sessionToken, sessionId: 'x' } }),
  ],
  ['getOwnAccount', (ctx, sessionToken) => getOwnAccount({ ctx, input: { sessionToken } })],
  [
    'resetOwnTotp',
    (ctx, sessionToken) => resetOwnTotp({ ctx, input: { sessionToken, password: 'not it' } }),
  ],
];

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

  describe('verbs on a named user', () => {
    it.each(userVerbs)(
      'refuses a vendor calling %s, changes nothing and records it against the user',
      async (_operationId, verb) => {
        const vendor = await seedUser(handle.db, 'vendor');
        const target = await seedUser(handle.db, 'officer');
        const ctx = serviceContextFor(handle.db, clock, userPrincipal(vendor));

        await expect(verb(ctx, target.id)).rejects.toBeInstanceOf(ForbiddenError);

        expect(await findUserById(handle.db, target.id)).toEqual(target);
        expect(await refusalsBy(vendor.id)).toMatchObject([
          { object_type: 'user', object_id: target.id, outcome: 'refused' },
        ]);
      },
    );
  });

  describe('verbs on a named organisation', () => {
    it.each(organisationVerbs)(
      'refuses an officer calling %s, changes nothing and records it against the organisation',
      async (_operationId, verb, action) => {
        const officer = await seedUser(handle.db, 'officer');
        const vendor = await seedUser(handle.db, 'vendor');
        const organisation = (await findOrganisationById(handle.db, vendor.organisation_id))!;
        const ctx = serviceContextFor(handle.db, clock, userPrincipal(officer));

        await expect(verb(ctx, organisation.id)).rejects.toBeInstanceOf(ForbiddenError);

        expect(await findOrganisationById(handle.db, organisation.id)).toEqual(organisation);
        const people = await handle.db
          .selectFrom('app_user')
          .select('id')
          .where('organisation_id', '=', organisation.id)
          .execute();
        expect(people).toEqual([{ id: vendor.id }]);
        expect(await refusalsBy(officer.id)).toMatchObject([
          { action, object_type: 'organisation', object_id: organisation.id },
        ]);
      },
    );
  });

  describe('API key verbs', () => {
    const inAMonth = async () => new Date((await clock.now()).getTime() + 30 * 86_400_000);

    it('refuses an officer creating a key, creates none and records it', async () => {
      const officer = await seedUser(handle.db, 'officer');
      const ctx = serviceContextFor(handle.db, clock, userPrincipal(officer));

      await expect(
        createApiKey({
          ctx,
          input: { name: 'Refused', scopes: ['tenders:read'], expiresAt: await inAMonth() },
        }),
      ).rejects.toBeInstanceOf(ForbiddenError);

      expect(await listApiKeysOfOrganisation(handle.db, officer.organisation_id)).toEqual([]);
      expect(await refusalsBy(officer.id)).toMatchObject([
        { action: 'auth.api_key.created', object_type: 'organisation' },
      ]);
    });

    it("hides another vendor's key from a vendor, and refuses the operator, naming the key", async () => {
      const owner = await seedUser(handle.db, 'vendor');
      const stranger = await seedUser(handle.db, 'vendor');
      const operator = operatorPrincipal(`job-${Date.now()}`);
      const { key, token } = await createApiKeyAs(handle.db, clock, owner, {
        name: 'ERP',
        scopes: ['tenders:read'],
        expiresAt: await inAMonth(),
      });
      const as = (principal: Principal) => serviceContextFor(handle.db, clock, principal);

      await expect(
        revokeApiKey({ ctx: as(userPrincipal(stranger)), input: { keyId: key.id } }),
      ).rejects.toBeInstanceOf(NotFoundError);
      await expect(
        revokeApiKey({ ctx: as(operator), input: { keyId: key.id } }),
      ).rejects.toBeInstanceOf(ForbiddenError);

      expect(await verifyApiKey(handle.db, clock, token)).not.toBeNull();
      for (const actorId of [stranger.id, operator.name]) {
        expect(await refusalsBy(actorId)).toMatchObject([
          { action: 'access.operation.refused', object_type: 'api_key', object_id: key.id },
        ]);
      }
    });
  });

  describe("verbs on the caller's own session", () => {
    /** A signed-in vendor and the token of their session. */
    async function signedInVendor() {
      const user = await seedUser(handle.db, 'vendor');
      const { token } = await createSession(handle.db, clock, {
        userId: user.id,
        mfaVerified: false,
      });
      return { user, token };
    }

    it.each(sessionVerbs)(
      'refuses %s to the operator and to an anonymous caller, whatever token they bring',
      async (operationId, verb) => {
        const { token } = await signedInVendor();
        const operator = operatorPrincipal(`job-${operationId}-${Date.now()}`);

        await expect(
          verb(serviceContextFor(handle.db, clock, operator), token),
        ).rejects.toBeInstanceOf(ForbiddenError);
        await expect(verb(serviceContextFor(handle.db, clock), token)).rejects.toBeInstanceOf(
          UnauthenticatedError,
        );

        expect(await validateSessionToken(handle.db, clock, token)).not.toBeNull();
        expect(await refusalsBy(operator.name)).toMatchObject([
          {
            action: 'access.operation.refused',
            object_type: 'operation',
            object_id: operationId,
          },
        ]);
      },
    );

    it.each(sessionVerbs)(
      "refuses %s to a user who brings another user's session token",
      async (operationId, verb) => {
        const caller = await signedInVendor();
        const other = await signedInVendor();
        const ctx = serviceContextFor(
          handle.db,
          clock,
          await principalOfSessionToken(handle.db, clock, caller.token),
        );

        const outcome = verb(ctx, other.token);
        if (operationId === 'logout') expect(await outcome).toBe(false);
        else await expect(outcome).rejects.toBeInstanceOf(UnauthenticatedError);

        expect(await validateSessionToken(handle.db, clock, other.token)).not.toBeNull();
      },
    );

    it('refuses an administrator whose session has not passed the second factor', async () => {
      const admin = await seedUser(handle.db, 'admin');
      const { token } = await createSession(handle.db, clock, {
        userId: admin.id,
        mfaVerified: false,
      });
      const ctx = serviceContextFor(
        handle.db,
        clock,
        await principalOfSessionToken(handle.db, clock, token),
      );

      await expect(listOwnSessions({ ctx, input: { sessionToken: token } })).rejects.toThrow(
        new UnauthenticatedError('Please complete the sign-in with your second factor.'),
      );
      expect(await refusalsBy(admin.id)).toMatchObject([
        { action: 'access.operation.refused', object_id: 'listOwnSessions' },
      ]);
    });
  });
});
