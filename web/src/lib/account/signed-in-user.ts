import type { UserRole } from '@tenderwise/schema';

/**
 * The person the pages are shown to. `role` is null when the API did not say: the navigation then
 * offers only what every role may use, and the API still decides every request.
 */
export interface SignedInUser {
  role: UserRole | null;
  /** The user's and their organisation's ids, when the API said: pages leave out what the API
   * refuses for one's own account or organisation (disabling it). */
  id?: string;
  organisationId?: string;
}

const everyRole = ['admin', 'officer', 'reviewer', 'vendor'] as const satisfies readonly UserRole[];

/** One's own sessions, password and second factor. */
export const accountArea = { path: '/account', label: 'nav_account', roles: everyRole } as const;
/** A vendor organisation's API keys, managed by its users. */
export const apiKeysArea = { path: '/api-keys', label: 'nav_api_keys', roles: ['vendor'] } as const;
/** A vendor's profile, services and their self-assessments for the registry. */
export const vendorArea = { path: '/vendor', label: 'nav_vendor', roles: ['vendor'] } as const;
/** A vendor's own bids to the vault, with their receipts. */
export const vendorBidsArea = {
  path: '/vendor/bids',
  label: 'vendor_bids_nav',
  roles: ['vendor'],
} as const;
/** What a vendor was asked about its bids in the evaluation: documents and clarifications. */
export const vendorRequestsArea = {
  path: '/vendor/requests',
  label: 'evaluation_stages_vendor_nav',
  roles: ['vendor'],
} as const;
/** Organisations and users of the whole installation. */
export const administrationArea = {
  path: '/administration',
  label: 'nav_administration',
  roles: ['admin'],
} as const;

/**
 * Conversations with the assistant, which prepares tenders and options reviews step by step and
 * answers questions about results: officers lead them, committee members ask about results.
 */
export const assistantArea = {
  path: '/assistant',
  label: 'assistant_nav',
  roles: ['officer', 'reviewer'],
} as const;

/** Tenders (Vergabeverfahren): officers prepare and run them, committee members take part. */
export const tendersArea = {
  path: '/tenders',
  label: 'tenders_nav',
  roles: ['officer', 'reviewer'],
} as const;

/** Options reviews (Optionenvergleiche): officers lead them, committee members take part. */
export const reviewsArea = {
  path: '/reviews',
  label: 'nav_reviews',
  roles: ['officer', 'reviewer'],
} as const;

/** The vendors' published self-assessments, searched and verified by authorities. */
export const registryArea = {
  path: '/registry',
  label: 'nav_registry',
  roles: ['officer', 'reviewer'],
} as const;

/** Notices of one's organisation (corrections, answers, cancellations of tenders). */
export const noticesArea = {
  path: '/notices',
  label: 'notices_nav',
  roles: ['officer', 'reviewer', 'vendor'],
} as const;

/** The areas of the site behind the sign-in, in the order the navigation shows them. */
export const signedInAreas = [
  assistantArea,
  tendersArea,
  reviewsArea,
  vendorArea,
  vendorBidsArea,
  vendorRequestsArea,
  registryArea,
  noticesArea,
  accountArea,
  apiKeysArea,
  administrationArea,
] as const satisfies readonly {
  path: string;
  label: string;
  roles: readonly UserRole[];
}[];

export type SignedInArea = (typeof signedInAreas)[number];

/**
 * Published tenders are free and open (§ 41 (1) VgV): offered to everybody, visitors included.
 */
export const publicAreas = [{ path: '/public/tenders', label: 'tender_public_nav' }] as const;

/**
 * The areas the navigation offers. An unknown role gets only the areas every role may use, so
 * nobody is shown a link that would only answer "not allowed".
 */
export function areasFor(user: SignedInUser | null): SignedInArea[] {
  if (user === null) return [];
  return signedInAreas.filter((area) =>
    user.role === null
      ? area.roles.length === everyRole.length
      : (area.roles as readonly UserRole[]).includes(user.role),
  );
}

/** Whether the user may open an area; an unknown role is let through for the API to decide. */
export function mayUse(user: SignedInUser, area: SignedInArea): boolean {
  return user.role === null || (area.roles as readonly UserRole[]).includes(user.role);
}

/** Where a user lands after signing in when no page asked for the sign-in. */
export function landingPath(user: SignedInUser | null): string {
  if (user?.role === 'admin') return '/administration';
  if (user?.role === 'vendor') return '/api-keys';
  if (user?.role === 'officer') return assistantArea.path;
  return '/account';
}

/**
 * The pages of the sign-in itself, after the password: the session there is half-way (second
 * factor not passed yet) and may do nothing but finish the sign-in, so the layout does not ask
 * who is signed in; the API would refuse and record the refusal in the audit log on every view.
 */
const signInStepRoutes: readonly string[] = ['/login/code', '/totp-setup'];

export function isSignInStep(routeId: string | null): boolean {
  return routeId !== null && signInStepRoutes.includes(routeId);
}
