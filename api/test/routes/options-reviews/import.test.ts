import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/documents/spreadsheets/csv.ts';
import { xlsxMediaType } from '../../../src/documents/spreadsheets/file-kind.ts';
import {
  readFirstSheet,
  toXlsx,
  type WrittenCell,
} from '../../../src/documents/spreadsheets/xlsx.ts';
import { maxImportBodyBytes } from '../../../src/routes/options-reviews/import-options.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { zipOf } from '../../documents/spreadsheets/zip.ts';
import { reviewsApp, type Caller } from './app.ts';

const scheme = {
  schemaVersion: 1,
  id: 'collaboration',
  title: { de: 'Zusammenarbeit', en: 'Collaboration' },
  currency: 'EUR',
  submissionDeadline: '2027-01-15',
  method: { kind: 'weightedSum', priceFormula: { kind: 'lowestPriceRatio' } },
  price: { kind: 'lifeCycleCost', termYears: 4 },
  minimumRequirements: [
    { id: 'eu-data', legalType: 'minimum', title: { de: 'Daten in der EU', en: 'Data in the EU' } },
  ],
  award: [
    {
      kind: 'metric',
      id: 'availability',
      parentId: null,
      title: { de: 'Verfügbarkeit', en: 'Availability' },
      weightBp: 3000,
      subject: 'service',
      unit: '%',
      utility: { kind: 'linear', worst: 99, best: 99.99 },
    },
    {
      kind: 'attestation',
      id: 'c5',
      parentId: null,
      title: { de: 'C5-Testat', en: 'C5 attestation' },
      weightBp: 3000,
      subject: 'service',
      rules: [{ scheme: 'bsi-c5', type: 'type2', points: 100 }],
    },
    {
      kind: 'price',
      id: 'price',
      parentId: null,
      title: { de: 'Kosten', en: 'Cost' },
      weightBp: 4000,
    },
  ],
};

const base = '/api/v1/options-reviews';

/** What an XLSX container declares of itself; file-type recognises a workbook by it. */
const contentTypes = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
);

describeDatabase('importing options from XLSX and CSV', (backend) => {
  let database: TestDatabase;
  let api: ReturnType<typeof reviewsApp>;
  let lead: Caller;
  let officer: Caller;
  let reviewer: Caller;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    api = reviewsApp(database.db);
    ({ lead, officer, reviewer } = await api.authority());
  });
  afterAll(() => database.close());

  async function reviewWithScheme() {
    const id = await api.review(lead, [officer, reviewer]);
    const saved = await api.call(lead, 'POST', `/${id}/scheme-versions`, {
      basedOnVersion: null,
      source: { kind: 'edited', scheme },
    });
    if (saved.status !== 201) throw new Error(JSON.stringify(saved.body));
    return id;
  }

  async function template(caller: Caller, id: string, query: string) {
    const response = await api.app.request(`${base}/${id}/options/import-template?${query}`, {
      headers: caller.headers,
    });
    return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
  }

  async function upload(
    caller: Caller,
    id: string,
    bytes: Uint8Array | string,
    type: string,
    lang = 'en',
  ) {
    const response = await api.app.request(`${base}/${id}/options/import?lang=${lang}`, {
      method: 'POST',
      headers: { ...caller.headers, 'sec-fetch-site': 'same-origin', 'content-type': type },
      body: typeof bytes === 'string' ? bytes : new Uint8Array(bytes),
    });
    return { status: response.status, body: (await response.json()) as any };
  }

  /** The template's headings, in the language asked for. */
  async function headingsOf(id: string, lang: 'de' | 'en') {
    const { bytes } = await template(lead, id, `format=xlsx&lang=${lang}`);
    return (await readFirstSheet(bytes))[0] as string[];
  }

  const listed = async (id: string) =>
    (await api.call(lead, 'GET', `/${id}/options`)).body.options as { name: string }[];

  it('offers the template for the latest scheme as XLSX and CSV, in German and English', async () => {
    const id = await reviewWithScheme();
    const xlsx = await template(reviewer, id, 'format=xlsx&lang=de');
    expect(xlsx.response.status).toBe(200);
    expect(xlsx.response.headers.get('content-type')).toBe(xlsxMediaType);
    expect(xlsx.response.headers.get('content-disposition')).toBe(
      'attachment; filename="optionen-vorlage.xlsx"',
    );
    expect((await readFirstSheet(xlsx.bytes))[0]).toEqual([
      'Name',
      'Anbieter',
      'Leistung',
      'Antwort: Daten in der EU [eu-data]',
      'Antwort: Verfügbarkeit [availability]',
      'Antwort: C5-Testat [c5]',
      'Antwort: Kosten [price]',
      'Wert (%): Verfügbarkeit [availability]',
      'bsi-c5 type2 für die Leistung (ja/nein): C5-Testat [c5]',
      'bsi-c5 type2 gültig ab: C5-Testat [c5]',
      'bsi-c5 type2 gültig bis: C5-Testat [c5]',
      'Einmalkosten (EUR)',
      'Migrationskosten (EUR)',
      'Laufende Kosten pro Jahr (EUR)',
      'Datenabflusskosten pro Jahr (EUR)',
      'Ausstiegskosten (EUR)',
    ]);
    const csv = await template(lead, id, 'format=csv');
    expect(csv.response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.bytes);
    expect(text.startsWith('\uFEFFName;Vendor;Service;Answer: Data in the EU [eu-data];')).toBe(
      true,
    );
    const byHeader = await api.app.request(`${base}/${id}/options/import-template`, {
      headers: { ...lead.headers, 'accept-language': 'fr, de;q=0.8, en;q=0.5' },
    });
    expect(byHeader.headers.get('content-disposition')).toContain('optionen-vorlage.xlsx');
  });

  it('creates every option of a filled-in XLSX template, in the file’s order, with one audit entry', async () => {
    const id = await reviewWithScheme();
    const headings = await headingsOf(id, 'de');
    const row = (values: Record<string, WrittenCell>) =>
      headings.map((heading) => values[heading] ?? null);
    const file = await toXlsx([
      {
        name: 'Optionen',
        rows: [
          headings,
          row({
            Name: 'openDesk beim Landesdienstleister',
            Anbieter: 'Dataport (fiktiv)',
            Leistung: 'openDesk',
            'Antwort: Daten in der EU [eu-data]': 'Rechenzentren in Norddeutschland',
            'Wert (%): Verfügbarkeit [availability]': 99.95,
            'bsi-c5 type2 für die Leistung (ja/nein): C5-Testat [c5]': 'ja',
            'bsi-c5 type2 gültig ab: C5-Testat [c5]': '2026-03-01',
            'bsi-c5 type2 gültig bis: C5-Testat [c5]': '28.02.2027',
            'Einmalkosten (EUR)': 250000,
            'Migrationskosten (EUR)': 400000,
            'Laufende Kosten pro Jahr (EUR)': 1200000,
            'Datenabflusskosten pro Jahr (EUR)': 0,
            'Ausstiegskosten (EUR)': '150.000,5',
          }),
          row({}),
          row({ Name: 'Hyperscaler mit EU-Region' }),
        ],
      },
    ]);
    const imported = await upload(officer, id, file, xlsxMediaType);
    expect(imported.status).toBe(201);
    expect(imported.body.options).toHaveLength(2);
    expect(imported.body.options[0]).toMatchObject({
      name: 'openDesk beim Landesdienstleister',
      vendorName: 'Dataport (fiktiv)',
      serviceName: 'openDesk',
      checkedAgainstSchemeVersion: 1,
      version: 1,
      createdBy: officer.id,
      offer: {
        answers: { 'eu-data': 'Rechenzentren in Norddeutschland' },
        assessments: {
          availability: { kind: 'metric', value: 99.95 },
          c5: {
            kind: 'attestation',
            evidence: [
              {
                scheme: 'bsi-c5',
                type: 'type2',
                coversOfferedService: true,
                validFrom: '2026-03-01',
                validUntil: '2027-02-28',
              },
            ],
          },
        },
        price: {
          kind: 'lifeCycleCost',
          costs: {
            oneOff: 250000,
            migrationIn: 400000,
            recurringPerYear: 1200000,
            egressPerYear: 0,
            exit: 150000.5,
          },
        },
      },
    });
    expect(imported.body.options[1]).toMatchObject({
      name: 'Hyperscaler mit EU-Region',
      vendorName: null,
      offer: { answers: {}, assessments: {} },
    });
    expect((await listed(id)).map((option) => option.name)).toEqual([
      'openDesk beim Landesdienstleister',
      'Hyperscaler mit EU-Region',
    ]);
    const entries = await database.db
      .selectFrom('audit_entry')
      .select(['action', 'outcome', 'object_type', 'actor_id', 'after_hash'])
      .where('action', '=', 'options_review.options.imported')
      .where('object_id', '=', id)
      .execute();
    expect(entries).toEqual([
      {
        action: 'options_review.options.imported',
        outcome: 'succeeded',
        object_type: 'options_review',
        actor_id: officer.id,
        after_hash: expect.any(String),
      },
    ]);
  });

  it('reads a CSV file with English headings in any order and German numbers', async () => {
    const id = await reviewWithScheme();
    const csv = toCsv([
      ['Value (%): Availability [availability]', 'Name', 'Service'],
      ['99,9', 'Souveräne Cloud', 'Office'],
      ['1.000', 'Zweite', ''],
    ]);
    const imported = await upload(lead, id, csv, 'text/csv; charset=utf-8');
    expect(imported.status).toBe(201);
    expect(imported.body.options.map((option: { offer: unknown }) => option.offer)).toEqual([
      { answers: {}, assessments: { availability: { kind: 'metric', value: 99.9 } } },
      { answers: {}, assessments: { availability: { kind: 'metric', value: 1000 } } },
    ]);
  });

  it('names every bad cell by row and column, in the language asked for, and creates nothing', async () => {
    const id = await reviewWithScheme();
    await api.call(lead, 'POST', `/${id}/options`, { name: 'Schon da' });
    const headings = await headingsOf(id, 'en');
    const at = (name: string) => headings.indexOf(name);
    const rows = [
      headings,
      headings.map(() => ''),
      headings.map(() => ''),
      headings.map(() => ''),
      headings.map(() => ''),
      headings.map(() => ''),
      headings.map(() => ''),
    ];
    const set = (row: number, heading: string, value: string) => {
      rows[row]![at(heading)] = value;
    };
    set(1, 'Name', 'Gut');
    set(2, 'Name', 'Zahl falsch');
    set(2, 'Value (%): Availability [availability]', '99.9.9');
    set(3, 'Name', 'gut');
    set(4, 'Name', 'schon da');
    set(4, 'bsi-c5 type2 for the service (yes/no): C5 attestation [c5]', 'vielleicht');
    set(5, 'Name', 'Testat');
    set(5, 'bsi-c5 type2 for the service (yes/no): C5 attestation [c5]', 'yes');
    set(5, 'bsi-c5 type2 valid from: C5 attestation [c5]', '31.02.2027');
    set(5, 'One-off costs (EUR)', '10');
    set(6, 'Answer: Data in the EU [eu-data]', 'Ohne Namen');
    const refused = await upload(lead, id, toCsv(rows), 'text/csv');
    expect(refused.status).toBe(422);
    expect(refused.body.type).toBe('/api/problems/validation-failed');
    expect(refused.body.detail).toMatch(/No option was created/);
    const letter = (heading: string) => String.fromCharCode(65 + at(heading));
    expect(refused.body.errors).toEqual([
      {
        in: 'body',
        pointer: '',
        row: 3,
        column: letter('Value (%): Availability [availability]'),
        detail: expect.stringMatching(/“99\.9\.9” is not a number/),
      },
      { in: 'body', pointer: '', row: 4, column: 'A', detail: 'Row 2 has the same name already.' },
      {
        in: 'body',
        pointer: '',
        row: 5,
        column: letter('bsi-c5 type2 for the service (yes/no): C5 attestation [c5]'),
        detail: '“vielleicht” is neither “yes” nor “no”.',
      },
      {
        in: 'body',
        pointer: '',
        row: 6,
        column: letter('bsi-c5 type2 valid from: C5 attestation [c5]'),
        detail: expect.stringMatching(/“31\.02\.2027” is not a date/),
      },
      {
        in: 'body',
        pointer: '',
        row: 6,
        column: letter('Migration costs (EUR)'),
        detail: expect.stringMatching(/every cost component/),
      },
      { in: 'body', pointer: '', row: 7, column: 'A', detail: 'The name is missing.' },
    ]);
    expect((await listed(id)).map((option) => option.name)).toEqual(['Schon da']);

    // The name taken in the review, once the row's other cells read; in German.
    const german = await upload(
      lead,
      id,
      toCsv([['Name'], ['Neu'], ['SCHON DA']]),
      'text/csv',
      'de',
    );
    expect(german.status).toBe(422);
    expect(german.body.errors).toEqual([
      {
        in: 'body',
        pointer: '',
        row: 3,
        column: 'A',
        detail: 'Eine Option dieser Prüfung trägt schon diesen Namen.',
      },
    ]);
    expect(await listed(id)).toHaveLength(1);
  });

  it('refuses headings that are not the current template’s, and a file without options', async () => {
    const id = await reviewWithScheme();
    const unknown = await upload(
      lead,
      id,
      toCsv([
        ['Name', 'Farbe'],
        ['A', 'blau'],
      ]),
      'text/csv',
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([
      expect.objectContaining({ row: 1, column: 'B', detail: expect.stringMatching(/“Farbe”/) }),
    ]);
    const nameless = await upload(lead, id, toCsv([['Vendor'], ['X']]), 'text/csv');
    expect(nameless.body.errors).toEqual([
      expect.objectContaining({ row: 1, detail: 'The column “Name” is missing.' }),
    ]);
    const empty = await upload(lead, id, toCsv([['Name'], ['']]), 'text/csv');
    expect(empty.status).toBe(422);
    expect(empty.body.errors[0].detail).toMatch(/holds no option/);
    expect(await listed(id)).toEqual([]);
  });

  it('refuses a zip bomb, a file whose content is not its type, and a body over the limit', async () => {
    const id = await reviewWithScheme();
    const bomb = zipOf([
      { name: '[Content_Types].xml', data: contentTypes },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(80 * 1024 * 1024, 0x20) },
    ]);
    const bombed = await upload(lead, id, bomb, xlsxMediaType);
    expect(bombed.status).toBe(422);
    expect(bombed.body.detail).toMatch(/unpack to more than 128 MiB/);

    const pdf = await upload(
      lead,
      id,
      new TextEncoder().encode('%PDF-1.7\n%\u00e2\n'),
      xlsxMediaType,
    );
    expect(pdf.status).toBe(415);
    expect(pdf.body.type).toBe('/api/problems/unsupported-media-type');
    const csvAsXlsx = await upload(lead, id, toCsv([['Name'], ['A']]), xlsxMediaType);
    expect(csvAsXlsx.status).toBe(415);
    expect(csvAsXlsx.body.detail).toMatch(/content is CSV/);
    const binary = await upload(lead, id, Uint8Array.from([0, 1, 2, 255]), 'text/csv');
    expect(binary.status).toBe(415);
    const json = await upload(lead, id, '{"name":"A"}', 'application/json');
    expect(json.status).toBe(415);

    const large = await upload(lead, id, 'Name\n' + 'x'.repeat(maxImportBodyBytes), 'text/csv');
    expect(large.status).toBe(413);
    expect(large.body.type).toBe('/api/problems/content-too-large');
    expect(await listed(id)).toEqual([]);
  });

  describe('who may import', () => {
    it('refuses reviewers (403), people who take no part (404) and concluded reviews (409)', async () => {
      const id = await reviewWithScheme();
      const file = toCsv([['Name'], ['A']]);
      expect((await upload(reviewer, id, file, 'text/csv')).status).toBe(403);
      const stranger = await api.signIn('officer', lead.organisationId);
      expect((await upload(stranger, id, file, 'text/csv')).status).toBe(404);
      expect((await template(stranger, id, 'format=csv')).response.status).toBe(404);
      const other = await api.authority();
      expect((await upload(other.lead, id, file, 'text/csv')).status).toBe(404);

      expect((await upload(lead, id, file, 'text/csv')).status).toBe(201);
      expect((await api.call(lead, 'PUT', `/${id}/status`, { status: 'inReview' })).status).toBe(
        200,
      );
      expect((await api.call(lead, 'PUT', `/${id}/status`, { status: 'concluded' })).status).toBe(
        200,
      );
      const late = await upload(lead, id, toCsv([['Name'], ['B']]), 'text/csv');
      expect(late.status).toBe(409);
      expect((await listed(id)).map((option) => option.name)).toEqual(['A']);
    });
  });
});
