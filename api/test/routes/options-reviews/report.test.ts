import { readSheet } from 'read-excel-file/node';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { reviewsApp, type Caller } from './app.ts';

const anchors = (scale: number) =>
  Array.from({ length: scale + 1 }, (_, level) => ({ de: `Stufe ${level}`, en: `Level ${level}` }));

/** An ordinal criterion, a measured one and the price, with umlauts in both languages' titles. */
const scheme = {
  schemaVersion: 1,
  id: 'collaboration',
  title: { de: 'Zusammenarbeit über Behördengrenzen', en: 'Collaboration across authorities' },
  currency: 'EUR',
  submissionDeadline: '2027-01-15',
  method: { kind: 'weightedSum', priceFormula: { kind: 'lowestPriceRatio' } },
  price: { kind: 'totalPrice' },
  award: [
    {
      kind: 'ordinal',
      id: 'concept',
      parentId: null,
      title: { de: 'Betriebskonzept für Ausfälle', en: 'Operating concept' },
      weightBp: 4000,
      subject: 'service',
      scale: 5,
      anchors: anchors(5),
    },
    {
      kind: 'metric',
      id: 'availability',
      parentId: null,
      title: { de: 'Verfügbarkeit', en: 'Availability' },
      weightBp: 2000,
      subject: 'service',
      unit: '%',
      utility: { kind: 'linear', worst: 99, best: 99.99 },
    },
    {
      kind: 'price',
      id: 'price',
      parentId: null,
      title: { de: 'Preis', en: 'Price' },
      weightBp: 4000,
    },
  ],
};

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  return text;
}

describeDatabase('report of an options review', (backend) => {
  let database: TestDatabase;
  let api: ReturnType<typeof reviewsApp>;
  let lead: Caller;
  let officer: Caller;
  let reviewer: Caller;
  let reviewId: string;

  async function download(caller: Caller, path: string) {
    const response = await api.app.request(`/api/v1/options-reviews/${reviewId}${path}`, {
      headers: caller.headers,
    });
    return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
  }

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    api = reviewsApp(database.db);
    ({ lead, officer, reviewer } = await api.authority());
    reviewId = await api.review(lead, [officer, reviewer]);
    const saved = await api.call(lead, 'POST', `/${reviewId}/scheme-versions`, {
      basedOnVersion: null,
      source: { kind: 'edited', scheme },
    });
    if (saved.status !== 201) throw new Error(JSON.stringify(saved.body));
    const options: string[] = [];
    for (const [name, amount, availability] of [
      ['Souveräne Cloud „Süd“', 1_250_000.5, 99.95],
      ['Hyperscaler-Suite', 980_000, 99.9],
    ] as const) {
      const created = await api.call(lead, 'POST', `/${reviewId}/options`, {
        name,
        vendorName: 'Anbieter Größe (fiktiv)',
        offer: {
          answers: { concept: `Zwei Rechenzentren für ${name}, Übungen jährlich` },
          assessments: { availability: { kind: 'metric', value: availability } },
          price: { kind: 'totalPrice', amount },
        },
      });
      if (created.status !== 201) throw new Error(JSON.stringify(created.body));
      options.push(created.body.id);
    }
    for (const [caller, level] of [
      [lead, 4],
      [officer, 2],
    ] as const) {
      const sheet = options.map((optionId) => ({
        optionId,
        criterionId: 'concept',
        score: level,
        justification: `Anker ${level} erfüllt: Notfallübungen belegt`,
      }));
      expect(
        (
          await api.call(caller, 'PUT', `/${reviewId}/scoring/sheet`, {
            schemeVersion: 1,
            scores: sheet,
          })
        ).status,
      ).toBe(200);
      expect(
        (await api.call(caller, 'POST', `/${reviewId}/scoring/sheet/submit`, { schemeVersion: 1 }))
          .status,
      ).toBe(200);
    }
    for (const optionId of options) {
      const recorded = await api.call(lead, 'PUT', `/${reviewId}/scoring/consensus`, {
        schemeVersion: 1,
        optionId,
        criterionId: 'concept',
        score: 3,
        justification: 'Der Ausschuss einigt sich auf Stufe 3: Übungen belegt, Rückfall offen',
      });
      expect(recorded.status).toBe(200);
    }
  });
  afterAll(() => database.close());

  it('writes the PDF in German with umlauts, €, the scores and the page count', async () => {
    const { response, bytes } = await download(officer, '/report.pdf?lang=de');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="Bericht_Kollaborationsplattform_v1_\d{4}-\d{2}-\d{2}\.pdf"$/,
    );
    const text = await pdfText(bytes);
    for (const expected of [
      'Bericht zum Optionenvergleich',
      'Markterkundung, § 28 VgV',
      'Betriebskonzept für Ausfälle',
      'Souveräne Cloud „Süd“',
      '1.250.000,50 €',
      '99,95 %',
      'Der Ausschuss einigt sich auf Stufe 3',
      'Anker 2 erfüllt',
      'Kopf der Protokollkette',
      'Rangfolge mit Beiträgen',
      'Beratend: TOPSIS',
      'Empfindlichkeit der Rangfolge',
      'Seite 1 von',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('writes the PDF in English', async () => {
    const { response, bytes } = await download(lead, '/report.pdf?lang=en');
    expect(response.status).toBe(200);
    const text = await pdfText(bytes);
    for (const expected of [
      'Options review report',
      'Operating concept',
      '€1,250,000.50',
      'Ranking with contributions',
      'Advisory: SMAA',
      'Page 1 of',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('gives byte-identical PDFs for the same state', async () => {
    const first = await download(lead, '/report.pdf');
    const second = await download(lead, '/report.pdf');
    expect(first.bytes.length).toBeGreaterThan(1_000);
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });

  it('exports the matrix as XLSX that reads back with its numbers and consensus scores', async () => {
    const { response, bytes } = await download(lead, '/matrix.xlsx?lang=de');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const rows = await readSheet(Buffer.from(bytes));
    expect(rows[0]).toEqual([
      'Option',
      'Anbieter',
      'Leistung',
      'Rang',
      'Punkte',
      'Betriebskonzept für Ausfälle: Angaben',
      'Betriebskonzept für Ausfälle: Konsens (Skala 0–5)',
      'Verfügbarkeit (%)',
      'Preis: Gesamtpreis (EUR)',
    ]);
    // Options follow their creation (the tests' fixed clock gives both the same time).
    expect(rows.find((row) => row[0] === 'Souveräne Cloud „Süd“')).toEqual([
      'Souveräne Cloud „Süd“',
      'Anbieter Größe (fiktiv)',
      null,
      expect.any(Number),
      expect.any(Number),
      'Zwei Rechenzentren für Souveräne Cloud „Süd“, Übungen jährlich',
      3,
      99.95,
      1_250_000.5,
    ]);
    expect(rows).toHaveLength(3);
  });

  it('exports the matrix as CSV with BOM, semicolons and the language’s decimal mark', async () => {
    const german = await download(lead, '/matrix.csv?lang=de');
    expect(german.response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(german.bytes);
    expect(text.startsWith('\uFEFFOption;Anbieter;Leistung;Rang;Punkte;')).toBe(true);
    expect(text).toMatch(/Souveräne Cloud „Süd“;Anbieter Größe \(fiktiv\);;[12];\d+(,\d+)?;/);
    expect(text).toContain(';3;99,95;1.250.000,5\r\n');
    const english = new TextDecoder().decode((await download(lead, '/matrix.csv?lang=en')).bytes);
    expect(english).toContain(';3;99.95;1250000.5\r\n');
    expect(english).toContain('Operating concept: Consensus (scale 0–5)');
  });

  it('keeps the report as blind as the scoring: a member who has not submitted sees no scores', async () => {
    const report = await api.call(reviewer, 'GET', `/${reviewId}/report`);
    expect(report.status).toBe(200);
    expect(report.body.scoring.others).toBeNull();
    expect(report.body.scoring.consensus).toBeNull();
    expect(report.body.scoring.submittedBy).toHaveLength(2);
    expect(report.body.auditHead.seq).toBeGreaterThan(0);
    expect(report.body.asOf).toBe(report.body.auditHead.recordedAt);
    const text = await pdfText((await download(reviewer, '/report.pdf?lang=en')).bytes);
    expect(text).toContain('appear once you have submitted your own sheet');
    expect(report.body.results).toBeNull();
    expect(report.body.resultsUnavailable.reason).toBe('blind');
    expect(text).toContain('The results appear once you have submitted your own score sheet.');
    expect(text).not.toContain('Anker 2 erfüllt');
  });

  it('says in the report what the results still need, and shows the rest', async () => {
    const id = await api.review(lead, [officer]);
    await api.call(lead, 'POST', `/${id}/scheme-versions`, {
      basedOnVersion: null,
      source: { kind: 'edited', scheme },
    });
    await api.call(lead, 'POST', `/${id}/options`, { name: 'Ohne Konsens' });
    const report = await api.call(lead, 'GET', `/${id}/report`);
    expect(report.status).toBe(200);
    expect(report.body.results).toBeNull();
    expect(report.body.resultsUnavailable.reason).toBe('incomplete');
    const response = await api.app.request(`/api/v1/options-reviews/${id}/report.pdf`, {
      headers: lead.headers,
    });
    const text = await pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(text).toContain('Die Ergebnisse lassen sich noch nicht berechnen');
    expect(text).toContain('Ohne Konsens');
  });

  it('names the weights the results use, who adopted them and why, and every member’s set', async () => {
    const before = await api.call(lead, 'GET', `/${reviewId}/report`);
    expect(before.body.weighting.adopted).toBeNull();
    expect(await pdfText((await download(lead, '/report.pdf?lang=de')).bytes)).toContain(
      'Die Ergebnisse verwenden die Gewichte laut Schema.',
    );

    const saved = await api.call(officer, 'PUT', `/${reviewId}/weighting/my-weight-set`, {
      schemeVersion: 1,
      sets: [
        {
          parentId: null,
          method: 'directPoints',
          items: [
            { id: 'concept', points: 50 },
            { id: 'availability', points: 20 },
            { id: 'price', points: 30 },
          ],
        },
      ],
    });
    expect(saved.status).toBe(200);
    const reason = 'Der Ausschuss gewichtet das Betriebskonzept stärker (Sitzung vom 3. Dezember).';
    const adopted = await api.call(lead, 'POST', `/${reviewId}/weighting/adoptions`, {
      schemeVersion: 1,
      kind: 'custom',
      weightsBp: { concept: 5500, availability: 1500, price: 3000 },
      reason,
    });
    expect(adopted.status).toBe(201);

    const report = (await api.call(lead, 'GET', `/${reviewId}/report`)).body;
    expect(report.weighting.adopted).toMatchObject({
      kind: 'custom',
      reason,
      adoptedBy: lead.id,
      weightsBp: { concept: 5500, availability: 1500, price: 3000 },
    });
    expect(report.weighting.adoptions).toHaveLength(1);
    expect(report.weighting.memberSets.map((set: { userId: string }) => set.userId)).toEqual([
      officer.id,
    ]);
    expect(report.people[lead.id]).toEqual(expect.any(String));
    expect(report.people[officer.id]).toEqual(expect.any(String));
    // The report's results evaluate on the adopted weights.
    const concept = report.results.criteria.find((item: { id: string }) => item.id === 'concept');
    expect(concept.weightBp).toBe(5500);

    const german = await pdfText((await download(lead, '/report.pdf?lang=de')).bytes);
    for (const expected of [
      'Gewichtung',
      `Die Ergebnisse verwenden die Gewichte, die ${report.people[lead.id]} am`,
      reason,
      'Ausdrücklich gesetzte Gewichte',
      '55 %',
      '15 %',
      'Punkte (direkt)',
      'beratend, vom Vergaberecht nicht vorgeschrieben',
    ]) {
      expect(german).toContain(expected);
    }
    const english = await pdfText((await download(lead, '/report.pdf?lang=en')).bytes);
    expect(english).toContain(`The results use the weights ${report.people[lead.id]} adopted on`);
    expect(english).toContain('55%');
    expect(english).toContain(reason);
  });

  describe('for people who take no part', () => {
    it('answers 404 to a colleague who is not a member and to another authority', async () => {
      const colleague = await api.signIn('officer', lead.organisationId);
      const stranger = (await api.authority()).lead;
      for (const caller of [colleague, stranger]) {
        for (const path of ['/report', '/report.pdf', '/matrix.xlsx', '/matrix.csv']) {
          const { response } = await download(caller, path);
          expect(response.status).toBe(404);
          expect(response.headers.get('content-type')).toBe('application/problem+json');
        }
      }
    });
  });
});
