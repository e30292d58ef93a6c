import { SelfAssessmentContent, VendorProfile } from '@tenderwise/schema';
import type { Kysely } from 'kysely';
import {
  insertDraft,
  publishDraftAtVersion,
  type SelfAssessmentVersionRow,
} from '../../../src/db/repositories/self-assessment-versions.ts';
import {
  findVendorProfile,
  insertVendorProfile,
} from '../../../src/db/repositories/vendor-profiles.ts';
import {
  insertVendorService,
  type VendorServiceRow,
} from '../../../src/db/repositories/vendor-services.ts';
import type { DB } from '../../../src/db/types.ts';
import { canonicalHash, canonicalJson } from '../../../src/engine/canonical/canonical-json.ts';

const at = new Date('2026-01-10T00:00:00Z');

/** A fictional vendor's profile. */
export const exampleProfile: VendorProfile = VendorProfile.parse({
  legalName: 'Nordwolke GmbH (fiktiv)',
  registeredOffice: { city: 'Hamburg', country: 'DE' },
  ownerChain: [{ name: 'Nordwolke Holding SE (fiktiv)', country: 'DE', controls: true }],
});

/**
 * A draft with every part publishing needs, and a C5 type 2 attestation whose audit period ended
 * on 2025-06-30: current by the catalogue's rule until 2026-06-30.
 */
export const completeContent: SelfAssessmentContent = SelfAssessmentContent.parse({
  seal: { 'sov-1': { level: 3, justification: 'EU-only operations team.' } },
  locations: { data: ['DE'], processing: ['DE'], support: ['DE', 'AT'], administration: ['DE'] },
  keyManagement: { control: 'externalKeyManagement' },
  legalExposure: {
    usJurisdiction: 'no',
    disconnectTested: true,
    russiaLinks: {
      establishedInRussia: false,
      russianOwnershipOver50Percent: false,
      actingForRussianEntity: false,
      russianSubcontractorsOver10Percent: false,
    },
  },
  attestations: [
    {
      id: 'c5-2025',
      scheme: 'bsi-c5',
      type: 'type2',
      issuer: 'Prüfgesellschaft Beispiel (fiktiv)',
      scope: 'IaaS, Region DE',
      coversService: true,
      auditPeriod: { from: '2024-07-01', to: '2025-06-30' },
      reportDate: '2025-09-15',
    },
  ],
});

/** Stores a profile for the vendor unless it has one. */
export async function seedProfile(db: Kysely<DB>, organisationId: string): Promise<void> {
  if ((await findVendorProfile(db, organisationId)) !== undefined) return;
  await insertVendorProfile(db, {
    organisationId,
    content: canonicalJson(exampleProfile),
    by: { userId: null, keyId: 'seeded-key' },
    at,
  });
}

export function seedService(
  db: Kysely<DB>,
  organisationId: string,
  name = `Service ${Math.random().toString(36).slice(2, 10)}`,
): Promise<VendorServiceRow> {
  return insertVendorService(db, { organisationId, name, summary: null, at });
}

export function seedDraft(
  db: Kysely<DB>,
  serviceId: string,
  content: SelfAssessmentContent = completeContent,
  number = 1,
): Promise<SelfAssessmentVersionRow> {
  return insertDraft(db, { serviceId, number, content: canonicalJson(content), at });
}

/** A published version of the service, straight through the repository. */
export async function seedPublished(
  db: Kysely<DB>,
  serviceId: string,
  content: SelfAssessmentContent = completeContent,
  number = 1,
): Promise<SelfAssessmentVersionRow> {
  const draft = await seedDraft(db, serviceId, content, number);
  return (await publishDraftAtVersion(
    db,
    { versionId: draft.id, expectedVersion: draft.version },
    {
      vendorSnapshot: canonicalJson(exampleProfile),
      contentSha256: canonicalHash({ content, vendor: exampleProfile }),
      at,
    },
  ))!;
}
