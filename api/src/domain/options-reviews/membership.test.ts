import { describe, expect, it } from 'vitest';
import {
  addMemberRefusal,
  removeMemberRefusal,
  transferLeadRefusal,
  type PersonOfRecord,
  type ReviewMembership,
} from './membership.ts';

const review: ReviewMembership = {
  organisationId: 'authority-a',
  leadUserId: 'lead',
  memberUserIds: ['lead', 'reviewer', 'officer'],
};
const person = (id: string, overrides: Partial<PersonOfRecord> = {}): PersonOfRecord => ({
  id,
  organisationId: 'authority-a',
  role: 'reviewer',
  disabledAt: null,
  ...overrides,
});

describe('membership of an options review', () => {
  it('admits active officers and reviewers of the review’s authority', () => {
    expect(addMemberRefusal(review, person('new'))).toBeNull();
    expect(addMemberRefusal(review, person('new', { role: 'officer' }))).toBeNull();
  });

  it('treats users of another authority like users that do not exist', () => {
    const foreign = addMemberRefusal(review, person('new', { organisationId: 'authority-b' }));
    expect(foreign).toEqual(addMemberRefusal(review, undefined));
    expect(foreign?.kind).toBe('unknown');
  });

  it('admits no administrator, vendor or disabled user, and nobody twice', () => {
    expect(addMemberRefusal(review, person('new', { role: 'admin' }))?.kind).toBe('role');
    expect(addMemberRefusal(review, person('new', { role: 'vendor' }))?.kind).toBe('role');
    expect(addMemberRefusal(review, person('new', { disabledAt: new Date(0) }))?.kind).toBe(
      'disabled',
    );
    expect(addMemberRefusal(review, person('reviewer'))?.kind).toBe('member');
  });

  it('keeps the lead until the lead is transferred', () => {
    expect(removeMemberRefusal(review, 'lead')?.kind).toBe('lead');
    expect(removeMemberRefusal(review, 'reviewer')).toBeNull();
    expect(removeMemberRefusal(review, 'stranger')?.kind).toBe('notMember');
  });

  it('passes the lead only to an active officer who is a member already', () => {
    expect(transferLeadRefusal(review, person('officer', { role: 'officer' }))).toBeNull();
    expect(transferLeadRefusal(review, person('reviewer'))?.kind).toBe('role');
    expect(transferLeadRefusal(review, person('stranger', { role: 'officer' }))?.kind).toBe(
      'notMember',
    );
    expect(transferLeadRefusal(review, undefined)?.kind).toBe('notMember');
    expect(transferLeadRefusal(review, person('lead', { role: 'officer' }))?.kind).toBe('lead');
    expect(
      transferLeadRefusal(review, person('officer', { role: 'officer', disabledAt: new Date(0) }))
        ?.kind,
    ).toBe('disabled');
  });
});
