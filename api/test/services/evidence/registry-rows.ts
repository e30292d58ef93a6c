import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../../src/db/types.ts';

const at = new Date('2026-11-02T09:00:00Z');

/** The smallest file file-type takes for a PDF: its header and trailer. */
export const tinyPdf = '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n';

/** A service of the vendor organisation, without versions. */
export async function insertService(db: Kysely<DB>, organisationId: string): Promise<string> {
  const row = await db
    .insertInto('vendor_service')
    .values({
      organisation_id: organisationId,
      name: `Service ${randomUUID().slice(0, 8)}`,
      summary: null,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A published version whose attestations cite the documents (one attestation each). */
export async function insertPublishedVersion(
  db: Kysely<DB>,
  serviceId: string,
  number: number,
  citedDocumentIds: readonly string[],
): Promise<string> {
  const content = JSON.stringify({
    attestations: citedDocumentIds.map((documentId, index) => ({
      id: `attestation-${index + 1}`,
      scheme: 'bsi-c5',
      type: 'type2',
      issuer: 'Fictional auditor',
      scope: 'The service',
      coversService: true,
      evidence: { kind: 'document', documentId },
    })),
  });
  const row = await db
    .insertInto('self_assessment_version')
    .values({
      service_id: serviceId,
      number,
      status: 'published',
      content,
      vendor_snapshot: '{}',
      content_sha256: createHash('sha256').update(content).digest('hex'),
      version: 1,
      created_at: at,
      updated_at: at,
      published_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A PDF evidence document of the service, uploaded by the given user. */
export async function insertDocument(
  db: Kysely<DB>,
  serviceId: string,
  { confidential, userId }: { confidential: boolean; userId: string },
): Promise<string> {
  const id = randomUUID();
  const content = new TextEncoder().encode(tinyPdf);
  await db
    .insertInto('evidence_document')
    .values({
      id,
      service_id: serviceId,
      title: confidential ? 'C5 report' : 'ISO certificate',
      file_name: `${id}.pdf`,
      media_type: 'application/pdf',
      byte_size: content.byteLength,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
      confidential,
      uploaded_by: userId,
      uploaded_by_key: null,
      uploaded_at: at,
    })
    .execute();
  return id;
}

/** A standing grant of the service's confidential evidence to the authority. */
export async function insertGrant(
  db: Kysely<DB>,
  serviceId: string,
  authorityId: string,
  userId: string,
): Promise<string> {
  const row = await db
    .insertInto('evidence_grant')
    .values({
      service_id: serviceId,
      authority_id: authorityId,
      granted_by: userId,
      granted_by_key: null,
      granted_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
