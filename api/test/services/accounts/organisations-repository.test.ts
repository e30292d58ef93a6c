import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { findActiveAuthorityByName } from '../../../src/db/repositories/organisations.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { seedOrganisation } from './fixtures.ts';

describeDatabase('organisation repository', (backend) => {
  let handle: TestDatabase;
  beforeAll(async () => {
    handle = await openTestDatabase(backend);
  });
  afterAll(() => handle.close());

  it('finds an active authority by name whatever the case, never a vendor or a disabled one', async () => {
    const name = `Amt für Digitales ${randomUUID().slice(0, 8)}`;
    const vendor = await seedOrganisation(handle.db, 'vendor', name);
    const authority = await seedOrganisation(handle.db, 'authority', name);
    expect((await findActiveAuthorityByName(handle.db, name.toUpperCase()))?.id).toBe(authority.id);
    expect((await findActiveAuthorityByName(handle.db, name))?.id).not.toBe(vendor.id);

    await handle.db
      .updateTable('organisation')
      .set({ disabled_at: new Date() })
      .where('id', '=', authority.id)
      .execute();
    expect(await findActiveAuthorityByName(handle.db, name)).toBeUndefined();
  });
});
