import type { components } from '@tenderwise/schema/openapi-types';

type Actor = NonNullable<components['schemas']['TenderRecordEntry']['actor']>;
type UserRole = components['schemas']['UserRole'];

/**
 * Who acted, as one line of the tender record: the name, what kind of actor it was (a role, an
 * API key, the installation) and the organisation, e.g. "Erika Muster (Vergabesachbearbeiter/in,
 * Landesamt)".
 */
export function actorText(
  actor: Actor | null,
  labels: { anonymous: string; system: string; apiKey: string; role: (role: UserRole) => string },
): string {
  if (actor === null) return labels.anonymous;
  const kind =
    actor.kind === 'user'
      ? actor.role === null
        ? null
        : labels.role(actor.role)
      : actor.kind === 'apiKey'
        ? labels.apiKey
        : labels.system;
  const details = [kind, actor.organisationName].filter((part) => part !== null && part !== '');
  const name = actor.name ?? (actor.kind === 'system' ? labels.system : '—');
  return details.length > 0 ? `${name} (${details.join(', ')})` : name;
}
