import {
  SelfAssessmentContent,
  type DemoObjectCount,
  type DemoRegistryVendor,
  type DemoVendorService,
} from '@tenderwise/schema';
import {
  findProfileContent,
  insertDemoService,
  insertProfileIfMissing,
  insertPublishedDemoVersion,
} from '../../../db/repositories/demo-registry.ts';
import { findUserById } from '../../../db/repositories/users.ts';
import { fictionalPdf } from '../../../documents/evidence/fictional-pdf.ts';
import { canonicalHash, canonicalJson } from '../../../engine/canonical/canonical-json.ts';
import type { UserPrincipal } from '../../../security/access/principal.ts';
import type { ServiceContext } from '../../context.ts';
import { createGrant } from '../../evidence/grants.ts';
import { uploadEvidence } from '../../evidence/upload-evidence.ts';
import type { DemoPart, DemoStep } from '../demo-part.ts';

/**
 * The demo's vendor registry, after the accounts: each fictional vendor's profile (unless it has
 * one), its services with their published self-assessment versions, and evidence documents
 * uploaded and granted through the evidence verbs as the vendor's user would, so content checks
 * and audit entries hold. Profiles, services and versions are written as rows, each version
 * published with the profile's snapshot and the hash of both, as publishing does. A service made
 * by an earlier load is left as it is.
 */
export const registryPart: DemoPart<'registry'> = {
  name: 'registry',
  async load(step, data) {
    const services = { kind: 'vendor_service', created: 0, present: 0 };
    for (const vendor of data.vendors) {
      for (const service of vendor.services) {
        if (step.objects.idOf('vendor_service', service.key) !== undefined) {
          services.present++;
          continue;
        }
        await createService(step, vendor, service);
        services.created++;
      }
    }
    return [services] satisfies DemoObjectCount[];
  },
};

async function createService(
  step: DemoStep,
  vendor: DemoRegistryVendor,
  service: DemoVendorService,
): Promise<void> {
  const organisationId = idOf(step, 'organisation', vendor.vendor);
  const ctx = await vendorContext(step, vendor.user);
  const userId = (ctx.principal as UserPrincipal).userId;
  const trx = step.ctx.db;
  await insertProfileIfMissing(trx, {
    organisationId,
    content: canonicalJson(vendor.profile),
    userId,
    at: step.now,
  });
  // The profile in force, which may have been edited since an earlier load.
  const profile = JSON.parse((await findProfileContent(trx, organisationId))!) as unknown;

  const serviceId = await insertDemoService(trx, {
    organisationId,
    name: service.name,
    summary: service.summary ?? null,
    at: step.now,
  });
  await step.objects.remember('vendor_service', service.key, serviceId);

  const documentIds = new Map<string, string>();
  for (const evidence of service.evidence) {
    const document = await uploadEvidence({
      ctx,
      input: {
        serviceId,
        title: evidence.title,
        confidential: evidence.confidential,
        mediaType: 'application/pdf',
        bytes: fictionalPdf(evidence.title, evidence.text),
      },
    });
    documentIds.set(evidence.key, document.id);
  }
  for (const authority of service.grants) {
    await createGrant({
      ctx,
      input: { serviceId, authorityId: idOf(step, 'organisation', authority) },
    });
  }
  for (const [index, published] of service.published.entries()) {
    const content = SelfAssessmentContent.parse({
      ...published,
      attestations: published.attestations.map(({ evidenceDocument, ...attestation }) => ({
        ...attestation,
        ...(evidenceDocument !== undefined && {
          evidence: { kind: 'document', documentId: documentIds.get(evidenceDocument)! },
        }),
      })),
    });
    await insertPublishedDemoVersion(trx, {
      serviceId,
      number: index + 1,
      content: canonicalJson(content),
      vendorSnapshot: canonicalJson(profile),
      contentSha256: canonicalHash({ content, vendor: profile }),
      at: step.now,
    });
  }
}

/** The loader's context as the vendor's demo user, so the evidence verbs decide and audit. */
async function vendorContext(step: DemoStep, userKey: string): Promise<ServiceContext> {
  const user = await findUserById(step.ctx.db, idOf(step, 'user', userKey));
  if (user === undefined) throw new Error(`The demo person "${userKey}" no longer exists`);
  const principal: UserPrincipal = {
    kind: 'user',
    userId: user.id,
    organisationId: user.organisation_id,
    role: user.role,
    mfaVerified: true,
    secondFactorPending: false,
    sessionId: 'demo-loader',
  };
  return { ...step.ctx, principal };
}

function idOf(step: DemoStep, kind: 'user' | 'organisation', key: string): string {
  const id = step.objects.idOf(kind, key);
  if (id === undefined) throw new Error(`The demo has no ${kind} "${key}"`);
  return id;
}
