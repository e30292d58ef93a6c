import type { EvidenceDocumentResponse, EvidenceGrantResponse } from '@tenderwise/schema';
import type { Transaction } from 'kysely';
import {
  findEvidenceDocument,
  listPublishedContents,
  type EvidenceDocumentRow,
  type EvidenceGrantRow,
} from '../../db/repositories/evidence.ts';
import {
  findVendorService,
  grantedAuthorityIds,
  serviceIsPublished,
  type VendorServiceRow,
} from '../../db/repositories/vendor-services.ts';
import type { DB } from '../../db/types.ts';
import type { EvidenceMediaType } from '../../documents/evidence/evidence-file.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { citedDocumentIds } from '../../domain/self-assessments/evidence-citations.ts';
import { authorize } from '../../security/access/authorize.ts';
import { auditActorOf, type Principal } from '../../security/access/principal.ts';
import { appendAuditEntry } from '../../security/audit/append.ts';
import { auditStateHash } from '../../security/audit/entry.ts';
import type { ServiceContext } from '../context.ts';
import {
  evidenceDocumentObject,
  vendorServiceObject,
} from '../self-assessments/registry-objects.ts';

/** What the audit log records of evidence and grants. */
export type EvidenceAuditAction =
  | 'evidence.document.uploaded'
  | 'evidence.document.deleted'
  | 'evidence.document.read'
  | 'evidence.grant.created'
  | 'evidence.grant.revoked';

export const documentRef = (id: string) => ({ type: 'evidence_document', id }) as const;
export const grantRef = (id: string) => ({ type: 'evidence_grant', id }) as const;

/** Who changed a row: the user, or the API key (exactly one is recorded). */
export function changedBy(principal: Principal): { userId: string } | { keyId: string } {
  if (principal.kind === 'user') return { userId: principal.userId };
  if (principal.kind === 'apiKey') return { keyId: principal.keyId };
  // The policy rows admit vendor users and API keys only.
  throw new Error('Only users and API keys change evidence');
}

/**
 * The caller's own service, after `authorize` (`ownVendor`): another vendor's service is not
 * found, exactly like one that does not exist.
 */
export async function ownService(
  ctx: ServiceContext,
  operationId: string,
  serviceId: string,
): Promise<VendorServiceRow> {
  const service = await findVendorService(ctx.db, serviceId);
  const object =
    service === undefined
      ? undefined
      : vendorServiceObject(service, { published: await serviceIsPublished(ctx.db, serviceId) });
  await authorize(ctx, { operationId, ...(object !== undefined && { object }) });
  if (service === undefined) throw new NotFoundError('The service does not exist.');
  return service;
}

/**
 * A document of the named service, after `authorize` decided on it as the registry sees it:
 * cited by a published version or not, confidential or not, granted to which authorities. A
 * document of another service is not found, like one that does not exist.
 */
export async function accessibleDocument(
  ctx: ServiceContext,
  operationId: string,
  { serviceId, documentId }: { serviceId: string; documentId: string },
): Promise<{ document: EvidenceDocumentRow; service: VendorServiceRow }> {
  const found = await findEvidenceDocument(ctx.db, documentId);
  const document = found?.service_id === serviceId ? found : undefined;
  const service = document && (await findVendorService(ctx.db, serviceId));
  let object;
  if (document !== undefined && service !== undefined) {
    const cited = citedDocumentIds(await listPublishedContents(ctx.db, serviceId));
    object = evidenceDocumentObject(document, service, {
      citedByPublished: cited.has(document.id),
      grantedAuthorityIds: await grantedAuthorityIds(ctx.db, serviceId),
    });
  }
  await authorize(ctx, { operationId, ...(object !== undefined && { object }) });
  if (document === undefined || service === undefined) {
    throw new NotFoundError('The evidence document does not exist.');
  }
  return { document, service };
}

/** Writes an entry in the transaction of the change (or the read) it records. */
export async function auditEvidence(
  trx: Transaction<DB>,
  ctx: ServiceContext,
  entry: {
    action: EvidenceAuditAction;
    object: { type: string; id: string };
    before?: unknown;
    after?: unknown;
  },
): Promise<void> {
  await appendAuditEntry(trx, ctx.clock, {
    actor: auditActorOf(ctx.principal),
    action: entry.action,
    object: entry.object,
    outcome: 'succeeded',
    requestId: ctx.requestId,
    beforeHash: entry.before === undefined ? null : auditStateHash(entry.before),
    afterHash: entry.after === undefined ? null : auditStateHash(entry.after),
  });
}

export function documentResponse(row: EvidenceDocumentRow): EvidenceDocumentResponse {
  return {
    id: row.id,
    serviceId: row.service_id,
    title: row.title,
    fileName: row.file_name,
    mediaType: row.media_type as EvidenceMediaType,
    byteSize: row.byte_size,
    sha256: row.sha256,
    confidential: row.confidential,
    uploadedAt: row.uploaded_at.toISOString(),
  };
}

export function grantResponse(row: EvidenceGrantRow): EvidenceGrantResponse {
  return {
    id: row.id,
    serviceId: row.service_id,
    authorityId: row.authority_id,
    authorityName: row.authority_name,
    grantedAt: row.granted_at.toISOString(),
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}
