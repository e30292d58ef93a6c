import {
  SelfAssessmentContent,
  VendorProfile,
  type AttestationValidity,
  type CatalogueEntry,
  type ValidityRule,
} from '@tenderwise/schema';
import { listCatalogueEntries } from '../../db/repositories/catalogue.ts';
import {
  findVersionByNumber,
  type SelfAssessmentVersionRow,
} from '../../db/repositories/self-assessment-versions.ts';
import {
  findVendorService,
  serviceIsPublished,
  type VendorServiceRow,
} from '../../db/repositories/vendor-services.ts';
import { judgeAttestationValidity, validityRuleFor } from '../../domain/attestations/validity.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { OperationId } from '../../security/access/policy.ts';
import type { ServiceContext } from '../context.ts';
import { entryOf } from '../catalogue/stored-documents.ts';
import {
  selfAssessmentVersionObject,
  vendorServiceObject,
} from '../self-assessments/registry-objects.ts';

type Db = ServiceContext['db'];

const serviceNotFound = 'The service does not exist in the registry.';
const versionNotFound = 'The service has no published version with this number.';

/**
 * The first step of every registry verb that names a service: found, and readable by the caller
 * (published: an authority's user reads it; else it is not found, like a missing one).
 */
export async function readableService(
  ctx: ServiceContext,
  operationId: OperationId,
  serviceId: string,
): Promise<VendorServiceRow> {
  const service = await findVendorService(ctx.db, serviceId);
  const published = service !== undefined && (await serviceIsPublished(ctx.db, serviceId));
  await authorize(ctx, {
    operationId,
    ...(service !== undefined && { object: vendorServiceObject(service, { published }) }),
  });
  if (service === undefined) throw new NotFoundError(serviceNotFound);
  return service;
}

/** A published version of a service, readable by the caller; a draft is not found. */
export async function readableVersion(
  ctx: ServiceContext,
  operationId: OperationId,
  serviceId: string,
  number: number,
): Promise<{ service: VendorServiceRow; version: SelfAssessmentVersionRow }> {
  const service = await findVendorService(ctx.db, serviceId);
  const version =
    service === undefined ? undefined : await findVersionByNumber(ctx.db, serviceId, number);
  await authorize(ctx, {
    operationId,
    ...(service !== undefined &&
      version !== undefined && { object: selfAssessmentVersionObject(version, service) }),
  });
  if (service === undefined || version === undefined || version.status !== 'published') {
    throw new NotFoundError(service === undefined ? serviceNotFound : versionNotFound);
  }
  return { service, version };
}

/** A published version's content and the vendor profile published with it, parsed again. */
export function publishedContent(version: SelfAssessmentVersionRow): {
  content: SelfAssessmentContent;
  vendor: VendorProfile;
} {
  return {
    content: SelfAssessmentContent.parse(JSON.parse(version.content)),
    vendor: VendorProfile.parse(JSON.parse(version.vendor_snapshot ?? 'null')),
  };
}

/** The catalogue's entries and the validity rule of each attestation scheme and type. */
export interface AttestationRules {
  entries: ReadonlyMap<string, CatalogueEntry>;
  ruleFor(scheme: string, type: string | undefined): ValidityRule | null;
}

export async function attestationRules(db: Db): Promise<AttestationRules> {
  const rows = await listCatalogueEntries(db);
  const entries = rows.map((row) => entryOf(row).entry);
  return {
    entries: new Map(entries.map((entry) => [entry.id, entry])),
    ruleFor: (scheme, type) => validityRuleFor(entries, scheme, type)?.rule ?? null,
  };
}

/** Every attestation of a version judged on `on` by its scheme's rule. */
export function validityOf(
  content: SelfAssessmentContent,
  rules: AttestationRules,
  on: string,
): AttestationValidity[] {
  return content.attestations.map((attestation) => {
    const judgement = judgeAttestationValidity(
      attestation,
      rules.ruleFor(attestation.scheme, attestation.type),
      on,
    );
    return { attestationId: attestation.id, on, ...judgement };
  });
}

/** The calendar day of a moment in Germany, where the installation's authorities work. */
export function germanDateOf(moment: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(moment);
}

/** Today in Germany: the default day validity is judged on. */
export async function todayOf(ctx: ServiceContext): Promise<string> {
  return germanDateOf(await ctx.clock.now());
}
