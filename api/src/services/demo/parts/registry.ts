import {
  SelfAssessmentContent,
  type DemoObjectCount,
  type DemoRegistryVendor,
  type DemoVendorService,
} from '@tenderwise/schema';
import { findUserById } from '../../../db/repositories/users.ts';
import { findVendorProfile } from '../../../db/repositories/vendor-profiles.ts';
import { fictionalPdf } from '../../../documents/evidence/fictional-pdf.ts';
import type { UserPrincipal } from '../../../security/access/principal.ts';
import type { ServiceContext } from '../../context.ts';
import { createGrant } from '../../evidence/grants.ts';
import { uploadEvidence } from '../../evidence/upload-evidence.ts';
import { createSelfAssessmentDraft } from '../../self-assessments/create-self-assessment-draft.ts';
import { createVendorService } from '../../self-assessments/create-vendor-service.ts';
import { publishSelfAssessmentVersion } from '../../self-assessments/publish-self-assessment-version.ts';
import { saveSelfAssessmentDraft } from '../../self-assessments/save-self-assessment-draft.ts';
import { saveVendorProfile } from '../../self-assessments/save-vendor-profile.ts';
import type { DemoPart, DemoStep } from '../demo-part.ts';

/**
 * The demo's vendor registry, after the accounts: each fictional vendor's profile (unless it has
 * one), its services, their evidence documents and grants, and their published self-assessment
 * versions, all made by the vendor-side verbs called as the vendor's demo user would call them.
 * So every check of the verbs holds (a version cites only its service's documents, publishing
 * needs the required parts and a profile), the audit log names the vendor's user, and each
 * version is published with the profile in force and the hash that commits to both. A service
 * made by an earlier load is left as it is, and so is a profile the vendor has edited since.
 */
export const registryPart: DemoPart<'registry'> = {
  name: 'registry',
  async load(step, data) {
    const services = { kind: 'vendor_service', created: 0, present: 0 };
    for (const vendor of data.vendors) {
      let ctx: ServiceContext | undefined;
      for (const service of vendor.services) {
        if (step.objects.idOf('vendor_service', service.key) !== undefined) {
          services.present++;
          continue;
        }
        if (ctx === undefined) {
          ctx = await vendorContext(step, vendor.user);
          await saveProfileIfMissing(ctx, vendor);
        }
        await createService(step, ctx, service);
        services.created++;
      }
    }
    return [services] satisfies DemoObjectCount[];
  },
};

/** The vendor's profile from the file, unless the vendor has one: an edited profile stays. */
async function saveProfileIfMissing(ctx: ServiceContext, vendor: DemoRegistryVendor) {
  const { organisationId } = ctx.principal as UserPrincipal;
  if ((await findVendorProfile(ctx.db, organisationId)) !== undefined) return;
  await saveVendorProfile({ ctx, input: { profile: vendor.profile } });
}

async function createService(
  step: DemoStep,
  ctx: ServiceContext,
  service: DemoVendorService,
): Promise<void> {
  const created = await createVendorService({
    ctx,
    input: {
      name: service.name,
      ...(service.summary !== undefined && { summary: service.summary }),
    },
  });
  const serviceId = created.id;
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
  // Each version as a vendor writes it: a new draft, its content saved, then published.
  for (const published of service.published) {
    const content = SelfAssessmentContent.parse({
      ...published,
      attestations: published.attestations.map(({ evidenceDocument, ...attestation }) => ({
        ...attestation,
        ...(evidenceDocument !== undefined && {
          evidence: { kind: 'document', documentId: documentIds.get(evidenceDocument)! },
        }),
      })),
    });
    const draft = await createSelfAssessmentDraft({ ctx, input: { serviceId } });
    const saved = await saveSelfAssessmentDraft({
      ctx,
      input: { serviceId, number: draft.number, version: draft.version, content },
    });
    await publishSelfAssessmentVersion({
      ctx,
      input: { serviceId, number: saved.number, version: saved.version },
    });
  }
}

/** The loader's context as the vendor's demo user, so the vendor verbs decide and audit. */
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
    // No session: the demo loader acts for the person, in its own transaction.
    sessionId: 'demo-loader',
  };
  return { ...step.ctx, principal };
}

function idOf(step: DemoStep, kind: 'user' | 'organisation', key: string): string {
  const id = step.objects.idOf(kind, key);
  if (id === undefined) throw new Error(`The demo has no ${kind} "${key}"`);
  return id;
}
