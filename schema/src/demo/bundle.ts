import { z } from 'zod';
import { DemoAccountsFile } from './accounts.ts';
import { DemoOptionsReviewsFile } from './options-reviews.ts';

/**
 * Everything the demo loader loads after the catalogue, one member per demo part, in the order
 * the parts load (`api/src/services/demo/parts/index.ts`). A feature that brings demo objects of
 * its own adds its file under `seed/demo/`, its member here and its part to the loader.
 */
export const DemoBundle = z
  .strictObject({
    accounts: DemoAccountsFile,
    optionsReviews: DemoOptionsReviewsFile,
  })
  .superRefine((bundle, ctx) => {
    // Later parts name the people and organisations of the accounts part by their keys.
    const organisations = new Map(
      bundle.accounts.organisations.map((organisation) => [organisation.key, organisation]),
    );
    const users = new Map(
      bundle.accounts.organisations.flatMap((organisation) =>
        organisation.users.map((user) => [user.key, { user, organisation }] as const),
      ),
    );
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path: ['optionsReviews', ...path], message });
    bundle.optionsReviews.reviews.forEach((review, index) => {
      const lead = users.get(review.lead);
      if (lead?.user.role !== 'officer') {
        issue(['reviews', index, 'lead'], `"${review.lead}" is not an officer of the accounts`);
      }
      review.members.forEach((member, at) => {
        const found = users.get(member);
        if (found === undefined || found.organisation.key !== lead?.organisation.key) {
          issue(
            ['reviews', index, 'members', at],
            `"${member}" is not a person of the lead's authority in the accounts`,
          );
        }
      });
      review.options.forEach((option, at) => {
        if (organisations.get(option.vendor)?.kind !== 'vendor') {
          issue(
            ['reviews', index, 'options', at, 'vendor'],
            `"${option.vendor}" is not a vendor of the accounts`,
          );
        }
      });
    });
  });
export type DemoBundle = z.output<typeof DemoBundle>;

/** The parts of the demo, by the name of their data in the bundle. */
export type DemoPartName = keyof DemoBundle;
