import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock.ts';
import { findVendorProfile } from '../../../src/db/repositories/vendor-profiles.ts';
import { setOrganisationDisabled } from '../../../src/db/repositories/organisations.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../../../src/domain/errors.ts';
import type { Principal } from '../../../src/security/access/principal.ts';
import { createVendorService } from '../../../src/services/self-assessments/create-vendor-service.ts';
import { getVendorProfile } from '../../../src/services/self-assessments/get-vendor-profile.ts';
import { getVendorService } from '../../../src/services/self-assessments/get-vendor-service.ts';
import { listAuthorities } from '../../../src/services/self-assessments/list-authorities.ts';
import { listVendorServices } from '../../../src/services/self-assessments/list-vendor-services.ts';
import { saveVendorProfile } from '../../../src/services/self-assessments/save-vendor-profile.ts';
import { updateVendorService } from '../../../src/services/self-assessments/update-vendor-service.ts';
import { getOwnAccount } from '../../../src/services/sessions/get-own-account.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { createApiKeyAs, serviceContextFor, userPrincipal } from '../../harness/service-context.ts';
import { seedOrganisation, seedUser } from '../accounts/fixtures.ts';
import { exampleProfile } from './fixtures.ts';

describeDatabase('vendor profiles and services', (backend) => {
  let database: TestDatabase;
  const clock = fixedClock();
  beforeAll(async () => {
    database = await openTestDatabase(backend);
  });
  afterAll(() => database.close());

  const as = (principal: Principal) => serviceContextFor(database.db, clock, principal);
  const vendorUser = async () => userPrincipal(await seedUser(database.db, 'vendor'));
  const keyOf = (organisationId: string): Principal => ({
    kind: 'apiKey',
    keyId: `key${organisationId.slice(0, 8)}`,
    organisationId,
    scopes: ['self-assessment:write'],
  });

  describe('the vendor profile', () => {
    it('is created by the first save, then changed only from the version read', async () => {
      const vendor = await vendorUser();
      await expect(getVendorProfile({ ctx: as(vendor) })).rejects.toThrow(NotFoundError);
      const first = await saveVendorProfile({
        ctx: as(vendor),
        input: { profile: exampleProfile },
      });
      expect(first).toMatchObject({ created: true, profile: { version: 1 } });

      const renamed = { ...exampleProfile, legalName: 'Nordwolke AG (fiktiv)' };
      const second = await saveVendorProfile({
        ctx: as(vendor),
        input: { profile: renamed, version: 1 },
      });
      expect(second).toMatchObject({ created: false, profile: { version: 2 } });
      await expect(
        saveVendorProfile({ ctx: as(vendor), input: { profile: exampleProfile, version: 1 } }),
      ).rejects.toThrow(ConflictError);
      await expect(
        saveVendorProfile({ ctx: as(vendor), input: { profile: exampleProfile } }),
      ).rejects.toThrow(ConflictError);
      expect((await getVendorProfile({ ctx: as(vendor) })).profile.legalName).toBe(
        'Nordwolke AG (fiktiv)',
      );
    });

    it('refuses a version for a profile that does not exist yet', async () => {
      const vendor = await vendorUser();
      await expect(
        saveVendorProfile({ ctx: as(vendor), input: { profile: exampleProfile, version: 1 } }),
      ).rejects.toThrow(ConflictError);
    });

    it('records the API key, not a user, when a key saves it', async () => {
      const organisation = await seedOrganisation(database.db, 'vendor');
      const key = keyOf(organisation.id);
      await saveVendorProfile({ ctx: as(key), input: { profile: exampleProfile } });
      const row = await findVendorProfile(database.db, organisation.id);
      expect(row).toMatchObject({
        updated_by: null,
        updated_by_key: `key${organisation.id.slice(0, 8)}`,
      });
      const entry = await database.db
        .selectFrom('audit_entry')
        .select(['actor_type', 'actor_id', 'outcome'])
        .where('action', '=', 'vendor.profile.saved')
        .where('object_id', '=', organisation.id)
        .executeTakeFirstOrThrow();
      expect(entry).toEqual({
        actor_type: 'api_key',
        actor_id: `key${organisation.id.slice(0, 8)}`,
        outcome: 'succeeded',
      });
    });

    it('is not for authorities', async () => {
      const officer = userPrincipal(await seedUser(database.db, 'officer'));
      await expect(getVendorProfile({ ctx: as(officer) })).rejects.toThrow(ForbiddenError);
    });
  });

  describe('services', () => {
    it('refuses a second service of the same name, whatever its case', async () => {
      const vendor = await vendorUser();
      await createVendorService({ ctx: as(vendor), input: { name: 'Cloud IaaS, Region DE' } });
      await expect(
        createVendorService({ ctx: as(vendor), input: { name: 'cloud iaas, region de' } }),
      ).rejects.toThrow(ConflictError);
      // Another vendor may use the name.
      await createVendorService({
        ctx: as(await vendorUser()),
        input: { name: 'Cloud IaaS, Region DE' },
      });
    });

    it("lists the caller's own services only, page by page", async () => {
      const vendor = await vendorUser();
      const other = await vendorUser();
      const names = ['One', 'Two', 'Three'];
      for (const name of names) {
        // Lists are in order of creation: one second apart, so the order is the names'.
        clock.advance(1_000);
        await createVendorService({ ctx: as(vendor), input: { name } });
      }
      await createVendorService({ ctx: as(other), input: { name: 'Foreign' } });

      const first = await listVendorServices({ ctx: as(vendor), input: { limit: 2 } });
      expect(first.items.map((item) => item.name)).toEqual(['One', 'Two']);
      expect(first.nextCursor).not.toBeNull();
      const second = await listVendorServices({
        ctx: as(vendor),
        input: { limit: 2, cursor: first.nextCursor! },
      });
      expect(second.items.map((item) => item.name)).toEqual(['Three']);
      expect(second.nextCursor).toBeNull();
    });

    it("hides another vendor's service as if it did not exist", async () => {
      const vendor = await vendorUser();
      const service = await createVendorService({ ctx: as(vendor), input: { name: 'Mine' } });
      const other = await vendorUser();
      await expect(
        getVendorService({ ctx: as(other), input: { serviceId: service.id } }),
      ).rejects.toThrow(NotFoundError);
      await expect(
        updateVendorService({
          ctx: as(other),
          input: { serviceId: service.id, name: 'Taken over', version: 1 },
        }),
      ).rejects.toThrow(NotFoundError);
      expect(
        (await getVendorService({ ctx: as(vendor), input: { serviceId: service.id } })).name,
      ).toBe('Mine');
    });

    it('renames a service from the version read, and refuses a stale version or a taken name', async () => {
      const vendor = await vendorUser();
      await createVendorService({ ctx: as(vendor), input: { name: 'Taken' } });
      const service = await createVendorService({ ctx: as(vendor), input: { name: 'Old' } });
      const renamed = await updateVendorService({
        ctx: as(vendor),
        input: { serviceId: service.id, name: 'New', summary: 'Now with a summary', version: 1 },
      });
      expect(renamed).toMatchObject({ name: 'New', summary: 'Now with a summary', version: 2 });
      await expect(
        updateVendorService({
          ctx: as(vendor),
          input: { serviceId: service.id, name: 'Newer', version: 1 },
        }),
      ).rejects.toThrow(ConflictError);
      await expect(
        updateVendorService({
          ctx: as(vendor),
          input: { serviceId: service.id, name: 'TAKEN', version: 2 },
        }),
      ).rejects.toThrow(ConflictError);
    });
  });

  it('lists the enabled authorities by name for vendors', async () => {
    const { db } = database;
    const suffix = crypto.randomUUID().slice(0, 6);
    const zeta = await seedOrganisation(db, 'authority', `Zeta ${suffix}`);
    const alpha = await seedOrganisation(db, 'authority', `alpha ${suffix}`);
    const disabled = await seedOrganisation(db, 'authority', `Beta ${suffix}`);
    await setOrganisationDisabled(db, disabled.id, new Date('2026-01-02T00:00:00Z'));
    const { items } = await listAuthorities({ ctx: as(keyOf(crypto.randomUUID())) });
    const ours = items.filter((item) => item.name.endsWith(suffix));
    expect(ours).toEqual([
      { id: alpha.id, name: alpha.name },
      { id: zeta.id, name: zeta.name },
    ]);
  });

  it("answers an API key with the key's organisation, scopes and expiry", async () => {
    const user = await seedUser(database.db, 'vendor');
    const created = await createApiKeyAs(database.db, clock, user, {
      name: 'ERP integration',
      scopes: ['self-assessment:write'],
      expiresAt: new Date('2026-06-01T00:00:00Z'),
    });
    const account = await getOwnAccount({
      ctx: as({
        kind: 'apiKey',
        keyId: created.key.id,
        organisationId: user.organisation_id,
        scopes: ['self-assessment:write'],
      }),
      input: { sessionToken: '' },
    });
    expect(account).toMatchObject({
      kind: 'apiKey',
      id: created.key.id,
      name: 'ERP integration',
      organisation: { id: user.organisation_id, kind: 'vendor' },
      scopes: ['self-assessment:write'],
      expiresAt: '2026-06-01T00:00:00.000Z',
    });
  });
});
