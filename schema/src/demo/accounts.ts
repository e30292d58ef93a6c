import { z } from 'zod';
import { LocalizedText } from '../evaluation/common.ts';
import { organisationKindNames, userRoleNames } from '../vocabularies.ts';

/**
 * The demo's people and organisations (`seed/demo/accounts.json`): a fictional contracting
 * authority with its officers, committee members and administrator, and fictional vendors
 * modelled on real archetypes, each with a vendor user. Everything here is made up, and says so:
 * names end in "(fiktiv)", descriptions say "fiktiv" and "fictional", and e-mail addresses use
 * the reserved `.example` domain (RFC 2606), so no message can ever reach a real person.
 */

/** How later demo parts and the loader refer to a demo object; stable across versions. */
export const DemoKey = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,62}$/, 'lower-case letters, digits and hyphens; at most 63');
export type DemoKey = z.output<typeof DemoKey>;

/** The mark every demo organisation's name ends with (the product's first language is German). */
export const fictionalNameMark = '(fiktiv)';

export const DemoUser = z.strictObject({
  key: DemoKey,
  email: z
    .email()
    .max(254)
    .refine((email) => email.toLowerCase().endsWith('.example'), {
      message: 'must use the reserved .example domain (RFC 2606)',
    }),
  displayName: z.string().trim().min(1).max(200),
  role: z.enum(userRoleNames),
  /** What the person does in the demo ("lead procurement officer", "committee member"). */
  function: LocalizedText,
});
export type DemoUser = z.output<typeof DemoUser>;

export const DemoOrganisation = z
  .strictObject({
    key: DemoKey,
    kind: z.enum(organisationKindNames),
    name: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .refine((name) => name.endsWith(` ${fictionalNameMark}`), {
        message: `must end with " ${fictionalNameMark}"`,
      }),
    /** What it is, and the kind of real provider or body it is modelled on. */
    description: LocalizedText.refine(
      (text) => /\bfiktiv/i.test(text.de) && /\bfictional\b/i.test(text.en),
      { message: 'must say "fiktiv" in German and "fictional" in English' },
    ),
    users: z.array(DemoUser).min(1).max(20),
  })
  .superRefine((organisation, ctx) => {
    organisation.users.forEach((user, index) => {
      // The database enforces it too (`app_user_role_fits_organisation_check`).
      if ((user.role === 'vendor') !== (organisation.kind === 'vendor')) {
        ctx.addIssue({
          code: 'custom',
          path: ['users', index, 'role'],
          message:
            organisation.kind === 'vendor'
              ? 'users of a vendor organisation have the role vendor'
              : 'users of an authority are admin, officer or reviewer',
        });
      }
    });
  });
export type DemoOrganisation = z.output<typeof DemoOrganisation>;

export const DemoAccountsFile = z
  .strictObject({
    organisations: z.array(DemoOrganisation).min(1).max(50),
  })
  .superRefine((file, ctx) => {
    const organisationKeys = new Set<string>();
    const userKeys = new Set<string>();
    const emails = new Set<string>();
    const twice = (path: (string | number)[], what: string) =>
      ctx.addIssue({ code: 'custom', path, message: `${what} is used twice` });
    file.organisations.forEach((organisation, index) => {
      if (organisationKeys.has(organisation.key)) {
        twice(['organisations', index, 'key'], `The key "${organisation.key}"`);
      }
      organisationKeys.add(organisation.key);
      organisation.users.forEach((user, at) => {
        // Later parts find users by key across organisations; people sign in by e-mail address.
        if (userKeys.has(user.key)) {
          twice(['organisations', index, 'users', at, 'key'], `The key "${user.key}"`);
        }
        if (emails.has(user.email.toLowerCase())) {
          twice(['organisations', index, 'users', at, 'email'], 'The e-mail address');
        }
        userKeys.add(user.key);
        emails.add(user.email.toLowerCase());
      });
    });
  });
export type DemoAccountsFile = z.output<typeof DemoAccountsFile>;
