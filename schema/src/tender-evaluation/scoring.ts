import { z } from 'zod';
import { ResourceId, Timestamp } from '../administration/common.ts';
import { Identifier, LocalizedText } from '../evaluation/common.ts';
import { TenderLotParams } from '../tenders/lots.ts';
import { EvaluationStageName } from './stages.ts';

/**
 * The panel's blind scoring of a lot's ordinal award criteria (§ 58 (2) VgV, § 127 (1) GWB):
 * each evaluator scores every bid still in the procedure against the published anchors, with a
 * justification; the panel then records one consensus score per bid and criterion. Mean and
 * median of the individual scores are aids for the discussion only: the consensus counts.
 */

const ids = {
  tender: '3f2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d',
  bid: '7a1b2c3d-4e5f-4a60-8b71-9c8d7e6f5a4b',
  evaluator: '5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d',
  otherEvaluator: '6e8d3c2b-9f5a-4b7c-8d4e-3f2a1b0c9d8e',
  lead: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
};

const Score = z.int().min(0).max(10).meta({ description: 'A level of the criterion’s scale' });

/**
 * Why the offer earned this level, against the published anchors; required for every score, so
 * that the choice of level can be reviewed (BGH, 4 April 2017, X ZB 3/17).
 */
const Justification = z
  .string()
  .trim()
  .min(1)
  .max(4_000)
  .meta({ description: 'Which qualities of the offer earned this level, against the anchors' });

/** One score of one evaluator: a bid on an ordinal criterion. */
export const TenderScoreEntry = z
  .strictObject({
    bidId: ResourceId,
    criterionId: Identifier,
    score: Score,
    justification: Justification,
  })
  .meta({ id: 'TenderScoreEntry' });
export type TenderScoreEntry = z.output<typeof TenderScoreEntry>;

const scoreExample = {
  bidId: ids.bid,
  criterionId: 'concept',
  score: 4,
  justification: 'Betrieb mit benannten Rollen und 24/7-Bereitschaft, wie Anker 4 verlangt.',
};

/** The caller's unsubmitted sheet as it is to be: scores left out are cleared. */
export const SaveTenderScoreSheetInput = z
  .strictObject({ scores: z.array(TenderScoreEntry).max(3_000) })
  .meta({ id: 'SaveTenderScoreSheetInput', examples: [{ scores: [scoreExample] }] });
export type SaveTenderScoreSheetInput = z.output<typeof SaveTenderScoreSheetInput>;

export const RecordTenderConsensusInput = z
  .strictObject({
    score: Score,
    justification: Justification,
    /**
     * Where the evaluators' scores lie further apart than the scheme's divergence threshold: the
     * lead's reason for the level chosen; required then, and only the lead may record it.
     */
    resolution: z.string().trim().min(1).max(4_000).optional(),
  })
  .meta({
    id: 'RecordTenderConsensusInput',
    examples: [
      {
        score: 3,
        justification: 'Der Ausschuss folgt Anker 3: Rollen benannt, Vertretung nicht belegt.',
        resolution: 'Die Vertretungsregel fehlt im Angebot; Anker 4 ist daher nicht erreicht.',
      },
    ],
  });
export type RecordTenderConsensusInput = z.output<typeof RecordTenderConsensusInput>;

export const TenderConsensusParams = z.strictObject({
  ...TenderLotParams.shape,
  bidId: z.uuid().meta({ param: { name: 'bidId', in: 'path' }, examples: [ids.bid] }),
  criterionId: Identifier.meta({
    param: { name: 'criterionId', in: 'path' },
    examples: ['concept'],
  }),
});
export type TenderConsensusParams = z.output<typeof TenderConsensusParams>;

/** An ordinal criterion the panel scores, with the anchors the scores are written against. */
export const ScoredCriterion = z
  .strictObject({
    criterionId: Identifier,
    title: LocalizedText,
    /** The top of the scale: 5 or 10. */
    scale: z.int(),
    /** One anchor per level, from 0 up. */
    anchors: z.array(LocalizedText),
    minimumScore: z.union([z.int(), z.null()]),
  })
  .meta({ id: 'ScoredCriterion' });
export type ScoredCriterion = z.output<typeof ScoredCriterion>;

/** A criterion the engine judges or scores from the bid data: not the panel's. */
export const EngineScoredCriterion = z
  .strictObject({
    criterionId: Identifier,
    kind: z.enum([
      'metric',
      'attestation',
      'price',
      'exclusionGround',
      'restricted',
      'suitability',
      'minimum',
      'condition',
    ]),
    title: LocalizedText,
  })
  .meta({ id: 'EngineScoredCriterion' });
export type EngineScoredCriterion = z.output<typeof EngineScoredCriterion>;

/** A bid the panel scores, with what it offers on each ordinal criterion. */
export const ScoredBid = z
  .strictObject({
    bidId: ResourceId,
    bidder: z.string(),
    receivedAt: Timestamp,
    /** The offer's text per ordinal criterion, where the bid gave one. */
    offers: z.array(z.strictObject({ criterionId: Identifier, text: z.string() })),
  })
  .meta({ id: 'ScoredBid' });
export type ScoredBid = z.output<typeof ScoredBid>;

/** One evaluator's sheet: its scores, and when it was submitted (null while not). */
export const TenderScoreSheet = z
  .strictObject({
    userId: ResourceId,
    submittedAt: z.union([Timestamp, z.null()]),
    scores: z.array(TenderScoreEntry),
  })
  .meta({ id: 'TenderScoreSheet' });
export type TenderScoreSheet = z.output<typeof TenderScoreSheet>;

/** The submitted individual scores of one bid on one criterion, and how far apart they lie. */
export const TenderScoreDivergence = z
  .strictObject({
    bidId: ResourceId,
    criterionId: Identifier,
    /** Highest minus lowest submitted score. */
    spread: z.int().min(0),
    /** Further apart than the scheme's divergence threshold: the lead resolves it, with reasons. */
    flagged: z.boolean(),
    /** Aids for the panel's discussion only; the consensus score is what counts. */
    aids: z.strictObject({ mean: z.number(), median: z.number() }),
  })
  .meta({ id: 'TenderScoreDivergence' });
export type TenderScoreDivergence = z.output<typeof TenderScoreDivergence>;

export const TenderConsensusScore = z
  .strictObject({
    ...TenderScoreEntry.shape,
    resolution: z.union([z.string(), z.null()]),
    recordedBy: ResourceId,
    recordedAt: Timestamp,
  })
  .meta({ id: 'TenderConsensusScore' });
export type TenderConsensusScore = z.output<typeof TenderConsensusScore>;

/**
 * The scoring of one lot as the caller may see it. Blind: an evaluator sees only their own sheet
 * until they submitted it, then the others' submitted sheets, the divergences and the consensus.
 * Officers see the submitted sheets, the divergences and the consensus; reviewers see them once
 * every evaluator has submitted. Who has submitted is shown to all (names, not scores).
 */
export const TenderScoringResponse = z
  .strictObject({
    tenderId: ResourceId,
    lotNumber: z.int(),
    schemeVersion: z.int(),
    divergenceThreshold: z.int(),
    criteria: z.array(ScoredCriterion),
    scoredByEngine: z.array(EngineScoredCriterion),
    bids: z.array(ScoredBid),
    /** Bids out of the procedure: excluded in a stage, never scored. */
    excludedBids: z.array(z.strictObject({ bidId: ResourceId, stage: EvaluationStageName })),
    evaluators: z.array(
      z.strictObject({ userId: ResourceId, submittedAt: z.union([Timestamp, z.null()]) }),
    ),
    /** The caller's own sheet; null for a caller who is no evaluator of the team. */
    mine: z.union([TenderScoreSheet, z.null()]),
    /** The submitted sheets besides the caller's; null while the caller may not see them. */
    others: z.union([z.array(TenderScoreSheet), z.null()]),
    divergences: z.union([z.array(TenderScoreDivergence), z.null()]),
    consensus: z.union([z.array(TenderConsensusScore), z.null()]),
  })
  .meta({
    id: 'TenderScoringResponse',
    examples: [
      {
        tenderId: ids.tender,
        lotNumber: 1,
        schemeVersion: 1,
        divergenceThreshold: 2,
        criteria: [
          {
            criterionId: 'concept',
            title: { de: 'Betriebskonzept', en: 'Operating concept' },
            scale: 5,
            anchors: [0, 1, 2, 3, 4, 5].map((level) => ({
              de: `Stufe ${level}`,
              en: `Level ${level}`,
            })),
            minimumScore: null,
          },
        ],
        scoredByEngine: [
          { criterionId: 'price', kind: 'price', title: { de: 'Preis', en: 'Price' } },
        ],
        bids: [
          {
            bidId: ids.bid,
            bidder: 'Alpha GmbH',
            receivedAt: '2026-03-02T09:00:00.000Z',
            offers: [{ criterionId: 'concept', text: 'Betrieb mit benannten Rollen.' }],
          },
        ],
        excludedBids: [],
        evaluators: [
          { userId: ids.evaluator, submittedAt: '2026-03-05T09:30:00.000Z' },
          { userId: ids.otherEvaluator, submittedAt: '2026-03-05T10:00:00.000Z' },
        ],
        mine: {
          userId: ids.evaluator,
          submittedAt: '2026-03-05T09:30:00.000Z',
          scores: [scoreExample],
        },
        others: [
          {
            userId: ids.otherEvaluator,
            submittedAt: '2026-03-05T10:00:00.000Z',
            scores: [{ ...scoreExample, score: 1, justification: 'Rollen nicht benannt.' }],
          },
        ],
        divergences: [
          {
            bidId: ids.bid,
            criterionId: 'concept',
            spread: 3,
            flagged: true,
            aids: { mean: 2.5, median: 2.5 },
          },
        ],
        consensus: [
          {
            ...scoreExample,
            score: 3,
            resolution: 'Die Vertretungsregel fehlt; Anker 4 ist nicht erreicht.',
            recordedBy: ids.lead,
            recordedAt: '2026-03-06T11:00:00.000Z',
          },
        ],
      },
    ],
  });
export type TenderScoringResponse = z.output<typeof TenderScoringResponse>;
