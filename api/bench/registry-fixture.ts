import {
  SelfAssessmentContent,
  VendorProfile,
  sovereigntyObjectives,
  type Attestation,
} from '@tenderwise/schema';
import type { Kysely } from 'kysely';
import { insertOrganisation } from '../src/db/repositories/organisations.ts';
import {
  insertDraft,
  publishDraftAtVersion,
} from '../src/db/repositories/self-assessment-versions.ts';
import { insertVendorService } from '../src/db/repositories/vendor-services.ts';
import type { DB } from '../src/db/types.ts';
import { canonicalHash, canonicalJson } from '../src/engine/canonical/canonical-json.ts';

const keyControls = ['externalKeyManagement', 'clientSideEncryption', 'provider'] as const;
const eeaCountries = ['DE', 'AT', 'FR', 'NL', 'IE', 'FI', 'SE'];

const reasons =
  'Betrieb ausschließlich durch Personal in der EU, Zugriffe nur nach Vier-Augen-Prinzip, ' +
  'protokolliert und monatlich ausgewertet; Notfallzugriffe werden dem Kunden gemeldet.';

const month = (index: number) => String((index % 12) + 1).padStart(2, '0');

/** 3 to 6 attestations, their dates spread so that some are current on a given day and some not. */
function attestationsOf(index: number): Attestation[] {
  const periodEnd = `${2025 + (index % 2)}-${month(index)}-28`;
  const reportDate = `${2025 + (index % 2)}-${month(index + 2)}-15`;
  const all: Attestation[] = [
    {
      id: 'c5',
      scheme: 'bsi-c5',
      type: index % 7 === 0 ? 'type1' : 'type2',
      entryId: index % 7 === 0 ? 'assurance.c5-type-1' : 'assurance.c5-type-2',
      issuer: 'Prüfgesellschaft Beispiel (fiktiv)',
      scope: 'IaaS und PaaS, Rechenzentren Frankfurt und Berlin, alle Betriebsprozesse',
      coversService: index % 11 !== 0,
      auditPeriod: { from: `${2024 + (index % 2)}-${month(index + 1)}-01`, to: periodEnd },
      reportDate: periodEnd < reportDate ? reportDate : periodEnd,
      evidence: { kind: 'link', url: `https://example.org/reports/c5-${index}.pdf` },
    },
    {
      id: 'iso-27001',
      scheme: 'iso-27001',
      issuer: 'Zertifizierungsstelle Beispiel (fiktiv)',
      scope: 'Informationssicherheits-Managementsystem des Rechenzentrumsbetriebs',
      coversService: true,
      validFrom: '2024-03-01',
      validUntil: `${2026 + (index % 3)}-02-28`,
      evidence: { kind: 'link', url: `https://example.org/certificates/iso-${index}.pdf` },
    },
    {
      id: 'soc2',
      scheme: 'soc2',
      type: 'type2',
      entryId: 'assurance.soc2-type-2',
      issuer: 'Wirtschaftsprüfer Beispiel (fiktiv)',
      scope: 'Security, Availability, Confidentiality',
      coversService: true,
      auditPeriod: { from: '2025-01-01', to: '2025-12-31' },
      reportDate: '2026-02-10',
    },
    {
      id: 'iso-27017',
      scheme: 'iso-27017',
      issuer: 'Zertifizierungsstelle Beispiel (fiktiv)',
      scope: 'Cloud-spezifische Maßnahmen des ISMS',
      coversService: true,
      validUntil: '2027-02-28',
    },
    {
      id: 'tisax',
      scheme: 'tisax',
      issuer: 'Prüfdienstleister Beispiel (fiktiv)',
      scope: 'Standort Frankfurt, Schutzbedarf sehr hoch',
      coversService: index % 2 === 0,
      auditPeriod: { from: '2024-05-01', to: '2024-05-03' },
    },
    {
      id: 'csa-star',
      scheme: 'csa-star',
      type: 'level2',
      entryId: 'assurance.csa-star-level-2',
      issuer: 'Prüfgesellschaft Beispiel (fiktiv)',
      scope: 'Cloud Controls Matrix v4, alle Dienste der Region DE',
      coversService: true,
      auditPeriod: { from: '2025-04-01', to: '2026-03-31' },
      reportDate: '2026-05-20',
    },
  ];
  return all.slice(0, 3 + (index % 4));
}

/**
 * A realistic published self-assessment of the `index`-th service: all 8 SEAL objectives, an
 * answer to each of the catalogue's C3A criteria, 3–6 attestations, 2–5 subprocessors; most keep
 * everything in the EEA, every fifth has support outside it.
 */
export function benchContent(index: number, c3aIds: readonly string[]): SelfAssessmentContent {
  const countries = (offset: number, count: number) =>
    Array.from({ length: count }, (_, at) => eeaCountries[(index + offset + at) % 7]!);
  return SelfAssessmentContent.parse({
    seal: Object.fromEntries(
      sovereigntyObjectives.map((objective, at) => [
        objective,
        { level: (index + at) % 5, justification: `${reasons} (${objective})` },
      ]),
    ),
    c3a: Object.fromEntries(
      c3aIds.map((id, at) => [
        id,
        (index + at) % 3 === 0
          ? { met: false }
          : { met: true, how: `${reasons.slice(0, 60 + ((index + at) % 80))}.` },
      ]),
    ),
    locations: {
      data: countries(0, 1 + (index % 2)),
      processing: countries(1, 2),
      support: index % 5 === 4 ? ['DE', 'US'] : countries(2, 2),
      administration: countries(0, 1),
    },
    keyManagement: {
      control: keyControls[index % 3],
      description: 'Schlüssel im HSM des Kunden, Rotation jährlich, Zugriff nur über dessen KMS.',
    },
    subprocessors: Array.from({ length: 2 + (index % 4) }, (_, at) => ({
      name: `Unterauftragnehmer ${at + 1} (fiktiv)`,
      country: eeaCountries[(index + at) % 7]!,
      purpose: 'Betrieb der Rechenzentrumsinfrastruktur (Strom, Kühlung, physischer Zugang)',
      sharePercent: 5 + ((index + at) % 10),
    })),
    openStandards: [{ name: 'OpenStack APIs' }, { name: 'Kubernetes', note: 'CNCF-konform' }],
    legalExposure: {
      usJurisdiction: index % 9 === 0 ? 'unknown' : 'no',
      disconnectTested: index % 4 !== 0,
      russiaLinks: {
        establishedInRussia: false,
        russianOwnershipOver50Percent: false,
        actingForRussianEntity: false,
        russianSubcontractorsOver10Percent: false,
      },
    },
    attestations: attestationsOf(index),
  });
}

function vendorOf(index: number): VendorProfile {
  return VendorProfile.parse({
    legalName: `Anbieter ${index + 1} GmbH (fiktiv)`,
    registeredOffice: { city: 'Hamburg', country: 'DE' },
    ownerChain: [{ name: `Holding ${index + 1} SE (fiktiv)`, country: 'DE', controls: true }],
  });
}

/**
 * `count` vendors with one service each and its version 1 published, stored through the
 * repositories as the publish verb stores it (profile snapshot, SHA-256 of `{ content, vendor }`),
 * in one transaction: set-up time is not what is measured.
 */
export async function seedRegistry(
  db: Kysely<DB>,
  count: number,
  c3aIds: readonly string[],
): Promise<{ serviceIds: string[]; contentBytes: number }> {
  const at = new Date('2026-01-10T10:00:00Z');
  const serviceIds: string[] = [];
  let contentBytes = 0;
  await db.transaction().execute(async (trx) => {
    for (let index = 0; index < count; index++) {
      const organisation = await insertOrganisation(trx, {
        kind: 'vendor',
        name: `Anbieter ${index + 1} (fiktiv)`,
        createdAt: at,
      });
      const service = await insertVendorService(trx, {
        organisationId: organisation.id,
        name: `Cloud-Dienst ${String(index + 1).padStart(3, '0')} (fiktiv)`,
        summary: 'IaaS und PaaS, Region DE',
        at,
      });
      const content = benchContent(index, c3aIds);
      const vendor = vendorOf(index);
      const text = canonicalJson(content);
      contentBytes += text.length;
      const draft = await insertDraft(trx, { serviceId: service.id, number: 1, content: text, at });
      await publishDraftAtVersion(
        trx,
        { versionId: draft.id, expectedVersion: draft.version },
        {
          vendorSnapshot: canonicalJson(vendor),
          contentSha256: canonicalHash({ content, vendor }),
          at,
        },
      );
      serviceIds.push(service.id);
    }
  });
  return { serviceIds, contentBytes };
}
