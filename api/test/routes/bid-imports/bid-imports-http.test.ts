import { BidImportSummary, EvaluationScheme, evaluateExample } from '@tenderwise/schema';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { toCsv } from '../../../src/documents/spreadsheets/csv.ts';
import { toXlsx } from '../../../src/documents/spreadsheets/xlsx.ts';
import { canonicalJson } from '../../../src/engine/canonical/canonical-json.ts';
import { schemeCommitment } from '../../../src/engine/canonical/commitment.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { createTenderIn } from '../../security/access/fixtures/tenders.ts';
import { seedUser } from '../../services/accounts/fixtures.ts';
import { reviewsApp, type Caller } from '../options-reviews/app.ts';

const platform = 'eVergabe Berlin';

/** A bid of our JSON format for the example scheme (declarations and one offer criterion). */
function jsonBid(name: string, extra: Record<string, unknown> = {}) {
  return {
    lotNumber: 1,
    receivedAt: '2027-03-01T10:42:10+01:00',
    late: false,
    content: {
      bidder: { kind: 'single', company: { name, country: 'DE' } },
      answers: {
        turnover: { kind: 'declaration', met: true },
        concept: { kind: 'offer', text: 'Betrieb in zwei Rechenzentren.' },
      },
      price: { kind: 'totalPrice', amount: 812500.5 },
      declarations: { art5k: true, exclusionGrounds: true },
      declarant: { name: 'Erika Muster', function: 'Prokuristin' },
      ...extra,
    },
  };
}

const exportOf = (reference: string, bids: unknown[], padding = '') =>
  `{"format":"tenderwise-bid-import","version":1,"tenderReference":${JSON.stringify(reference)},` +
  `"platform":"${platform}","openedAt":"2027-03-01T12:15:00+01:00",${padding}"bids":${JSON.stringify(bids)}}`;

const mapping = {
  columns: {
    receivedAt: 'Eingang',
    late: 'Verspätet',
    bidderName: 'Bieter',
    bidderCountry: 'Land',
    subcontractors: 'Unterauftragnehmer',
    totalPrice: 'Gesamtpreis',
    declarationArt5k: 'Art. 5k',
    declarationExclusionGrounds: 'Keine Ausschlussgründe',
    declarantName: 'Person',
    declarantFunction: 'Funktion',
  },
  answers: { turnover: 'Mindestumsatz', concept: 'Betriebskonzept' },
};
const headings = [
  'Eingang',
  'Verspätet',
  'Bieter',
  'Land',
  'Unterauftragnehmer',
  'Gesamtpreis',
  'Art. 5k',
  'Keine Ausschlussgründe',
  'Person',
  'Funktion',
  'Mindestumsatz',
  'Betriebskonzept',
];
const sheetRow = (name: string, price: string) => [
  '01.03.2027 10:42',
  'nein',
  name,
  'DE',
  'Rechenwerk AG|DE|12,5|Rechenzentrum',
  price,
  'ja',
  'ja',
  'Erika Muster',
  'Prokuristin',
  'ja',
  'Betrieb in zwei Rechenzentren.',
];

describeDatabase('bid imports over HTTP', (backend) => {
  let database: TestDatabase;
  let api: ReturnType<typeof reviewsApp>;
  let lead: Caller;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
    api = reviewsApp(database.db);
    // After the submission deadline of the tenders below (2027-03-01 12:00 Berlin).
    api.clock.set('2027-03-02T09:00:00.000Z');
    lead = await api.signIn('officer');
  });
  afterAll(() => database.close());

  /** A published tender led by `lead`, whose lot 1 has the example scheme as version 2. */
  async function tender(options: { intake?: 'platform' | 'vault'; deadline?: string } = {}) {
    const db = database.db;
    const approver = await seedUser(db, 'officer', lead.organisationId);
    const vendor = await seedUser(db, 'vendor');
    const created = await createTenderIn(db, {
      organisationId: lead.organisationId,
      leadUserId: lead.id,
      approver: approver.id,
      team: [{ userId: lead.id, capacity: 'officer' }],
      state: 'published',
      questionBy: { organisationId: vendor.organisation_id, userId: vendor.id },
    });
    const scheme = EvaluationScheme.parse(evaluateExample.request.scheme);
    // A correction (§ 20 (3) VgV) published the example scheme as version 2.
    await db
      .insertInto('tender_correction')
      .values({
        tender_id: created.id,
        number: 1,
        reason: 'Kriterien ergänzt',
        previous_submission_deadline: new Date('2027-03-01T11:00:00Z'),
        submission_deadline: new Date('2027-03-01T11:00:00Z'),
        previous_questions_deadline: new Date('2027-02-22T22:59:59Z'),
        questions_deadline: new Date('2027-02-22T22:59:59Z'),
        corrected_by: lead.id,
        corrected_at: new Date('2027-02-01T10:00:00Z'),
      })
      .execute();
    await db
      .insertInto('tender_scheme_version')
      .values({
        tender_id: created.id,
        lot_number: 1,
        number: 2,
        scheme: canonicalJson(scheme),
        commitment: schemeCommitment(scheme),
        correction_number: 1,
        created_by: lead.id,
        created_at: new Date('2027-02-01T10:00:00Z'),
      })
      .execute();
    const row = await db
      .updateTable('tender')
      .set({
        bid_intake: options.intake ?? 'platform',
        ...(options.deadline && { submission_deadline: new Date(options.deadline) }),
      })
      .where('id', '=', created.id)
      .returning(['id', 'reference'])
      .executeTakeFirstOrThrow();
    return row;
  }

  async function send(
    tenderId: string,
    parts: { file: string | Uint8Array; name: string; mapping?: unknown; openedAt?: string },
    path = '',
  ) {
    const form = new FormData();
    form.append('file', new File([parts.file], parts.name));
    form.append('openingRecord', new File(['%PDF-1.7 Niederschrift'], 'niederschrift.pdf'));
    form.append('platform', platform);
    if (parts.mapping !== undefined) form.append('mapping', JSON.stringify(parts.mapping));
    if (parts.openedAt !== undefined) form.append('openedAt', parts.openedAt);
    const response = await api.app.request(
      `/api/v1/tenders/${tenderId}/bid-imports${path}?lang=en`,
      {
        method: 'POST',
        headers: { ...lead.headers, 'sec-fetch-site': 'same-origin' },
        body: form,
      },
    );
    return { status: response.status, body: (await response.json()) as any };
  }

  async function counts(tenderId: string) {
    const db = database.db;
    const count = async (table: 'bid' | 'bid_import') =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .where('tender_id', '=', tenderId)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const contents = await db
      .selectFrom('bid_opened_content')
      .innerJoin('bid', 'bid.id', 'bid_opened_content.bid_id')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('bid.tender_id', '=', tenderId)
      .executeTakeFirstOrThrow();
    const audit = await db
      .selectFrom('audit_entry')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('object_id', '=', tenderId)
      .executeTakeFirstOrThrow();
    const state = await db
      .selectFrom('tender')
      .select('state')
      .where('id', '=', tenderId)
      .executeTakeFirstOrThrow();
    return {
      bids: await count('bid'),
      imports: await count('bid_import'),
      contents: Number(contents.n),
      audit: Number(audit.n),
      state: state.state,
    };
  }

  it('imports a JSON export once: the same file again changes nothing, a later file adds a bidder, a bidder twice is refused', async () => {
    const { id, reference } = await tender();
    const file = exportOf(reference, [jsonBid('Wolkenwerk GmbH')]);
    const first = await send(id, { file, name: 'export.json' });
    expect(first.status).toBe(201);
    const summary = BidImportSummary.parse(first.body);
    expect(summary).toMatchObject({ format: 'json', bidCount: 1, fileName: 'export.json' });
    expect(summary.bidsPerLot).toEqual([{ lotNumber: 1, bids: 1 }]);
    expect(summary.openingRecordName).toBe('niederschrift.pdf');
    const after = await counts(id);
    expect(after).toMatchObject({ bids: 1, imports: 1, contents: 1, state: 'opened' });

    const again = await send(id, { file, name: 'export-copy.json' });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(summary.id);
    expect(await counts(id)).toEqual(after);

    const second = await send(id, {
      file: exportOf(reference, [jsonBid('Datenhafen AG')]),
      name: 'export-2.json',
    });
    expect(second.status).toBe(201);
    const twice = await send(id, {
      file: exportOf(reference, [jsonBid('Wolkenwerk GmbH', { validUntil: '2027-06-30' })]),
      name: 'export-3.json',
    });
    expect(twice.status).toBe(422);
    expect(twice.body.errors[0].pointer).toBe('/file/bids/0/content/bidder');

    const list = await api.app.request(`/api/v1/tenders/${id}/bid-imports`, {
      headers: lead.headers,
    });
    const imports = ((await list.json()) as any).imports;
    expect(imports.map((entry: { fileName: string }) => entry.fileName).sort()).toEqual([
      'export-2.json',
      'export.json',
    ]);
    const stored = await database.db
      .selectFrom('bid_opened_content')
      .innerJoin('bid', 'bid.id', 'bid_opened_content.bid_id')
      .select(['content', 'late', 'received_at', 'opening_session_id'])
      .where('bid.import_id', '=', summary.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(stored.content).bidder.company.name).toBe('Wolkenwerk GmbH');
    expect(stored.received_at.toISOString()).toBe('2027-03-01T09:42:10.000Z');
    expect(stored.opening_session_id).toBeNull();
  });

  it('imports nothing from a file with one bad row, names its row and field, and refuses criteria not in the scheme', async () => {
    const { id, reference } = await tender();
    const before = await counts(id);
    const csv = toCsv([
      headings,
      sheetRow('Wolkenwerk GmbH', '812.500,50'),
      sheetRow('Datenhafen AG', '12x'),
    ]);
    const refused = await send(id, {
      file: csv,
      name: 'export.csv',
      mapping,
      openedAt: '2027-03-01T12:15:00+01:00',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toHaveLength(1);
    expect(refused.body.errors[0]).toMatchObject({ row: 3 });
    expect(refused.body.errors[0].detail).toMatch(/^totalPrice: /);
    expect(await counts(id)).toEqual(before);

    const preview = await send(
      id,
      { file: csv, name: 'export.csv', mapping, openedAt: '2027-03-01T12:15:00+01:00' },
      '/preview',
    );
    expect(preview.status).toBe(200);
    expect(preview.body.lots[0].bids).toHaveLength(1);
    expect(preview.body.lots[0].bids[0].content.price).toEqual({
      kind: 'totalPrice',
      amount: 812500.5,
    });
    expect(preview.body.errors).toEqual([expect.objectContaining({ row: 3, field: 'totalPrice' })]);

    const unknown = await send(id, {
      file: exportOf(reference, [
        jsonBid('Wolkenwerk GmbH', {
          answers: { 'SOV-9': { kind: 'declaration', met: true } },
        }),
      ]),
      name: 'unknown.json',
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].pointer).toBe('/file/bids/0/content/answers/SOV-9');
    expect(await counts(id)).toEqual(before);
  });

  it('suggests the mapping for a sheet made from the template when none is saved', async () => {
    const { id } = await tender();
    const template = await api.app.request(
      `/api/v1/tenders/${id}/bid-import-template?format=csv&lang=de`,
      { headers: lead.headers },
    );
    expect(template.status).toBe(200);
    const headingRow = (await template.text()).replace(/^\uFEFF/, '').trim();
    expect(headingRow).toContain('Betriebskonzept [concept]');
    const form = new FormData();
    form.append('file', new File([`${headingRow}\r\n`], 'export.csv'));
    form.append('openingRecord', new File(['%PDF-1.7'], 'niederschrift.pdf'));
    form.append('platform', 'Plattform ohne Zuordnung');
    const response = await api.app.request(`/api/v1/tenders/${id}/bid-imports/preview`, {
      method: 'POST',
      headers: { ...lead.headers, 'sec-fetch-site': 'same-origin' },
      body: form,
    });
    const preview = (await response.json()) as any;
    expect(response.status).toBe(200);
    expect(preview.errors.map((error: { field: string }) => error.field)).toContain('mapping');
    expect(preview.mapping.columns.bidderName).toBe('Bieter');
    expect(preview.mapping.answers.concept).toBe('Betriebskonzept [concept]');
    expect(preview.criteria.map((criterion: { id: string }) => criterion.id)).toContain('concept');
  });

  it('imports CSV and XLSX with the mapping saved for the platform', async () => {
    const saved = await api.app.request(
      `/api/v1/bid-import-mappings/${encodeURIComponent(platform)}`,
      {
        method: 'PUT',
        headers: {
          ...lead.headers,
          'sec-fetch-site': 'same-origin',
          'content-type': 'application/json',
        },
        body: JSON.stringify({ mapping }),
      },
    );
    expect(saved.status).toBe(201);

    const csvTender = await tender();
    const csv = toCsv([
      headings,
      sheetRow('Wolkenwerk GmbH', '812.500,50'),
      sheetRow('Datenhafen AG', '799.000'),
    ]);
    const fromCsv = await send(csvTender.id, {
      file: csv,
      name: 'export.csv',
      openedAt: '2027-03-01T12:15:00+01:00',
    });
    expect(fromCsv.status).toBe(201);
    expect(fromCsv.body).toMatchObject({ format: 'csv', bidCount: 2 });

    const xlsxTender = await tender();
    const xlsx = await toXlsx([
      { name: 'Angebote', rows: [headings, sheetRow('Wolkenwerk GmbH', '812.500,50')] },
    ]);
    const fromXlsx = await send(xlsxTender.id, {
      file: xlsx,
      name: 'export.xlsx',
      openedAt: '2027-03-01T12:15:00+01:00',
    });
    expect(fromXlsx.status).toBe(201);
    expect(fromXlsx.body).toMatchObject({ format: 'xlsx', bidCount: 1 });
    const content = await database.db
      .selectFrom('bid_opened_content')
      .innerJoin('bid', 'bid.id', 'bid_opened_content.bid_id')
      .select('content')
      .where('bid.import_id', '=', fromXlsx.body.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(content.content)).toMatchObject({
      subcontractors: [
        {
          company: { name: 'Rechenwerk AG', country: 'DE' },
          sharePercent: 12.5,
          scope: 'Rechenzentrum',
        },
      ],
      answers: { turnover: { kind: 'declaration', met: true } },
    });
  });

  it('refuses tenders whose bids are received in the vault, and any import before the submission deadline', async () => {
    const vault = await tender({ intake: 'vault' });
    const file = (reference: string) => exportOf(reference, [jsonBid('Wolkenwerk GmbH')]);
    const refused = await send(vault.id, { file: file(vault.reference), name: 'export.json' });
    expect(refused.status).toBe(409);
    const early = await tender({ deadline: '2027-06-01T10:00:00Z' });
    const tooEarly = await send(early.id, { file: file(early.reference), name: 'export.json' });
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.detail).toMatch(/§ 55 \(1\) VgV/);
    expect((await counts(early.id)).imports).toBe(0);
    const recorded = await database.db
      .selectFrom('audit_entry')
      .select(['action', 'outcome'])
      .where('object_id', '=', early.id)
      .where('action', '=', 'tender.bids.imported')
      .execute();
    expect(recorded).toEqual([{ action: 'tender.bids.imported', outcome: 'refused' }]);
    // A sample may be previewed before the deadline, to prepare the mapping; it says why it waits.
    const sample = await send(
      early.id,
      { file: file(early.reference), name: 'sample.json' },
      '/preview',
    );
    expect(sample.status).toBe(200);
    expect(sample.body.lots[0].bids).toHaveLength(1);
    expect(sample.body.errors).toEqual([
      expect.objectContaining({ row: 1, field: 'submissionDeadline' }),
    ]);
    const vaultPreview = await send(
      vault.id,
      { file: file(vault.reference), name: 'export.json' },
      '/preview',
    );
    expect(vaultPreview.status).toBe(409);
  });

  it('accepts a 20 MB export and refuses a body over the limit with 413', async () => {
    const { id, reference } = await tender();
    // Our JSON format with 20 MB of insignificant white space: one body, built once.
    const padding = ' '.repeat(20 * 1000 * 1000);
    const file = exportOf(reference, [jsonBid('Wolkenwerk GmbH')], padding);
    const accepted = await send(id, { file, name: 'export.json' });
    expect(accepted.status).toBe(201);
    expect(accepted.body.fileBytes).toBeGreaterThan(20_000_000);

    const tooLarge = await api.app.request(`/api/v1/tenders/${id}/bid-imports`, {
      method: 'POST',
      headers: {
        ...lead.headers,
        'sec-fetch-site': 'same-origin',
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': String(24 * 1024 * 1024 + 1),
      },
      body: new Uint8Array(24 * 1024 * 1024 + 1),
    });
    expect(tooLarge.status).toBe(413);
  });
});
