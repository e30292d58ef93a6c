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
] as const satisfies readonly { name: string; description: string }[];

export type ApiTag = (typeof apiTags)[number]['name'];

export const apiTagNames: readonly string[] = apiTags.map((tag) => tag.name);
