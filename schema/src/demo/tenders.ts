import { z } from 'zod';
import { Identifier } from '../evaluation/common.ts';
import { ContractValueInput } from '../tenders/contract-value.ts';
import { PeriodReduction } from '../tenders/deadlines.ts';
import { TenderTeamCapacity } from '../tenders/team.ts';
import {
  CpvCode,
  ProcedureTypeId,
  TenderAuthorityKind,
  TenderContractKind,
  TenderDescription,
  TenderLand,
  TenderReference,
  TenderRegime,
  TenderTitle,
} from '../tenders/tender.ts';
import { DemoKey } from './accounts.ts';

/**
 * The demo's tenders (`seed/demo/tenders.json`): tenders of the demo authority, prepared by its
 * officers and committee members and, where the file says so, published after a second officer
 * approved them, with the fictional vendors' interest, questions and the authority's answers,
 * and a correction. People are named by their keys in `accounts.json`; the loader makes
 * everything through the tender verbs, as the people named would, so the rules of the verbs (the
 * deadline check, the team rules, four eyes, the commitments) and the audit entries hold for the
 * demo as for real work. Deadlines are days after the load, since a demo loaded later must still
 * meet the minimum periods.
 */

/** One person's place on the team; a deputy names the opening officer they stand in for. */
export const DemoTenderMember = z
  .strictObject({
    user: DemoKey,
    capacity: TenderTeamCapacity,
    deputyFor: DemoKey.optional(),
    /**
     * Whether the person declares no conflict of interest (§ 6 VgV); a declaration covers every
     * place they hold, so it is the same on each of their entries (and the lead's `leadDeclared`).
     */
    declared: z.boolean(),
  })
  .refine((member) => (member.capacity === 'openingDeputy') === (member.deputyFor !== undefined), {
    message: 'a deputy of an opening officer names whom they stand in for; nobody else does',
    path: ['deputyFor'],
  });
export type DemoTenderMember = z.output<typeof DemoTenderMember>;

/** The deadlines as the officer sets them: a Berlin wall-clock time some days after the load. */
export const DemoTenderDeadlines = z.strictObject({
  /** Days after the load's day; a day that is no working day at the seat moves to the next. */
  submissionInDays: z.int().min(1).max(365),
  /** The wall-clock time in Europe/Berlin (`12:00`). */
  submissionTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time such as 12:00'),
  /** The bid validity period (Bindefrist) in days after the submission day. */
  bidValidityDays: z.int().min(1).max(365),
  periodReductions: z.array(PeriodReduction).max(3).default([]),
});
export type DemoTenderDeadlines = z.output<typeof DemoTenderDeadlines>;

/** A bidder's question, asked by a demo vendor's user, with the officer's answer if there is one. */
export const DemoTenderQuestion = z.strictObject({
  askedBy: DemoKey,
  lotNumber: z.int().min(1).max(200).optional(),
  text: z.string().trim().min(1).max(4_000),
  answer: z.strictObject({ by: DemoKey, text: z.string().trim().min(1).max(8_000) }).optional(),
});
export type DemoTenderQuestion = z.output<typeof DemoTenderQuestion>;

/**
 * A correction during the submission period (§ 20 (3) VgV): the published scheme of one lot with
 * some weights changed (siblings still summing to 100 %), and the submission deadline moved
 * some days later than before.
 */
export const DemoTenderCorrection = z.strictObject({
  by: DemoKey,
  reason: z.string().trim().min(1).max(4_000),
  lotNumber: z.int().min(1).max(200),
  weights: z
    .array(z.strictObject({ criterion: Identifier, weightBp: z.int().min(1).max(10_000) }))
    .min(1)
    .max(50),
  submissionLaterByDays: z.int().min(1).max(180),
});
export type DemoTenderCorrection = z.output<typeof DemoTenderCorrection>;

export const DemoTender = z
  .strictObject({
    key: DemoKey,
    reference: TenderReference,
    title: TenderTitle,
    description: TenderDescription,
    cpvCodes: z.array(CpvCode).min(1).max(20),
    regime: TenderRegime,
    procedureType: ProcedureTypeId,
    land: TenderLand,
    authorityKind: TenderAuthorityKind,
    contractKind: TenderContractKind,
    /** The officer who starts and leads the tender. */
    lead: DemoKey,
    estimatedValue: ContractValueInput.optional(),
    /** The day the value was estimated, in days before the load. */
    estimatedDaysAgo: z.int().min(0).max(365).optional(),
    noLotsReasons: z.string().trim().min(1).max(4_000).optional(),
    /** Lot 1, which every tender starts with: its scheme from a catalogue template. */
    lot: z.strictObject({
      title: z.string().trim().min(1).max(300),
      description: z.string().max(4_000),
      templateId: Identifier,
    }),
    deadlines: DemoTenderDeadlines,
    /** The team besides the lead's own place as officer, in the order added. */
    team: z.array(DemoTenderMember).max(40),
    /** Whether the lead declares no conflict of interest too. */
    leadDeclared: z.boolean(),
    /** Published: the lead asks for publication, this second officer of the team approves. */
    publication: z.strictObject({ approver: DemoKey }).optional(),
    /** Vendor users who register their organisation's interest, once published. */
    interests: z.array(DemoKey).max(10).default([]),
    questions: z.array(DemoTenderQuestion).max(20).default([]),
    correction: DemoTenderCorrection.optional(),
  })
  .superRefine((tender, ctx) => {
    const published = tender.publication !== undefined;
    for (const field of ['interests', 'questions', 'correction'] as const) {
      const value = tender[field];
      if (!published && value !== undefined && (!Array.isArray(value) || value.length > 0)) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: 'only a published tender has interest, questions or a correction',
        });
      }
    }
  });
export type DemoTender = z.output<typeof DemoTender>;

export const DemoTendersFile = z
  .strictObject({ tenders: z.array(DemoTender).max(10) })
  .superRefine((file, ctx) => {
    const keys = new Set<string>();
    const references = new Set<string>();
    file.tenders.forEach((tender, index) => {
      if (keys.has(tender.key)) {
        ctx.addIssue({ code: 'custom', path: ['tenders', index, 'key'], message: 'used twice' });
      }
      if (references.has(tender.reference)) {
        ctx.addIssue({
          code: 'custom',
          path: ['tenders', index, 'reference'],
          message: 'used twice',
        });
      }
      keys.add(tender.key);
      references.add(tender.reference);
    });
  });
export type DemoTendersFile = z.output<typeof DemoTendersFile>;
