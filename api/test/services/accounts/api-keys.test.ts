import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiKeyInQuery,
  createApiKey,
  hasScope,
  revokeApiKey,
  verifyApiKey,
} from '../../../src/services/api-keys/api-keys.ts';
import { fixedClock, type FixedClock } from '../../../src/clock.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../../src/domain/errors.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { seedUser } from './fixtures.ts';

const day = 24 * 3_600_000;

describeDatabase('API keys', (backend) => {
  let handle: TestDatabase;
  let clock: FixedClock;

  beforeAll(async () => {
    handle = await openTestDatabase(backend);
    clock = fixedClock('2026-04-01T10:00:00Z');
  });
  afterAll(() => handle.close());

  async function keyForNewVendor(scopes: ('tenders:read' | 'bids:submit')[] = ['tenders:read']) {
    const vendor = await seedUser(handle.db, 'vendor');
    const created = await createApiKey(handle.db, clock, {
      organisationId: vendor.organisation_id,
      createdBy: vendor.id,
      name: 'ERP integration',
      scopes,
      expiresAt: new Date((await clock.now()).getTime() + 90 * day),
    });
    return { vendor, ...created };
  }

  it('issues tw_<id>.<secret> with a secret of at least 128 bits, shown once', async () => {
    const { token, key, vendor } = await keyForNewVendor();
    expect(token).toMatch(/^tw_[a-z2-7]{24}\.[a-z2-7]{32}$/);
    expect(token.startsWith(`tw_${key.id}.`)).toBe(true);
    expect(key).not.toHaveProperty('secret_hash');
    expect(JSON.stringify(key)).not.toContain(token.split('.')[1]);
    const verified = await verifyApiKey(handle.db, clock, token);
    expect(verified).toEqual({
      id: key.id,
      organisationId: vendor.organisation_id,
      scopes: ['tenders:read'],
      expiresAt: key.expires_at,
    });
  });

  it('checks scopes', async () => {
    const { token } = await keyForNewVendor(['tenders:read', 'bids:submit']);
    const key = (await verifyApiKey(handle.db, clock, token))!;
    expect(hasScope(key, 'tenders:read')).toBe(true);
    expect(hasScope(key, 'bids:submit')).toBe(true);
    expect(hasScope(key, 'self-assessment:write')).toBe(false);
  });

  it('fails on the next verification after revocation', async () => {
    const { token, key, vendor } = await keyForNewVendor();
    expect(await verifyApiKey(handle.db, clock, token)).not.toBeNull();
    const revoked = await revokeApiKey(handle.db, clock, {
      keyId: key.id,
      organisationId: vendor.organisation_id,
    });
    expect(revoked.revoked_at).toEqual(await clock.now());
    expect(await verifyApiKey(handle.db, clock, token)).toBeNull();
  });

  it('does not let another vendor revoke a key: it is not found', async () => {
    const a = await keyForNewVendor();
    const b = await keyForNewVendor();
    await expect(
      revokeApiKey(handle.db, clock, { keyId: a.key.id, organisationId: b.vendor.organisation_id }),
    ).rejects.toThrow(NotFoundError);
    expect(await verifyApiKey(handle.db, clock, a.token)).not.toBeNull();
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

  it('refuses keys for authorities, by users of another organisation, and without scopes', async () => {
    const officer = await seedUser(handle.db, 'officer');
    const vendor = await seedUser(handle.db, 'vendor');
    const expiresAt = new Date('2026-05-01T00:00:00Z');
    await expect(
      createApiKey(handle.db, clock, {
        organisationId: officer.organisation_id,
        createdBy: officer.id,
        name: 'x',
        scopes: ['tenders:read'],
        expiresAt,
      }),
    ).rejects.toThrow(ForbiddenError);
    await expect(
      createApiKey(handle.db, clock, {
        organisationId: vendor.organisation_id,
        createdBy: officer.id,
        name: 'x',
        scopes: ['tenders:read'],
        expiresAt,
      }),
    ).rejects.toThrow(ForbiddenError);
    await expect(
      createApiKey(handle.db, clock, {
        organisationId: vendor.organisation_id,
        createdBy: vendor.id,
        name: 'x',
        scopes: [],
        expiresAt: new Date('2028-01-01T00:00:00Z'),
      }),
    ).rejects.toThrow(
      expect.objectContaining({
        constructor: ValidationError,
        issues: [
          expect.objectContaining({ pointer: '/scopes' }),
          expect.objectContaining({ pointer: '/expiresAt' }),
        ],
      }),
    );
  });

  it('the database refuses a key for an authority even past the domain code', async () => {
    const officer = await seedUser(handle.db, 'officer');
    await expect(
      handle.db
        .insertInto('api_key')
        .values({
          id: 'abcdefghijklmnopqrstuvwx',
          organisation_id: officer.organisation_id,
          created_by: officer.id,
          name: 'x',
          secret_hash: new Uint8Array(32),
          scopes: ['tenders:read'],
          created_at: new Date('2026-04-01T00:00:00Z'),
          expires_at: new Date('2026-05-01T00:00:00Z'),
        })
        .execute(),
    ).rejects.toThrow(/api_key_organisation_fkey/);
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
