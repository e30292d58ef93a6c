import { z } from 'zod';

/**
 * Why this installation does not take the demo now:
 *
 * - `not-loopback`: the server can be reached from other machines (`HOST` or `PUBLIC_ORIGIN` is
 *   not a loopback address); only the operator may force it, on the server
 *   (`npm run seed -- --demo --force`).
 * - `real-data`: the installation holds real data: an organisation or user that is not demo data,
 *   other than administrators and the authorities they belong to. Never overridden.
 */
export const demoRefusalNames = ['not-loopback', 'real-data'] as const;
export const DemoRefusal = z.enum(demoRefusalNames).meta({
  id: 'DemoRefusal',
  description:
    '`not-loopback`: the server is reachable from other machines; `real-data`: the ' +
    'installation holds organisations or users that are not demo data, other than ' +
    'administrators and their authorities',
});
export type DemoRefusal = z.output<typeof DemoRefusal>;

const credentialsFile = z
  .string()
  .nullable()
  .meta({
    description:
      'Where the sign-in credentials of the demo users are, on the server: a file in the data ' +
      'directory that only its owner may read. Null while there is none.',
    examples: ['/srv/tenderwise/data/demo-sign-in.txt'],
  });

export const DemoDataStatusResponse = z
  .strictObject({
    eligible: z.boolean().meta({ description: 'Whether loading the demo would be accepted now' }),
    refusals: z.array(DemoRefusal).meta({ description: 'Why not; empty when eligible' }),
    loaded: z.boolean().meta({ description: 'Whether demo data is in the installation already' }),
    credentialsFile,
  })
  .meta({
    id: 'DemoDataStatusResponse',
    examples: [
      { eligible: true, refusals: [], loaded: false, credentialsFile: null },
      {
        eligible: false,
        refusals: ['real-data'],
        loaded: false,
        credentialsFile: null,
      },
    ],
  });
export type DemoDataStatusResponse = z.output<typeof DemoDataStatusResponse>;

/** How many objects of one kind a demo part created, and how many were there already. */
export const DemoObjectCount = z
  .strictObject({
    kind: z.string().meta({ examples: ['organisation', 'user'] }),
    created: z.int().nonnegative(),
    present: z.int().nonnegative().meta({ description: 'Loaded before and left as they are' }),
  })
  .meta({ id: 'DemoObjectCount' });
export type DemoObjectCount = z.output<typeof DemoObjectCount>;

export const DemoPartSummary = z
  .strictObject({
    part: z.string().meta({ examples: ['accounts'] }),
    objects: z.array(DemoObjectCount),
  })
  .meta({ id: 'DemoPartSummary' });
export type DemoPartSummary = z.output<typeof DemoPartSummary>;

const loadedExample = {
  changed: true,
  catalogueChanged: true,
  parts: [
    {
      part: 'accounts',
      objects: [
        { kind: 'organisation', created: 7, present: 0 },
        { kind: 'user', created: 12, present: 0 },
      ],
    },
  ],
  newSignIns: 12,
  credentialsFile: '/srv/tenderwise/data/demo-sign-in.txt',
} as const;

export const DemoDataLoadResponse = z
  .strictObject({
    changed: z
      .boolean()
      .meta({ description: 'False when everything was loaded before: nothing was written' }),
    catalogueChanged: z.boolean().meta({
      description: 'Whether the catalogue, loaded first, changed (it is the installation’s own)',
    }),
    parts: z.array(DemoPartSummary).meta({ description: 'Per demo part, in loading order' }),
    newSignIns: z.int().nonnegative().meta({
      description: 'Demo users created by this load, whose credentials were added to the file',
    }),
    credentialsFile,
  })
  .meta({
    id: 'DemoDataLoadResponse',
    examples: [
      loadedExample,
      {
        ...loadedExample,
        changed: false,
        catalogueChanged: false,
        parts: [
          {
            part: 'accounts',
            objects: [
              { kind: 'organisation', created: 0, present: 7 },
              { kind: 'user', created: 0, present: 12 },
            ],
          },
        ],
        newSignIns: 0,
      },
    ],
  });
export type DemoDataLoadResponse = z.output<typeof DemoDataLoadResponse>;
