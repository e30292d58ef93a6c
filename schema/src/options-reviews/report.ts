import { z } from 'zod';
import { ResourceId, Timestamp } from '../administration/common.ts';
import { OptionResponse } from './options.ts';
import { ResultsFigures } from './results.ts';
import { OptionsReviewResponse } from './review.ts';
import { SchemeVersionResponse } from './scheme-versions.ts';
import { ScoringResponse } from './scoring.ts';
import { WeightingResponse } from './weighting.ts';

export const reportLanguages = ['de', 'en'] as const;
export type ReportLanguage = (typeof reportLanguages)[number];

const schemeVersionQuery = z.coerce
  .number()
  .int()
  .min(1)
  .optional()
  .meta({
    description:
      'Which scheme version the report is on; when left out the latest, and for a concluded ' +
      'review the version it concluded on',
  });

export const ReportQuery = z.strictObject({ schemeVersion: schemeVersionQuery });
export type ReportQuery = z.output<typeof ReportQuery>;

/** The query of the report's documents: the same, and the language they are written in. */
export const ReportDocumentQuery = z.strictObject({
  schemeVersion: schemeVersionQuery,
  lang: z
    .enum(reportLanguages)
    .default('de')
    .meta({ description: 'The language of the document; German when left out' }),
});
export type ReportDocumentQuery = z.output<typeof ReportDocumentQuery>;

/** The audit chain's head as the report saw it: `npm run audit:verify -- --head seq:hash` checks it. */
export const ReportAuditHead = z
  .strictObject({
    seq: z.int().min(0),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    recordedAt: Timestamp.nullable().meta({
      description: 'When the head entry was written; null for an empty chain',
    }),
  })
  .meta({ id: 'ReportAuditHead' });
export type ReportAuditHead = z.output<typeof ReportAuditHead>;

/**
 * Everything the report of an options review shows, in both languages where people wrote both:
 * the review and its members, the scheme version with its weights and commitment, its weighting
 * (every member's set, the group's, the adoptions: which weights the results use and who set
 * them), the options with their offers, the scoring as the caller may see it (blind until they submitted, like the
 * scoring itself), and the audit chain's head. Its as-of time is the head entry's time, so the
 * same state gives the same report, and the same documents byte for byte.
 */
export const OptionsReviewReport = z
  .strictObject({
    asOf: Timestamp,
    auditHead: ReportAuditHead,
    review: OptionsReviewResponse,
    schemeVersion: SchemeVersionResponse,
    options: z
      .array(OptionResponse)
      .meta({ description: 'All options, in the order they were added' }),
    scoring: ScoringResponse,
    weighting: WeightingResponse,
    results: ResultsFigures.nullable().meta({
      description:
        'The results on this scheme version (ranking with contributions, stability, advisory ' +
        'methods labelled as such), as `getOptionsReviewResults` computes them, without the ' +
        'what-if model (`whatIf` is null); null when the ' +
        'caller may not see them yet or they cannot be computed (see `resultsUnavailable`)',
    }),
    resultsUnavailable: z
      .strictObject({
        reason: z.enum(['blind', 'incomplete']).meta({
          description:
            '`blind`: the caller has not submitted their own sheet; `incomplete`: consensus ' +
            'scores, measured values or prices are missing',
        }),
        detail: z.string(),
      })
      .nullable(),
    people: z
      .record(ResourceId, z.string())
      .meta({ description: 'The name of everybody the report names, by user id' }),
  })
  .meta({ id: 'OptionsReviewReport' });
export type OptionsReviewReport = z.output<typeof OptionsReviewReport>;
