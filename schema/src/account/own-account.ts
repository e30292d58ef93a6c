import { z } from 'zod';
import { ApiKeyId, ApiKeyScope } from '../administration/api-keys.ts';
import { ResourceId, Timestamp } from '../administration/common.ts';
import { OrganisationKind } from '../administration/organisations.ts';
import { UserRole } from '../administration/users.ts';

const AccountOrganisation = z.strictObject({
  id: ResourceId,
  kind: OrganisationKind,
  name: z.string(),
});

/** A person signed in with a session. */
export const OwnUserAccount = z
  .strictObject({
    kind: z.literal('user'),
    id: ResourceId,
    email: z.string(),
    displayName: z.string(),
    role: UserRole,
    organisation: AccountOrganisation,
    totpEnrolled: z.boolean().meta({ description: 'Whether the user has set up TOTP' }),
  })
  .meta({ id: 'OwnUserAccount' });
export type OwnUserAccount = z.output<typeof OwnUserAccount>;

/** A vendor organisation's API key, sent as a bearer token. */
export const OwnApiKeyAccount = z
  .strictObject({
    kind: z.literal('apiKey'),
    /** The key's public id (never its secret). */
    id: ApiKeyId,
    name: z.string(),
    organisation: AccountOrganisation,
    scopes: z.array(ApiKeyScope),
    expiresAt: Timestamp,
  })
  .meta({ id: 'OwnApiKeyAccount' });
export type OwnApiKeyAccount = z.output<typeof OwnApiKeyAccount>;

export const OwnAccountResponse = z
  .discriminatedUnion('kind', [OwnUserAccount, OwnApiKeyAccount])
  .meta({
    id: 'OwnAccountResponse',
    description:
      'Who calls: the signed-in user (for pages to greet them and offer what their role may ' +
      "do), or the API key with its organisation and scopes (for a vendor's client to check " +
      'what its key may do)',
    examples: [
      {
        kind: 'user',
        id: '5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d',
        email: 'a.officer@stadt-musterhausen.example',
        displayName: 'Anna Officer',
        role: 'officer',
        organisation: {
          id: '0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11',
          kind: 'authority',
          name: 'Stadt Musterhausen',
        },
        totpEnrolled: true,
      },
    ],
  });
export type OwnAccountResponse = z.output<typeof OwnAccountResponse>;
