import type { SelfAssessmentContent } from '@tenderwise/schema';
import type { FieldIssue } from '../../domain/errors.ts';

/**
 * The parts a published version must have: the facts the legal-exposure assessment reads
 * (where data is kept and processed, who holds the keys, which laws can reach the vendor).
 * Everything else may stay unanswered; a buyer then sees it unanswered.
 */
const requiredParts = ['locations', 'keyManagement', 'legalExposure'] as const;

/** One issue per required part the draft lacks, as a JSON pointer into the version. */
export function missingParts(content: SelfAssessmentContent): FieldIssue[] {
  return requiredParts
    .filter((part) => content[part] === undefined)
    .map((part) => ({
      in: 'body' as const,
      pointer: `/content/${part}`,
      detail: 'Required for publishing: answer it in the draft first.',
    }));
}

/** The evidence documents the attestations cite, with where each is cited. */
export function citedDocuments(
  content: SelfAssessmentContent,
): { documentId: string; pointer: string }[] {
  return content.attestations.flatMap((attestation, index) =>
    attestation.evidence?.kind === 'document'
      ? [
          {
            documentId: attestation.evidence.documentId,
            pointer: `/content/attestations/${index}/evidence/documentId`,
          },
        ]
      : [],
  );
}

/** One issue per citation of a document that is not evidence of the service. */
export function foreignDocuments(
  content: SelfAssessmentContent,
  ofService: ReadonlySet<string>,
): FieldIssue[] {
  return citedDocuments(content)
    .filter((cited) => !ofService.has(cited.documentId))
    .map((cited) => ({
      in: 'body' as const,
      pointer: cited.pointer,
      detail: 'No evidence document of this service has this id: upload it to the service first.',
    }));
}
