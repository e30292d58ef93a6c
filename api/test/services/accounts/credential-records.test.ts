import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  advanceTotpCounter,
  findTotpSecret,
  listUnusedRecoveryCodes,
  markRecoveryCodeUsed,
  replaceRecoveryCodes,
  setTotpSecret,
} from '../../../src/db/repositories/users.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { seedUser } from './fixtures.ts';

const at = new Date('2026-06-01T08:00:00Z');

describeDatabase('stored second factors', (backend) => {
  let handle: TestDatabase;
  beforeAll(async () => {
    handle = await openTestDatabase(backend);
  });
  afterAll(() => handle.close());

  it('accepts each TOTP time step once, and only steps after the last one', async () => {
    const user = await seedUser(handle.db, 'officer');
    const key = new Uint8Array(20).fill(7);
    await setTotpSecret(handle.db, user.id, key);
    expect([...(await findTotpSecret(handle.db, user.id))!]).toEqual([...key]);
    expect(await advanceTotpCounter(handle.db, user.id, 59_000_000)).toBe(true);
    expect(await advanceTotpCounter(handle.db, user.id, 59_000_000)).toBe(false);
    expect(await advanceTotpCounter(handle.db, user.id, 58_999_999)).toBe(false);
    expect(await advanceTotpCounter(handle.db, user.id, 59_000_001)).toBe(true);
    // A new key starts a new sequence.
    await setTotpSecret(handle.db, user.id, new Uint8Array(20).fill(8));
    expect(await advanceTotpCounter(handle.db, user.id, 1)).toBe(true);
  });

  it('uses each recovery code once and replaces the set as a whole', async () => {
    const user = await seedUser(handle.db, 'admin');
    await replaceRecoveryCodes(handle.db, user.id, ['h1', 'h2', 'h3'], at);
    const codes = await listUnusedRecoveryCodes(handle.db, user.id);
    expect(codes.map((c) => c.code_hash).sort()).toEqual(['h1', 'h2', 'h3']);
    expect(await markRecoveryCodeUsed(handle.db, codes[0]!.id, at)).toBe(true);
    expect(await markRecoveryCodeUsed(handle.db, codes[0]!.id, at)).toBe(false);
    expect(await listUnusedRecoveryCodes(handle.db, user.id)).toHaveLength(2);
    await replaceRecoveryCodes(handle.db, user.id, ['h4'], at);
    expect((await listUnusedRecoveryCodes(handle.db, user.id)).map((c) => c.code_hash)).toEqual([
      'h4',
    ]);
  });
});
