import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock.ts';
import { findVersionByNumber } from '../../../src/db/repositories/self-assessment-versions.ts';
import { canonicalHash } from '../../../src/engine/canonical/canonical-json.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../../src/domain/errors.ts';
import type { Principal } from '../../../src/security/access/principal.ts';
import { createSelfAssessmentDraft } from '../../../src/services/self-assessments/create-self-assessment-draft.ts';
import { exportSelfAssessmentVersion } from '../../../src/services/self-assessments/export-self-assessment-version.ts';
import { getSelfAssessmentVersion } from '../../../src/services/self-assessments/get-self-assessment-version.ts';
import { importSelfAssessment } from '../../../src/services/self-assessments/import-self-assessment.ts';
import { listAttestationWarnings } from '../../../src/services/self-assessments/list-attestation-warnings.ts';
import { listSelfAssessmentVersions } from '../../../src/services/self-assessments/list-self-assessment-versions.ts';
import { publishSelfAssessmentVersion } from '../../../src/services/self-assessments/publish-self-assessment-version.ts';
import { saveSelfAssessmentDraft } from '../../../src/services/self-assessments/save-self-assessment-draft.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { serviceContextFor, userPrincipal } from '../../harness/service-context.ts';
import { catalogueLoaded } from '../../security/access/fixtures/catalogue.ts';
import { seedUser } from '../accounts/fixtures.ts';
import {
  completeContent,
  exampleProfile,
  seedProfile,
  seedPublished,
  seedService,
} from './fixtures.ts';

describeDatabase('self-assessment versions', (backend) => {
  let database: TestDatabase;
  const clock = fixedClock();
  beforeAll(async () => {
    database = await openTestDatabase(backend);
    await catalogueLoaded(database.db, clock);
  });
  afterAll(() => database.close());

  const as = (principal: Principal) => serviceContextFor(database.db, clock, principal);

  /** A vendor user with a profile and one service. */
  async function vendorWithService() {
    const user = await seedUser(database.db, 'vendor');
    await seedProfile(database.db, user.organisation_id);
    const service = await seedService(database.db, user.organisation_id);
    return { vendor: userPrincipal(user), service };
  }

  async function evidenceOf(serviceId: string): Promise<string> {
    const bytes = Buffer.from('%PDF-1.7 fictional report');
    const row = await database.db
      .insertInto('evidence_document')
      .values({
        service_id: serviceId,
        title: 'C5 report (fiktiv)',
        file_name: 'report.pdf',
        media_type: 'application/pdf',
        byte_size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        content: bytes,
        confidential: true,
        uploaded_by: null,
        uploaded_by_key: 'seeded-key',
        uploaded_at: new Date('2026-01-10T00:00:00Z'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  const citing = (documentId: string) => ({
    ...completeContent,
    attestations: [
      { ...completeContent.attestations[0]!, evidence: { kind: 'document' as const, documentId } },
    ],
  });

  describe('drafts', () => {
    it('starts one draft at a time, empty or copied from a published version', async () => {
      const { vendor, service } = await vendorWithService();
      const first = await createSelfAssessmentDraft({
        ctx: as(vendor),
        input: { serviceId: service.id },
      });
      expect(first).toMatchObject({ number: 1, status: 'draft', version: 1, vendor: null });
      expect(first.content.attestations).toEqual([]);
      await expect(
        createSelfAssessmentDraft({ ctx: as(vendor), input: { serviceId: service.id } }),
      ).rejects.toThrow(ConflictError);

      const other = await seedService(database.db, vendor.organisationId);
      await seedPublished(database.db, other.id);
      const copy = await createSelfAssessmentDraft({
        ctx: as(vendor),
        input: { serviceId: other.id, copyOf: 1 },
      });
      expect(copy).toMatchObject({ number: 2, status: 'draft' });
      expect(copy.content).toEqual(completeContent);
      const versions = await listSelfAssessmentVersions({
        ctx: as(vendor),
        input: { serviceId: other.id },
      });
      expect(versions.items.map((item) => [item.number, item.status])).toEqual([
        [2, 'draft'],
        [1, 'published'],
      ]);
    });

    it('refuses to copy a version that is not published', async () => {
      const { vendor, service } = await vendorWithService();
      await expect(
        createSelfAssessmentDraft({ ctx: as(vendor), input: { serviceId: service.id, copyOf: 1 } }),
      ).rejects.toThrow(ValidationError);
    });

    it('saves from the version read and refuses a stale one', async () => {
      const { vendor, service } = await vendorWithService();
      await createSelfAssessmentDraft({ ctx: as(vendor), input: { serviceId: service.id } });
      const saved = await saveSelfAssessmentDraft({
        ctx: as(vendor),
        input: { serviceId: service.id, number: 1, content: completeContent, version: 1 },
      });
      expect(saved).toMatchObject({ version: 2, content: completeContent });
      await expect(
        saveSelfAssessmentDraft({
          ctx: as(vendor),
          input: { serviceId: service.id, number: 1, content: completeContent, version: 1 },
        }),
      ).rejects.toThrow(ConflictError);
    });

    it("hides another vendor's draft as if it did not exist", async () => {
      const { vendor, service } = await vendorWithService();
      await createSelfAssessmentDraft({ ctx: as(vendor), input: { serviceId: service.id } });
      const other = userPrincipal(await seedUser(database.db, 'vendor'));
      await expect(
        getSelfAssessmentVersion({ ctx: as(other), input: { serviceId: service.id, number: 1 } }),
      ).rejects.toThrow(NotFoundError);
      await expect(
        saveSelfAssessmentDraft({
          ctx: as(other),
          input: { serviceId: service.id, number: 1, content: completeContent, version: 1 },
        }),
      ).rejects.toThrow(NotFoundError);
    });
  });

  describe('publishing', () => {
    it('names every missing part with its pointer and publishes nothing', async () => {
      const { vendor, service } = await vendorWithService();
      await createSelfAssessmentDraft({ ctx: as(vendor), input: { serviceId: service.id } });
      const refusal = await publishSelfAssessmentVersion({
        ctx: as(vendor),
        input: { serviceId: service.id, number: 1, version: 1 },
      }).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(ValidationError);
      expect((refusal as ValidationError).issues.map((issue) => issue.pointer)).toEqual([
        '/content/locations',
        '/content/keyManagement',
        '/content/legalExposure',
      ]);
      expect((await findVersionByNumber(database.db, service.id, 1))?.status).toBe('draft');
    });

    it('refuses attestations citing a document of another service or none', async () => {
      const { vendor, service } = await vendorWithService();
      const foreign = await evidenceOf((await seedService(database.db, vendor.organisationId)).id);
      await createSelfAssessmentDraft({ ctx: as(vendor), input: { serviceId: service.id } });
      await saveSelfAssessmentDraft({
        ctx: as(vendor),
        input: { serviceId: service.id, number: 1, content: citing(foreign), version: 1 },
      });
      const refusal = await publishSelfAssessmentVersion({
        ctx: as(vendor),
        input: { serviceId: service.id, number: 1, version: 2 },
      }).catch((error: unknown) => error);
      expect((refusal as ValidationError).issues.map((issue) => issue.pointer)).toEqual([
        '/content/attestations/0/evidence/documentId',
      ]);
    });

    it('needs a vendor profile', async () => {
      const user = await seedUser(database.db, 'vendor');
      const service = await seedService(database.db, user.organisation_id);
      const vendor = userPrincipal(user);
      await createSelfAssessmentDraft({ ctx: as(vendor), input: { serviceId: service.id } });
      await saveSelfAssessmentDraft({
        ctx: as(vendor),
        input: { serviceId: service.id, number: 1, content: completeContent, version: 1 },
      });
      await expect(
        publishSelfAssessmentVersion({
          ctx: as(vendor),
          input: { serviceId: service.id, number: 1, version: 2 },
        }),
      ).rejects.toThrow(ConflictError);
    });

    it('keeps the profile with the version, commits to both, and never changes it again', async () => {
      const { vendor, service } = await vendorWithService();
      const documentId = await evidenceOf(service.id);
      await createSelfAssessmentDraft({ ctx: as(vendor), input: { serviceId: service.id } });
      await saveSelfAssessmentDraft({
        ctx: as(vendor),
        input: { serviceId: service.id, number: 1, content: citing(documentId), version: 1 },
      });
      const published = await publishSelfAssessmentVersion({
        ctx: as(vendor),
        input: { serviceId: service.id, number: 1, version: 2 },
      });
      expect(published).toMatchObject({ status: 'published', vendor: exampleProfile });
      expect(published.publishedAt).toBe('2026-01-15T09:00:00.000Z');
      expect(published.contentSha256).toBe(
        canonicalHash({ content: published.content, vendor: published.vendor }),
      );
      await expect(
        saveSelfAssessmentDraft({
          ctx: as(vendor),
          input: { serviceId: service.id, number: 1, content: completeContent, version: 3 },
        }),
      ).rejects.toThrow(ConflictError);
      await expect(
        publishSelfAssessmentVersion({
          ctx: as(vendor),
          input: { serviceId: service.id, number: 1, version: 3 },
        }),
      ).rejects.toThrow(ConflictError);
    });

    it('is refused by the database when a published row is updated or deleted', async () => {
      const { service } = await vendorWithService();
      const published = await seedPublished(database.db, service.id);
      await expect(
        sql`update self_assessment_version set content = '{}' where id = ${published.id}`.execute(
          database.db,
        ),
      ).rejects.toThrow(/immutable/);
      await expect(
        sql`delete from self_assessment_version where id = ${published.id}`.execute(database.db),
      ).rejects.toThrow(/immutable/);
      expect((await findVersionByNumber(database.db, service.id, 1))?.content).toBe(
        published.content,
      );
    });
  });

  describe('validity and warnings', () => {
    it('judges attestations on the date asked for, by the scheme’s rule', async () => {
      const { vendor, service } = await vendorWithService();
      await seedPublished(database.db, service.id);
      const input = { serviceId: service.id, number: 1 };
      const before = await getSelfAssessmentVersion({
        ctx: as(vendor),
        input: { ...input, validOn: '2026-06-30' },
      });
      expect(before.validity).toEqual([
        expect.objectContaining({
          attestationId: 'c5-2025',
          on: '2026-06-30',
          status: 'valid',
          validUntil: '2026-06-30',
          rule: 'periodEnd',
        }),
      ]);
      const after = await getSelfAssessmentVersion({
        ctx: as(vendor),
        input: { ...input, validOn: '2026-07-01' },
      });
      expect(after.validity[0]?.status).toBe('expired');
      // Today by the clock: 2026-01-15.
      const today = await getSelfAssessmentVersion({ ctx: as(vendor), input });
      expect(today.validity[0]).toMatchObject({ on: '2026-01-15', status: 'valid' });
    });

    it('warns of attestations of the latest published versions that expire or expired', async () => {
      const user = await seedUser(database.db, 'vendor');
      const vendor = userPrincipal(user);
      const current = await seedService(database.db, user.organisation_id, 'Current');
      const stale = await seedService(database.db, user.organisation_id, 'Stale');
      await seedPublished(database.db, current.id);
      const old = {
        ...completeContent,
        attestations: [
          {
            ...completeContent.attestations[0]!,
            id: 'c5-2024',
            auditPeriod: { from: '2023-07-01', to: '2024-06-30' },
            reportDate: '2024-09-15',
          },
        ],
      };
      await seedPublished(database.db, stale.id, old);

      const standard = await listAttestationWarnings({ ctx: as(vendor), input: {} });
      expect(standard).toMatchObject({ today: '2026-01-15', withinDays: 90 });
      expect(standard.items).toEqual([
        {
          serviceId: stale.id,
          serviceName: 'Stale',
          versionNumber: 1,
          attestationId: 'c5-2024',
          scheme: 'bsi-c5',
          type: 'type2',
          validUntil: '2025-06-30',
          status: 'expired',
          daysLeft: -199,
        },
      ]);
      const ahead = await listAttestationWarnings({ ctx: as(vendor), input: { withinDays: 200 } });
      expect(ahead.items.map((item) => [item.serviceName, item.status])).toEqual([
        ['Stale', 'expired'],
        ['Current', 'expiring'],
      ]);
    });
    it('judges a date typed far into the future as undetermined instead of failing', async () => {
      const { vendor, service } = await vendorWithService();
      const typo = {
        ...completeContent,
        attestations: [
          {
            ...completeContent.attestations[0]!,
            auditPeriod: { from: '9999-01-01', to: '9999-12-31' },
            reportDate: '9999-12-31',
          },
        ],
      };
      await seedPublished(database.db, service.id, typo);
      const version = await getSelfAssessmentVersion({
        ctx: as(vendor),
        input: { serviceId: service.id, number: 1 },
      });
      expect(version.validity[0]?.status).toBe('undetermined');
      const warnings = await listAttestationWarnings({ ctx: as(vendor), input: {} });
      expect(warnings.items).toEqual([]);
    });
  });

  describe('export and import', () => {
    it('exports a version as a file that imports into another service’s draft', async () => {
      const { vendor, service } = await vendorWithService();
      await seedPublished(database.db, service.id);
      const { transfer, fileName } = await exportSelfAssessmentVersion({
        ctx: as(vendor),
        input: { serviceId: service.id, number: 1 },
      });
      expect(fileName).toMatch(/^self-assessment-service-[a-z0-9]+-v1\.json$/);
      expect(transfer).toMatchObject({ format: 'tenderwise.self-assessment', formatVersion: 1 });

      const target = await seedService(database.db, vendor.organisationId);
      const created = await importSelfAssessment({
        ctx: as(vendor),
        input: { ...transfer, serviceId: target.id },
      });
      expect(created).toMatchObject({ created: true, version: { number: 1, status: 'draft' } });
      expect(created.version.content).toEqual(completeContent);
      const replaced = await importSelfAssessment({
        ctx: as(vendor),
        input: { ...transfer, serviceId: target.id },
      });
      expect(replaced).toMatchObject({ created: false, version: { number: 1, version: 2 } });
    });

    it('imports nothing when a cited document is not evidence of the service', async () => {
      const { vendor, service } = await vendorWithService();
      await createSelfAssessmentDraft({ ctx: as(vendor), input: { serviceId: service.id } });
      const before = await findVersionByNumber(database.db, service.id, 1);
      const refusal = await importSelfAssessment({
        ctx: as(vendor),
        input: {
          format: 'tenderwise.self-assessment',
          formatVersion: 1,
          service: { name: 'Elsewhere' },
          content: citing(crypto.randomUUID()),
          serviceId: service.id,
        },
      }).catch((error: unknown) => error);
      expect((refusal as ValidationError).issues).toEqual([
        expect.objectContaining({ pointer: '/content/attestations/0/evidence/documentId' }),
      ]);
      expect(await findVersionByNumber(database.db, service.id, 1)).toEqual(before);
    });
  });
});
