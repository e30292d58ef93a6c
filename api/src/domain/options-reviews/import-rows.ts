import { CreateOptionInput, type EvaluationScheme, type OptionOffer } from '@tenderwise/schema';
import { parseGermanNumber } from '../../documents/spreadsheets/german-numbers.ts';
import {
  columnLetter,
  headingKey,
  importColumns,
  type ImportColumn,
  type ImportLanguage,
  type PricePart,
} from './import-columns.ts';
import { offerIssues } from './offer-issues.ts';

/** A cell as a file gives it: text, a number as its stored decimal text, a date, a truth value. */
export type ImportCell = string | boolean | Date | { number: string } | null;

/** One thing wrong in the file, at its row (the header is row 1) and column, in words. */
export interface ImportRowError {
  row: number;
  /** The column's letter, as the spreadsheet program shows it; absent for the row as a whole. */
  column?: string;
  detail: string;
}

/** The most rows one import takes; larger lists are split into several files. */
export const maxImportRows = 500;
/** Errors reported at most; beyond them one more says how many were left out. */
const maxReportedErrors = 200;

type Messages = Record<
  | 'noHeader'
  | 'unknownHeading'
  | 'repeatedHeading'
  | 'nameColumnMissing'
  | 'noRows'
  | 'tooManyRows'
  | 'nameMissing'
  | 'tooLong'
  | 'notText'
  | 'notNumber'
  | 'notDate'
  | 'notYesNo'
  | 'datesMissing'
  | 'datesWithoutHeld'
  | 'expiresBeforeValid'
  | 'priceIncomplete'
  | 'nameRepeated'
  | 'nameTaken'
  | 'moreErrors',
  (values: Record<string, string | number>) => string
>;

const messages: Record<ImportLanguage, Messages> = {
  de: {
    noHeader: () => 'Die Datei ist leer: Die erste Zeile muss die Spaltenüberschriften enthalten.',
    unknownHeading: ({ heading }) =>
      `Die Spalte „${heading}“ gehört nicht zur Vorlage des aktuellen Bewertungsschemas; laden Sie die Vorlage neu herunter.`,
    repeatedHeading: ({ heading }) => `Die Spalte „${heading}“ kommt zweimal vor.`,
    nameColumnMissing: () => 'Die Spalte „Name“ fehlt.',
    noRows: () => 'Die Datei enthält keine Option: Unter der Überschriftenzeile steht nichts.',
    tooManyRows: ({ max }) => `Höchstens ${max} Optionen je Datei; teilen Sie die Liste auf.`,
    nameMissing: () => 'Der Name fehlt.',
    tooLong: ({ max }) => `Höchstens ${max} Zeichen.`,
    notText: () => 'Hier wird Text erwartet.',
    notNumber: ({ value }) =>
      `„${value}“ ist keine Zahl; schreiben Sie z. B. 1.234,56 (mit Dezimalkomma).`,
    notDate: ({ value }) =>
      `„${value}“ ist kein Datum; schreiben Sie z. B. 2027-01-31 oder 31.01.2027.`,
    notYesNo: ({ value }) => `„${value}“ ist weder „ja“ noch „nein“.`,
    datesMissing: () => 'Bei „ja“ sind beide Daten anzugeben: gültig ab und gültig bis.',
    datesWithoutHeld: () => 'Daten sind nur bei „ja“ anzugeben.',
    expiresBeforeValid: () => 'Der Nachweis liefe ab, bevor er gilt.',
    priceIncomplete: () =>
      'Geben Sie alle Kostenbestandteile an (0, wo keine anfallen), oder keinen.',
    nameRepeated: ({ row }) => `Derselbe Name steht schon in Zeile ${row}.`,
    nameTaken: () => 'Eine Option dieser Prüfung trägt schon diesen Namen.',
    moreErrors: ({ count }) => `… und ${count} weitere Fehler.`,
  },
  en: {
    noHeader: () => 'The file is empty: its first row must hold the column headings.',
    unknownHeading: ({ heading }) =>
      `The column “${heading}” is not part of the template for the current scheme; download the template again.`,
    repeatedHeading: ({ heading }) => `The column “${heading}” appears twice.`,
    nameColumnMissing: () => 'The column “Name” is missing.',
    noRows: () => 'The file holds no option: there is nothing below the heading row.',
    tooManyRows: ({ max }) => `At most ${max} options per file; split the list.`,
    nameMissing: () => 'The name is missing.',
    tooLong: ({ max }) => `At most ${max} characters.`,
    notText: () => 'Text is expected here.',
    notNumber: ({ value }) =>
      `“${value}” is not a number; write e.g. 1.234,56 (with a decimal comma).`,
    notDate: ({ value }) => `“${value}” is not a date; write e.g. 2027-01-31 or 31.01.2027.`,
    notYesNo: ({ value }) => `“${value}” is neither “yes” nor “no”.`,
    datesMissing: () => 'With “yes”, give both dates: valid from and valid until.',
    datesWithoutHeld: () => 'Give the dates only with “yes”.',
    expiresBeforeValid: () => 'The evidence would expire before it is valid.',
    priceIncomplete: () => 'Give every cost component (0 where none arises), or none.',
    nameRepeated: ({ row }) => `Row ${row} has the same name already.`,
    nameTaken: () => 'Another option of this review has this name.',
    moreErrors: ({ count }) => `… and ${count} more errors.`,
  },
};

const yes = new Set(['ja', 'j', 'yes', 'y', 'x', 'wahr', 'true', '1']);
const no = new Set(['nein', 'n', 'no', 'falsch', 'false', '0']);

/**
 * Reads the rows of an import file (its first sheet, or the CSV) into options for the review's
 * scheme: the first row names the columns (German or English headings of the template, in any
 * order; columns left out stay empty), each following non-empty row is one option. Every cell
 * that cannot be read is an error at its row and column, in the language asked for; so is a name
 * used twice in the file or already taken in the review (`takenNames`, lower case, compared as
 * the unique index does), and whatever the offer check of create-option would refuse. Returns
 * the options only when nothing is wrong.
 */
export function readImportRows(
  rows: readonly (readonly ImportCell[])[],
  scheme: EvaluationScheme | undefined,
  takenNames: ReadonlySet<string>,
  language: ImportLanguage,
): { ok: true; options: CreateOptionInput[] } | { ok: false; errors: ImportRowError[] } {
  const say = messages[language];
  const errors: ImportRowError[] = [];
  const fail = (row: number, column: number | undefined, detail: string) =>
    errors.push({ row, ...(column !== undefined && { column: columnLetter(column) }), detail });

  const header = rows[0];
  if (header === undefined || header.every(isEmpty)) {
    return { ok: false, errors: [{ row: 1, detail: say.noHeader({}) }] };
  }
  const byHeading = new Map<string, ImportColumn>();
  for (const column of importColumns(scheme)) {
    byHeading.set(headingKey(column.heading.de), column);
    byHeading.set(headingKey(column.heading.en), column);
  }
  const columns: (ImportColumn | undefined)[] = [];
  const seen = new Set<ImportColumn>();
  header.forEach((cell, index) => {
    const heading = textOf(cell);
    if (heading === '') return;
    const column = byHeading.get(headingKey(heading));
    if (column === undefined) fail(1, index, say.unknownHeading({ heading }));
    else if (seen.has(column)) fail(1, index, say.repeatedHeading({ heading }));
    else {
      seen.add(column);
      columns[index] = column;
    }
  });
  if (![...seen].some((column) => column.kind === 'name')) {
    fail(1, undefined, say.nameColumnMissing({}));
  }
  if (errors.length > 0) return { ok: false, errors };

  const dataRows = rows
    .map((cells, index) => ({ cells, row: index + 1 }))
    .slice(1)
    .filter(({ cells }) => !cells.every(isEmpty));
  if (dataRows.length === 0) return { ok: false, errors: [{ row: 2, detail: say.noRows({}) }] };
  if (dataRows.length > maxImportRows) {
    return {
      ok: false,
      errors: [
        { row: dataRows[maxImportRows]!.row, detail: say.tooManyRows({ max: maxImportRows }) },
      ],
    };
  }

  const options: CreateOptionInput[] = [];
  const firstRowOfName = new Map<string, number>();
  for (const { cells, row } of dataRows) {
    const option = readRow(
      cells,
      columns,
      scheme,
      (column, detail) => fail(row, column, detail),
      say,
    );
    if (option === undefined) continue;
    const key = option.input.name.toLowerCase();
    const earlier = firstRowOfName.get(key);
    if (earlier !== undefined) fail(row, option.nameColumn, say.nameRepeated({ row: earlier }));
    else if (takenNames.has(key)) fail(row, option.nameColumn, say.nameTaken({}));
    else firstRowOfName.set(key, row);
    // The offer check create-option applies; what the reading above let through is named here.
    for (const issue of offerIssues(scheme, option.input.offer)) fail(row, undefined, issue.detail);
    options.push(option.input);
  }
  if (errors.length > 0) {
    const reported = errors.slice(0, maxReportedErrors);
    if (errors.length > maxReportedErrors) {
      reported.push({
        row: errors[maxReportedErrors]!.row,
        detail: say.moreErrors({ count: errors.length - maxReportedErrors }),
      });
    }
    return { ok: false, errors: reported };
  }
  return { ok: true, options };
}

/** One row as an option, or undefined when a cell of it could not be read (each one reported). */
function readRow(
  cells: readonly ImportCell[],
  columns: readonly (ImportColumn | undefined)[],
  scheme: EvaluationScheme | undefined,
  fail: (column: number | undefined, detail: string) => void,
  say: Messages,
): { input: CreateOptionInput; nameColumn: number } | undefined {
  let failed = false;
  const wrong = (column: number | undefined, detail: string) => {
    failed = true;
    fail(column, detail);
  };
  const fields: { name?: string; vendorName?: string; serviceName?: string } = {};
  let nameColumn = 0;
  const answers: Record<string, string> = {};
  const assessments: OptionOffer['assessments'] = {};
  const evidence = new Map<
    string,
    {
      held?: boolean;
      broken?: boolean;
      heldAt: number;
      from?: string;
      fromAt: number;
      until?: string;
      untilAt: number;
      scheme: string;
      type: string | undefined;
      criterionId: string;
    }
  >();
  const price = new Map<PricePart, { value: number | undefined; at: number }>();

  columns.forEach((column, index) => {
    if (column === undefined) return;
    const cell = cells[index] ?? null;
    switch (column.kind) {
      case 'name':
      case 'vendorName':
      case 'serviceName': {
        if (column.kind === 'name') nameColumn = index;
        const text = textOf(cell);
        if (text.length > 200) wrong(index, say.tooLong({ max: 200 }));
        else if (text !== '') fields[column.kind] = text;
        return;
      }
      case 'answer': {
        const text = textOf(cell);
        if (text.length > 4_000) wrong(index, say.tooLong({ max: 4_000 }));
        else if (text !== '') answers[column.criterionId] = text;
        return;
      }
      case 'metric': {
        if (isEmpty(cell)) return;
        const value = numberOf(cell);
        if (value === undefined) wrong(index, say.notNumber({ value: textOf(cell) }));
        else assessments[column.criterionId] = { kind: 'metric', value };
        return;
      }
      case 'price': {
        if (isEmpty(cell)) {
          price.set(column.part, { value: undefined, at: index });
          return;
        }
        const value = numberOf(cell);
        if (value === undefined) wrong(index, say.notNumber({ value: textOf(cell) }));
        else price.set(column.part, { value, at: index });
        return;
      }
      case 'attestationHeld':
      case 'attestationFrom':
      case 'attestationUntil': {
        const key = `${column.criterionId}\u0000${column.scheme}\u0000${column.type ?? ''}`;
        let entry = evidence.get(key);
        if (entry === undefined) {
          entry = {
            heldAt: index,
            fromAt: index,
            untilAt: index,
            scheme: column.scheme,
            type: column.type,
            criterionId: column.criterionId,
          };
          evidence.set(key, entry);
        }
        if (column.kind === 'attestationHeld') {
          entry.heldAt = index;
          if (isEmpty(cell)) return;
          const held = yesNoOf(cell);
          if (held === undefined) {
            entry.broken = true;
            wrong(index, say.notYesNo({ value: textOf(cell) }));
          } else entry.held = held;
          return;
        }
        if (column.kind === 'attestationFrom') entry.fromAt = index;
        else entry.untilAt = index;
        if (isEmpty(cell)) return;
        const date = dateOf(cell);
        if (date === undefined) {
          entry.broken = true;
          wrong(index, say.notDate({ value: textOf(cell) }));
        } else if (column.kind === 'attestationFrom') entry.from = date;
        else entry.until = date;
        return;
      }
    }
  });

  if (fields.name === undefined) wrong(nameColumn, say.nameMissing({}));

  for (const entry of evidence.values()) {
    // A cell of it that could not be read was named already.
    if (entry.broken === true) continue;
    if (entry.held !== true) {
      if (entry.from !== undefined || entry.until !== undefined) {
        wrong(entry.heldAt, say.datesWithoutHeld({}));
      }
      continue;
    }
    if (entry.from === undefined || entry.until === undefined) {
      wrong(entry.from === undefined ? entry.fromAt : entry.untilAt, say.datesMissing({}));
      continue;
    }
    if (entry.until < entry.from) {
      wrong(entry.untilAt, say.expiresBeforeValid({}));
      continue;
    }
    const assessment = assessments[entry.criterionId];
    const list = assessment?.kind === 'attestation' ? assessment.evidence : [];
    list.push({
      scheme: entry.scheme,
      ...(entry.type !== undefined && { type: entry.type }),
      coversOfferedService: true,
      validFrom: entry.from,
      validUntil: entry.until,
    });
    assessments[entry.criterionId] = { kind: 'attestation', evidence: list };
  }

  const given = [...price.entries()].filter(([, part]) => part.value !== undefined);
  let offerPrice: OptionOffer['price'];
  if (given.length > 0 && scheme !== undefined) {
    const missing = [...price.values()].find((part) => part.value === undefined);
    const value = (part: PricePart) => price.get(part)?.value;
    if (missing !== undefined || given.length !== price.size) {
      wrong(missing?.at, say.priceIncomplete({}));
    } else if (scheme.price.kind === 'totalPrice') {
      offerPrice = { kind: 'totalPrice', amount: value('amount')! };
    } else if (
      (['oneOff', 'migrationIn', 'recurringPerYear', 'egressPerYear', 'exit'] as const).every(
        (part) => value(part) !== undefined,
      )
    ) {
      offerPrice = {
        kind: 'lifeCycleCost',
        costs: {
          oneOff: value('oneOff')!,
          migrationIn: value('migrationIn')!,
          recurringPerYear: value('recurringPerYear')!,
          egressPerYear: value('egressPerYear')!,
          exit: value('exit')!,
        },
      };
    } else {
      wrong(given[0]![1].at, say.priceIncomplete({}));
    }
  }
  if (failed || fields.name === undefined) return undefined;

  const parsed = CreateOptionInput.safeParse({
    ...fields,
    offer: { answers, assessments, ...(offerPrice !== undefined && { price: offerPrice }) },
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) fail(undefined, issue.message);
    return undefined;
  }
  return { input: parsed.data, nameColumn };
}

function isEmpty(cell: ImportCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** A cell as text: text trimmed, a number as written, a date as YYYY-MM-DD. */
function textOf(cell: ImportCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return cell.number;
}

/** A numeric cell exactly as stored, or text in German notation. */
function numberOf(cell: ImportCell): number | undefined {
  if (typeof cell === 'string') return parseGermanNumber(cell);
  if (cell !== null && typeof cell === 'object' && !(cell instanceof Date)) {
    const value = Number(cell.number);
    return Number.isFinite(value) ? value : undefined;
  }
  return undefined;
}

function yesNoOf(cell: ImportCell): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  const text = textOf(cell).toLowerCase();
  if (yes.has(text)) return true;
  if (no.has(text)) return false;
  return undefined;
}

/** A date cell (read as midnight UTC), or text as YYYY-MM-DD or DD.MM.YYYY; a real day only. */
function dateOf(cell: ImportCell): string | undefined {
  let year: number;
  let month: number;
  let day: number;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return undefined;
    [year, month, day] = [cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate()];
  } else if (typeof cell === 'string') {
    const text = cell.trim();
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
    if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    else if (german) [year, month, day] = [Number(german[3]), Number(german[2]), Number(german[1])];
    else return undefined;
  } else return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}
