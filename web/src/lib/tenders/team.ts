import type { components } from '@tenderwise/schema/openapi-types';
import type { FormErrors } from '#lib/forms/form-errors.ts';
import { capacityOrder } from './flow-labels.ts';

// The team of a tender as its page shows it: one section per capacity, the caller's own
// declaration (§ 6 VgV), and the form that adds a person in one capacity.

type Team = components['schemas']['TenderTeamResponse'];
type Member = Team['members'][number];
type Membership = Member['capacities'][number];
type Capacity = components['schemas']['TenderTeamCapacity'];
type Candidate = components['schemas']['TenderTeamCandidate'];

export interface CapacityEntry {
  member: Member;
  membership: Membership;
}

/** The members by capacity, in the order of `capacityOrder`, each in the order added. */
export function membersByCapacity(
  members: readonly Member[],
): { capacity: Capacity; entries: CapacityEntry[] }[] {
  return capacityOrder.map((capacity) => ({
    capacity,
    entries: members.flatMap((member) =>
      member.capacities
        .filter((membership) => membership.capacity === capacity)
        .map((membership) => ({ member, membership })),
    ),
  }));
}

/** Where the caller stands with the declaration: not on the team, to declare, or declared. */
export type OwnDeclaration =
  | { kind: 'notMember' }
  | { kind: 'pending'; capacities: Capacity[] }
  | { kind: 'declared'; at: string };

export function ownDeclaration(
  members: readonly Member[],
  userId: string | undefined,
): OwnDeclaration {
  const member = members.find((person) => person.userId === userId);
  if (!member) return { kind: 'notMember' };
  const pending = member.capacities.filter((membership) => membership.declaredAt === null);
  if (pending.length > 0) {
    return { kind: 'pending', capacities: pending.map((membership) => membership.capacity) };
  }
  // The latest declaration covers every capacity held.
  const at = member.capacities
    .map((membership) => membership.declaredAt!)
    .reduce((latest, next) => (next > latest ? next : latest));
  return { kind: 'declared', at };
}

/** The opening officers a deputy may stand in for. */
export function openingOfficers(members: readonly Member[]): Member[] {
  return members.filter((member) =>
    member.capacities.some((membership) => membership.capacity === 'openingOfficer'),
  );
}

export interface AddMemberInput {
  userId: string;
  capacity: Capacity;
  deputyFor?: string;
}

/**
 * Reads the add form: a person among the candidates, a capacity that person may take, and for a
 * deputy the opening officer stood in for (for nobody else).
 */
export function readAddMember(
  fields: { userId: string; capacity: string; deputyFor: string },
  candidates: readonly Candidate[],
  officers: readonly Member[],
): { ok: true; input: AddMemberInput } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = { form: null, fields: {} };
  const candidate = candidates.find((person) => person.userId === fields.userId);
  if (!candidate) errors.fields.userId = [{ key: 'form_field_required' }];
  const capacity = (capacityOrder as readonly string[]).includes(fields.capacity)
    ? (fields.capacity as Capacity)
    : null;
  if (capacity === null) {
    errors.fields.capacity = [{ key: 'form_field_required' }];
  } else if (candidate && !candidate.available.includes(capacity)) {
    errors.fields.capacity = [{ key: 'tender_flow_capacity_not_available' }];
  }
  let deputyFor: string | undefined;
  if (capacity === 'openingDeputy') {
    if (officers.some((officer) => officer.userId === fields.deputyFor)) {
      deputyFor = fields.deputyFor;
    } else {
      errors.fields.deputyFor = [{ key: 'tender_flow_deputy_for_required' }];
    }
  }
  if (Object.keys(errors.fields).length > 0 || !candidate || capacity === null) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    input: { userId: candidate.userId, capacity, ...(deputyFor && { deputyFor }) },
  };
}
