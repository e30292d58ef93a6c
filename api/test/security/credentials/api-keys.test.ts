import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiKeyInQuery,
  hasScope,
  verifyApiKey,
} from '../../../src/security/credentials/api-keys.ts';
import { fixedClock, type FixedClock } from '../../../src/clock.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { createApiKeyAs } from '../../harness/service-context.ts';
import { seedUser } from '../../services/accounts/fixtures.ts';

const day = 24 * 3_600_000;

/** Checking a presented key: the credential the HTTP edge turns into an API key principal. */
describeDatabase('API key verification', (backend) => {
  let handle: TestDatabase;
  let clock: FixedClock;

  beforeAll(async () => {
    handle = await openTestDatabase(backend);
    clock = fixedClock('2026-04-01T10:00:00Z');
  });
  afterAll(() => handle.close());

  async function keyForNewVendor(scopes: ('tenders:read' | 'bids:submit')[] = ['tenders:read']) {
    const vendor = await seedUser(handle.db, 'vendor');
    const created = await createApiKeyAs(handle.db, clock, vendor, {
      name: 'ERP integration',
      scopes,
      expiresAt: new Date((await clock.now()).getTime() + 90 * day),
    });
    return { vendor, ...created };
  }

  it('checks scopes', async () => {
    const { token } = await keyForNewVendor(['tenders:read', 'bids:submit']);
    const key = (await verifyApiKey(handle.db, clock, token))!;
    expect(hasScope(key, 'tenders:read')).toBe(true);
    expect(hasScope(key, 'bids:submit')).toBe(true);
    expect(hasScope(key, 'self-assessment:write')).toBe(false);
  });

  it("refuses vendor A's key id with vendor B's secret", async () => {
    const a = await keyForNewVendor();
    const b = await keyForNewVendor();
    const [aId] = a.token.split('.');
    const [, bSecret] = b.token.split('.');
    expect(await verifyApiKey(handle.db, clock, `${aId}.${bSecret}`)).toBeNull();
    const [bId] = b.token.split('.');
    const [, aSecret] = a.token.split('.');
    expect(await verifyApiKey(handle.db, clock, `${bId}.${aSecret}`)).toBeNull();
  });

  it('fails once expired', async () => {
    clock.set('2026-04-02T10:00:00Z');
    const { token } = await keyForNewVendor();
    clock.advance(90 * day - 1);
    expect(await verifyApiKey(handle.db, clock, token)).not.toBeNull();
    clock.advance(1);
    expect(await verifyApiKey(handle.db, clock, token)).toBeNull();
    clock.set('2026-04-01T10:00:00Z');
  });

  it.each([
    ['no prefix', (t: string) => t.slice(3)],
    ['another prefix', (t: string) => `xx_${t.slice(3)}`],
    ['a truncated secret', (t: string) => t.slice(0, -1)],
    ['an uppercase key', (t: string) => t.toUpperCase()],
  ])('refuses a key with %s', async (_name, mangle) => {
    const { token } = await keyForNewVendor();
    expect(await verifyApiKey(handle.db, clock, mangle(token))).toBeNull();
  });

  it('records the last use at most once a minute', async () => {
    clock.set('2026-04-03T10:00:00Z');
    const { token, key } = await keyForNewVendor();
    const lastUsed = async () =>
      (
        await handle.db
          .selectFrom('api_key')
          .select('last_used_at')
          .where('id', '=', key.id)
          .executeTakeFirstOrThrow()
      ).last_used_at;
    expect(await lastUsed()).toBeNull();
    await verifyApiKey(handle.db, clock, token);
    expect(await lastUsed()).toEqual(new Date('2026-04-03T10:00:00Z'));
    clock.advance(59_000);
    const { count } = await handle.statements.measure(() => verifyApiKey(handle.db, clock, token));
    expect(count).toBe(1);
    clock.advance(1_000);
    await verifyApiKey(handle.db, clock, token);
    expect(await lastUsed()).toEqual(new Date('2026-04-03T10:01:00Z'));
    clock.set('2026-04-01T10:00:00Z');
  });
});

describe('apiKeyInQuery', () => {
  const key = 'tw_abcdefghijklmnopqrstuvwx.abcdefghijklmnopqrstuvwxyz234567';

  it.each([
    `/api/v1/tenders?api_key=${key}`,
    `/api/v1/tenders?token=${encodeURIComponent(key)}`,
    `/api/v1/tenders?q=1&x=${key}`,
    `https://tenderwise.example.org/api/v1/tenders?access_token=tw_partial`,
    `/api/v1/tenders?${key}`,
  ])('finds a key in %s', (url) => {
    expect(apiKeyInQuery(url)).toBe(true);
  });

  it.each(['/api/v1/tenders', '/api/v1/tenders?q=tw_&page=2', '/api/v1/tenders?key=abc'])(
    'finds none in %s',
    (url) => {
      expect(apiKeyInQuery(url)).toBe(false);
    },
  );

  it('accepts a URL object', () => {
    expect(apiKeyInQuery(new URL(`https://x.example/?apikey=${key}`))).toBe(true);
  });
});
