import type { TenderTeamCapacity as TeamCapacity, UserRoleName } from '@tenderwise/schema';

/**
 * The rules of a tender's team: who may hold which capacity, and what the team needs before the
 * tender is published. Pure; the verbs and the publication readiness call them.
 *
 * Capacities by role: the procedure is run and the bids are opened by officers of the authority
 * (`officer`, `openingOfficer`, `openingDeputy`: representatives of the authority in the sense of
 * § 55 (2) VgV). Evaluators may be officers or reviewers: a committee member (role `reviewer`)
 * scores bids as members score options in an options review (ADR 0024), and the policy table
 * lets reviewers who evaluate read the tender. Reviewers read and check; any officer or
 * reviewer may be one. Administrators take no part (ADR 0013).
 */
export const capacityRoles: Readonly<Record<TeamCapacity, readonly UserRoleName[]>> = {
  officer: ['officer'],
  openingOfficer: ['officer'],
  openingDeputy: ['officer'],
  evaluator: ['officer', 'reviewer'],
  reviewer: ['officer', 'reviewer'],
};

/** The roles of the users who may be on a team at all. */
export const teamRoles = ['officer', 'reviewer'] as const satisfies readonly UserRoleName[];

/** The capacities a user of the role may hold. */
export function capacitiesForRole(role: UserRoleName): TeamCapacity[] {
  return (Object.keys(capacityRoles) as TeamCapacity[]).filter((capacity) =>
    capacityRoles[capacity].includes(role),
  );
}

/**
 * The opening: § 55 (2) VgV requires the bids to be opened jointly by at least two
 * representatives of the authority. Tenderwise's organisational rule names
 * three opening officers, each with a deputy who is not an opening officer, so that two can
 * open on the appointed day even when one is absent or a place falls vacant.
 */
export const requiredOpeningOfficers = 3;

/** One membership row as these rules see it. */
export interface TeamRuleMember {
  userId: string;
  capacity: TeamCapacity;
  /** For `openingDeputy`: the opening officer stood in for. */
  deputyForUserId: string | null;
  declaredAt: Date | string | null;
}

export interface TeamRuleInput {
  leadUserId: string;
  members: readonly TeamRuleMember[];
}

/** Something the team lacks for the publication. */
export interface TeamFinding {
  id:
    | 'leadNotOfficer'
    | 'tooFewOpeningOfficers'
    | 'openingOfficerWithoutDeputy'
    | 'deputyIsOpeningOfficer'
    | 'deputyForNonOpeningOfficer'
    | 'declarationMissing';
  message: { de: string; en: string };
  /** The rule it rests on. */
  source: string;
  /** The member concerned, if one is. */
  userId: string | null;
}

const openingSource =
  '§ 55 (2) VgV (opening by at least two representatives of the authority); three opening ' +
  'officers with deputies: organisational rule so that two can always open';
const declarationSource = '§ 6 VgV';

/**
 * What the team lacks before publication, in a stable order: the lead is an officer of the
 * team; at least three opening officers, each with a deputy who is not an opening officer
 * (a deputy of somebody who is no opening officer is reported too); every membership declared
 * (§ 6 VgV). Empty when the team is complete.
 */
export function teamFindings(team: TeamRuleInput): TeamFinding[] {
  const findings: TeamFinding[] = [];
  const holders = (capacity: TeamCapacity) => [
    ...new Set(team.members.filter((m) => m.capacity === capacity).map((m) => m.userId)),
  ];
  const officers = holders('officer');
  const openingOfficers = holders('openingOfficer');
  const deputies = team.members.filter((m) => m.capacity === 'openingDeputy');

  if (!officers.includes(team.leadUserId)) {
    findings.push({
      id: 'leadNotOfficer',
      message: {
        de: 'Die federführende Person ist nicht als Sachbearbeitung (Vergabestelle) im Team.',
        en: 'The lead is not on the team as an officer.',
      },
      source: 'Tender team rule: the lead runs the procedure as an officer',
      userId: team.leadUserId,
    });
  }
  if (openingOfficers.length < requiredOpeningOfficers) {
    findings.push({
      id: 'tooFewOpeningOfficers',
      message: {
        de:
          `Es sind ${openingOfficers.length} von mindestens ${requiredOpeningOfficers} ` +
          'Personen für die Angebotsöffnung benannt.',
        en:
          `${openingOfficers.length} of at least ${requiredOpeningOfficers} opening officers ` +
          'are named.',
      },
      source: openingSource,
      userId: null,
    });
  }
  for (const userId of openingOfficers) {
    const own = deputies.filter(
      (d) => d.deputyForUserId === userId && !openingOfficers.includes(d.userId),
    );
    if (own.length === 0) {
      findings.push({
        id: 'openingOfficerWithoutDeputy',
        message: {
          de: 'Eine Person für die Angebotsöffnung hat keine Vertretung.',
          en: 'An opening officer has no deputy.',
        },
        source: openingSource,
        userId,
      });
    }
  }
  for (const deputy of deputies) {
    if (openingOfficers.includes(deputy.userId)) {
      findings.push({
        id: 'deputyIsOpeningOfficer',
        message: {
          de:
            'Eine Vertretung ist selbst für die Angebotsöffnung benannt und zählt daher nicht ' +
            'als Vertretung.',
          en: 'A deputy is an opening officer too and so does not count as a deputy.',
        },
        source: openingSource,
        userId: deputy.userId,
      });
    } else if (
      deputy.deputyForUserId === null ||
      !openingOfficers.includes(deputy.deputyForUserId)
    ) {
      findings.push({
        id: 'deputyForNonOpeningOfficer',
        message: {
          de: 'Eine Vertretung vertritt niemanden, der für die Angebotsöffnung benannt ist.',
          en: 'A deputy stands in for nobody who is an opening officer.',
        },
        source: openingSource,
        userId: deputy.userId,
      });
    }
  }
  const undeclared = [
    ...new Set(team.members.filter((m) => m.declaredAt === null).map((m) => m.userId)),
  ];
  for (const userId of undeclared) {
    findings.push({
      id: 'declarationMissing',
      message: {
        de:
          'Ein Teammitglied hat noch nicht erklärt, dass kein Interessenkonflikt besteht (für ' +
          'jede Funktion im Team).',
        en:
          'A team member has not yet declared having no conflict of interest (for every ' +
          'capacity on the team).',
      },
      source: declarationSource,
      userId,
    });
  }
  return findings;
}

/** Whether every membership of the user on the team is declared. */
export function hasDeclared(members: readonly TeamRuleMember[], userId: string): boolean {
  const own = members.filter((m) => m.userId === userId);
  return own.length > 0 && own.every((m) => m.declaredAt !== null);
}

/** A user as the membership rules see them. */
export interface TeamPerson {
  id: string;
  organisationId: string;
  role: UserRoleName;
  disabledAt: Date | null;
}

/** Why a membership cannot be added: `field` names the body member at fault. */
export interface AddMembershipRefusal {
  kind: 'unknown' | 'role' | 'disabled' | 'held' | 'deputy';
  field: 'userId' | 'capacity' | 'deputyFor';
  message: string;
}

/**
 * Why the user cannot be added to the team in the capacity, or null. A user of another
 * authority is refused like one that does not exist (`unknown`): the officers learn nothing
 * about other authorities' users. A capacity held already is `held` (a conflict). A deputy
 * stands in for one opening officer of the team and is no opening officer themselves, and an
 * opening officer is nobody's deputy: otherwise one person would fill two of the places the
 * opening rule counts (see `requiredOpeningOfficers`).
 */
export function addMembershipRefusal(
  tender: { organisationId: string; members: readonly TeamRuleMember[] },
  user: TeamPerson | undefined,
  request: { capacity: TeamCapacity; deputyForUserId: string | null },
): AddMembershipRefusal | null {
  const { capacity, deputyForUserId } = request;
  if (user === undefined || user.organisationId !== tender.organisationId) {
    return {
      kind: 'unknown',
      field: 'userId',
      message: 'There is no user with this id in the tender’s authority.',
    };
  }
  if (!(teamRoles as readonly UserRoleName[]).includes(user.role)) {
    return {
      kind: 'role',
      field: 'userId',
      message: 'Only officers and reviewers take part in a tender; administrators do not.',
    };
  }
  if (!capacityRoles[capacity].includes(user.role)) {
    return {
      kind: 'role',
      field: 'capacity',
      message:
        capacity === 'evaluator' || capacity === 'reviewer'
          ? 'This capacity is for officers and reviewers.'
          : 'This capacity is for officers of the authority.',
    };
  }
  if (user.disabledAt !== null) {
    return { kind: 'disabled', field: 'userId', message: 'The user is disabled.' };
  }
  const held = tender.members.filter((m) => m.userId === user.id).map((m) => m.capacity);
  if (held.includes(capacity)) {
    return {
      kind: 'held',
      field: 'capacity',
      message: 'The user holds this capacity on the team already.',
    };
  }
  if (capacity !== 'openingDeputy' && deputyForUserId !== null) {
    return {
      kind: 'deputy',
      field: 'deputyFor',
      message: 'Only a deputy of an opening officer stands in for somebody.',
    };
  }
  if (capacity === 'openingOfficer' && held.includes('openingDeputy')) {
    return {
      kind: 'deputy',
      field: 'capacity',
      message:
        'The user is a deputy of an opening officer; remove that first, as one person cannot ' +
        'fill two places of the opening.',
    };
  }
  if (capacity === 'openingDeputy') {
    if (deputyForUserId === null) {
      return {
        kind: 'deputy',
        field: 'deputyFor',
        message: 'Name the opening officer this deputy stands in for.',
      };
    }
    if (deputyForUserId === user.id) {
      return { kind: 'deputy', field: 'deputyFor', message: 'Nobody stands in for themselves.' };
    }
    if (held.includes('openingOfficer')) {
      return {
        kind: 'deputy',
        field: 'userId',
        message:
          'The user opens the bids as an opening officer already; a deputy is somebody else.',
      };
    }
    const openingOfficers = tender.members
      .filter((m) => m.capacity === 'openingOfficer')
      .map((m) => m.userId);
    if (!openingOfficers.includes(deputyForUserId)) {
      return {
        kind: 'deputy',
        field: 'deputyFor',
        message: 'The user stood in for is no opening officer of the team.',
      };
    }
  }
  return null;
}

/** Why a membership cannot be removed, or null. */
export function removeMembershipRefusal(
  tender: { leadUserId: string; members: readonly TeamRuleMember[] },
  key: { userId: string; capacity: TeamCapacity },
): null | { kind: 'notMember' | 'lead' | 'hasDeputy'; message: string } {
  if (!tender.members.some((m) => m.userId === key.userId && m.capacity === key.capacity)) {
    return { kind: 'notMember', message: 'The user does not hold this capacity on the team.' };
  }
  if (key.userId === tender.leadUserId && key.capacity === 'officer') {
    return {
      kind: 'lead',
      message: 'The lead runs the tender as an officer; this capacity of the lead stays.',
    };
  }
  if (
    key.capacity === 'openingOfficer' &&
    tender.members.some((m) => m.capacity === 'openingDeputy' && m.deputyForUserId === key.userId)
  ) {
    return {
      kind: 'hasDeputy',
      message:
        'The opening officer has a deputy: remove the deputy first (or name the deputy for ' +
        'another opening officer), so nobody stands in for a place that is gone.',
    };
  }
  return null;
}
