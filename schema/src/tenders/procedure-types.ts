import { z } from 'zod';
import {
  CatalogueId,
  changelogMatchesVersion,
  dataFileHeader,
  duplicateIds,
} from '../catalogue/common.ts';
import { LocalizedText } from '../evaluation/common.ts';
import { procurementRegimes } from '../evaluation/regime.ts';

/**
 * The procedure types of each regime with their ordered stages, as sourced data
 * (`seed/regimes/procedure-types.json`). See docs/decisions/0037-procedure-types-and-stages.md.
 */

/**
 * The stages a procedure can pass through, in the vocabulary of all regimes. Which of them a
 * procedure type has, and in which order, is data: `participationPeriod` and
 * `candidateSelection` belong to procedures with a call for competition (Teilnahmewettbewerb),
 * `invitation` to those that invite chosen companies, `negotiation` and `finalOffers` to the
 * negotiated procedures, `dialogue` to the competitive dialogue, `partnershipPhases` to the
 * innovation partnership.
 */
export const procedureStageIds = [
  'preparation',
  'approval',
  'publication',
  'participationPeriod',
  'candidateSelection',
  'invitation',
  'submissionPeriod',
  'dialogue',
  'opening',
  'formalCheck',
  'suitability',
  'negotiation',
  'finalOffers',
  'priceCheck',
  'awardEvaluation',
  'preAwardInformation',
  'award',
  'partnershipPhases',
  'documentation',
] as const;
export const ProcedureStageId = z.enum(procedureStageIds);
export type ProcedureStageId = z.output<typeof ProcedureStageId>;

/**
 * A paragraph and where its official text is read. `paragraph` is the citation as shown
 * (`§ 15 Abs. 2 VgV`); `url` the page of the norm.
 */
export const LegalReference = z
  .strictObject({
    paragraph: z.string().trim().min(1).max(120),
    url: z.url({ protocol: /^https$/ }).max(500),
  })
  .meta({ id: 'LegalReference' });
export type LegalReference = z.output<typeof LegalReference>;

/** One stage of a procedure type, with the paragraphs it follows. */
export const ProcedureStage = z
  .strictObject({
    id: ProcedureStageId,
    references: z.array(LegalReference).min(1).max(8),
    /** A condition or exception a reader must know (a stage that lapses in some cases). */
    note: LocalizedText.optional(),
  })
  .meta({ id: 'ProcedureStage' });
export type ProcedureStage = z.output<typeof ProcedureStage>;

/**
 * `free`: the authority may choose the type without giving reasons (§ 14 (2) VgV, § 13 (1)
 * SektVO, § 8 (2) UVgO); `justified`: only where a ground of the regime holds, and the ground
 * is recorded (§ 14 (3), (4) VgV, § 8 (3), (4) UVgO).
 */
export const procedureChoices = ['free', 'justified'] as const;

export const ProcedureType = z
  .strictObject({
    /** Unique within the file: `<regime>.<type>`, e.g. `vgv.open`. */
    id: CatalogueId,
    regime: z.enum(procurementRegimes),
    name: LocalizedText,
    /** The paragraphs that define the procedure. */
    references: z.array(LegalReference).min(1).max(8),
    choice: z.enum(procedureChoices),
    /** The paragraphs that allow the choice (and, for `justified`, list its grounds). */
    choiceReferences: z.array(LegalReference).min(1).max(8),
    stages: z.array(ProcedureStage).min(1).max(procedureStageIds.length),
    /** True only where the row was checked against the official text of its references. */
    verified: z.boolean(),
    /** What exactly was checked, and against which text (required when verified). */
    checkedAgainst: z.string().trim().min(1).max(600).optional(),
    note: LocalizedText.optional(),
  })
  .superRefine((type, ctx) => {
    const prefix = `${type.regime.toLowerCase()}.`;
    if (!type.id.startsWith(prefix)) {
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `The id of a ${type.regime} procedure type starts with "${prefix}"`,
      });
    }
    const stageIds = type.stages.map((stage) => stage.id);
    stageIds.forEach((id, index) => {
      if (stageIds.indexOf(id) !== index) {
        ctx.addIssue({
          code: 'custom',
          path: ['stages', index, 'id'],
          message: `Stage "${id}" appears twice`,
        });
      }
    });
    // Every procedure begins with its preparation and ends with its record.
    if (stageIds[0] !== 'preparation') {
      ctx.addIssue({
        code: 'custom',
        path: ['stages', 0, 'id'],
        message: 'The first stage is "preparation"',
      });
    }
    if (stageIds.at(-1) !== 'documentation') {
      ctx.addIssue({
        code: 'custom',
        path: ['stages', stageIds.length - 1, 'id'],
        message: 'The last stage is "documentation"',
      });
    }
    if (type.verified && type.checkedAgainst === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['checkedAgainst'],
        message: 'A verified row names what it was checked against',
      });
    }
  })
  .meta({ id: 'ProcedureType' });
export type ProcedureType = z.output<typeof ProcedureType>;

/** The file of procedure types (`seed/regimes/procedure-types.json`). */
export const ProcedureTypeTable = z
  .strictObject({
    ...dataFileHeader,
    kind: z.literal('procedureTypes'),
    types: z.array(ProcedureType).min(1).max(100),
  })
  .superRefine((file, ctx) => {
    if (!changelogMatchesVersion(file)) {
      ctx.addIssue({
        code: 'custom',
        path: ['changelog', 0, 'version'],
        message: `The newest changelog entry must be the file's version ${file.version}`,
      });
    }
    for (const id of duplicateIds(file.types)) {
      ctx.addIssue({
        code: 'custom',
        path: ['types'],
        message: `Duplicate procedure type id "${id}"`,
      });
    }
    for (const regime of procurementRegimes) {
      const types = file.types.filter((type) => type.regime === regime);
      if (!types.some((type) => type.choice === 'free')) {
        ctx.addIssue({
          code: 'custom',
          path: ['types'],
          message: `The ${regime} needs at least one procedure type the authority may freely choose`,
        });
      }
    }
  })
  .meta({ id: 'ProcedureTypeTable' });
export type ProcedureTypeTable = z.output<typeof ProcedureTypeTable>;
