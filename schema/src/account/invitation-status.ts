import { z } from 'zod';

const token = z
  .string()
  .min(1)
  .max(128)
  .meta({
    description: 'The token of the invitation link (sent in the body, never in a URL)',
    examples: ['abcdefghijklmnopqrstuvwxyz234567'],
  });

export const CheckInvitationRequest = z.strictObject({ token }).meta({
  id: 'CheckInvitationRequest',
  examples: [{ token: 'abcdefghijklmnopqrstuvwxyz234567' }],
});
export type CheckInvitationRequest = z.infer<typeof CheckInvitationRequest>;

export const invitationStatusNames = ['valid', 'used', 'expired', 'invalid'] as const;

export const InvitationStatusResponse = z
  .strictObject({
    status: z.enum(invitationStatusNames).meta({
      description:
        '`valid`: the link sets a password; `used`: it was accepted, replaced by a newer link or ' +
        'withdrawn; `expired`; `invalid`: no such link. Whose link it is stays unsaid.',
    }),
  })
  .meta({ id: 'InvitationStatusResponse', examples: [{ status: 'valid' }, { status: 'expired' }] });
export type InvitationStatusResponse = z.output<typeof InvitationStatusResponse>;
