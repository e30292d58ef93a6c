import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Principal } from '../../../src/security/access/principal.ts';
import type { ServiceContext } from '../../../src/services/context.ts';
import { serviceContextFor } from '../../harness/service-context.ts';
import { createOrganisation } from '../../../src/services/organisations/create-organisation.ts';
import { changeUserRole } from '../../../src/services/users/change-user-role.ts';
import { createUser } from '../../../src/services/users/create-user.ts';
import { disableUser } from '../../../src/services/users/disable-user.ts';
import { createAdministrator } from '../../../src/services/users/create-administrator.ts';
import { verifyAuditChain } from '../../../src/security/audit/verify.ts';
import { fixedClock } from '../../../src/clock.ts';
import { ForbiddenError } from '../../../src/domain/errors.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { seedUser } from './fixtures.ts';

describeDatabase('audit entries of account administration', (backend) => {
  let handle: TestDatabase;
  let admin: Principal;
  const clock = fixedClock('2026-05-04T09:00:00Z');

  beforeAll(async () => {
    handle = await openTestDatabase(backend);
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

  const ctx = (actor: Principal = admin): ServiceContext => ({
    ...serviceContextFor(handle.db, clock, actor),
    requestId: 'req-1',
  });
  const entriesFor = (objectId: string) =>
    handle.db
      .selectFrom('audit_entry')
      .select(['actor_id', 'action', 'outcome', 'before_hash', 'after_hash', 'request_id'])
      .where('object_id', '=', objectId)
      .orderBy('seq')
      .execute();

  it('records creation, role change, disabling and refusals by the acting administrator', async () => {
    const organisation = await createOrganisation({
      ctx: ctx(),
      input: { kind: 'authority', name: 'Kreis Beispiel' },
    });
    const { user, invitation } = await createUser({
      ctx: ctx(),
      input: {
        organisationId: organisation.id,
        email: `o-${Date.now()}@example.org`,
        displayName: 'Otto',
        role: 'officer',
      },
    });
    await changeUserRole({ ctx: ctx(), input: { userId: user.id, role: 'reviewer' } });
    const reviewer = await seedUser(handle.db, 'reviewer');
    await expect(
      disableUser({
        ctx: ctx({
          kind: 'user',
          userId: reviewer.id,
          organisationId: reviewer.organisation_id,
          role: 'reviewer',
          mfaVerified: true,
          secondFactorPending: false,
          sessionId: 'test-session',
        }),
        input: { userId: user.id },
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await disableUser({ ctx: ctx(), input: { userId: user.id } });

    expect(await entriesFor(organisation.id)).toMatchObject([
      { actor_id: admin.kind === 'user' ? admin.userId : '', action: 'auth.organisation.created' },
    ]);
    const userEntries = await entriesFor(user.id);
    expect(userEntries.map((entry) => [entry.action, entry.outcome])).toEqual([
      ['auth.user.created', 'succeeded'],
      ['auth.role.changed', 'succeeded'],
      ['auth.user.disabled', 'refused'],
      ['auth.user.disabled', 'succeeded'],
    ]);
    const roleChange = userEntries[1]!;
    expect(roleChange.before_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(roleChange.after_hash).not.toBe(roleChange.before_hash);
    expect(roleChange.request_id).toBe('req-1');
    const canonical = (await handle.db.selectFrom('audit_entry').select('canonical').execute())
      .map((row) => row.canonical)
      .join('\n');
    expect(canonical).not.toContain(invitation.token);
    expect(await verifyAuditChain(handle.db)).toMatchObject({ intact: true });
  });

  it('creates administrators only by operator command', async () => {
    await expect(
      createAdministrator({
        ctx: ctx(),
        input: { email: 'x@example.org', displayName: 'X', organisationName: 'Y' },
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
