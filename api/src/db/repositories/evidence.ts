import type { Kysely, Selectable, Transaction } from 'kysely';
import type { EvidenceDocumentTable, EvidenceGrantTable } from '../tables/self-assessments.ts';
import type { DB } from '../types.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** An evidence document without its bytes: what lists and access checks need. */
export type EvidenceDocumentRow = Omit<Selectable<EvidenceDocumentTable>, 'content'>;
export type EvidenceDocumentWithContent = Selectable<EvidenceDocumentTable>;
export type EvidenceGrantRow = Selectable<EvidenceGrantTable> & { authority_name: string };

const documentColumns = [
  'id',
  'service_id',
  'title',
  'file_name',
  'media_type',
  'byte_size',
  'sha256',
  'confidential',
  'uploaded_by',
  'uploaded_by_key',
  'uploaded_at',
] as const;

export function insertEvidenceDocument(
  db: Db,
  values: {
    id: string;
    serviceId: string;
    title: string;
    fileName: string;
    mediaType: string;
    sha256: string;
    content: Uint8Array;
    confidential: boolean;
    by: { userId: string } | { keyId: string };
    at: Date;
  },
): Promise<EvidenceDocumentRow> {
  return db
    .insertInto('evidence_document')
    .values({
      id: values.id,
      service_id: values.serviceId,
      title: values.title,
      file_name: values.fileName,
      media_type: values.mediaType,
      byte_size: values.content.byteLength,
      sha256: values.sha256,
      content: values.content,
      confidential: values.confidential,
      uploaded_by: 'userId' in values.by ? values.by.userId : null,
      uploaded_by_key: 'keyId' in values.by ? values.by.keyId : null,
      uploaded_at: values.at,
    })
    .returning(documentColumns)
    .executeTakeFirstOrThrow();
}

/** A service's documents, oldest first, without their bytes. */
export function listEvidenceDocuments(db: Db, serviceId: string): Promise<EvidenceDocumentRow[]> {
  return db
    .selectFrom('evidence_document')
    .select(documentColumns)
    .where('service_id', '=', serviceId)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
}

export function findEvidenceDocument(
  db: Db,
  documentId: string,
): Promise<EvidenceDocumentRow | undefined> {
  return db
    .selectFrom('evidence_document')
    .select(documentColumns)
    .where('id', '=', documentId)
    .executeTakeFirst();
}

export function findEvidenceDocumentWithContent(
  db: Db,
  documentId: string,
): Promise<EvidenceDocumentWithContent | undefined> {
  return db
    .selectFrom('evidence_document')
    .selectAll()
    .where('id', '=', documentId)
    .executeTakeFirst();
}

export async function deleteEvidenceDocument(db: Db, documentId: string): Promise<boolean> {
  const deleted = await db
    .deleteFrom('evidence_document')
    .where('id', '=', documentId)
    .returning('id')
    .executeTakeFirst();
  return deleted !== undefined;
}

/** The canonical JSON content of every published version of the service. */
export async function listPublishedContents(db: Db, serviceId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('self_assessment_version')
    .select('content')
    .where('service_id', '=', serviceId)
    .where('status', '=', 'published')
    .execute();
  return rows.map((row) => row.content);
}

const grantColumns = [
  'evidence_grant.id',
  'evidence_grant.service_id',
  'evidence_grant.authority_id',
  'evidence_grant.authority_kind',
  'evidence_grant.granted_by',
  'evidence_grant.granted_by_key',
  'evidence_grant.granted_at',
  'evidence_grant.revoked_at',
  'organisation.name as authority_name',
] as const;

/** A service's grants, standing and revoked, oldest first, with the authority's name. */
export function listEvidenceGrants(db: Db, serviceId: string): Promise<EvidenceGrantRow[]> {
  return db
    .selectFrom('evidence_grant')
    .innerJoin('organisation', 'organisation.id', 'evidence_grant.authority_id')
    .select(grantColumns)
    .where('evidence_grant.service_id', '=', serviceId)
    .orderBy('evidence_grant.granted_at')
    .orderBy('evidence_grant.id')
    .execute();
}

export function findEvidenceGrant(db: Db, grantId: string): Promise<EvidenceGrantRow | undefined> {
  return db
    .selectFrom('evidence_grant')
    .innerJoin('organisation', 'organisation.id', 'evidence_grant.authority_id')
    .select(grantColumns)
    .where('evidence_grant.id', '=', grantId)
    .executeTakeFirst();
}

/** The standing (not revoked) grant of the service to the authority, if any. */
export function findStandingGrant(
  db: Db,
  serviceId: string,
  authorityId: string,
): Promise<{ id: string } | undefined> {
  return db
    .selectFrom('evidence_grant')
    .select('id')
    .where('service_id', '=', serviceId)
    .where('authority_id', '=', authorityId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function insertEvidenceGrant(
  db: Db,
  values: {
    serviceId: string;
    authorityId: string;
    by: { userId: string } | { keyId: string };
    at: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('evidence_grant')
    .values({
      service_id: values.serviceId,
      authority_id: values.authorityId,
      granted_by: 'userId' in values.by ? values.by.userId : null,
      granted_by_key: 'keyId' in values.by ? values.by.keyId : null,
      granted_at: values.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Revokes a standing grant; false when it was revoked already. */
export async function revokeEvidenceGrant(db: Db, grantId: string, at: Date): Promise<boolean> {
  const row = await db
    .updateTable('evidence_grant')
    .set({ revoked_at: at })
    .where('id', '=', grantId)
    .where('revoked_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** A cited document with whether the authority holds a standing grant to its service's evidence. */
export type CitedDocumentRow = Omit<
  EvidenceDocumentRow,
  'uploaded_by' | 'uploaded_by_key' | 'uploaded_at' | 'file_name'
> & { granted: boolean };

/**
 * The service's documents among `documentIds`, each with whether `authorityId` holds a standing
 * (not revoked) grant to the service's evidence: one query, whatever the number of documents.
 * Ids of other services' documents are left out.
 */
export async function listCitedDocumentsForAuthority(
  db: Db,
  {
    serviceId,
    documentIds,
    authorityId,
  }: { serviceId: string; documentIds: readonly string[]; authorityId: string },
): Promise<CitedDocumentRow[]> {
  if (documentIds.length === 0) return [];
  const rows = await db
    .selectFrom('evidence_document')
    .select((eb) => [
      'evidence_document.id',
      'evidence_document.service_id',
      'evidence_document.title',
      'evidence_document.media_type',
      'evidence_document.byte_size',
      'evidence_document.sha256',
      'evidence_document.confidential',
      eb
        .exists(
          eb
            .selectFrom('evidence_grant')
            .select('evidence_grant.id')
            .whereRef('evidence_grant.service_id', '=', 'evidence_document.service_id')
            .where('evidence_grant.authority_id', '=', authorityId)
            .where('evidence_grant.revoked_at', 'is', null),
        )
        .as('granted'),
    ])
    .where('evidence_document.service_id', '=', serviceId)
    .where('evidence_document.id', 'in', [...documentIds])
    .execute();
  // Kysely types EXISTS as `SqlBool` (boolean, or 0/1 on some dialects).
  return rows.map((row) => ({ ...row, granted: Boolean(row.granted) }));
}
