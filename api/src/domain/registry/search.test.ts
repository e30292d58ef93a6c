import { readSeed } from '@tenderwise/seed';
import type { CatalogueEntry } from '@tenderwise/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { c5Type2, completeContent } from '../../../test/fixtures/self-assessments.ts';
import { judgeAttestationValidity, validityRuleFor } from '../attestations/validity.ts';
import {
  searchRegistry,
  type JudgeAttestation,
  type PublishedService,
  type RegistryCriteria,
} from './search.ts';

let judge: JudgeAttestation;
beforeAll(async () => {
  const entries: CatalogueEntry[] = (await readSeed()).catalogues.flatMap((file) => file.entries);
  judge = (attestation, on) =>
    judgeAttestationValidity(
      attestation,
      validityRuleFor(entries, attestation.scheme, attestation.type)?.rule ?? null,
      on,
    ).status;
});

let counter = 0;
function service(name: string, content = completeContent()): PublishedService {
  counter += 1;
  return {
    serviceId: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    vendorOrganisationId: 'vendor',
    vendorName: `${name} GmbH`,
    serviceName: name,
    summary: null,
    versionId: `version-${counter}`,
    versionNumber: 1,
    publishedAt: new Date('2026-07-01T10:00:00Z'),
    content,
  };
}

const names = (services: readonly PublishedService[], criteria: RegistryCriteria, limit = 100) =>
  searchRegistry(services, criteria, judge, { limit }).matches.map(
    (match) => match.service.serviceName,
  );

// "C5 type 2 and keys only with the customer and data in the EU", judged on 2027-01-15.
const wanted: RegistryCriteria = {
  attestation: ['bsi-c5:type2'],
  keyControl: ['externalKeyManagement', 'clientSideEncryption'],
  dataIn: 'eea',
  validOn: '2027-01-15',
};

describe('the registry search', () => {
  const registry = [
    service('Fits'),
    service(
      'Fits, client-side keys',
      completeContent({
        keyManagement: { control: 'clientSideEncryption' },
        locations: { data: ['FR'], processing: ['DE'], support: ['IE'], administration: ['NL'] },
      }),
    ),
    service('Provider keys', completeContent({ keyManagement: { control: 'provider' } })),
    service(
      'Support from the US',
      completeContent({
        locations: { data: ['DE'], processing: ['DE'], support: ['US'], administration: ['DE'] },
      }),
    ),
    // Audit period ended 13 months before the search's date: no longer current.
    service('Stale C5', completeContent({ attestations: [c5Type2('2025-12-15')] })),
    service(
      'C5 type 1 only',
      completeContent({
        attestations: [c5Type2('2026-06-30', { type: 'type1' })],
      }),
    ),
    service(
      'C5 for another service',
      completeContent({
        attestations: [c5Type2('2026-06-30', { coversService: false })],
      }),
    ),
  ];

  it('finds exactly the services with a current C5 type 2, customer keys and data in the EEA', () => {
    expect(names(registry, wanted)).toEqual(['Fits', 'Fits, client-side keys']);
  });

  it('does not count a C5 whose audit period ended 13 months before the date', () => {
    expect(names(registry, { validOn: '2027-01-15', q: 'stale' })).toEqual(['Stale C5']);
    expect(names(registry, { ...wanted, q: 'stale' })).toEqual([]);
    // Judged on a date within 12 months of its audit period, the same report counts.
    expect(
      names(registry, { attestation: ['bsi-c5:type2'], validOn: '2026-12-01', q: 'stale' }),
    ).toEqual(['Stale C5']);
  });

  it('reports the attestations valid on the date', () => {
    const [match] = searchRegistry([registry[0]!], wanted, judge, { limit: 10 }).matches;
    expect(match!.validAttestations).toEqual(['bsi-c5:type2']);
    const later = searchRegistry([registry[0]!], { validOn: '2027-07-01' }, judge, { limit: 10 });
    expect(later.matches[0]!.validAttestations).toEqual([]);
  });

  it('matches a scheme without type against any of its types', () => {
    expect(names(registry, { attestation: ['bsi-c5'], validOn: '2027-01-15' })).toContain(
      'C5 type 1 only',
    );
  });

  it('keeps data in Germany stricter than in the EEA', () => {
    expect(names(registry, { dataIn: 'de', validOn: '2027-01-15' })).not.toContain(
      'Fits, client-side keys',
    );
    expect(names(registry, { dataIn: 'de', validOn: '2027-01-15' })).toContain('Fits');
  });

  it('asks for at least the SEAL level and for C3A criteria met', () => {
    const low = service(
      'Low SEAL',
      completeContent({
        seal: { 'sov-3': { level: 1, justification: 'Teilweise.' } },
        c3a: { 'c3a.sov-3-01-c1': { met: false } },
      }),
    );
    const all = [registry[0]!, low];
    expect(names(all, { sealAtLeast: ['sov-3:3'], validOn: '2027-01-15' })).toEqual(['Fits']);
    expect(names(all, { sealAtLeast: ['sov-3:1'], validOn: '2027-01-15' })).toEqual([
      'Fits',
      'Low SEAL',
    ]);
    expect(names(all, { sealAtLeast: ['sov-4:0'], validOn: '2027-01-15' })).toEqual([]);
    expect(names(all, { c3a: ['c3a.sov-3-01-c1'], validOn: '2027-01-15' })).toEqual(['Fits']);
  });

  it('finds by vendor or service name, ignoring case', () => {
    expect(names(registry, { q: 'US', validOn: '2027-01-15' })).toEqual(['Support from the US']);
    expect(names(registry, { q: 'stale c5 gmbh', validOn: '2027-01-15' })).toEqual(['Stale C5']);
  });

  it('pages by service name and id without repeating or skipping', () => {
    const first = searchRegistry(registry, { validOn: '2027-01-15' }, judge, { limit: 3 });
    expect(first.next).not.toBeNull();
    const second = searchRegistry(registry, { validOn: '2027-01-15' }, judge, {
      limit: 10,
      after: first.next!,
    });
    expect(second.next).toBeNull();
    const walked = [...first.matches, ...second.matches].map((match) => match.service.serviceName);
    expect(walked).toEqual(names(registry, { validOn: '2027-01-15' }));
    expect(walked).toHaveLength(registry.length);
    expect(walked[0]).toBe('C5 for another service');
  });
});
