import type { APIRequest } from '@playwright/test';
import {
  createUser,
  sameOriginOptions,
  signIn,
  uniqueSuffix,
  type SignedInUser,
} from './accounts.ts';
import { Api } from './api.ts';

// A vendor's published self-assessment, set up the way a vendor's own program would do it: a
// vendor user creates an API key with the scope `self-assessment:write`, and everything else
// goes through the API with that key (profile, service, evidence upload, draft, publish).

/** The smallest file the API's content check takes for a PDF. */
const evidencePdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n' +
    '2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

export interface PublishedSelfAssessment {
  vendor: SignedInUser;
  vendorName: string;
  serviceId: string;
  serviceName: string;
  attestationId: string;
  documentId: string;
  /** A confidential report (not granted to any authority) cited by a second attestation. */
  confidentialSha256: string;
}

export async function publishSelfAssessment(setUp: {
  request: APIRequest;
  baseURL: string;
  setupApi: Api;
  /** Part of the service's name, which the browser test searches for. */
  serviceName: string;
}): Promise<PublishedSelfAssessment> {
  const suffix = uniqueSuffix();
  const vendor = await signIn(
    (options) => setUp.request.newContext(options),
    setUp.baseURL,
    await createUser(setUp.setupApi, 'vendor', 'Vera Anbieter'),
  );
  const session = await setUp.request.newContext({
    ...sameOriginOptions(setUp.baseURL),
    storageState: vendor.storageState,
  });
  let token: string;
  try {
    const expiresAt = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString();
    ({ token } = await new Api(session).post<{ token: string }>('/api/v1/api-keys', {
      name: `Registerpflege ${suffix}`,
      scopes: ['self-assessment:write'],
      expiresAt,
    }));
  } finally {
    await session.dispose();
  }

  // No cookie beside the key: the API refuses a request with both, and a test's request
  // contexts start from the test's signed-in state.
  const keyed = await setUp.request.newContext({
    baseURL: setUp.baseURL,
    storageState: { cookies: [], origins: [] },
    extraHTTPHeaders: { authorization: `Bearer ${token}` },
  });
  try {
    const api = new Api(keyed);
    const vendorName = `Nordwolke ${suffix} GmbH (fiktiv)`;
    await api.put('/api/v1/vendor-profile', {
      profile: {
        legalName: vendorName,
        registeredOffice: { city: 'Hamburg', country: 'DE' },
        ownerChain: [{ name: 'Nordwolke Holding SE (fiktiv)', country: 'DE', controls: true }],
      },
    });
    const serviceName = `${setUp.serviceName} ${suffix}`;
    const service = await api.post<{ id: string }>('/api/v1/vendor-services', {
      name: serviceName,
      summary: 'IaaS in Rechenzentren in Deutschland (fiktiv).',
    });
    const base = `/api/v1/vendor-services/${service.id}`;
    const uploaded = await keyed.post(
      `${base}/evidence?${new URLSearchParams({ title: 'C5-Bericht 2026', confidential: 'false' })}`,
      { data: evidencePdf, headers: { 'content-type': 'application/pdf' } },
    );
    if (!uploaded.ok()) {
      throw new Error(`evidence upload answered ${uploaded.status()}: ${await uploaded.text()}`);
    }
    const { id: documentId } = (await uploaded.json()) as { id: string };
    const confidential = await keyed.post(
      `${base}/evidence?${new URLSearchParams({ title: 'C5-Bericht 2025', confidential: 'true' })}`,
      { data: evidencePdf, headers: { 'content-type': 'application/pdf' } },
    );
    if (!confidential.ok()) {
      throw new Error(
        `evidence upload answered ${confidential.status()}: ${await confidential.text()}`,
      );
    }
    const report = (await confidential.json()) as { id: string; sha256: string };
    const draft = await api.post<{ number: number; version: number }>(`${base}/versions`, {});
    const attestationId = 'c5-2026';
    const saved = await api.put<{ version: number }>(`${base}/versions/${draft.number}`, {
      version: draft.version,
      content: {
        seal: {
          'sov-2': { level: 3, justification: 'Verträge nach deutschem Recht (fiktiv).' },
          'sov-3': { level: 4, justification: 'Schlüssel beim Kunden (fiktiv).' },
        },
        locations: { data: ['DE'], processing: ['DE'], support: ['DE'], administration: ['DE'] },
        keyManagement: {
          control: 'externalKeyManagement',
          description: 'HSM des Kunden.',
        },
        subprocessors: [{ name: 'Rechenzentrum Süd (fiktiv)', country: 'DE', purpose: 'Housing' }],
        openStandards: [{ name: 'OpenStack' }],
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
            id: attestationId,
            scheme: 'bsi-c5',
            type: 'type2',
            entryId: 'assurance.c5-type-2',
            issuer: 'Prüfgesellschaft Nord (fiktiv)',
            scope: 'Der gesamte Dienst in beiden Rechenzentren.',
            coversService: true,
            auditPeriod: { from: '2026-01-01', to: '2026-09-30' },
            reportDate: '2026-11-15',
            evidence: { kind: 'document', documentId },
          },
          {
            id: 'c5-2025',
            scheme: 'bsi-c5',
            type: 'type1',
            issuer: 'Prüfgesellschaft Nord (fiktiv)',
            scope: 'Der gesamte Dienst in beiden Rechenzentren.',
            coversService: true,
            reportDate: '2025-06-30',
            evidence: { kind: 'document', documentId: report.id },
          },
        ],
      },
    });
    await api.post(`${base}/versions/${draft.number}/publish`, { version: saved.version });
    return {
      vendor,
      vendorName,
      serviceId: service.id,
      serviceName,
      attestationId,
      documentId,
      confidentialSha256: report.sha256,
    };
  } finally {
    await keyed.dispose();
  }
}
