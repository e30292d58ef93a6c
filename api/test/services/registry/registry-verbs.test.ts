import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock.ts';
import { revokeEvidenceGrant } from '../../../src/db/repositories/evidence.ts';
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
import { c5Type2, completeContent } from '../../fixtures/self-assessments.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { serviceContextFor, userPrincipal } from '../../harness/service-context.ts';
import { catalogueLoaded } from '../../security/access/fixtures/catalogue.ts';
import { seedOrganisation, seedUser } from '../accounts/fixtures.ts';
import { insertDocument, insertGrant } from '../evidence/registry-rows.ts';

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

  it('says which cited evidence the caller may read, following grants and revocations', async () => {
    const vendorUser = await seedUser(database.db, 'vendor');
    const ids = { confidential: '', public: '' };
    const cited = await seedPublishedService(database.db, {
      organisationId: vendorUser.organisation_id,
      content: async (serviceId) => {
        ids.confidential = await insertDocument(database.db, serviceId, {
          confidential: true,
          userId: vendorUser.id,
        });
        ids.public = await insertDocument(database.db, serviceId, {
          confidential: false,
          userId: vendorUser.id,
        });
        return completeContent({
          attestations: [
            c5Type2('2026-06-30', { evidence: { kind: 'document', documentId: ids.confidential } }),
            c5Type2('2025-06-30', {
              id: 'c5-before',
              evidence: { kind: 'document', documentId: ids.public },
            }),
          ],
        });
      },
    });
    const documents = async () =>
      (
        await getRegistryVersion({
          ctx: as(officer),
          input: { serviceId: cited.serviceId, number: 1 },
        })
      ).documents;
    const officerAuthority = officer.kind === 'user' ? officer.organisationId : '';

    const ungranted = await documents();
    // Of the ungranted confidential report only that it exists and its SHA-256 (ADR 0033).
    expect(ungranted).toEqual([
      {
        id: ids.confidential,
        title: null,
        mediaType: null,
        byteSize: null,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        confidential: true,
        readable: false,
      },
      expect.objectContaining({
        id: ids.public,
        title: 'ISO certificate',
        mediaType: 'application/pdf',
        confidential: false,
        readable: true,
      }),
    ]);

    const grantId = await insertGrant(
      database.db,
      cited.serviceId,
      officerAuthority,
      vendorUser.id,
    );
    expect((await documents())[0]).toMatchObject({ title: 'C5 report', readable: true });
    // A grant to the officer's authority is no grant to another.
    const otherAuthority = (await seedOrganisation(database.db, 'authority')).id;
    const other = userPrincipal(await seedUser(database.db, 'reviewer', otherAuthority));
    const seenByOther = await getRegistryVersion({
      ctx: as(other),
      input: { serviceId: cited.serviceId, number: 1 },
    });
    expect(seenByOther.documents.map((document) => document.readable)).toEqual([false, true]);

    await revokeEvidenceGrant(database.db, grantId, new Date('2026-11-03T09:00:00Z'));
    expect((await documents())[0]).toMatchObject({ title: null, readable: false });
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
