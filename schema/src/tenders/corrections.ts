import { z } from 'zod';
import { ResourceId, Timestamp } from '../administration/common.ts';
import { evaluateExample } from '../analysis/evaluate-example.ts';
import { EvaluationScheme } from '../evaluation/scheme.ts';
import { CorrectionExtension, LocalDeadline } from './deadlines.ts';
import { TenderRecordVersion, TenderSchemeVersionSummary } from './schemes.ts';

/**
 * A correction of a published tender during the submission period (§ 20 (3) VgV): for each
 * changed lot the complete scheme as corrected (a new version under its own commitment; the
 * earlier versions stay readable), optionally a new submission deadline, and the reason the
 * bidders are told. A correction may also move only the deadlines.
 */
export const CorrectTenderInput = z
  .strictObject({
    version: TenderRecordVersion,
    reason: z
      .string()
      .trim()
      .min(1)
      .max(4_000)
      .meta({ description: 'What is corrected and why, as the bidders are told' }),
    lots: z
      .array(
        z.strictObject({
          lotNumber: z.int().min(1).max(200),
          /** The complete scheme as corrected; its `submissionDeadline` and `regime` are the tender's. */
          scheme: EvaluationScheme,
        }),
      )
      .max(200)
      .default([]),
    /**
     * Whether the correction changes the documents materially (§ 20 (3) S. 1 Nr. 2 VgV): then
     * the full minimum period runs again. A change of a scheme is always material; for a
     * correction of the deadlines alone it defaults to false.
     */
    material: z.boolean().optional(),
    /**
     * The new submission deadline in Europe/Berlin; at least the one the correction requires,
     * which is taken when left out.
     */
    submissionDeadline: LocalDeadline.optional(),
    /**
     * The new last moment for bidders' questions in Europe/Berlin; when left out it is computed
     * from the new submission deadline (or kept, if that does not move).
     */
    questionsDeadline: LocalDeadline.optional(),
  })
  .meta({
    id: 'CorrectTenderInput',
    examples: [
      {
        version: 9,
        reason:
          'Die Gewichtung des Betriebskonzepts wurde auf Hinweis einer Bieterfrage korrigiert.',
        lots: [
          {
            lotNumber: 1,
            scheme: {
              ...evaluateExample.request.scheme,
              submissionDeadline: '2027-03-01',
              regime: 'VgV',
            },
          },
        ],
        submissionDeadline: '2027-03-15T12:00',
      },
    ],
  });
export type CorrectTenderInput = z.output<typeof CorrectTenderInput>;

export const TenderCorrectionResponse = z
  .strictObject({
    tenderId: ResourceId,
    /** The tender's version after the correction. */
    version: z.int().min(1),
    number: z.int().min(1),
    reason: z.string(),
    previousSubmissionDeadline: Timestamp,
    submissionDeadline: Timestamp,
    previousQuestionsDeadline: Timestamp,
    questionsDeadline: Timestamp,
    correctedBy: ResourceId,
    correctedAt: Timestamp,
    /** The new scheme versions, one per changed lot, with their commitments. */
    schemeVersions: z.array(TenderSchemeVersionSummary),
    /** The extension the correction requires, with its explanation. */
    extension: CorrectionExtension,
    /** How many interested vendor organisations were notified. */
    noticesSent: z.int().min(0),
  })
  .meta({ id: 'TenderCorrectionResponse' });
export type TenderCorrectionResponse = z.output<typeof TenderCorrectionResponse>;
