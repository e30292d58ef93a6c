import type { components } from '@tenderwise/schema/openapi-types';

type Evidence = NonNullable<
  components['schemas']['SelfAssessmentContent']['attestations'][number]['evidence']
>;
type CitedDocument = components['schemas']['RegistryEvidenceDocument'];

/** How an attestation's evidence is offered to the reading authority. */
export type EvidenceOffer =
  | { kind: 'download'; href: string; confidential: boolean }
  /** A confidential report the vendor has not granted the reader's authority (§ 41 (3) VgV). */
  | { kind: 'onRequest'; sha256: string }
  | { kind: 'unavailable' }
  | { kind: 'link'; url: string }
  | { kind: 'none' };

/**
 * A download only when the API says the reader's authority may read the document now, so no
 * link leads to a 404; a confidential report it may not read is named as available from the
 * vendor on request, with its SHA-256 to check the copy received against.
 */
export function evidenceOffer(
  evidence: Evidence | undefined,
  documents: readonly CitedDocument[],
  hrefOf: (documentId: string) => string,
): EvidenceOffer {
  if (evidence === undefined) return { kind: 'none' };
  if (evidence.kind === 'link') return { kind: 'link', url: evidence.url };
  const document = documents.find((item) => item.id === evidence.documentId);
  if (document === undefined) return { kind: 'unavailable' };
  if (document.readable) {
    return { kind: 'download', href: hrefOf(document.id), confidential: document.confidential };
  }
  if (document.confidential) return { kind: 'onRequest', sha256: document.sha256 };
  return { kind: 'unavailable' };
}
