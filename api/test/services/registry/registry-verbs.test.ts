import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../../src/domain/errors.ts';
import type { Principal } from '../../../src/security/access/principal.ts';
import { createOptionFromRegistry } from '../../../src/services/options-reviews/create-option-from-registry.ts';
import { createOptionsReview } from '../../../src/services/options-reviews/create-options-review.ts';
import { assessRegistryLegalExposure } from '../../../src/services/registry/assess-registry-legal-exposure.ts';
import { getRegistryService } from '../../../src/services/registry/get-registry-service.ts';
import { getRegistryVersion } from '../../../src/services/registry/get-registry-version.ts';
import { listVerifications } from '../../../src/services/registry/list-verifications.ts';
import { recordVerification } from '../../../src/services/registry/record-verification.ts';
import { searchRegistry } from '../../../src/services/registry/search-registry.ts';
import { seedPublishedService, type SeededService } from '../../fixtures/registry-data.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { serviceContextFor, userPrincipal } from '../../harness/service-context.ts';
import { catalogueLoaded } from '../../security/access/fixtures/catalogue.ts';
import { seedOrganisation, seedUser } from '../accounts/fixtures.ts';

describeDatabase('the registry verbs', (backend) => {
  let database: TestDatabase;
  const clock = fixedClock();
  let officer: Principal;
  let vendor: Principal;
  let seeded: SeededService;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    await catalogueLoaded(database.db, clock);
    officer = userPrincipal(await seedUser(database.db, 'officer'));
    const vendorUser = await seedUser(database.db, 'vendor');
    vendor = userPrincipal(vendorUser);
    seeded = await seedPublishedService(database.db, {
      organisationId: vendorUser.organisation_id,
      withDraft: true,
    });
  });
  afterAll(() => database.close());

  const as = (principal: Principal) => serviceContextFor(database.db, clock, principal);
  const version = (number: number) => ({ serviceId: seeded.serviceId, number });

  it('lets authorities read published versions and nobody read drafts', async () => {
    const read = await getRegistryVersion({ ctx: as(officer), input: version(1) });
    expect(read.contentSha256).toBe(seeded.published.contentSha256);
    expect(read.validity[0]).toMatchObject({ on: '2026-01-15', status: 'notYetValid' });
    await expect(getRegistryVersion({ ctx: as(officer), input: version(2) })).rejects.toThrow(
      NotFoundError,
    );
    // Vendors read their own through the vendor operations, never the registry's.
    await expect(getRegistryService({ ctx: as(vendor), input: version(1) })).rejects.toThrow(
      ForbiddenError,
    );
    await expect(
      assessRegistryLegalExposure({ ctx: as(officer), input: version(2) }),
    ).rejects.toThrow(NotFoundError);
  });

  it('refuses a cursor that is not one of the search', async () => {
    await expect(
      searchRegistry({ ctx: as(officer), input: { cursor: 'bm90LWEtY3Vyc29y' } }),
    ).rejects.toThrow(ValidationError);
  });

  it('records verifications per authority and lists none of another', async () => {
    const input = {
      ...version(1),
      attestationId: 'c5',
      checkedOn: '2026-01-15',
      method: 'report' as const,
      result: 'discrepancies' as const,
    };
    const recorded = await recordVerification({ ctx: as(officer), input });
    expect(recorded).toMatchObject({ result: 'discrepancies', note: null });
    const otherAuthority = (await seedOrganisation(database.db, 'authority')).id;
    const other = userPrincipal(await seedUser(database.db, 'reviewer', otherAuthority));
    expect((await listVerifications({ ctx: as(other), input: version(1) })).items).toEqual([]);
    expect((await listVerifications({ ctx: as(officer), input: version(1) })).items).toEqual([
      recorded,
    ]);
  });

  it('adds a published version to a review without a scheme with an empty offer', async () => {
    const review = await createOptionsReview({
      ctx: as(officer),
      input: { title: 'Ohne Schema', purpose: 'Prüfen', referenceDate: '2027-01-15' },
    });
    const option = await createOptionFromRegistry({
      ctx: as(officer),
      input: { reviewId: review.id, serviceId: seeded.serviceId, versionNumber: 1, name: 'Wolke' },
    });
    expect(option).toMatchObject({
      name: 'Wolke',
      offer: { answers: {}, assessments: {} },
      checkedAgainstSchemeVersion: null,
      registrySource: { versionId: seeded.published.id, versionNumber: 1 },
    });
  });
});
