import {
  BidContent,
  BidImportFile,
  type BidImportColumns,
  type BidImportError,
  type BidImportMapping,
} from '@tenderwise/schema';
import { Temporal } from 'temporal-polyfill';
import type { z } from 'zod';
import { parseGermanNumber } from '../spreadsheets/german-numbers.ts';
import type { ReadCell } from '../spreadsheets/xlsx.ts';
import type { AnswerKind } from './criteria.ts';

/** The language of the messages an import writes. */
export type ImportLanguage = 'de' | 'en';

/** A bid as read from an export, before it is stored. */
export interface ReadBid {
  /** The sheet's row (headings are row 1), or the JSON pointer of the bid. */
  row: number | string;
  lotNumber: number;
  /** ISO 8601 instant. */
  receivedAt: string;
  late: boolean;
  content: BidContent;
}

export interface ReadResult {
  bids: ReadBid[];
  errors: BidImportError[];
  /** When the platform opened the bids, where the export states it (JSON). */
  openedAt: string | null;
}

const say = (language: ImportLanguage, de: string, en: string) => (language === 'de' ? de : en);

/** A content issue in the import's language: zod's own words in English, ours in German. */
function issueMessage(issue: z.core.$ZodIssue, language: ImportLanguage): string {
  if (language === 'en') return issue.message;
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1
        ? 'Pflichtangabe fehlt.'
        : `Zu klein oder zu kurz (mindestens ${String(issue.minimum)}).`;
    case 'too_big':
      return `Zu groß oder zu lang (höchstens ${String(issue.maximum)}).`;
    case 'invalid_type':
      return issue.input === undefined ? 'Pflichtangabe fehlt.' : 'Ungültiger Wert.';
    case 'invalid_format':
      return issue.format === 'regex'
        ? `Ungültiges Format (${issue.message}).`
        : `Ungültiges Format (${issue.format}).`;
    case 'unrecognized_keys':
      return `Unbekannte Angabe: ${issue.keys.join(', ')}.`;
    case 'invalid_value':
      return `Erlaubt: ${issue.values.map(String).join(', ')}.`;
    default:
      return issue.message;
  }
}

/** The path of a zod issue as a JSON pointer. */
function pointerOf(path: readonly PropertyKey[]): string {
  return path
    .map((part) => `/${String(part).replaceAll('~', '~0').replaceAll('/', '~1')}`)
    .join('');
}

/**
 * Reads our JSON export format (`BidImportFile`). Every issue is an error at the bid's JSON
 * pointer (`/bids/2`) with the path within it as the field; the tender reference must be the
 * tender's own.
 */
export function readJsonExport(
  text: string,
  expected: { tenderReference: string },
  language: ImportLanguage,
): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return {
      bids: [],
      openedAt: null,
      errors: [
        {
          row: '/',
          field: '',
          message: say(
            language,
            'Die Datei ist kein lesbares JSON.',
            'The file is not readable JSON.',
          ),
        },
      ],
    };
  }
  const parsed = BidImportFile.safeParse(data);
  if (!parsed.success) {
    return {
      bids: [],
      openedAt: null,
      errors: parsed.error.issues.map((issue) => jsonIssue(issue, language)),
    };
  }
  const file = parsed.data;
  const errors: BidImportError[] = [];
  if (file.tenderReference !== expected.tenderReference) {
    errors.push({
      row: '/tenderReference',
      field: 'tenderReference',
      message: say(
        language,
        `Die Datei gehört zum Verfahren „${file.tenderReference}“, nicht zu „${expected.tenderReference}“.`,
        `The file belongs to tender “${file.tenderReference}”, not “${expected.tenderReference}”.`,
      ),
    });
  }
  return {
    openedAt: new Date(file.openedAt).toISOString(),
    errors,
    bids: file.bids.map((bid, index) => ({
      row: `/bids/${index}`,
      lotNumber: bid.lotNumber,
      receivedAt: new Date(bid.receivedAt).toISOString(),
      late: bid.late,
      content: bid.content,
    })),
  };
}

function jsonIssue(issue: z.core.$ZodIssue, language: ImportLanguage): BidImportError {
  const message = issueMessage(issue, language);
  const [first, index, ...rest] = issue.path;
  if (first === 'bids' && typeof index === 'number') {
    return { row: `/bids/${index}`, field: rest.map(String).join('/'), message };
  }
  return {
    row: pointerOf(issue.path) || '/',
    field: issue.path.map(String).join('/'),
    message,
  };
}

/** A heading as it is compared: trimmed, inner spaces collapsed, case ignored. */
export function headingKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The headings of a sheet's first row, as text. */
export function sheetHeadings(rows: readonly (readonly ReadCell[])[]): string[] {
  return (rows[0] ?? []).map((cell) => cellText(cell)).filter((text) => text !== '');
}

function cellText(cell: ReadCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'boolean') return cell ? 'ja' : 'nein';
  if (cell instanceof Date) return cell.toISOString();
  return cell.number;
}

const yes = new Set(['ja', 'j', 'yes', 'y', 'true', 'wahr', 'x', '1']);
const no = new Set(['nein', 'n', 'no', 'false', 'falsch', '0']);

const germanTime = /^(\d{1,2})\.(\d{1,2})\.(\d{4})[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Per-criterion answer kinds of the row's lot, to read its answer cells. */
export type AnswerKindsOfLot = (lotNumber: number) => ReadonlyMap<string, AnswerKind> | undefined;

/**
 * Reads a platform's XLSX or CSV sheet with a column mapping: one bid per row below the
 * heading row; empty rows are skipped. Every cell that cannot be read and every issue of the
 * content (`BidContent`) is an error at its sheet row and our field name.
 */
export function readSheetExport(
  rows: readonly (readonly ReadCell[])[],
  mapping: BidImportMapping,
  options: {
    language: ImportLanguage;
    /** The lot of a sheet without a lot column (tenders with one lot). */
    singleLot: number | undefined;
    answerKinds: AnswerKindsOfLot;
    /** The price basis of the lot's scheme, where both a total price and costs are mapped. */
    priceKindOf?: (lotNumber: number) => 'totalPrice' | 'lifeCycleCost' | undefined;
  },
): ReadResult {
  const { language } = options;
  const errors: BidImportError[] = [];
  const headings = new Map<string, number>();
  (rows[0] ?? []).forEach((cell, index) => {
    const key = headingKey(cellText(cell));
    if (key !== '' && !headings.has(key)) headings.set(key, index);
  });
  const columnOf = new Map<string, number>();
  const locate = (field: string, heading: string | undefined) => {
    if (heading === undefined) return;
    const index = headings.get(headingKey(heading));
    if (index === undefined) {
      errors.push({
        row: 1,
        field,
        message: say(
          language,
          `Die Spalte „${heading}“ fehlt in der Kopfzeile.`,
          `The column “${heading}” is not in the heading row.`,
        ),
      });
    } else {
      columnOf.set(field, index);
    }
  };
  for (const [field, heading] of Object.entries(mapping.columns)) {
    locate(field, heading as string | undefined);
  }
  for (const [criterionId, heading] of Object.entries(mapping.answers)) {
    locate(`answers.${criterionId}`, heading);
  }
  if (mapping.columns.lotNumber === undefined && options.singleLot === undefined) {
    errors.push({
      row: 1,
      field: 'lotNumber',
      message: say(
        language,
        'Das Verfahren hat mehrere Lose: ordnen Sie die Spalte mit der Losnummer zu.',
        'The tender has several lots: map the column with the lot number.',
      ),
    });
  }
  if (errors.length > 0) return { bids: [], errors, openedAt: null };

  const bids: ReadBid[] = [];
  for (let index = 1; index < rows.length; index += 1) {
    const cells = rows[index]!;
    if (cells.every((cell) => cellText(cell) === '')) continue;
    const row = index + 1;
    const rowErrors: BidImportError[] = [];
    const fail = (field: string, de: string, en: string) => {
      rowErrors.push({ row, field, message: say(language, de, en) });
      return undefined;
    };
    const raw = (field: string): ReadCell | undefined => {
      const column = columnOf.get(field);
      return column === undefined ? undefined : (cells[column] ?? null);
    };
    const text = (field: string): string | undefined => {
      const value = cellText(raw(field));
      return value === '' ? undefined : value;
    };
    const number = (field: string): number | undefined => {
      const cell = raw(field);
      if (cell === undefined || cellText(cell) === '') return undefined;
      if (cell !== null && typeof cell === 'object' && 'number' in cell) {
        const value = Number(cell.number);
        if (Number.isFinite(value)) return value;
      }
      const value = parseGermanNumber(cellText(cell));
      if (value === undefined) {
        return fail(
          field,
          `„${cellText(cell)}“ ist keine Zahl; schreiben Sie z. B. 1.234,56.`,
          `“${cellText(cell)}” is not a number; write e.g. 1.234,56 (decimal comma).`,
        );
      }
      return value;
    };
    const truth = (field: string): boolean | undefined => {
      const cell = raw(field);
      if (typeof cell === 'boolean') return cell;
      const value = cellText(cell).toLowerCase();
      if (value === '') return undefined;
      if (yes.has(value)) return true;
      if (no.has(value)) return false;
      return fail(field, `„${value}“: erwartet ja oder nein.`, `“${value}”: expected ja or nein.`);
    };
    const time = (field: string): string | undefined => {
      const cell = raw(field);
      if (cell instanceof Date) return cell.toISOString();
      const value = cellText(cell);
      if (value === '') return undefined;
      const instant = readTime(value);
      if (instant === undefined) {
        return fail(
          field,
          `„${value}“ ist kein Zeitpunkt; schreiben Sie z. B. 01.03.2027 16:42 oder 2027-03-01T16:42:00+01:00.`,
          `“${value}” is not a point in time; write e.g. 01.03.2027 16:42 or 2027-03-01T16:42:00+01:00.`,
        );
      }
      return instant;
    };
    const required = <T>(field: string, value: T | undefined): T | undefined => {
      if (value === undefined && !rowErrors.some((error) => error.field === field)) {
        fail(field, 'Pflichtangabe fehlt.', 'Required value is missing.');
      }
      return value;
    };

    const lotNumber =
      mapping.columns.lotNumber === undefined
        ? options.singleLot
        : required('lotNumber', number('lotNumber'));
    if (lotNumber !== undefined && !Number.isInteger(lotNumber)) {
      fail('lotNumber', 'Die Losnummer ist eine ganze Zahl.', 'The lot number is a whole number.');
    }
    const receivedAt = required('receivedAt', time('receivedAt'));
    const late = truth('late') ?? false;

    const country = text('bidderCountry')?.toUpperCase();
    const members = text('groupMembers');
    let bidder: unknown;
    if (members === undefined) {
      bidder = {
        kind: 'single',
        company: {
          name: required('bidderName', text('bidderName')),
          country: required('bidderCountry', country),
          ...(text('bidderRegisterNumber') !== undefined && {
            registerNumber: text('bidderRegisterNumber'),
          }),
        },
      };
    } else {
      const companies = splitEntries(members).map((entry) => {
        const [name, memberCountry, registerNumber] = entry.split('|').map((part) => part.trim());
        return {
          name,
          country: memberCountry?.toUpperCase(),
          ...(registerNumber && { registerNumber }),
        };
      });
      const representativeText = text('groupRepresentative');
      let representative = 0;
      if (representativeText !== undefined) {
        const position = /^\d+$/.test(representativeText) ? Number(representativeText) - 1 : -1;
        const byName = companies.findIndex(
          (company) => headingKey(company.name ?? '') === headingKey(representativeText),
        );
        representative = position >= 0 ? position : byName;
        if (representative < 0 || representative >= companies.length) {
          fail(
            'groupRepresentative',
            `„${representativeText}“ ist kein Mitglied der Bietergemeinschaft.`,
            `“${representativeText}” is not a member of the bidding group.`,
          );
          representative = 0;
        }
      }
      bidder = { kind: 'group', members: companies, representative };
    }

    const subcontractors = (() => {
      const cell = text('subcontractors');
      if (cell === undefined) return [];
      return splitEntries(cell).map((entry) => {
        const [name, subCountry, share, scope, relied] = entry
          .split('|')
          .map((part) => part.trim());
        const sharePercent = parseGermanNumber((share ?? '').replace(/%$/, '').trim());
        if (sharePercent === undefined) {
          fail(
            'subcontractors',
            `„${entry}“: der Anteil in % fehlt oder ist keine Zahl.`,
            `“${entry}”: the share in % is missing or not a number.`,
          );
        }
        return {
          company: { name, country: subCountry?.toUpperCase() },
          sharePercent: sharePercent ?? 0,
          scope,
          reliedOnForSuitability: relied !== undefined && relied !== '',
        };
      });
    })();

    const priceKind = lotNumber === undefined ? undefined : options.priceKindOf?.(lotNumber);
    const price = (() => {
      const lifeCycleMapped = mapping.columns.lifeCycleOneOff !== undefined;
      if (
        mapping.columns.totalPrice !== undefined &&
        (priceKind !== 'lifeCycleCost' || !lifeCycleMapped)
      ) {
        return { kind: 'totalPrice', amount: required('totalPrice', number('totalPrice')) };
      }
      return {
        kind: 'lifeCycleCost',
        costs: {
          oneOff: required('lifeCycleOneOff', number('lifeCycleOneOff')),
          migrationIn: required('lifeCycleMigrationIn', number('lifeCycleMigrationIn')),
          recurringPerYear: required(
            'lifeCycleRecurringPerYear',
            number('lifeCycleRecurringPerYear'),
          ),
          egressPerYear: required('lifeCycleEgressPerYear', number('lifeCycleEgressPerYear')),
          exit: required('lifeCycleExit', number('lifeCycleExit')),
        },
      };
    })();

    const answers: Record<string, unknown> = {};
    const kinds = lotNumber === undefined ? undefined : options.answerKinds(lotNumber);
    for (const criterionId of Object.keys(mapping.answers)) {
      const field = `answers.${criterionId}`;
      if (text(field) === undefined) continue;
      const kind = kinds?.get(criterionId);
      if (kind === undefined) {
        // The check against the lot's scheme names it; keep the answer so it can.
        answers[criterionId] = { kind: 'offer', text: text(field) };
      } else if (kind === 'declaration') {
        const met = truth(field);
        if (met !== undefined) answers[criterionId] = { kind: 'declaration', met };
      } else if (kind === 'metric') {
        const value = number(field);
        if (value !== undefined) answers[criterionId] = { kind: 'metric', value };
      } else if (kind === 'offer') {
        answers[criterionId] = { kind: 'offer', text: text(field) };
      } else {
        fail(
          field,
          'Nachweise (Zertifikate, Testate) lassen sich nicht in einer Tabellenzelle angeben; verwenden Sie das JSON-Format.',
          'Evidence (certificates, attestations) cannot be given in a sheet cell; use the JSON format.',
        );
      }
    }

    const content = {
      bidder,
      subcontractors,
      answers,
      price,
      declarations: {
        art5k: required('declarationArt5k', truth('declarationArt5k')),
        exclusionGrounds: required(
          'declarationExclusionGrounds',
          truth('declarationExclusionGrounds'),
        ),
        ...(text('selfCleaning') !== undefined && { selfCleaning: text('selfCleaning') }),
      },
      documents: [],
      declarant: {
        name: required('declarantName', text('declarantName')),
        function: required('declarantFunction', text('declarantFunction')),
        ...(text('declarantEmail') !== undefined && { email: text('declarantEmail') }),
      },
    };
    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      continue;
    }
    const parsed = BidContent.safeParse(content);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        errors.push({ row, field: sheetField(issue.path), message: issueMessage(issue, language) });
      }
      continue;
    }
    bids.push({
      row,
      lotNumber: lotNumber!,
      receivedAt: receivedAt!,
      late,
      content: parsed.data,
    });
  }
  return { bids, errors, openedAt: null };
}

/** Our field name for a content path of a sheet's bid. */
function sheetField(path: readonly PropertyKey[]): string {
  const [first, second, third] = path.map(String);
  const byPath: Record<string, keyof BidImportColumns> = {
    'bidder.company.name': 'bidderName',
    'bidder.company.country': 'bidderCountry',
    'bidder.company.registerNumber': 'bidderRegisterNumber',
    'bidder.representative': 'groupRepresentative',
    'declarations.art5k': 'declarationArt5k',
    'declarations.exclusionGrounds': 'declarationExclusionGrounds',
    'declarations.selfCleaning': 'selfCleaning',
    'declarant.name': 'declarantName',
    'declarant.function': 'declarantFunction',
    'declarant.email': 'declarantEmail',
    'price.amount': 'totalPrice',
  };
  if (first === 'bidder' && second === 'members') return 'groupMembers';
  if (first === 'subcontractors') return 'subcontractors';
  if (first === 'answers' && second !== undefined) return `answers.${second}`;
  if (first === 'price' && second === 'costs' && third !== undefined) {
    return `lifeCycle${third.charAt(0).toUpperCase()}${third.slice(1)}`;
  }
  return byPath[path.slice(0, 3).map(String).join('.')] ?? path.map(String).join('.');
}

/** Entries of a list cell: separated by semicolons or line breaks; empty ones dropped. */
function splitEntries(cell: string): string[] {
  return cell
    .split(/[;\n]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/** An ISO 8601 instant with offset, or a German `TT.MM.JJJJ HH:MM[:SS]` in Europe/Berlin. */
export function readTime(text: string): string | undefined {
  if (isoTime.test(text)) {
    const value = new Date(text);
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  }
  const match = germanTime.exec(text);
  if (match === null) return undefined;
  const [, day, month, year, hour, minute, second = '0'] = match;
  try {
    const local = Temporal.PlainDateTime.from(
      {
        year: Number(year),
        month: Number(month),
        day: Number(day),
        hour: Number(hour),
        minute: Number(minute),
        second: Number(second),
      },
      { overflow: 'reject' },
    );
    return new Date(
      local.toZonedDateTime('Europe/Berlin', { disambiguation: 'earlier' }).epochMilliseconds,
    ).toISOString();
  } catch {
    return undefined;
  }
}

/** A key that names the same bidder however it is written: register number, else name and country. */
export function bidderKey(content: BidContent): string {
  const companyKey = (company: { name: string; country: string; registerNumber?: string }) =>
    company.registerNumber !== undefined
      ? `${company.country}:${headingKey(company.registerNumber)}`
      : `${company.country}:${headingKey(company.name)}`;
  if (content.bidder.kind === 'single') return companyKey(content.bidder.company);
  return `group:${content.bidder.members.map(companyKey).sort().join('+')}`;
}

/** What the checks of read bids need of the tender. */
export interface ImportTarget {
  /**
   * Per lot with a published scheme version: its number, the price basis of its scheme, and its
   * criteria by id with their kind.
   */
  lots: ReadonlyMap<
    number,
    {
      version: number;
      price: 'totalPrice' | 'lifeCycleCost';
      criteria: ReadonlyMap<string, AnswerKind>;
    }
  >;
  /** Bidders already imported, per lot (`bidderKey`). */
  existingBidders: ReadonlyMap<number, ReadonlySet<string>>;
}

/**
 * Checks read bids against the tender: the lot exists and has a published scheme version;
 * every answer names a criterion of that version and is of the kind the criterion takes; a
 * bidder appears once per lot, in the file and with the bids imported before.
 */
export function checkBids(
  bids: readonly ReadBid[],
  target: ImportTarget,
  language: ImportLanguage,
): BidImportError[] {
  const errors: BidImportError[] = [];
  const seen = new Map<string, number | string>();
  const jsonRow = (bid: ReadBid, field: string) =>
    typeof bid.row === 'string' ? `content/${field.replace('.', '/')}` : field;
  for (const bid of bids) {
    const lot = target.lots.get(bid.lotNumber);
    if (lot === undefined) {
      errors.push({
        row: bid.row,
        field: 'lotNumber',
        message: say(
          language,
          `Das Verfahren hat kein veröffentlichtes Los ${bid.lotNumber}.`,
          `The tender has no published lot ${bid.lotNumber}.`,
        ),
      });
      continue;
    }
    if (bid.content.price.kind !== lot.price) {
      errors.push({
        row: bid.row,
        field:
          typeof bid.row === 'string'
            ? 'content/price'
            : lot.price === 'totalPrice'
              ? 'totalPrice'
              : 'lifeCycleOneOff',
        message:
          lot.price === 'totalPrice'
            ? say(
                language,
                `Das Wertungsschema von Los ${bid.lotNumber} wertet den Gesamtpreis, nicht Lebenszykluskosten.`,
                `Lot ${bid.lotNumber}’s scheme evaluates the total price, not a life-cycle cost.`,
              )
            : say(
                language,
                `Das Wertungsschema von Los ${bid.lotNumber} wertet Lebenszykluskosten (Art. 68 RL 2014/24/EU), nicht einen Gesamtpreis.`,
                `Lot ${bid.lotNumber}’s scheme evaluates the life-cycle cost (Art. 68 Directive 2014/24/EU), not a total price.`,
              ),
      });
    }
    for (const [criterionId, answer] of Object.entries(bid.content.answers)) {
      const kind = lot.criteria.get(criterionId);
      const field = jsonRow(bid, `answers.${criterionId}`);
      if (kind === undefined) {
        errors.push({
          row: bid.row,
          field,
          message: say(
            language,
            `„${criterionId}“ ist kein Kriterium der Wertungsschema-Version ${lot.version} von Los ${bid.lotNumber}.`,
            `“${criterionId}” is not a criterion of version ${lot.version} of lot ${bid.lotNumber}’s scheme.`,
          ),
        });
      } else if (kind !== answer.kind) {
        errors.push({
          row: bid.row,
          field,
          message: say(
            language,
            `Das Kriterium „${criterionId}“ verlangt eine Antwort der Art ${kind}, nicht ${answer.kind}.`,
            `Criterion “${criterionId}” takes an answer of kind ${kind}, not ${answer.kind}.`,
          ),
        });
      }
    }
    const key = `${bid.lotNumber}|${bidderKey(bid.content)}`;
    const earlier = seen.get(key);
    if (
      earlier !== undefined ||
      target.existingBidders.get(bid.lotNumber)?.has(bidderKey(bid.content))
    ) {
      errors.push({
        row: bid.row,
        field: typeof bid.row === 'string' ? 'content/bidder' : 'bidderName',
        message:
          earlier !== undefined
            ? say(
                language,
                `Derselbe Bieter hat in Los ${bid.lotNumber} schon ein Angebot (${earlier}).`,
                `The same bidder already has a bid in lot ${bid.lotNumber} (${earlier}).`,
              )
            : say(
                language,
                `Für diesen Bieter wurde in Los ${bid.lotNumber} bereits ein Angebot importiert.`,
                `A bid of this bidder was already imported for lot ${bid.lotNumber}.`,
              ),
      });
    } else {
      seen.set(key, bid.row);
    }
  }
  return errors;
}
