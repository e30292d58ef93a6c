import type { UserRoleName } from '@tenderwise/schema';

/**
 * Who takes part in a review: its lead officer and its members, users of the review's authority
 * with the role `officer` or `reviewer` (committee members). Administrators administer the
 * installation, not the reviews (ADR 0013, ADR 0024): the role `admin` cannot be a member.
 */
export const memberRoles = ['officer', 'reviewer'] as const satisfies readonly UserRoleName[];
export type MemberRole = (typeof memberRoles)[number];

/** A user as these rules see them. */
export interface PersonOfRecord {
  id: string;
  organisationId: string;
  role: UserRoleName;
  disabledAt: Date | null;
}

/** The review as these rules see it. */
export interface ReviewMembership {
  organisationId: string;
  leadUserId: string;
  memberUserIds: readonly string[];
}

export function isMemberRole(role: UserRoleName): role is MemberRole {
  return (memberRoles as readonly UserRoleName[]).includes(role);
}

/**
 * Why a user cannot be added as a member, or null. `unknown` covers users of other
 * organisations as well as users that do not exist: the lead learns nothing about other
 * authorities' users.
 */
export function addMemberRefusal(
  review: ReviewMembership,
  user: PersonOfRecord | undefined,
): null | { kind: 'unknown' | 'role' | 'disabled' | 'member'; message: string } {
  if (user === undefined || user.organisationId !== review.organisationId) {
    return { kind: 'unknown', message: 'There is no user with this id in the review’s authority.' };
  }
  if (!isMemberRole(user.role)) {
    return {
      kind: 'role',
      message: 'Only officers and reviewers take part in a review; administrators do not.',
    };
  }
  if (user.disabledAt !== null) {
    return { kind: 'disabled', message: 'The user is disabled.' };
  }
  if (review.memberUserIds.includes(user.id)) {
    return { kind: 'member', message: 'The user takes part in the review already.' };
  }
  return null;
}

/** Why a member cannot be removed, or null: the lead stays until the lead is transferred. */
export function removeMemberRefusal(
  review: ReviewMembership,
  userId: string,
): null | { kind: 'notMember' | 'lead'; message: string } {
  if (!review.memberUserIds.includes(userId)) {
    return { kind: 'notMember', message: 'The user does not take part in the review.' };
  }
  if (userId === review.leadUserId) {
    return {
      kind: 'lead',
      message:
        'The lead officer cannot leave the review; transfer the lead to another officer first.',
    };
  }
  return null;
}

/**
 * Why the lead cannot pass to this user, or null: the new lead must be an active officer who
 * takes part in the review already (the previous lead stays a member).
 */
export function transferLeadRefusal(
  review: ReviewMembership,
  user: PersonOfRecord | undefined,
): null | { kind: 'notMember' | 'role' | 'disabled' | 'lead'; message: string } {
  if (user === undefined || !review.memberUserIds.includes(user.id)) {
    return { kind: 'notMember', message: 'Only a member of the review can become its lead.' };
  }
  if (user.id === review.leadUserId) {
    return { kind: 'lead', message: 'The user leads the review already.' };
  }
  if (user.role !== 'officer') {
    return { kind: 'role', message: 'The lead of a review is an officer.' };
  }
  if (user.disabledAt !== null) {
    return { kind: 'disabled', message: 'The user is disabled.' };
  }
  return null;
}
