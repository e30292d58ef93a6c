import { z } from 'zod';
import { ResourceId } from '../administration/common.ts';
import { Identifier } from '../evaluation/common.ts';
import { BidContent } from './content.ts';

/**
 * Bids imported from the authority's e-procurement platform. The platform received and opened
 * the bids (§ 55 VgV) and exports them; the import stores the same opened bid records as bids
 * opened from our own vault, with the SHA-256 of the export and of the platform's opening record
 * (Öffnungsniederschrift), so the procurement file (§ 8 VgV) can show which file was read.
 */

/** The name of the e-procurement platform, as the authority calls it (e.g. "eVergabe Berlin"). */
export const BidImportPlatform = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .meta({ examples: ['eVergabe Berlin'] });

export const bidImportFormats = ['json', 'xlsx', 'csv'] as const;
export const BidImportFormat = z.enum(bidImportFormats).meta({
  id: 'BidImportFormat',
  description:
    '`json`: our format (`BidImportFile`); `xlsx`, `csv`: the platform’s sheet, read with a column mapping',
});
export type BidImportFormat = z.output<typeof BidImportFormat>;

const DateTime = z.iso.datetime({ offset: true });

/** One bid of our JSON export format. */
export const BidImportFileBid = z
  .strictObject({
    lotNumber: z.int().min(1).max(999),
    receivedAt: DateTime.meta({ description: 'When the platform received the bid' }),
    late: z.boolean().meta({
      description:
        'Received after the submission deadline, as the platform states it (§ 57 (1) Nr. 1 VgV)',
    }),
    content: BidContent,
  })
  .meta({ id: 'BidImportFileBid' });

/**
 * Our documented JSON export format: what a platform (or a converter in front of it) writes so
 * that every part of a bid comes across, documents and evidence included, which a flat sheet
 * cannot carry.
 */
export const BidImportFile = z
  .strictObject({
    format: z.literal('tenderwise-bid-import'),
    version: z.literal(1),
    tenderReference: z.string().trim().min(1).max(100).meta({
      description: 'The tender’s reference (Vergabenummer); must be the tender’s own',
    }),
    platform: BidImportPlatform,
    openedAt: DateTime.meta({ description: 'When the platform opened the bids (§ 55 VgV)' }),
    bids: z.array(BidImportFileBid).max(2_000),
  })
  .meta({
    id: 'BidImportFile',
    description:
      'Our JSON export format for bids opened on an e-procurement platform. Carries every part ' +
      'of `BidContent`, including documents (by SHA-256) and evidence for attestation criteria.',
    examples: [
      {
        format: 'tenderwise-bid-import',
        version: 1,
        tenderReference: 'VG-2027-014',
        platform: 'eVergabe Berlin',
        openedAt: '2027-03-02T11:15:00+01:00',
        bids: [
          {
            lotNumber: 1,
            receivedAt: '2027-03-01T16:42:10+01:00',
            late: false,
            content: {
              bidder: {
                kind: 'single',
                company: { name: 'Wolkenwerk GmbH', country: 'DE', registerNumber: 'HRB 123456' },
              },
              subcontractors: [],
              answers: {
                'EG-1': { kind: 'declaration', met: true },
                'Q-1': { kind: 'offer', text: 'Betrieb in zwei Rechenzentren in Deutschland.' },
                'AV-1': { kind: 'metric', value: 99.95 },
              },
              price: { kind: 'totalPrice', amount: 812_500 },
              declarations: { art5k: true, exclusionGrounds: true },
              documents: [],
              declarant: { name: 'Erika Muster', function: 'Prokuristin' },
            },
          },
        ],
      },
    ],
  });
export type BidImportFile = z.output<typeof BidImportFile>;

const Column = z.string().trim().min(1).max(200);

/**
 * Which column heading of the platform's sheet holds which of our fields (headings are compared
 * trimmed, case and inner spaces ignored). Cell syntaxes:
 * - truth values: `ja`/`nein` (also `yes`/`no`, `true`/`false`, `x` for yes);
 * - numbers: in CSV German style, `1.234,5` (a decimal comma, dots between groups of three);
 *   in XLSX a numeric cell, or text written like in CSV;
 * - times: ISO 8601 with offset (`2027-03-01T16:42:10+01:00`), `TT.MM.JJJJ HH:MM[:SS]` read in
 *   Europe/Berlin, or, in XLSX, a date cell (read as UTC, as the file stores it);
 * - group members: `Name|Land|Registernummer` per member, members separated by `;`
 *   (e.g. `Alpha GmbH|DE|HRB 1; Beta SA|FR`); the representative: a member's name or its
 *   position (1 = first);
 * - subcontractors: `Name|Land|Anteil in %|Leistungsteil`, optionally `|Eignungsleihe` for a
 *   company relied on for suitability (§ 47 VgV), entries separated by `;`;
 * - an answer column holds, depending on the criterion: for an exclusion ground, requirement or
 *   condition `ja`/`nein` (met or not); for a metric award criterion a number; for an ordinal
 *   award criterion the offered quality in words. Attestation criteria need evidence, which a
 *   flat sheet cannot carry: use the JSON format (`BidImportFile`) for them and for documents.
 */
export const BidImportColumns = z
  .strictObject({
    lotNumber: Column.optional().meta({
      description: 'The lot (number); may be left out when the tender has one lot',
    }),
    receivedAt: Column.meta({ description: 'When the platform received the bid' }),
    late: Column.optional().meta({
      description: 'Late as the platform states it (ja/nein); not late when left out',
    }),
    bidderName: Column.meta({ description: 'The bidder’s name (a group: its name, unused)' }),
    bidderCountry: Column.meta({ description: 'ISO 3166-1 alpha-2 country code, e.g. DE' }),
    bidderRegisterNumber: Column.optional(),
    groupMembers: Column.optional().meta({
      description:
        'A bidding group’s members (§ 43 (2) VgV): `Name|Land|Registernummer; …`; empty for a single bidder',
    }),
    groupRepresentative: Column.optional().meta({
      description: 'The representative member: its name or its position (1 = first)',
    }),
    subcontractors: Column.optional().meta({
      description: '`Name|Land|Anteil in %|Leistungsteil[|Eignungsleihe]; …`',
    }),
    totalPrice: Column.optional().meta({ description: 'The total price (schemes by price)' }),
    lifeCycleOneOff: Column.optional(),
    lifeCycleMigrationIn: Column.optional(),
    lifeCycleRecurringPerYear: Column.optional(),
    lifeCycleEgressPerYear: Column.optional(),
    lifeCycleExit: Column.optional(),
    declarationArt5k: Column.meta({
      description: 'Declaration under Art. 5k Regulation (EU) 833/2014 (ja/nein)',
    }),
    declarationExclusionGrounds: Column.meta({
      description: 'No exclusion ground of §§ 123, 124 GWB applies (ja/nein)',
    }),
    selfCleaning: Column.optional().meta({ description: 'Self-cleaning (§ 125 GWB), in words' }),
    declarantName: Column,
    declarantFunction: Column,
    declarantEmail: Column.optional(),
  })
  .meta({ id: 'BidImportColumns' });
export type BidImportColumns = z.output<typeof BidImportColumns>;

/** The columns of our fields, and one column per criterion answer. */
export const BidImportMapping = z
  .strictObject({
    columns: BidImportColumns,
    answers: z
      .record(Identifier, Column)
      .refine((map) => Object.keys(map).length <= 300, { message: 'At most 300 answers' })
      .default({})
      .meta({ description: 'Criterion id → the column holding its answer' }),
  })
  .meta({
    id: 'BidImportMapping',
    description:
      'How to read a platform’s XLSX or CSV export: see `BidImportColumns` for each field and ' +
      'its cell syntax. Nested content a flat sheet cannot carry (documents, evidence for ' +
      'attestation criteria) comes only with the JSON format (`BidImportFile`).',
    examples: [
      {
        columns: {
          lotNumber: 'Los',
          receivedAt: 'Eingang',
          late: 'Verspätet',
          bidderName: 'Bieter',
          bidderCountry: 'Land',
          totalPrice: 'Gesamtpreis',
          declarationArt5k: 'Erklärung Art. 5k',
          declarationExclusionGrounds: 'Keine Ausschlussgründe',
          declarantName: 'Erklärende Person',
          declarantFunction: 'Funktion',
        },
        answers: { 'EG-1': 'Antwort EG-1', 'AV-1': 'Verfügbarkeit' },
      },
    ],
  });
export type BidImportMapping = z.output<typeof BidImportMapping>;
export type BidImportMappingInput = z.input<typeof BidImportMapping>;

export const BidImportQuery = z.strictObject({
  lang: z.enum(['de', 'en']).optional().meta({
    description:
      'Language of messages; without it, the first of de or en in Accept-Language, else en',
  }),
});
export type BidImportQuery = z.output<typeof BidImportQuery>;

export const BidImportTemplateQuery = z.strictObject({
  format: z
    .enum(['xlsx', 'csv'])
    .default('xlsx')
    .meta({ description: 'XLSX workbook, or CSV with semicolons, UTF-8 with BOM' }),
  lang: BidImportQuery.shape.lang,
});
export type BidImportTemplateQuery = z.output<typeof BidImportTemplateQuery>;

const binary = (description: string) =>
  z
    .custom<File>((value) => value instanceof File, { message: 'A file is required' })
    .meta({
      type: 'string',
      format: 'binary',
      description,
    });

/** The multipart form of a preview and an import. */
export const BidImportForm = z.strictObject({
  file: binary('The export: our JSON format, XLSX or CSV (judged by its content)'),
  openingRecord: binary('The platform’s opening record (any file; its name and SHA-256 are kept)'),
  platform: BidImportPlatform,
  openedAt: DateTime.optional().meta({
    description:
      'For XLSX/CSV: when the platform opened the bids (§ 55 VgV), as its opening record states; our JSON format carries it itself',
  }),
  mapping: z.string().max(100_000).optional().meta({
    description:
      'For XLSX/CSV: a `BidImportMapping` as JSON text; without it, the mapping saved for the platform',
  }),
});

export const BidImportError = z
  .strictObject({
    row: z.union([z.int().min(1), z.string()]).meta({
      description:
        'The sheet’s row (the heading row is 1), or the JSON pointer of the bid in a JSON export',
    }),
    field: z.string().meta({
      description: 'Our field (`bidderName`, `answers.EG-1`) or the path within the bid',
    }),
    message: z.string(),
  })
  .meta({ id: 'BidImportError' });
export type BidImportError = z.output<typeof BidImportError>;

export const BidImportPreviewBid = z
  .strictObject({
    position: z.int().min(1).meta({ description: 'The bid’s number in the import, from 1' }),
    row: z.union([z.int().min(1), z.string()]),
    receivedAt: z.iso.datetime(),
    late: z.boolean(),
    content: BidContent,
    contentSha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .meta({ id: 'BidImportPreviewBid' });

export const BidImportPreview = z
  .strictObject({
    format: BidImportFormat,
    platform: BidImportPlatform,
    fileName: z.string(),
    fileSha256: z.string().regex(/^[0-9a-f]{64}$/),
    openedAt: z.union([z.iso.datetime(), z.null()]),
    /** Columns found in the sheet, in order: for mapping them. Empty for JSON. */
    columns: z.array(z.string()),
    mapping: z.union([BidImportMapping, z.null()]).meta({
      description:
        'The mapping the sheet was read with (sent, or saved for the platform); without either, the one its headings suggest where they are the template’s, and an error asks for a mapping',
    }),
    criteria: z
      .array(
        z.strictObject({
          lotNumber: z.int().min(1),
          id: Identifier,
          kind: z.enum(['declaration', 'offer', 'metric', 'evidence']),
          title: z.strictObject({ de: z.string(), en: z.string() }),
        }),
      )
      .meta({
        description:
          'The criteria of each lot’s latest published scheme version and the kind of answer each takes (`BidAnswer`): what answer columns map to',
      }),
    lots: z.array(
      z.strictObject({ lotNumber: z.int().min(1), bids: z.array(BidImportPreviewBid) }),
    ),
    errors: z.array(BidImportError),
    alreadyImported: z.union([ResourceId, z.null()]).meta({
      description: 'The import of this very file (same SHA-256), if it was imported already',
    }),
  })
  .meta({ id: 'BidImportPreview' });
export type BidImportPreview = z.output<typeof BidImportPreview>;

export const BidImportSummary = z
  .strictObject({
    id: ResourceId,
    tenderId: ResourceId,
    platform: BidImportPlatform,
    format: BidImportFormat,
    fileName: z.string(),
    fileBytes: z.int().min(0),
    fileSha256: z.string().regex(/^[0-9a-f]{64}$/),
    openingRecordName: z.string(),
    openingRecordSha256: z.string().regex(/^[0-9a-f]{64}$/),
    openedOnPlatformAt: z.iso.datetime(),
    bidCount: z.int().min(0),
    bidsPerLot: z.array(z.strictObject({ lotNumber: z.int().min(1), bids: z.int().min(0) })),
    importedBy: ResourceId,
    importedAt: z.iso.datetime(),
  })
  .meta({ id: 'BidImportSummary' });
export type BidImportSummary = z.output<typeof BidImportSummary>;

export const BidImportList = z
  .strictObject({ imports: z.array(BidImportSummary).meta({ description: 'Newest first' }) })
  .meta({ id: 'BidImportList' });
export type BidImportList = z.output<typeof BidImportList>;

export const BidImportMappingParams = z.strictObject({
  platform: BidImportPlatform.meta({ param: { name: 'platform', in: 'path' } }),
});

export const SaveBidImportMappingInput = z
  .strictObject({ mapping: BidImportMapping })
  .meta({ id: 'SaveBidImportMappingInput' });
export type SaveBidImportMappingInput = z.output<typeof SaveBidImportMappingInput>;

export const BidImportMappingResponse = z
  .strictObject({
    platform: BidImportPlatform,
    mapping: BidImportMapping,
    updatedBy: ResourceId,
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'BidImportMappingResponse' });
export type BidImportMappingResponse = z.output<typeof BidImportMappingResponse>;

export const BidImportMappingList = z
  .strictObject({ mappings: z.array(BidImportMappingResponse) })
  .meta({ id: 'BidImportMappingList' });
export type BidImportMappingList = z.output<typeof BidImportMappingList>;
