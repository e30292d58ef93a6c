import { z } from 'zod';
import { CalendarDate, Identifier } from '../evaluation/common.ts';
import { OptionOffer } from '../options-reviews/options.ts';
import { WeightSetEntry } from '../options-reviews/weighting.ts';
import { DemoKey, fictionalNameMark } from './accounts.ts';

/**
 * The demo's options reviews (`seed/demo/options-reviews.json`): reviews of the demo authority,
 * led by its lead officer, with the committee members as reviewers, comparing options offered by
 * the fictional vendors of the accounts part. People and vendors are named by their keys in
 * `accounts.json`; the loader creates everything through the options-review verbs, as the people
 * named would, so the review's rules and audit entries hold for the demo as for real work.
 */

/** One score of a member, or the lead's consensus: an option on an ordinal criterion. */
export const DemoScore = z.strictObject({
  option: DemoKey,
  criterion: Identifier,
  score: z.int().min(0).max(10),
  /** Why the option earned this level, against the scheme's published anchors. */
  justification: z.string().trim().min(1).max(4_000),
});
export type DemoScore = z.output<typeof DemoScore>;

export const DemoOption = z.strictObject({
  key: DemoKey,
  name: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine((name) => name.endsWith(` ${fictionalNameMark}`), {
      message: `must end with " ${fictionalNameMark}"`,
    }),
  /** The fictional vendor organisation of the accounts part offering it, by its key. */
  vendor: DemoKey,
  serviceName: z.string().trim().min(1).max(200).optional(),
  offer: OptionOffer,
  /**
   * Taken from the registry: the option is added from this published version of a service of
   * the registry part (by its key), as an officer adds it from the registry, then given `offer`,
   * so it remembers the version it came from.
   */
  fromRegistry: z.strictObject({ service: DemoKey, version: z.int().min(1) }).optional(),
});
export type DemoOption = z.output<typeof DemoOption>;

export const DemoScoreSheet = z.strictObject({
  /** The member (a user of the accounts part) whose sheet it is. */
  member: DemoKey,
  /** Submitted sheets are final; a sheet not submitted stays the member's draft. */
  submitted: z.boolean(),
  scores: z.array(DemoScore).max(3_000),
});
export type DemoScoreSheet = z.output<typeof DemoScoreSheet>;

/** A member's weight set for the scheme: one entry per sibling set of two or more. */
export const DemoWeightSet = z.strictObject({
  member: DemoKey,
  sets: z.array(WeightSetEntry).min(1).max(100),
});
export type DemoWeightSet = z.output<typeof DemoWeightSet>;

/** The lead's adoption of the group's weights, with the reason recorded with them. */
export const DemoWeightAdoption = z.strictObject({
  kind: z.enum(['geometricMean', 'mean']),
  reason: z.string().trim().min(1).max(4_000),
});
export type DemoWeightAdoption = z.output<typeof DemoWeightAdoption>;

export const DemoOptionsReview = z
  .strictObject({
    key: DemoKey,
    title: z.string().trim().min(1).max(200),
    purpose: z.string().trim().min(1).max(4_000),
    referenceDate: CalendarDate,
    /** The officer who starts and leads the review. */
    lead: DemoKey,
    /** The other people taking part, in the order they are added. */
    members: z.array(DemoKey).max(20),
    /** The catalogue template the scheme starts from (`GET /api/v1/templates`). */
    templateId: Identifier,
    options: z.array(DemoOption).min(1).max(50),
    scoreSheets: z.array(DemoScoreSheet).max(20),
    /** The lead's consensus scores, recorded once the sheets are submitted. */
    consensus: z.array(DemoScore).max(3_000),
    /** The members' weight sets, saved after the scoring. */
    weightSets: z.array(DemoWeightSet).max(20).default([]),
    /** The group's weights the lead adopts once the members have weighed; none when left out. */
    adoption: DemoWeightAdoption.optional(),
    /** Where the demo leaves the review: in review, or concluded. */
    status: z.enum(['inReview', 'concluded']),
  })
  .superRefine((review, ctx) => {
    const optionKeys = new Set(review.options.map((option) => option.key));
    const people = new Set([review.lead, ...review.members]);
    const unknownOption = (path: (string | number)[], key: string) =>
      ctx.addIssue({ code: 'custom', path, message: `There is no option "${key}" in the review` });
    review.scoreSheets.forEach((sheet, index) => {
      if (!people.has(sheet.member)) {
        ctx.addIssue({
          code: 'custom',
          path: ['scoreSheets', index, 'member'],
          message: `"${sheet.member}" does not take part in the review`,
        });
      }
      sheet.scores.forEach((score, at) => {
        if (!optionKeys.has(score.option)) {
          unknownOption(['scoreSheets', index, 'scores', at, 'option'], score.option);
        }
      });
    });
    review.weightSets.forEach((set, index) => {
      if (!people.has(set.member)) {
        ctx.addIssue({
          code: 'custom',
          path: ['weightSets', index, 'member'],
          message: `"${set.member}" does not take part in the review`,
        });
      }
    });
    review.consensus.forEach((score, at) => {
      if (!optionKeys.has(score.option)) unknownOption(['consensus', at, 'option'], score.option);
    });
  });
export type DemoOptionsReview = z.output<typeof DemoOptionsReview>;

export const DemoOptionsReviewsFile = z
  .strictObject({ reviews: z.array(DemoOptionsReview).max(20) })
  .superRefine((file, ctx) => {
    const keys = new Set<string>();
    file.reviews.forEach((review, index) => {
      if (keys.has(review.key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['reviews', index, 'key'],
          message: `The key "${review.key}" is used twice`,
        });
      }
      keys.add(review.key);
    });
  });
export type DemoOptionsReviewsFile = z.output<typeof DemoOptionsReviewsFile>;
