import { EvaluationScheme } from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import { columnLetter, importColumns } from './import-columns.ts';
import { readImportRows, type ImportCell } from './import-rows.ts';

const scheme = EvaluationScheme.parse({
  schemaVersion: 1,
  id: 's',
  title: { de: 'S', en: 'S' },
  currency: 'EUR',
  submissionDeadline: '2027-01-15',
  method: { kind: 'weightedSum', priceFormula: { kind: 'lowestPriceRatio' } },
  price: { kind: 'totalPrice' },
  award: [
    {
      kind: 'attestation',
      id: 'iso',
      parentId: null,
      title: { de: 'ISO 27001', en: 'ISO 27001' },
      weightBp: 5000,
      subject: 'service',
      rules: [{ scheme: 'iso-27001', points: 100 }],
    },
    {
      kind: 'price',
      id: 'price',
      parentId: null,
      title: { de: 'Preis', en: 'Price' },
      weightBp: 5000,
    },
  ],
});

const headings = importColumns(scheme).map((column) => column.heading.en);
const row = (values: Record<string, ImportCell>): ImportCell[] =>
  headings.map((heading) => values[heading] ?? null);
const held = 'iso-27001 for the service (yes/no): ISO 27001 [iso]';
const from = 'iso-27001 valid from: ISO 27001 [iso]';
const until = 'iso-27001 valid until: ISO 27001 [iso]';

describe('reading the rows of an options import', () => {
  it('names columns as a spreadsheet program does', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('takes date cells, German dates, truth values and exact numbers', () => {
    const read = readImportRows(
      [
        headings,
        row({
          Name: 'A',
          [held]: true,
          [from]: new Date(Date.UTC(2026, 0, 31)),
          [until]: '31.12.2027',
          'Price (EUR)': { number: '1234.5' },
        }),
        row({ Name: 'B', [held]: 'nein' }),
      ],
      scheme,
      new Set(),
      'en',
    );
    expect(read).toEqual({
      ok: true,
      options: [
        {
          name: 'A',
          offer: {
            answers: {},
            assessments: {
              iso: {
                kind: 'attestation',
                evidence: [
                  {
                    scheme: 'iso-27001',
                    coversOfferedService: true,
                    validFrom: '2026-01-31',
                    validUntil: '2027-12-31',
                  },
                ],
              },
            },
            price: { kind: 'totalPrice', amount: 1234.5 },
          },
        },
        { name: 'B', offer: { answers: {}, assessments: {} } },
      ],
    });
  });

  it('refuses dates without a held attestation, and dates in the wrong order', () => {
    const read = readImportRows(
      [
        headings,
        row({ Name: 'A', [from]: '2026-01-01' }),
        row({ Name: 'B', [held]: 'ja', [from]: '2027-01-01', [until]: '2026-01-01' }),
      ],
      scheme,
      new Set(),
      'de',
    );
    expect(read).toEqual({
      ok: false,
      errors: [
        { row: 2, column: 'F', detail: 'Daten sind nur bei „ja“ anzugeben.' },
        { row: 3, column: 'H', detail: 'Der Nachweis liefe ab, bevor er gilt.' },
      ],
    });
  });
});
