import { z } from 'zod';
import { ResourceId, Timestamp } from './common.ts';

/** Buyer organisations (authorities) and vendor organisations. */
import { organisationKindNames } from '../vocabularies.ts';

export const OrganisationKind = z.enum(organisationKindNames).meta({
  id: 'OrganisationKind',
  description: '`authority`: a public buyer; `vendor`: a company that bids',
});
export type OrganisationKind = z.output<typeof OrganisationKind>;

const organisationExample = {
  id: '0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11',
  kind: 'vendor',
  name: 'Nordlicht Software GmbH',
  createdAt: '2026-12-01T09:30:00.000Z',
  disabledAt: null,
  demo: false,
} as const;

export const CreateOrganisationInput = z
  .strictObject({
    kind: OrganisationKind,
    name: z.string().trim().min(1).max(200).meta({ description: 'The name people know it by' }),
  })
  .meta({
    id: 'CreateOrganisationInput',
    examples: [{ kind: 'vendor', name: 'Nordlicht Software GmbH' }],
  });
export type CreateOrganisationInput = z.output<typeof CreateOrganisationInput>;

export const OrganisationResponse = z
  .strictObject({
    id: ResourceId,
    kind: OrganisationKind,
    name: z.string(),
    createdAt: Timestamp,
    disabledAt: Timestamp.nullable().meta({ description: 'Null while the organisation is active' }),
    demo: z.boolean().meta({
      description:
        'Fictional demo data (`npm run seed -- --demo`, `POST /api/v1/demo-data`), not a real ' +
        'organisation',
    }),
  })
  .meta({ id: 'OrganisationResponse', examples: [organisationExample] });
export type OrganisationResponse = z.output<typeof OrganisationResponse>;

export const OrganisationListResponse = z
  .strictObject({ organisations: z.array(OrganisationResponse) })
  .meta({
    id: 'OrganisationListResponse',
    description: 'Every organisation of the installation, oldest first',
    examples: [{ organisations: [organisationExample] }],
  });
export type OrganisationListResponse = z.output<typeof OrganisationListResponse>;

export const OrganisationParams = z.strictObject({
  organisationId: ResourceId.meta({ param: { name: 'organisationId', in: 'path' } }),
});

export const OrganisationChangeResponse = z
  .strictObject({
    organisation: OrganisationResponse,
    endedSessions: z
      .int()
      .nonnegative()
      .meta({ description: 'Sessions of its users ended by the change' }),
    revokedApiKeys: z
      .int()
      .nonnegative()
      .meta({ description: 'API keys of the organisation revoked by the change' }),
  })
  .meta({
    id: 'OrganisationChangeResponse',
    examples: [
      {
        organisation: { ...organisationExample, disabledAt: '2026-12-03T14:00:00.000Z' },
        endedSessions: 3,
        revokedApiKeys: 2,
      },
    ],
  });
export type OrganisationChangeResponse = z.output<typeof OrganisationChangeResponse>;
