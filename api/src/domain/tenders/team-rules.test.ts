import { describe, expect, it } from 'vitest';
import {
  addMembershipRefusal,
  capacitiesForRole,
  removeMembershipRefusal,
  teamFindings,
  type TeamPerson,
  type TeamRuleMember,
} from './team-rules.ts';

const declared = '2027-01-10T09:00:00.000Z';
const member = (
  userId: string,
  capacity: TeamRuleMember['capacity'],
  deputyForUserId: string | null = null,
  declaredAt: string | null = declared,
): TeamRuleMember => ({ userId, capacity, deputyForUserId, declaredAt });

/** A complete team: lead L, opening officers A, B, C with deputies D, E, F. */
const complete: TeamRuleMember[] = [
  member('L', 'officer'),
  member('A', 'openingOfficer'),
  member('B', 'openingOfficer'),
  member('C', 'openingOfficer'),
  member('D', 'openingDeputy', 'A'),
  member('E', 'openingDeputy', 'B'),
  member('F', 'openingDeputy', 'C'),
];

const ids = (team: TeamRuleMember[], leadUserId = 'L') =>
  teamFindings({ leadUserId, members: team }).map((f) => `${f.id}:${f.userId ?? '-'}`);

describe('what a tender team lacks for the publication', () => {
  it('finds nothing missing in a complete, declared team', () => {
    expect(teamFindings({ leadUserId: 'L', members: complete })).toEqual([]);
  });

  it('needs the lead as an officer, three opening officers each with a deputy, every declaration', () => {
    expect(ids([member('L', 'evaluator')])).toEqual([
      'leadNotOfficer:L',
      'tooFewOpeningOfficers:-',
    ]);
    expect(ids(complete.filter((m) => m.userId !== 'F'))).toEqual([
      'openingOfficerWithoutDeputy:C',
    ]);
    expect(ids(complete.filter((m) => m.userId !== 'C' && m.userId !== 'F'))).toEqual([
      'tooFewOpeningOfficers:-',
    ]);
    const late = [...complete, member('D', 'evaluator', null, null)];
    expect(ids(late)).toEqual(['declarationMissing:D']);
  });

  it('does not count an opening officer as somebody else’s deputy', () => {
    const team = [...complete.filter((m) => m.userId !== 'F'), member('A', 'openingDeputy', 'C')];
    expect(ids(team)).toEqual(['openingOfficerWithoutDeputy:C', 'deputyIsOpeningOfficer:A']);
  });

  it('cites § 55 (2) VgV for the opening and § 6 VgV for the declarations, in German and English', () => {
    const findings = teamFindings({
      leadUserId: 'L',
      members: [member('L', 'officer', null, null)],
    });
    const opening = findings.find((f) => f.id === 'tooFewOpeningOfficers')!;
    expect(opening.source).toContain('§ 55 (2) VgV');
    expect(opening.message.de).toContain('0 von mindestens 3');
    expect(opening.message.en).toContain('0 of at least 3');
    expect(findings.find((f) => f.id === 'declarationMissing')!.source).toBe('§ 6 VgV');
  });
});

describe('who may hold which capacity', () => {
  const authority = 'org-1';
  const person = (role: 'officer' | 'reviewer' | 'admin', id = 'U'): TeamPerson => ({
    id,
    organisationId: authority,
    role,
    disabledAt: null,
  });
  const refusal = (
    user: TeamPerson | undefined,
    capacity: TeamRuleMember['capacity'],
    deputyForUserId: string | null = null,
    members: TeamRuleMember[] = complete,
  ) =>
    addMembershipRefusal({ organisationId: authority, members }, user, {
      capacity,
      deputyForUserId,
    });

  it('lets officers take every capacity and reviewers evaluate and review', () => {
    expect(capacitiesForRole('officer')).toEqual([
      'officer',
      'openingOfficer',
      'openingDeputy',
      'evaluator',
      'reviewer',
    ]);
    expect(capacitiesForRole('reviewer')).toEqual(['evaluator', 'reviewer']);
    expect(capacitiesForRole('admin')).toEqual([]);
    expect(refusal(person('reviewer'), 'evaluator')).toBeNull();
    expect(refusal(person('reviewer'), 'openingOfficer')).toMatchObject({ field: 'capacity' });
    expect(refusal(person('admin'), 'reviewer')).toMatchObject({ kind: 'role' });
  });

  it('refuses users of other authorities like unknown ones, and capacities held already', () => {
    expect(refusal(undefined, 'evaluator')).toMatchObject({ kind: 'unknown' });
    expect(refusal({ ...person('officer'), organisationId: 'org-2' }, 'evaluator')).toMatchObject({
      kind: 'unknown',
    });
    expect(refusal(person('officer', 'A'), 'openingOfficer')).toMatchObject({ kind: 'held' });
    expect(refusal({ ...person('officer'), disabledAt: new Date() }, 'evaluator')).toMatchObject({
      kind: 'disabled',
    });
  });

  it('makes a deputy stand in for an opening officer of the team, and never for themselves', () => {
    expect(refusal(person('officer'), 'openingDeputy', 'A')).toBeNull();
    expect(refusal(person('officer'), 'openingDeputy')).toMatchObject({ field: 'deputyFor' });
    expect(refusal(person('officer'), 'openingDeputy', 'L')).toMatchObject({
      field: 'deputyFor',
    });
    expect(refusal(person('officer', 'B'), 'openingDeputy', 'A')).toMatchObject({
      field: 'userId',
    });
    expect(refusal(person('officer', 'D'), 'openingOfficer')).toMatchObject({ kind: 'deputy' });
    expect(refusal(person('officer'), 'evaluator', 'A')).toMatchObject({ field: 'deputyFor' });
  });

  it('keeps the lead’s officer capacity and an opening officer’s place while a deputy stands in', () => {
    const tender = { leadUserId: 'L', members: complete };
    expect(removeMembershipRefusal(tender, { userId: 'L', capacity: 'officer' })).toMatchObject({
      kind: 'lead',
    });
    expect(
      removeMembershipRefusal(tender, { userId: 'A', capacity: 'openingOfficer' }),
    ).toMatchObject({ kind: 'hasDeputy' });
    expect(removeMembershipRefusal(tender, { userId: 'D', capacity: 'openingDeputy' })).toBeNull();
    expect(removeMembershipRefusal(tender, { userId: 'D', capacity: 'evaluator' })).toMatchObject({
      kind: 'notMember',
    });
  });
});
