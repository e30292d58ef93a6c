import { describe, expect, it } from 'vitest';
import { evidenceOffer } from '../src/lib/registry/evidence.ts';

const hash = 'a'.repeat(64);
const cited = (id: string, confidential: boolean, readable: boolean) => ({
  id,
  title: readable || !confidential ? 'C5-Bericht 2026' : null,
  mediaType: readable || !confidential ? ('application/pdf' as const) : null,
  byteSize: readable || !confidential ? 1024 : null,
  sha256: hash,
  confidential,
  readable,
});
const documentId = '8e2a4c6b-1d3f-4a5b-8c7d-9e0f1a2b3c4d';
const hrefOf = (id: string) => `/api/v1/registry/services/s/evidence/${id}`;
const asDocument = { kind: 'document' as const, documentId };

describe('the evidence offered beside an attestation', () => {
  it('offers a download only when the reader’s authority may read the document', () => {
    expect(evidenceOffer(asDocument, [cited(documentId, false, true)], hrefOf)).toEqual({
      kind: 'download',
      href: hrefOf(documentId),
      confidential: false,
    });
    expect(evidenceOffer(asDocument, [cited(documentId, true, true)], hrefOf)).toMatchObject({
      kind: 'download',
      confidential: true,
    });
  });

  it('names an ungranted confidential report as available on request, with its SHA-256', () => {
    expect(evidenceOffer(asDocument, [cited(documentId, true, false)], hrefOf)).toEqual({
      kind: 'onRequest',
      sha256: hash,
    });
  });

  it('offers nothing for a document the version does not list, and passes links on', () => {
    expect(evidenceOffer(asDocument, [], hrefOf)).toEqual({ kind: 'unavailable' });
    expect(evidenceOffer(undefined, [], hrefOf)).toEqual({ kind: 'none' });
    expect(
      evidenceOffer({ kind: 'link', url: 'https://example.org/register' }, [], hrefOf),
    ).toEqual({ kind: 'link', url: 'https://example.org/register' });
  });
});
