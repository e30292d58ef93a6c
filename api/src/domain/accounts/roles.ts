import { userRoleNames, type OrganisationKindName, type UserRoleName } from '@tenderwise/schema';

/** Whether a value names a role at all (input from a request or a command). */
export function isRole(value: unknown): value is UserRoleName {
  return (userRoleNames as readonly unknown[]).includes(value);
}

/** Vendors work in vendor organisations; everybody else in an authority. */
export function roleFitsOrganisation(role: UserRoleName, kind: OrganisationKindName): boolean {
  return (role === 'vendor') === (kind === 'vendor');
}

/**
 * What giving a user another role comes to, in the order the rules are checked:
 *
 * - `roleDoesNotFit`: the new role does not fit the user's organisation (vendors only in vendor
 *   organisations, every other role only in an authority);
 * - `unchanged`: the user has the role already, so nothing changes (no session ends);
 * - `lastAdministrator`: the user is the last active administrator, who keeps the role;
 * - `change`: the role changes.
 */
export type RoleChange = 'roleDoesNotFit' | 'unchanged' | 'lastAdministrator' | 'change';

export function roleChangeOf(input: {
  currentRole: UserRoleName;
  newRole: UserRoleName;
  organisationKind: OrganisationKindName;
  /** Whether the user is the installation's last active administrator (`administrators.ts`). */
  lastActiveAdministrator: boolean;
}): RoleChange {
  if (!roleFitsOrganisation(input.newRole, input.organisationKind)) return 'roleDoesNotFit';
  if (input.newRole === input.currentRole) return 'unchanged';
  if (input.lastActiveAdministrator) return 'lastAdministrator';
  return 'change';
}
