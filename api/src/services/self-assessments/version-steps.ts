import {
  findVersionByNumber,
  type SelfAssessmentVersionRow,
} from '../../db/repositories/self-assessment-versions.ts';
import { findVendorService, type VendorServiceRow } from '../../db/repositories/vendor-services.ts';
import { ConflictError, NotFoundError } from '../../domain/errors.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { OperationId } from '../../security/access/policy.ts';
import type { ServiceContext } from '../context.ts';
import { staleVersion } from '../options-reviews/stale-version.ts';
import { selfAssessmentVersionObject } from './registry-objects.ts';
import { serviceAccess, serviceNotFound } from './vendor-steps.ts';

export const versionNotFound = 'The service has no such self-assessment version.';

/**
 * The first step of every verb that reads one version: service and version are looked up and
 * `authorize` decides on the version (on the service, when the version does not exist), so
 * another vendor's version, draft or not, is not found exactly like a missing one.
 */
export async function readableVersion(
  ctx: ServiceContext,
  operationId: OperationId,
  serviceId: string,
  number: number,
): Promise<{ service: VendorServiceRow; version: SelfAssessmentVersionRow }> {
  const service = await findVendorService(ctx.db, serviceId);
  const version =
    service === undefined ? undefined : await findVersionByNumber(ctx.db, serviceId, number);
  let object;
  if (service !== undefined && version !== undefined) {
    object = selfAssessmentVersionObject(version, service);
  } else if (service !== undefined) {
    object = await serviceAccess(ctx, service);
  }
  await authorize(ctx, { operationId, ...(object !== undefined && { object }) });
  if (service === undefined) throw new NotFoundError(serviceNotFound);
  if (version === undefined) throw new NotFoundError(versionNotFound);
  return { service, version };
}

/** A published version never changes: a change names a new draft instead. */
export function publishedVersionIsFinal(number: number): ConflictError {
  return new ConflictError(
    `Version ${number} is published and never changes. Create a new draft (a copy of it, if ` +
      'you like) and publish that.',
  );
}

/**
 * The draft a change acts on, still at the `version` the caller read: 404 when the service has no
 * such version, 409 when it is published (never changed again) or changed since it was read.
 */
export async function draftAtVersion(
  db: Parameters<typeof findVersionByNumber>[0],
  serviceId: string,
  number: number,
  expectedVersion: number,
): Promise<SelfAssessmentVersionRow> {
  const draft = await findVersionByNumber(db, serviceId, number);
  if (draft === undefined) throw new NotFoundError(versionNotFound);
  if (draft.status === 'published') throw publishedVersionIsFinal(draft.number);
  if (draft.version !== expectedVersion)
    throw staleVersion('draft', expectedVersion, draft.version);
  return draft;
}

/** What before/after hashes of a version cover. */
export function versionState(row: SelfAssessmentVersionRow) {
  return {
    id: row.id,
    serviceId: row.service_id,
    number: row.number,
    status: row.status,
    content: row.content,
    vendorSnapshot: row.vendor_snapshot,
    contentSha256: row.content_sha256,
    version: row.version,
  };
}
