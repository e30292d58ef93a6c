/**
 * Every tag an operation may carry, with the description the docs show for it. `defineRoute`
 * accepts only these names, so no operation ends up under an undescribed heading.
 */
export const apiTags = [
  {
    name: 'system',
    description: 'The state of this installation and the description of its API.',
  },
  {
    name: 'analysis',
    description:
      'Stateless computations on schemes and bids that are not stored: evaluation, price ' +
      'formula previews. They change nothing and need no account.',
  },
  {
    name: 'account',
    description:
      'Signing in and out, the second factor (TOTP), accepting an invitation, and each ' +
      "user's own password and sessions. Session tokens travel only in the HttpOnly cookie.",
  },
  {
    name: 'administration',
    description:
      'Organisations and users of the whole installation, for administrators: creating them, ' +
      'invitation links, roles, disabling users and ending their sessions.',
  },
  {
    name: 'catalogue',
    description:
      'Reference data with sources: criteria catalogues, evaluation templates and the rules ' +
      'that recommend criteria for a buyer and assess the legal exposure of an offer. Public, ' +
      'read-only; nothing is stored.',
  },
  {
    name: 'api-keys',
    description:
      "A vendor organisation's API keys, managed by its users with a session: created with " +
      'scopes and an expiry, shown once, listed without secrets, revoked at once.',
  },
] as const satisfies readonly { name: string; description: string }[];

export type ApiTag = (typeof apiTags)[number]['name'];

export const apiTagNames: readonly string[] = apiTags.map((tag) => tag.name);
