import { z } from 'zod';
import { ResourceId, Timestamp } from './common.ts';

import { userRoleNames } from '../vocabularies.ts';

export const UserRole = z.enum(userRoleNames).meta({
  id: 'UserRole',
  description:
    '`admin` administers the installation, `officer` runs tenders, `reviewer` reads and ' +
    'checks, `vendor` bids for a vendor organisation',
});
export type UserRole = z.output<typeof UserRole>;

const userExample = {
  id: '5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d',
  organisationId: '0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11',
  email: 'erika.muster@nordlicht.example',
  displayName: 'Erika Muster',
  role: 'vendor',
  passwordSet: false,
  createdAt: '2026-12-01T09:31:00.000Z',
  disabledAt: null,
} as const;

export const CreateUserInput = z
  .strictObject({
    email: z.string().trim().min(3).max(254).meta({ description: 'Also the login name' }),
    displayName: z.string().trim().min(1).max(200),
    role: UserRole,
  })
  .meta({
    id: 'CreateUserInput',
    examples: [
      { email: 'erika.muster@nordlicht.example', displayName: 'Erika Muster', role: 'vendor' },
    ],
  });
export type CreateUserInput = z.output<typeof CreateUserInput>;

/** A user as administrators see them: never a password hash, TOTP secret or token. */
export const UserResponse = z
  .strictObject({
    id: ResourceId,
    organisationId: ResourceId,
    email: z.string(),
    displayName: z.string(),
    role: UserRole,
    passwordSet: z
      .boolean()
      .meta({ description: 'Whether the user has accepted the invitation and set a password' }),
    createdAt: Timestamp,
    disabledAt: Timestamp.nullable().meta({ description: 'Null while the user is active' }),
  })
  .meta({ id: 'UserResponse', examples: [userExample] });
export type UserResponse = z.output<typeof UserResponse>;

const Invitation = z
  .strictObject({
    url: z.url().meta({
      description:
        'The one-time link to set a password. Shown only in this response: hand it to the ' +
        'user over a trusted channel.',
    }),
    expiresAt: Timestamp,
  })
  .meta({ id: 'Invitation' });

export const CreatedUserResponse = z
  .strictObject({
    user: UserResponse,
    invitation: Invitation,
  })
  .meta({
    id: 'CreatedUserResponse',
    examples: [
      {
        user: userExample,
        invitation: {
          url: 'https://tenderwise.example/invitation/abcdefghijklmnopqrstuvwxyz234567',
          expiresAt: '2026-12-04T09:31:00.000Z',
        },
      },
    ],
  });
export type CreatedUserResponse = z.output<typeof CreatedUserResponse>;

export const IssuedInvitationResponse = z.strictObject({ invitation: Invitation }).meta({
  id: 'IssuedInvitationResponse',
  examples: [
    {
      invitation: {
        url: 'https://tenderwise.example/invitation/bcdefghijklmnopqrstuvwxyz234567a',
        expiresAt: '2026-12-07T10:00:00.000Z',
      },
    },
  ],
});
export type IssuedInvitationResponse = z.output<typeof IssuedInvitationResponse>;

export const UserListResponse = z.strictObject({ users: z.array(UserResponse) }).meta({
  id: 'UserListResponse',
  description: 'The organisation’s users, oldest first',
  examples: [{ users: [userExample] }],
});
export type UserListResponse = z.output<typeof UserListResponse>;

export const ChangeRoleInput = z
  .strictObject({ role: UserRole })
  .meta({ id: 'ChangeRoleInput', examples: [{ role: 'reviewer' }] });
export type ChangeRoleInput = z.output<typeof ChangeRoleInput>;

/** The user after a change of role or disabling, and how many sessions it ended. */
export const AccountChangeResponse = z
  .strictObject({
    user: UserResponse,
    endedSessions: z.int().nonnegative().meta({ description: 'Sessions ended by the change' }),
  })
  .meta({
    id: 'AccountChangeResponse',
    examples: [{ user: { ...userExample, role: 'vendor', passwordSet: true }, endedSessions: 1 }],
  });
export type AccountChangeResponse = z.output<typeof AccountChangeResponse>;

export const UserParams = z.strictObject({
  userId: ResourceId.meta({ param: { name: 'userId', in: 'path' } }),
});
