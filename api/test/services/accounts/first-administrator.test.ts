import { afterEach, expect, it } from 'vitest';
import { createAdministrator } from '../../../src/services/users/create-administrator.ts';
import { fixedClock } from '../../../src/clock.ts';
import { ConflictError } from '../../../src/domain/errors.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { operatorPrincipal, serviceContextFor } from '../../harness/service-context.ts';

describeDatabase('the first administrator', (backend) => {
  let handle: TestDatabase | undefined;
  afterEach(async () => {
    await handle?.close();
    handle = undefined;
  });

  it('is created once when two operators run the command at the same moment', async () => {
    handle = await openTestDatabase(backend);
    const ctx = serviceContextFor(
      handle.db,
      fixedClock('2026-05-04T09:00:00Z'),
      operatorPrincipal('admin:create'),
    );
    const run = (email: string) =>
      createAdministrator({
        ctx,
        input: { email, displayName: 'Admin', organisationName: 'Landesamt' },
      });

    // On PostgreSQL the two transactions run on two connections at once; without a lock both
    // would find no administrator and both would create one.
    const outcomes = await Promise.allSettled([
      run('first@example.org'),
      run('second@example.org'),
      run('third@example.org'),
    ]);

    const created = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const refused = outcomes.flatMap((outcome) =>
      outcome.status === 'rejected' ? [outcome.reason] : [],
    );
    expect(created).toHaveLength(1);
    expect(refused).toHaveLength(2);
    for (const reason of refused) expect(reason).toBeInstanceOf(ConflictError);
    const admins = await handle.db
      .selectFrom('app_user')
      .select('email')
      .where('role', '=', 'admin')
      .execute();
    expect(admins).toHaveLength(1);
    const authorities = await handle.db.selectFrom('organisation').select('id').execute();
    expect(authorities).toHaveLength(1);
  });
});
