/**
 * Requests for missing documents (Nachforderung, § 56 VgV): which documents an authority may ask
 * a bidder to submit, complete or correct after the deadline, and which never.
 */

/**
 * The kinds of documents § 56 VgV tells apart:
 * - `company`: documents about the company (unternehmensbezogene Unterlagen: evidence of
 *   suitability, declarations on exclusion grounds); may be submitted, completed or corrected
 *   (§ 56 (2) S. 1 VgV);
 * - `offer`: documents about the offered service (leistungsbezogene Unterlagen); may be submitted
 *   or completed, not corrected (§ 56 (2) S. 1 VgV), and never when they concern the evaluation by
 *   the award criteria (§ 56 (3) S. 1 VgV);
 * - `price`: price information, never, unless it concerns an insignificant item whose absence
 *   changes neither the ranking nor the competition (§ 56 (3) S. 2 VgV).
 */
export type DocumentKind = 'company' | 'offer' | 'price';

export interface MissingDocumentRequest {
  kind: DocumentKind;
  /** Submit a missing document, complete an incomplete one, or correct a wrong one. */
  action: 'submit' | 'complete' | 'correct';
  /** Whether the document bears on an award criterion of the scheme (is scored). */
  feedsAwardCriterion: boolean;
  /** For price information: an insignificant item, ranking and competition unaffected. */
  insignificantPriceItem?: boolean;
  /** The notice ruled out requests for missing documents (§ 56 (2) S. 2 VgV). */
  ruledOutInNotice: boolean;
}

export type MissingDocumentDecision =
  { allowed: true; basis: string } | { allowed: false; basis: string; reason: string };

/** Whether a request for a missing document is allowed, with the paragraph that decides it. */
export function missingDocumentRequest(request: MissingDocumentRequest): MissingDocumentDecision {
  if (request.ruledOutInNotice) {
    return {
      allowed: false,
      basis: '§ 56 Abs. 2 S. 2 VgV',
      reason: 'The notice ruled out requests for missing documents.',
    };
  }
  if (request.kind === 'company') {
    return { allowed: true, basis: '§ 56 Abs. 2 S. 1 VgV' };
  }
  if (request.kind === 'price') {
    return request.insignificantPriceItem === true && !request.feedsAwardCriterion
      ? { allowed: true, basis: '§ 56 Abs. 3 S. 2 VgV' }
      : {
          allowed: false,
          basis: '§ 56 Abs. 3 S. 1 VgV',
          reason: 'Price information may not be requested later, save an insignificant item.',
        };
  }
  if (request.feedsAwardCriterion) {
    return {
      allowed: false,
      basis: '§ 56 Abs. 3 S. 1 VgV',
      reason:
        'A document that bears on the evaluation by the award criteria may not be requested later.',
    };
  }
  if (request.action === 'correct') {
    return {
      allowed: false,
      basis: '§ 56 Abs. 2 S. 1 VgV',
      reason: 'Documents about the offered service may be submitted or completed, not corrected.',
    };
  }
  return { allowed: true, basis: '§ 56 Abs. 2 S. 1 VgV' };
}
