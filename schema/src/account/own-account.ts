import { z } from 'zod';
import { ResourceId } from '../administration/common.ts';
import { OrganisationKind } from '../administration/organisations.ts';
import { UserRole } from '../administration/users.ts';

export const OwnAccountResponse = z
  .strictObject({
    id: ResourceId,
    email: z.string(),
    displayName: z.string(),
    role: UserRole,
    organisation: z.strictObject({ id: ResourceId, kind: OrganisationKind, name: z.string() }),
    totpEnrolled: z.boolean().meta({ description: 'Whether the user has set up TOTP' }),
  })
  .meta({
    id: 'OwnAccountResponse',
    description: 'The signed-in user, for pages to greet them and offer what their role may do',
    examples: [
      {
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
