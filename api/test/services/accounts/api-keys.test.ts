import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiKey } from '../../../src/services/api-keys/create-api-key.ts';
import { revokeApiKey } from '../../../src/services/api-keys/revoke-api-key.ts';
import { verifyApiKey } from '../../../src/security/credentials/api-keys.ts';
import { fixedClock, type FixedClock } from '../../../src/clock.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../../src/domain/errors.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { createApiKeyAs, serviceContextFor, userPrincipal } from '../../harness/service-context.ts';
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
    const created = await createApiKeyAs(handle.db, clock, vendor, {
      name: 'ERP integration',
      scopes,
      expiresAt: new Date((await clock.now()).getTime() + 90 * day),
    });
    return { vendor, ...created };
  }

  const as = (user: Parameters<typeof userPrincipal>[0]) =>
    serviceContextFor(handle.db, clock, userPrincipal(user));

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

  it('fails on the next verification after revocation', async () => {
    const { token, key, vendor } = await keyForNewVendor();
    expect(await verifyApiKey(handle.db, clock, token)).not.toBeNull();
    const revoked = await revokeApiKey({ ctx: as(vendor), input: { keyId: key.id } });
    expect(revoked.revoked_at).toEqual(await clock.now());
    expect(await verifyApiKey(handle.db, clock, token)).toBeNull();
  });

  it('does not let another vendor revoke a key: it is not found', async () => {
    const a = await keyForNewVendor();
    const b = await keyForNewVendor();
    await expect(revokeApiKey({ ctx: as(b.vendor), input: { keyId: a.key.id } })).rejects.toThrow(
      NotFoundError,
    );
    expect(await verifyApiKey(handle.db, clock, a.token)).not.toBeNull();
  });

  it('refuses keys for authorities, by users of another organisation, and without scopes', async () => {
    const officer = await seedUser(handle.db, 'officer');
    const vendor = await seedUser(handle.db, 'vendor');
    const expiresAt = new Date('2026-05-01T00:00:00Z');
    await expect(
      createApiKey({
        ctx: as(officer),
        input: { name: 'x', scopes: ['tenders:read'], expiresAt },
      }),
    ).rejects.toThrow(ForbiddenError);
    // A caller acting for the vendor organisation as a user who belongs to another one.
    await expect(
      createApiKey({
        ctx: serviceContextFor(handle.db, clock, {
          ...userPrincipal(officer),
          organisationId: vendor.organisation_id,
          role: 'vendor',
        }),
        input: { name: 'x', scopes: ['tenders:read'], expiresAt },
      }),
    ).rejects.toThrow(ForbiddenError);
    await expect(
      createApiKey({
        ctx: as(vendor),
        input: { name: 'x', scopes: [], expiresAt: new Date('2028-01-01T00:00:00Z') },
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
