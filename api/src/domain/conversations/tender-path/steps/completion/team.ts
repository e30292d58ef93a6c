import type {
  ConversationInput,
  ConversationText,
  QuickReply,
  TenderTeamCapacity,
  TenderTeamResponse,
} from '@tenderwise/schema';
import type { Named } from '../../../parser/context.ts';
import type { ConversationAction } from '../../../dialogue/types.ts';
import type { Colleague, TenderWorld } from '../../world.ts';

/** The colleagues who may hold a capacity (team-rules.ts: `capacityRoles`). */
export function eligible(
  world: TenderWorld,
  roles: readonly Colleague['role'][],
  except: readonly string[] = [],
): Colleague[] {
  return world.colleagues.filter((c) => roles.includes(c.role) && !except.includes(c.id));
}

/** Who holds the capacity on the team now (empty while the team is not known). */
export function holders(team: TenderTeamResponse | null | undefined, capacity: TenderTeamCapacity) {
  return (team?.members ?? [])
    .filter((member) => member.capacities.some((held) => held.capacity === capacity))
    .map((member) => member.userId);
}

/** The opening officers of the team who have a deputy already. */
export function deputisedOpeners(team: TenderTeamResponse | null | undefined): string[] {
  return (team?.members ?? []).flatMap((member) =>
    member.capacities.flatMap((held) =>
      held.capacity === 'openingDeputy' && held.deputyFor !== null ? [held.deputyFor.userId] : [],
    ),
  );
}

export function nameOf(world: TenderWorld, userId: string): string {
  return (
    world.colleagues.find((c) => c.id === userId)?.name ??
    world.team?.members.find((m) => m.userId === userId)?.displayName ??
    userId
  );
}

export function namesOf(world: TenderWorld, ids: readonly string[]): string {
  return ids.map((id) => nameOf(world, id)).join(', ');
}

/** Each colleague by full name and by surname, for the parser. */
export function vocabularyOf(colleagues: readonly Colleague[], extra: Named[] = []): Named[] {
  return [
    ...colleagues.map((c) => {
      const parts = c.name.split(/\s+/);
      return { id: c.id, names: [...new Set([c.name, parts[parts.length - 1] ?? c.name])] };
    }),
    ...extra,
  ];
}

export function colleagueReplies(colleagues: readonly Colleague[]): QuickReply[] {
  return colleagues.slice(0, 12).map((c) => ({
    label: { de: c.name, en: c.name },
    input: { intent: 'choose', choice: c.id },
  }));
}

/** The ids chosen by a turn: one reply, several at once, or a checklist. */
export function chosenIds(input: ConversationInput): string[] | null {
  if (input.intent !== 'choose') return null;
  if (input.choices !== undefined) return [...new Set(input.choices)];
  if (input.choice !== undefined) return [input.choice];
  return null;
}

/**
 * "Nobody (more)". Words of negation ("keine", "none") are left out: the parser reads a choice
 * next to a negation as open, never as chosen.
 */
export const none: Named = {
  id: 'none',
  names: ['niemand', 'fertig', 'das reicht', 'nobody', 'that is all', 'done'],
};

export const noneReply = (label: ConversationText): QuickReply => ({
  label,
  input: { intent: 'choose', choice: 'none' },
});

/** Who of `ids` is not among the colleagues who may take the capacity. */
export function unknownAmong(ids: readonly string[], allowed: readonly Colleague[]): string[] {
  return ids.filter((id) => !allowed.some((c) => c.id === id));
}

export function addMember(
  userId: string,
  capacity: TenderTeamCapacity,
  deputyFor?: string,
): ConversationAction {
  return {
    kind: 'addTeamMember',
    input: { userId, capacity, ...(deputyFor === undefined ? {} : { deputyFor }) },
  };
}

/** "A, B und C" / "A, B and C". */
export function listText(names: readonly string[]): ConversationText {
  if (names.length <= 1) return { de: names[0] ?? '–', en: names[0] ?? '–' };
  const head = names.slice(0, -1).join(', ');
  const last = names[names.length - 1]!;
  return { de: `${head} und ${last}`, en: `${head} and ${last}` };
}
