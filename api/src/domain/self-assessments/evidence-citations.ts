/**
 * The evidence documents a version's attestations cite, read from its stored content (the
 * canonical JSON of `SelfAssessmentContent`). Published versions never change, so a document one
 * of them cites is part of what authorities may read, and must not be deleted.
 */
export function citedDocumentIds(contents: readonly string[]): Set<string> {
  const cited = new Set<string>();
  for (const content of contents) {
    const parsed = JSON.parse(content) as {
      attestations?: { evidence?: { kind?: string; documentId?: string } }[];
    };
    for (const attestation of parsed.attestations ?? []) {
      const evidence = attestation.evidence;
      if (evidence?.kind === 'document' && typeof evidence.documentId === 'string') {
        cited.add(evidence.documentId);
      }
    }
  }
  return cited;
}
