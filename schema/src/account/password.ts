import { z } from 'zod';

/**
 * Why a password is refused; a 422 problem lists them as `errors[].detail` (one entry each, with
 * pointer `/newPassword` or `/password`), for the UI to turn into messages.
 */
export const passwordProblemCodes = [
  'too-short',
  'too-long',
  'common',
  'contains-personal-data',
  'contains-context-word',
] as const;
export type PasswordProblemCode = (typeof passwordProblemCodes)[number];

const newPassword = z
  .string()
  .min(1)
  .max(1024)
  .meta({
    description: `8 to 128 characters, no composition rules; refused when common or built from the account's data (reason codes: ${passwordProblemCodes.join(', ')})`,
    examples: ['tram lines under the old bridge'],
  });

export const ChangePasswordRequest = z
  .strictObject({
    currentPassword: z
      .string()
      .min(1)
      .max(1024)
      .meta({ examples: ['correct horse battery staple'] }),
    newPassword,
  })
  .meta({
    id: 'ChangePasswordRequest',
    examples: [
      {
        currentPassword: 'correct horse battery staple',
        newPassword: 'tram lines under the old bridge',
      },
    ],
  });
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;

export const AcceptInvitationRequest = z
  .strictObject({
    token: z
      .string()
      .min(1)
      .max(128)
      .meta({
        description: 'The token of the invitation link (sent in the body, never in a URL)',
        examples: ['abcdefghijklmnopqrstuvwxyz234567'],
      }),
    password: newPassword,
  })
  .meta({
    id: 'AcceptInvitationRequest',
    examples: [
      { token: 'abcdefghijklmnopqrstuvwxyz234567', password: 'tram lines under the old bridge' },
    ],
  });
export type AcceptInvitationRequest = z.infer<typeof AcceptInvitationRequest>;
