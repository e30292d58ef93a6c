import type { RegistryEvidenceDocument, SelfAssessmentContent } from '@tenderwise/schema';
import {
  listCitedDocumentsForAuthority,
  type CitedDocumentRow,
} from '../../db/repositories/evidence.ts';
import type { VendorServiceRow } from '../../db/repositories/vendor-services.ts';
import type { EvidenceMediaType } from '../../documents/evidence/evidence-file.ts';
import { decide } from '../../security/access/authorize.ts';
import type { Principal } from '../../security/access/principal.ts';
import type { ServiceContext } from '../context.ts';
import { evidenceDocumentObject } from '../self-assessments/registry-objects.ts';

/** The documents the attestations cite, each once, in the order first cited. */
function citedIds(content: SelfAssessmentContent): string[] {
  const ids = content.attestations.flatMap((attestation) =>
    attestation.evidence?.kind === 'document' ? [attestation.evidence.documentId] : [],
  );
  return [...new Set(ids)];
}

/** The authority whose grants count for the reader: the policy admits its users alone. */
function readerAuthorityOf(principal: Principal): string {
  if (principal.kind === 'user') return principal.organisationId;
  throw new Error('Only users of authorities read the registry');
}

/**
 * Whether the reader may download the document now, decided by the very policy row the download
 * is checked against (`downloadRegistryEvidenceDocument`), so the page never offers a link the
 * download refuses. A published version cites it, so it is published evidence.
 */
function readableBy(
  principal: Principal,
  row: CitedDocumentRow,
  service: VendorServiceRow,
  authorityId: string,
): boolean {
  const object = evidenceDocumentObject(row, service, {
    citedByPublished: true,
    grantedAuthorityIds: row.granted ? [authorityId] : [],
  });
  return decide({ principal, operationId: 'downloadRegistryEvidenceDocument', object }).allowed;
}

/**
 * What the reader sees of a cited document (ADR 0033): everything when readable; of a
 * confidential report it may not read (§ 41 (3) VgV) only that it exists and its SHA-256, so a
 * copy the vendor hands over on request can be checked against the one cited.
 */
function documentView(row: CitedDocumentRow, readable: boolean): RegistryEvidenceDocument {
  const shown = readable || !row.confidential;
  return {
    id: row.id,
    title: shown ? row.title : null,
    mediaType: shown ? (row.media_type as EvidenceMediaType) : null,
    byteSize: shown ? row.byte_size : null,
    sha256: row.sha256,
    confidential: row.confidential,
    readable,
  };
}

/** The evidence documents a published version cites, as the calling authority may see them. */
export async function citedDocumentsFor(
  ctx: ServiceContext,
  service: VendorServiceRow,
  content: SelfAssessmentContent,
): Promise<RegistryEvidenceDocument[]> {
  const documentIds = citedIds(content);
  if (documentIds.length === 0) return [];
  const authorityId = readerAuthorityOf(ctx.principal);
  const rows = await listCitedDocumentsForAuthority(ctx.db, {
    serviceId: service.id,
    documentIds,
    authorityId,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return documentIds.flatMap((id) => {
    const row = byId.get(id);
    if (row === undefined) return [];
    return [documentView(row, readableBy(ctx.principal, row, service, authorityId))];
  });
}
