import type { UserRoleName } from '@tenderwise/schema';

/**
 * Roles that must pass TOTP at every login (issue 6): they decide about tenders and accounts.
 * A domain rule, read in two places: the session stage after login (`services/sessions`), and the
 * policy table, which lets a session of these roles that has not passed the second factor reach
 * only the operations marked `beforeMfa`.
 */
export const mfaRequiredRoles: readonly UserRoleName[] = Object.freeze(['admin', 'officer']);

export function roleRequiresTotp(role: UserRoleName): boolean {
  return mfaRequiredRoles.includes(role);
}
