import type { UserRoleName } from '@tenderwise/schema';

/**
 * An installation must keep at least one active administrator: nobody else creates
 * organisations and users from the web, and without one only the operator's commands on the
 * server are left. These rules decide on what the caller has read; which administrators are
 * active (locked against concurrent changes) is read from the database by the verbs.
 */

/** A user as these rules see them. */
export interface AccountHolder {
  id: string;
  role: UserRoleName;
  disabledAt: Date | null;
}

/** Whether the user counts as an active administrator (in an organisation that is itself active). */
export function isActiveAdministrator(user: AccountHolder): boolean {
  return user.role === 'admin' && user.disabledAt === null;
}

/** The ids of the active administrators among users of one active organisation. */
export function activeAdministratorIds(users: readonly AccountHolder[]): Set<string> {
  return new Set(users.filter(isActiveAdministrator).map((user) => user.id));
}

/**
 * Whether taking away these users' access (disabling them, their organisation, or their role)
 * would leave the installation without an active administrator. An installation that has none
 * already (only the operator acts there) loses nothing.
 */
export function leavesNoActiveAdministrator(
  activeAdministrators: readonly string[],
  losingAccess: ReadonlySet<string>,
): boolean {
  return (
    activeAdministrators.length > 0 && activeAdministrators.every((id) => losingAccess.has(id))
  );
}

/** Whether the user is the one active administrator left. */
export function isLastActiveAdministrator(
  userId: string,
  activeAdministrators: readonly string[],
): boolean {
  return leavesNoActiveAdministrator(activeAdministrators, new Set([userId]));
}
