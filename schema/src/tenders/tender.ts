import { z } from 'zod';
import { TenderRecordVersion } from './record-version.ts';
import { TenderReadiness } from './publication.ts';
import { ResourceId, Timestamp } from '../administration/common.ts';
import { CalendarDate, LocalizedText } from '../evaluation/common.ts';
import type { germanLaender } from '../evaluation/method.ts';
import { procurementRegimes } from '../evaluation/regime.ts';
import { NextCursor, pageQueryFields } from '../pagination.ts';
import { tenderStateNames } from '../vocabularies.ts';
import { ContractValue, ContractValueInput } from './contract-value.ts';
import { PeriodReduction } from './deadlines.ts';
import { ProcedureStage, LegalReference, procedureChoices } from './procedure-types.ts';
import { authorityKinds, contractKinds, ThresholdClassification } from './thresholds.ts';
import { TenderDeadlineChecks } from './tender-deadlines.ts';
import { TenderLotSummary } from './lots.ts';

/**
 * Tenders (Vergabeverfahren, ADR 0038) on the authority's side: what officers create, read and
 * change while preparing the procedure. The public view is in `public.ts`.
 */

export const TenderState = z.enum(tenderStateNames).meta({
  id: 'TenderState',
  description:
    '`draft`: being prepared by its team, visible to nobody else; `published`: the submission ' +
    'period runs; `submissionClosed`, `opened`, `evaluated`, `awarded`: later stages; ' +
    '`cancelled`: cancelled with a ground of § 63 VgV',
});
export type TenderState = z.output<typeof TenderState>;

export const TenderRegime = z.enum(procurementRegimes).meta({
  id: 'TenderRegime',
  description: 'The procurement rules: VgV, SektVO, VSVgV above the EU thresholds, UVgO below them',
});
export type TenderRegime = z.output<typeof TenderRegime>;

/** ISO 3166-2 codes of the 16 Länder: the Land whose holidays count for the deadlines. */
export const tenderLands = [
  'DE-BW',
  'DE-BY',
  'DE-BE',
  'DE-BB',
  'DE-HB',
  'DE-HH',
  'DE-HE',
  'DE-MV',
  'DE-NI',
  'DE-NW',
  'DE-RP',
  'DE-SL',
  'DE-SN',
  'DE-ST',
  'DE-SH',
  'DE-TH',
] as const satisfies readonly `DE-${(typeof germanLaender)[number]}`[];
export const TenderLand = z.enum(tenderLands).meta({
  id: 'TenderLand',
  description: 'The Land of the authority’s seat (ISO 3166-2), whose public holidays count',
  examples: ['DE-BE'],
});
export type TenderLand = z.output<typeof TenderLand>;

export const TenderAuthorityKind = z.enum(authorityKinds).meta({ id: 'TenderAuthorityKind' });
export const TenderContractKind = z.enum(contractKinds).meta({ id: 'TenderContractKind' });

/**
 * The capacities in which a user is on a tender's team: `officer` prepares and runs the
 * procedure (the lead is one); `openingOfficer` and `openingDeputy` open the bids (§ 55 VgV);
 * `evaluator` scores; `reviewer` reads and checks.
 */
export const tenderCapacities = [
  'officer',
  'openingOfficer',
  'openingDeputy',
  'evaluator',
  'reviewer',
] as const;
export const TenderCapacity = z.enum(tenderCapacities).meta({ id: 'TenderCapacity' });
export type TenderCapacity = z.output<typeof TenderCapacity>;

export const TenderReference = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .meta({
    description: 'The authority’s file number (Vergabenummer), unique within the authority',
    examples: ['VG-2027-014'],
  });
export const TenderTitle = z.string().trim().min(1).max(300);
export const TenderDescription = z.string().max(8_000);
export const CpvCode = z
  .string()
  .regex(/^\d{8}-\d$/, 'a CPV code such as 72000000-5')
  .meta({ examples: ['72000000-5'] });
const CpvCodes = z
  .array(CpvCode)
  .max(20)
  .refine((codes) => new Set(codes).size === codes.length, { message: 'Each CPV code once' })
  .meta({ description: 'CPV codes, the main one first (at most 20)' });
export const ProcedureTypeId = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9.-]{0,62}$/)
  .meta({
    description:
      'An id of the table of procedure types valid for the regime (`vgv.open`, or `open` for ' +
      'short); stored in the long form',
    examples: ['vgv.open'],
  });
const ProcedureGround = z
  .string()
  .trim()
  .min(1)
  .max(4_000)
  .meta({
    description:
      'Why the procedure type may be used, for a type that needs a ground (§ 14 (3), (4) VgV; ' +
      '§ 13 (2) SektVO; §§ 11–13 VSVgV; § 8 (3), (4) UVgO)',
  });
const NoLotsReasons = z
  .string()
  .trim()
  .min(1)
  .max(4_000)
  .meta({ description: 'Why the contract is not divided into lots (§ 97 (4) S. 3 GWB)' });
const LotLimit = z.int().min(1).max(200);

/**
 * How the tender takes bids in: `platform`, on the authority's e-procurement platform, which opens
 * them (§ 55 VgV) and whose export an officer imports; `vault`, sealed in Tenderwise itself and
 * opened by a joint session of the opening officers (ADR 0041).
 */
export const bidIntakes = ['platform', 'vault'] as const;
export const BidIntake = z.enum(bidIntakes).meta({ id: 'BidIntake' });
export type BidIntake = z.output<typeof BidIntake>;

/**
 * Whether the authority may ask bidders for missing documents (Nachforderung): `allowed`, or
 * `ruledOut` in the notice, after which no request is made (§ 56 (2) S. 2 VgV).
 */
export const MissingDocumentRequests = z
  .enum(['allowed', 'ruledOut'])
  .meta({ id: 'MissingDocumentRequests' });
export type MissingDocumentRequests = z.output<typeof MissingDocumentRequests>;

export const CreateTenderInput = z
  .strictObject({
    reference: TenderReference,
    title: TenderTitle,
    description: TenderDescription.default(''),
    cpvCodes: CpvCodes.default([]),
    regime: TenderRegime,
    procedureType: ProcedureTypeId,
    procedureGround: ProcedureGround.optional(),
    land: TenderLand,
    authorityKind: TenderAuthorityKind,
    contractKind: TenderContractKind,
    bidIntake: BidIntake.default('platform'),
  })
  .meta({
    id: 'CreateTenderInput',
    examples: [
      {
        reference: 'VG-2027-014',
        title: 'Kollaborationsplattform für die Landesverwaltung',
        description: 'Betrieb und Pflege einer souveränen Kollaborationsplattform.',
        cpvCodes: ['72000000-5'],
        regime: 'VgV',
        procedureType: 'vgv.open',
        land: 'DE-BE',
        authorityKind: 'otherPublicAuthority',
        contractKind: 'suppliesServices',
      },
    ],
  });
export type CreateTenderInput = z.output<typeof CreateTenderInput>;
/** What the service takes: the intake may be left out (the platform, as the schema defaults). */
export type CreateTenderFields = Omit<CreateTenderInput, 'bidIntake'> & { bidIntake?: BidIntake };

export const UpdateTenderInput = z
  .strictObject({
    title: TenderTitle.optional(),
    description: TenderDescription.optional(),
    cpvCodes: CpvCodes.optional(),
    regime: TenderRegime.optional(),
    procedureType: ProcedureTypeId.optional(),
    procedureGround: ProcedureGround.nullable().optional(),
    land: TenderLand.optional(),
    authorityKind: TenderAuthorityKind.optional(),
    contractKind: TenderContractKind.optional(),
    estimatedValue: ContractValueInput.nullable()
      .optional()
      .meta({
        description:
          'The estimate of the contract value (§ 3 VgV), null to remove it. Its lots are the ' +
          'tender’s lots by id `lot-<number>` (`lot-1`, `lot-2`, …): each lot of the tender ' +
          'exactly once, and its `contractKind` the tender’s',
      }),
    estimatedOn: CalendarDate.optional().meta({
      description:
        'The day of the estimate (§ 3 (3) VgV), which decides the threshold table that applies; ' +
        'today (Berlin) when a value is given without it',
    }),
    noLotsReasons: NoLotsReasons.nullable().optional(),
    maxLotsPerBidder: LotLimit.nullable()
      .optional()
      .meta({ description: 'At most this many lots per bidder (§ 30 (1) VgV); ≤ the lots' }),
    maxLotsPerAward: LotLimit.nullable().optional().meta({
      description: 'At most this many lots awarded to one bidder (§ 30 (1) VgV); ≤ the lots',
    }),
    bidIntake: BidIntake.optional(),
    missingDocumentRequests: MissingDocumentRequests.optional(),
    version: TenderRecordVersion,
  })
  .refine(
    (input) =>
      Object.keys(input).some(
        (key) => key !== 'version' && input[key as keyof typeof input] !== undefined,
      ),
    { message: 'Name at least one field to change', path: ['version'] },
  )
  .meta({
    id: 'UpdateTenderInput',
    examples: [
      {
        estimatedValue: {
          contractKind: 'suppliesServices',
          lots: [{ id: 'lot-1', basis: { kind: 'totalPrice', amount: '180000' } }],
        },
        estimatedOn: '2027-01-10',
        noLotsReasons: 'Betrieb und Pflege sind technisch nicht trennbar.',
        version: 3,
      },
    ],
  });
export type UpdateTenderInput = z.output<typeof UpdateTenderInput>;

export const TenderParams = z.strictObject({
  tenderId: ResourceId.meta({
    param: { name: 'tenderId', in: 'path' },
    examples: ['3f2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d'],
  }),
});
export type TenderParams = z.output<typeof TenderParams>;

/** The procedure type with its stages, as the table of procedure types has it. */
export const TenderProcedureType = z
  .strictObject({
    id: z.string(),
    name: LocalizedText,
    choice: z.enum(procedureChoices),
    /** Whether the type needs a recorded ground (`choice` is `justified`). */
    needsGround: z.boolean(),
    references: z.array(LegalReference),
    choiceReferences: z.array(LegalReference),
    stages: z.array(ProcedureStage),
  })
  .meta({ id: 'TenderProcedureType' });
export type TenderProcedureType = z.output<typeof TenderProcedureType>;

/** The threshold classification of the estimated value, or why there is none. */
export const TenderThreshold = z
  .strictObject({
    /** The table used (`seed/regimes/eu-thresholds.json`): its id and version. */
    table: z.strictObject({ id: z.string(), version: z.string() }),
    /** The regime whose threshold was compared (a UVgO tender: the EU regime it stays below). */
    comparedWith: z.enum(['VgV', 'SektVO', 'VSVgV']),
    classification: ThresholdClassification.nullable(),
    /** Why there is no classification (no threshold for the combination or the day). */
    problem: z.string().nullable(),
    /** Whether the tender's regime fits the classification (EU regime above, UVgO below). */
    regimeFits: z.boolean().nullable(),
    note: LocalizedText.nullable(),
  })
  .meta({ id: 'TenderThreshold' });
export type TenderThreshold = z.output<typeof TenderThreshold>;

export const TenderValue = z
  .strictObject({
    estimatedValue: ContractValueInput.nullable(),
    estimatedOn: CalendarDate.nullable(),
    /** The value computed from the estimate (§ 3 VgV), each step explained; null without one. */
    contractValue: ContractValue.nullable(),
    /** Whether the estimate names exactly the tender's lots (`lot-<number>`). */
    matchesLots: z.boolean().nullable(),
    threshold: TenderThreshold.nullable(),
  })
  .meta({ id: 'TenderValue' });
export type TenderValue = z.output<typeof TenderValue>;

export const TenderDeadlines = z
  .strictObject({
    submissionDeadline: Timestamp.nullable(),
    questionsDeadline: Timestamp.nullable(),
    bidValidityUntil: CalendarDate.nullable(),
    periodReductions: z.array(PeriodReduction),
    /** The checks of the stored deadlines, explained; null while no submission deadline is set. */
    checks: TenderDeadlineChecks.nullable(),
  })
  .meta({ id: 'TenderDeadlines' });
export type TenderDeadlines = z.output<typeof TenderDeadlines>;

export const TenderPublication = z
  .strictObject({
    requestedBy: ResourceId.nullable(),
    requestedAt: Timestamp.nullable(),
    requestedVersion: z.int().min(1).nullable(),
    /** A request is void once the tender changed after it (its version moved on). */
    requestCurrent: z.boolean(),
    approvedBy: ResourceId.nullable(),
    publishedAt: Timestamp.nullable(),
  })
  .meta({ id: 'TenderPublication' });

export const TenderCancellation = z
  .strictObject({
    cancelledBy: ResourceId,
    cancelledAt: Timestamp,
    ground: z.string(),
    reasons: z.string(),
  })
  .meta({ id: 'TenderCancellation' });

/** What the caller may do with the tender now, as the policy table decides. */
export const TenderActions = z
  .strictObject({
    update: z.boolean(),
    updateDeadlines: z.boolean(),
    manageLots: z.boolean(),
    saveScheme: z.boolean(),
    manageTeam: z.boolean(),
    declare: z.boolean(),
    requestPublication: z.boolean(),
    withdrawPublicationRequest: z.boolean(),
    approvePublication: z.boolean(),
    correct: z.boolean(),
    cancel: z.boolean(),
    answerQuestions: z.boolean(),
  })
  .meta({ id: 'TenderActions' });
export type TenderActions = z.output<typeof TenderActions>;

const tenderFields = {
  id: ResourceId,
  organisationId: ResourceId.meta({ description: 'The authority the tender belongs to' }),
  reference: z.string(),
  title: z.string(),
  state: TenderState,
  regime: TenderRegime,
  procedureTypeId: z.string(),
  submissionDeadline: Timestamp.nullable(),
  lotCount: z.int().min(0),
  leadUserId: ResourceId,
  version: TenderRecordVersion,
  /** The caller's capacities on the team. */
  capacities: z.array(TenderCapacity),
  createdAt: Timestamp,
  updatedAt: Timestamp,
};

export const TenderSummary = z.strictObject(tenderFields).meta({ id: 'TenderSummary' });
export type TenderSummary = z.output<typeof TenderSummary>;

export const TenderResponse = z
  .strictObject({
    ...tenderFields,
    description: z.string(),
    cpvCodes: z.array(z.string()),
    procedureType: TenderProcedureType,
    procedureGround: z.string().nullable(),
    land: TenderLand,
    authorityKind: TenderAuthorityKind,
    contractKind: TenderContractKind,
    value: TenderValue,
    lots: z.array(TenderLotSummary),
    noLotsReasons: z.string().nullable(),
    maxLotsPerBidder: z.int().nullable(),
    maxLotsPerAward: z.int().nullable(),
    bidIntake: BidIntake,
    missingDocumentRequests: MissingDocumentRequests,
    deadlines: TenderDeadlines,
    publication: TenderPublication,
    cancellation: TenderCancellation.nullable(),
    leadDisplayName: z.string(),
    createdBy: ResourceId,
    actions: TenderActions,
    readiness: TenderReadiness.meta({
      description:
        'What the draft still lacks before its publication may be asked for, each item with ' +
        'the field it concerns and its legal source; empty when ready, and once published',
    }),
  })
  .meta({ id: 'TenderResponse' });
export type TenderResponse = z.output<typeof TenderResponse>;

export const TenderListQuery = z.strictObject({ ...pageQueryFields });
export type TenderListQuery = z.output<typeof TenderListQuery>;

export const TenderListResponse = z
  .strictObject({ tenders: z.array(TenderSummary), nextCursor: NextCursor })
  .meta({
    id: 'TenderListResponse',
    description: 'The tenders on whose team the caller is, newest first',
  });
export type TenderListResponse = z.output<typeof TenderListResponse>;

export const TenderProcedureTypeQuery = z.strictObject({
  regime: TenderRegime.meta({ description: 'The regime whose procedure types are listed' }),
});
export type TenderProcedureTypeQuery = z.output<typeof TenderProcedureTypeQuery>;

export const TenderProcedureTypeListResponse = z
  .strictObject({
    regime: TenderRegime,
    /** The table's id and version (`seed/regimes/procedure-types.json`). */
    table: z.strictObject({ id: z.string(), version: z.string() }),
    /** Open procedures first, then the others in the table's order. */
    types: z.array(TenderProcedureType),
  })
  .meta({ id: 'TenderProcedureTypeListResponse' });
export type TenderProcedureTypeListResponse = z.output<typeof TenderProcedureTypeListResponse>;
