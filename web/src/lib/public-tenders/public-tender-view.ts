import type { SignedInUser } from '#lib/account/signed-in-user.ts';

// What the public tender pages offer whom, and how their addresses and form fields read. Pure,
// so the rules are tested without a page.

/** The states of a published tender (a draft is never public). */
export type PublishedState =
  'published' | 'submissionClosed' | 'opened' | 'evaluated' | 'awarded' | 'cancelled';

/** The list's filter: running submission periods, closed ones, or all. */
export type StateFilter = 'open' | 'closed' | 'all';

/** The filter named by the list's `state` query parameter; all for anything else. */
export function stateFilterOf(raw: string | null): StateFilter {
  return raw === 'open' || raw === 'closed' ? raw : 'all';
}

/** The page of a published tender, in the base language (localise it for a link). */
export function publicTenderPath(tenderId: string): string {
  return `/public/tenders/${tenderId}`;
}

/** The page of one scheme version of a lot, in the base language. */
export function schemeVersionPath(tenderId: string, lotNumber: number, number: number): string {
  return `${publicTenderPath(tenderId)}/lots/${lotNumber}/versions/${number}`;
}

/** The API address of the same scheme version, for those who recompute its commitment. */
export function schemeVersionApiPath(tenderId: string, lotNumber: number, number: number): string {
  return `/api/v1/public/tenders/${tenderId}/lots/${lotNumber}/scheme-versions/${number}`;
}

/** A positive whole number from a path segment, or null (the page is then not found). */
export function positiveNumberOf(segment: string, maxDigits = 9): number | null {
  return new RegExp(`^[1-9]\\d{0,${maxDigits - 1}}$`).test(segment) ? Number(segment) : null;
}

/**
 * What the interest part of the page offers: vendors register while the submission period
 * runs and withdraw while registered; visitors are invited to sign in as a vendor while the
 * period runs; everybody else (authorities, later states) is offered nothing.
 */
export type InterestOffer = 'register' | 'withdraw' | 'signIn' | 'none';

export function interestOffer(
  user: SignedInUser | null,
  tender: { state: PublishedState; interestRegistered?: boolean | undefined },
): InterestOffer {
  if (user === null) return tender.state === 'published' ? 'signIn' : 'none';
  if (user.role !== 'vendor') return 'none';
  if (tender.interestRegistered) return 'withdraw';
  return tender.state === 'published' ? 'register' : 'none';
}

/** Whether the user may ask a question: a vendor while the submission period runs. */
export function mayAsk(user: SignedInUser | null, state: PublishedState): boolean {
  return user?.role === 'vendor' && state === 'published';
}

/** Whether the page reads the vendor's own questions (the API answers only vendors). */
export function readsOwnQuestions(user: SignedInUser | null): boolean {
  return user?.role === 'vendor';
}

/**
 * The lot a question names, from the form's `lot` field: '' (or missing) for the tender as a
 * whole, else a lot number (whether the tender has it, the API decides). `invalid` otherwise.
 */
export function questionLotOf(raw: string): { lotNumber: number | null } | 'invalid' {
  if (raw === '') return { lotNumber: null };
  const number = positiveNumberOf(raw, 3);
  return number === null ? 'invalid' : { lotNumber: number };
}

/** The newest of a lot's scheme versions (the one in force), or null before any. */
export function versionInForce<Version extends { number: number }>(
  versions: readonly Version[],
): Version | null {
  return versions.reduce<Version | null>(
    (newest, version) => (newest === null || version.number > newest.number ? version : newest),
    null,
  );
}

/** What the page says after a question was asked, from the query of the redirect. */
export interface AskedNotice {
  number: number;
  late: boolean;
}

export function askedQuery(notice: AskedNotice): string {
  return new URLSearchParams({
    asked: String(notice.number),
    late: notice.late ? '1' : '0',
  }).toString();
}

export function askedNoticeOf(params: URLSearchParams): AskedNotice | null {
  const number = positiveNumberOf(params.get('asked') ?? '');
  return number === null ? null : { number, late: params.get('late') === '1' };
}
