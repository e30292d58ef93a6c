import { z } from 'zod';

/** What a session may do after a login step; see the API description of `loginWithPassword`. */
export const sessionStages = ['full', 'totp', 'enrolment'] as const;

export const LoginRequest = z
  .strictObject({
    email: z
      .string()
      .min(1)
      .max(254)
      .meta({ examples: ['a.officer@example.org'] }),
    password: z
      .string()
      .min(1)
      .max(1024)
      .meta({ examples: ['correct horse battery staple'] }),
  })
  .meta({
    id: 'LoginRequest',
    description: 'E-mail address and password. The password may be pasted.',
    examples: [{ email: 'a.officer@example.org', password: 'correct horse battery staple' }],
  });
export type LoginRequest = z.infer<typeof LoginRequest>;

export const LoginResponse = z
  .strictObject({
    stage: z.enum(sessionStages).meta({
      description:
        '`full`: signed in. `totp`: send a TOTP or recovery code next. `enrolment`: the role ' +
        'needs TOTP, which is not set up yet; set it up next. The session cookie is set in ' +
        'every case; a `totp` or `enrolment` session can do nothing else but log out.',
    }),
  })
  .meta({ id: 'LoginResponse', examples: [{ stage: 'totp' }] });
export type LoginResponse = z.infer<typeof LoginResponse>;

export const SecondFactorRequest = z
  .strictObject({
    code: z
      .string()
      .min(1)
      .max(64)
      .meta({
        description: 'The six digits the authenticator app shows, or one unused recovery code',
        examples: ['492039'],
      }),
  })
  .meta({ id: 'SecondFactorRequest', examples: [{ code: '492039' }] });
export type SecondFactorRequest = z.infer<typeof SecondFactorRequest>;

export const SignedInResponse = LoginResponse.extend({ stage: z.literal('full') }).meta({
  id: 'SignedInResponse',
  examples: [{ stage: 'full' }],
});
export type SignedInResponse = z.infer<typeof SignedInResponse>;
