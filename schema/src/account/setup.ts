import { z } from 'zod';
import { LoginResponse } from './login.ts';

const exampleToken = 'abcdefghijklmnopqrstuvwxyz234567';

const token = z
  .string()
  .min(1)
  .max(128)
  .meta({
    description:
      'The token of the setup link the server printed at start (sent in the body, never in a URL)',
    examples: [exampleToken],
  });

export const CheckSetupTokenRequest = z.strictObject({ token }).meta({
  id: 'CheckSetupTokenRequest',
  examples: [{ token: exampleToken }],
});
export type CheckSetupTokenRequest = z.infer<typeof CheckSetupTokenRequest>;

export const setupTokenStatusNames = ['valid', 'used', 'unknown'] as const;
export type SetupTokenStatus = (typeof setupTokenStatusNames)[number];

export const SetupTokenStatusResponse = z
  .strictObject({
    status: z.enum(setupTokenStatusNames).meta({
      description:
        '`valid`: the link creates the first administrator; `used`: the installation has an ' +
        'administrator (made with this link, or otherwise); `unknown`: no such link, or one ' +
        'that a later start of the server replaced.',
    }),
  })
  .meta({
    id: 'SetupTokenStatusResponse',
    examples: [{ status: 'valid' }, { status: 'used' }],
  });
export type SetupTokenStatusResponse = z.output<typeof SetupTokenStatusResponse>;

export const CompleteSetupRequest = z
  .strictObject({
    token,
    organisationName: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .meta({
        description: 'The authority the administrators belong to; created with them',
        examples: ['Stadt Musterhausen'],
      }),
    displayName: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .meta({ examples: ['Erika Mustermann'] }),
    email: z
      .string()
      .trim()
      .min(3)
      .max(254)
      .meta({ description: 'Also the login name', examples: ['it@musterhausen.example'] }),
    password: z
      .string()
      .min(1)
      .max(1024)
      .meta({
        description:
          '8 to 128 characters, no composition rules; refused when common or built from the ' +
          'name, the e-mail address or the authority’s name (reason codes as for invitations)',
        examples: ['tram lines under the old bridge'],
      }),
  })
  .meta({
    id: 'CompleteSetupRequest',
    examples: [
      {
        token: exampleToken,
        organisationName: 'Stadt Musterhausen',
        displayName: 'Erika Mustermann',
        email: 'it@musterhausen.example',
        password: 'tram lines under the old bridge',
      },
    ],
  });
export type CompleteSetupRequest = z.infer<typeof CompleteSetupRequest>;

export const SetupCompletedResponse = LoginResponse.extend({
  stage: z.literal('enrolment').meta({
    description:
      'The new administrator is signed in with a session that may only set up TOTP (or log ' +
      'out), as after the first password login of an administrator.',
  }),
}).meta({ id: 'SetupCompletedResponse', examples: [{ stage: 'enrolment' }] });
export type SetupCompletedResponse = z.infer<typeof SetupCompletedResponse>;
