import type { components } from '@tenderwise/schema/openapi-types';

// The four-eyes publication (ADR 0038): an officer of the team asks for it on the tender's
// current version, a different officer of the team approves; any change after the request
// voids it.

/** Only the publication of the tender counts here. */
type Tender = { publication: components['schemas']['TenderPublication'] };

export const publicationDoneNotices = ['requested', 'withdrawn', 'published', 'cancelled'] as const;
export type PublicationDone = (typeof publicationDoneNotices)[number];

/** Where the publication stands, as the page explains it to the viewer. */
export type PublicationStep =
  | {
      kind: 'published';
      publishedAt: string;
      requestedBy: string | null;
      approvedBy: string | null;
    }
  | { kind: 'notRequested' }
  /** A request the tender changed after: it has to be asked again. */
  | { kind: 'void'; requestedBy: string; requestedAt: string }
  /** The viewer asked: another officer approves. */
  | { kind: 'ownRequest'; requestedAt: string }
  | { kind: 'awaitingApproval'; requestedBy: string; requestedAt: string };

export function publicationStep(tender: Tender, viewerId: string | undefined): PublicationStep {
  const publication = tender.publication;
  if (publication.publishedAt !== null) {
    return {
      kind: 'published',
      publishedAt: publication.publishedAt,
      requestedBy: publication.requestedBy,
      approvedBy: publication.approvedBy,
    };
  }
  if (publication.requestedBy === null || publication.requestedAt === null) {
    return { kind: 'notRequested' };
  }
  if (!publication.requestCurrent) {
    return {
      kind: 'void',
      requestedBy: publication.requestedBy,
      requestedAt: publication.requestedAt,
    };
  }
  if (publication.requestedBy === viewerId) {
    return { kind: 'ownRequest', requestedAt: publication.requestedAt };
  }
  return {
    kind: 'awaitingApproval',
    requestedBy: publication.requestedBy,
    requestedAt: publication.requestedAt,
  };
}
