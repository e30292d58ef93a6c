import { z } from 'zod';
import { ResourceId, Timestamp } from '../administration/common.ts';
import { Identifier } from '../evaluation/common.ts';

const ids = {
  option: '2b3c4d5e-6f70-4a81-9b2c-3d4e5f607182',
  member: '5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d',
  otherMember: '6e8d3c2b-9f5a-4b7c-8d4e-3f2a1b0c9d8e',
};

const SchemeVersionNumber = z
  .int()
  .min(1)
  .meta({
    description:
      'The scheme version the scores are for: scores belong to one version, and a later ' +
      'version never reinterprets them',
    examples: [2],
  });

const Score = z.int().min(0).max(10).meta({ description: 'A level of the criterion’s scale' });

/** Why the option earned this level, against the published anchors; required for every score. */
const Justification = z
  .string()
  .trim()
  .min(1)
  .max(4_000)
  .meta({ description: 'Which qualities of the offer earned this level, against the anchors' });

/** One score of one member: an option on an ordinal criterion. */
export const ScoreEntry = z
  .strictObject({
    optionId: ResourceId,
    criterionId: Identifier,
    score: Score,
    justification: Justification,
  })
  .meta({ id: 'ScoreEntry' });
export type ScoreEntry = z.output<typeof ScoreEntry>;

const scoreExample = {
  optionId: ids.option,
  criterionId: 'operating-concept',
  score: 4,
  justification: 'Betrieb im eigenen Rechenzentrum mit 24/7-Bereitschaft, wie Anker 4 verlangt.',
};

/** A member's draft sheet as it is to be: scores left out are cleared. */
export const SaveScoreSheetInput = z
  .strictObject({
    schemeVersion: SchemeVersionNumber,
    scores: z.array(ScoreEntry).max(3_000),
  })
  .meta({ id: 'SaveScoreSheetInput', examples: [{ schemeVersion: 2, scores: [scoreExample] }] });
export type SaveScoreSheetInput = z.output<typeof SaveScoreSheetInput>;

export const SubmitScoreSheetInput = z
  .strictObject({ schemeVersion: SchemeVersionNumber })
  .meta({ id: 'SubmitScoreSheetInput', examples: [{ schemeVersion: 2 }] });
export type SubmitScoreSheetInput = z.output<typeof SubmitScoreSheetInput>;

export const RecordConsensusInput = z
  .strictObject({ schemeVersion: SchemeVersionNumber, ...ScoreEntry.shape })
  .meta({
    id: 'RecordConsensusInput',
    examples: [
      {
        schemeVersion: 2,
        ...scoreExample,
        justification: 'Der Ausschuss folgt der Mehrheit: Anker 4 ist erfüllt, 5 nicht belegt.',
      },
    ],
  });
export type RecordConsensusInput = z.output<typeof RecordConsensusInput>;

/** One member's sheet: its scores, and when it was submitted (null while a draft). */
export const ScoreSheet = z
  .strictObject({
    userId: ResourceId,
    submittedAt: Timestamp.nullable(),
    scores: z.array(ScoreEntry),
  })
  .meta({ id: 'ScoreSheet' });
export type ScoreSheet = z.output<typeof ScoreSheet>;

/** The spread of the submitted individual scores of one option on one criterion. */
export const ScoreDivergence = z
  .strictObject({
    optionId: ResourceId,
    criterionId: Identifier,
    spread: z.int().min(0),
    mean: z.number(),
    median: z.number(),
    /** Further apart than the scheme's divergence threshold: to be discussed and justified. */
    flagged: z.boolean(),
  })
  .meta({ id: 'ScoreDivergence' });
export type ScoreDivergence = z.output<typeof ScoreDivergence>;

export const ConsensusScore = z
  .strictObject({
    ...ScoreEntry.shape,
    recordedBy: ResourceId,
    recordedAt: Timestamp,
  })
  .meta({ id: 'ConsensusScore' });
export type ConsensusScore = z.output<typeof ConsensusScore>;

/**
 * The scoring of one scheme version as the caller may see it. Blind until submitted: the
 * caller's own sheet always; the other members' submitted sheets and the divergences only once
 * the caller has submitted; who has submitted, always (names, not scores).
 */
export const ScoringResponse = z
  .strictObject({
    schemeVersion: SchemeVersionNumber,
    latestSchemeVersion: SchemeVersionNumber,
    mine: ScoreSheet,
    submittedBy: z.array(ResourceId),
    /** Null while the caller has not submitted. */
    others: z.array(ScoreSheet).nullable(),
    divergences: z.array(ScoreDivergence).nullable(),
    /** For the lead always; for the others once they have submitted (null before). */
    consensus: z.array(ConsensusScore).nullable(),
  })
  .meta({
    id: 'ScoringResponse',
    examples: [
      {
        schemeVersion: 2,
        latestSchemeVersion: 2,
        mine: {
          userId: ids.member,
          submittedAt: '2027-01-20T09:30:00.000Z',
          scores: [scoreExample],
        },
        submittedBy: [ids.member, ids.otherMember],
        others: [
          {
            userId: ids.otherMember,
            submittedAt: '2027-01-20T10:00:00.000Z',
            scores: [{ ...scoreExample, score: 1, justification: 'Bereitschaft nur werktags.' }],
          },
        ],
        divergences: [
          {
            optionId: ids.option,
            criterionId: 'operating-concept',
            spread: 3,
            mean: 2.5,
            median: 2.5,
            flagged: true,
          },
        ],
        consensus: [],
      },
    ],
  });
export type ScoringResponse = z.output<typeof ScoringResponse>;

export const ScoringQuery = z.strictObject({
  schemeVersion: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .meta({ description: 'Which version’s scores; the latest when left out', examples: [2] }),
});
export type ScoringQuery = z.output<typeof ScoringQuery>;
