import { z } from 'zod';
import { LocalizedText } from '../evaluation/common.ts';
import { userRoleNames } from '../vocabularies.ts';

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

export const DemoDataLoadQuery = z
  .strictObject({
    include: z
      .enum(['signIns'])
      .optional()
      .meta({
        param: { name: 'include', in: 'query' },
        description:
          '`signIns`: answer the sign-in credentials of the people this load creates, for the ' +
          'administrator loading the demo on a server only this machine can reach (the setup ' +
          'page shows them once). They are in the credentials file all the same.',
        examples: ['signIns'],
      }),
  })
  .meta({ id: 'DemoDataLoadQuery' });
export type DemoDataLoadQuery = z.output<typeof DemoDataLoadQuery>;

/** One demo person's sign-in, as the credentials file holds it. */
export const DemoSignIn = z
  .strictObject({
    organisation: z.string().meta({ examples: ['Landesverwaltung Musterland (fiktiv)'] }),
    displayName: z.string().meta({ examples: ['Erika Mustermann'] }),
    function: LocalizedText,
    role: z.enum(userRoleNames),
    email: z.string().meta({ examples: ['erika.mustermann@musterland.example'] }),
    password: z.string().meta({ examples: ['k3m9qa-x7bd2p-h4tn8r-w2ce6y'] }),
    totp: z
      .strictObject({
        keyUri: z.string().meta({ description: 'The otpauth address for an authenticator app' }),
        key: z.string().meta({ description: 'The same key, to type in (base32)' }),
      })
      .nullable()
      .meta({ description: 'Set up already for officers and administrators; null for others' }),
  })
  .meta({ id: 'DemoSignIn' });
export type DemoSignIn = z.output<typeof DemoSignIn>;

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
    signIns: z
      .array(DemoSignIn)
      .optional()
      .meta({
        description:
          'Only when asked (`include=signIns`) on a server only this machine can reach: the ' +
          'sign-ins of the people this load created, once; a later load creates none',
      }),
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
