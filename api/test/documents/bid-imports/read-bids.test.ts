import type { BidContent, BidImportMapping } from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import type { AnswerKind } from '../../../src/documents/bid-imports/criteria.ts';
import {
  bidderKey,
  checkBids,
  readJsonExport,
  readSheetExport,
  readTime,
  type ReadBid,
} from '../../../src/documents/bid-imports/read-bids.ts';
import { bidImportTemplate } from '../../../src/documents/bid-imports/template.ts';

const mapping: BidImportMapping = {
  columns: {
    lotNumber: 'Los',
    receivedAt: 'Eingang',
    late: 'Verspätet',
    bidderName: 'Bieter',
    bidderCountry: 'Land',
    groupMembers: 'Mitglieder',
    groupRepresentative: 'Vertreter',
    totalPrice: 'Preis',
    declarationArt5k: 'Art. 5k',
    declarationExclusionGrounds: 'Ausschluss',
    declarantName: 'Person',
    declarantFunction: 'Funktion',
  },
  answers: { EG: 'Ausschlussgrund', AV: 'Verfügbarkeit', Q: 'Konzept' },
};
const heading = [
  'Los',
  ' eingang ',
  'Verspätet',
  'Bieter',
  'Land',
  'Mitglieder',
  'Vertreter',
  'Preis',
  'Art. 5k',
  'Ausschluss',
  'Person',
  'Funktion',
  'Ausschlussgrund',
  'Verfügbarkeit',
  'Konzept',
];
const kinds = new Map<string, AnswerKind>([
  ['EG', 'declaration'],
  ['AV', 'metric'],
  ['Q', 'offer'],
]);
const options = {
  language: 'en' as const,
  singleLot: undefined,
  answerKinds: (lot: number) => (lot === 1 ? kinds : undefined),
};

describe('reading a platform sheet with a column mapping', () => {
  it('reads cells by their syntax: German numbers, ja/nein, Berlin times, groups', () => {
    const { bids, errors } = readSheetExport(
      [
        heading,
        [
          '1',
          '01.03.2027 16:42',
          'Nein',
          'ARGE Cloud',
          'DE',
          'Alpha GmbH|DE|HRB 1; Beta SA|FR',
          'Beta SA',
          '1.234.567,89',
          'ja',
          'JA',
          'Erika Muster',
          'Prokuristin',
          'ja',
          '99,95',
          'Zwei Rechenzentren',
        ],
        ['', '', '', '', '', '', '', '', '', '', '', '', '', '', ''],
        [
          '1',
          '2027-03-01T17:00:00+01:00',
          'ja',
          'Wolkenwerk GmbH',
          'de',
          '',
          '',
          { number: '800000' },
          true,
          'yes',
          'Max Muster',
          'Geschäftsführer',
          'nein',
          '',
          '',
        ],
      ],
      mapping,
      options,
    );
    expect(errors).toEqual([]);
    expect(bids).toHaveLength(2);
    const [group, single] = bids as [ReadBid, ReadBid];
    expect(group.row).toBe(2);
    expect(group.receivedAt).toBe('2027-03-01T15:42:00.000Z');
    expect(group.late).toBe(false);
    expect(group.content.bidder).toEqual({
      kind: 'group',
      members: [
        { name: 'Alpha GmbH', country: 'DE', registerNumber: 'HRB 1' },
        { name: 'Beta SA', country: 'FR' },
      ],
      representative: 1,
    });
    expect(group.content.price).toEqual({ kind: 'totalPrice', amount: 1234567.89 });
    expect(group.content.answers).toEqual({
      EG: { kind: 'declaration', met: true },
      AV: { kind: 'metric', value: 99.95 },
      Q: { kind: 'offer', text: 'Zwei Rechenzentren' },
    });
    expect(single.row).toBe(4);
    expect(single.late).toBe(true);
    expect(single.content.bidder).toEqual({
      kind: 'single',
      company: { name: 'Wolkenwerk GmbH', country: 'DE' },
    });
    expect(single.content.answers).toEqual({ EG: { kind: 'declaration', met: false } });
  });

  it('names every bad cell by its row and our field, and a missing column by row 1', () => {
    const row = (price: string, art5k: string, country: string) => [
      '1',
      '01.03.2027 16:42',
      '',
      'Wolkenwerk GmbH',
      country,
      '',
      '',
      price,
      art5k,
      'ja',
      'Erika Muster',
      'Prokuristin',
      'vielleicht',
      '',
      '',
    ];
    const { bids, errors } = readSheetExport(
      [heading, row('1,5x', 'ja', 'DE'), row('10', 'ja', 'DEU')],
      mapping,
      options,
    );
    expect(bids).toEqual([]);
    expect(errors.map(({ row, field }) => ({ row, field }))).toEqual([
      { row: 2, field: 'totalPrice' },
      { row: 2, field: 'answers.EG' },
      { row: 3, field: 'answers.EG' },
    ]);
    const second = readSheetExport(
      [heading, row('10', 'ja', 'DEU')],
      {
        ...mapping,
        answers: {},
      },
      options,
    );
    expect(second.errors).toEqual([expect.objectContaining({ row: 2, field: 'bidderCountry' })]);
    const missing = readSheetExport([heading.slice(1)], mapping, options);
    expect(missing.errors).toEqual([expect.objectContaining({ row: 1, field: 'lotNumber' })]);
  });
});

describe('reading our JSON format', () => {
  const bid = (name: string) => ({
    lotNumber: 1,
    receivedAt: '2027-03-01T16:42:10+01:00',
    late: false,
    content: {
      bidder: { kind: 'single', company: { name, country: 'DE' } },
      answers: { EG: { kind: 'declaration', met: true } },
      price: { kind: 'totalPrice', amount: 1 },
      declarations: { art5k: true, exclusionGrounds: true },
      declarant: { name: 'Erika Muster', function: 'Prokuristin' },
    },
  });
  const file = (bids: unknown[], reference = 'VG-1') =>
    JSON.stringify({
      format: 'tenderwise-bid-import',
      version: 1,
      tenderReference: reference,
      platform: 'eVergabe',
      openedAt: '2027-03-01T12:00:00+01:00',
      bids,
    });

  it('reads bids and names an issue by the bid’s JSON pointer and the path within it', () => {
    const good = readJsonExport(file([bid('A')]), { tenderReference: 'VG-1' }, 'en');
    expect(good.errors).toEqual([]);
    expect(good.openedAt).toBe('2027-03-01T11:00:00.000Z');
    expect(good.bids[0]!.receivedAt).toBe('2027-03-01T15:42:10.000Z');
    const broken = { ...bid('B'), content: { ...bid('B').content, declarant: { name: 'X' } } };
    const bad = readJsonExport(file([bid('A'), broken]), { tenderReference: 'VG-1' }, 'de');
    expect(bad.errors).toEqual([
      {
        row: '/bids/1',
        field: 'content/declarant/function',
        message: 'Pflichtangabe fehlt.',
      },
    ]);
    const other = readJsonExport(file([bid('A')], 'VG-2'), { tenderReference: 'VG-1' }, 'de');
    expect(other.errors[0]).toMatchObject({ row: '/tenderReference' });
    expect(other.errors[0]!.message).toMatch(/gehört zum Verfahren/);
  });

  it('checks the price basis and answers against the lot’s scheme version, and a bidder once per lot', () => {
    const read = readJsonExport(
      file([bid('A'), bid('A'), bid('B')]),
      { tenderReference: 'VG-1' },
      'en',
    );
    const errors = checkBids(
      read.bids,
      {
        lots: new Map([
          [
            1,
            {
              version: 2,
              price: 'lifeCycleCost' as const,
              criteria: new Map<string, AnswerKind>([['Q', 'offer']]),
            },
          ],
        ]),
        existingBidders: new Map([[1, new Set([bidderKey(read.bids[2]!.content as BidContent)])]]),
      },
      'en',
    );
    expect(errors.map(({ row, field }) => `${row} ${field}`)).toEqual([
      '/bids/0 content/price',
      '/bids/0 content/answers/EG',
      '/bids/1 content/price',
      '/bids/1 content/answers/EG',
      '/bids/1 content/bidder',
      '/bids/2 content/price',
      '/bids/2 content/answers/EG',
      '/bids/2 content/bidder',
    ]);
  });
});

describe('the template', () => {
  it('has our fields and one column per criterion, and a mapping that reads it', () => {
    const template = bidImportTemplate(
      [
        {
          lotNumber: 1,
          price: 'totalPrice',
          criteria: [
            {
              id: 'EG',
              kind: 'declaration',
              title: { de: 'Ausschlussgrund', en: 'Exclusion ground' },
            },
            { id: 'ATT', kind: 'evidence', title: { de: 'Testat', en: 'Attestation' } },
          ],
        },
      ],
      'de',
    );
    expect(template.headings).toContain('Ausschlussgrund [EG]');
    expect(template.headings.some((heading) => heading.includes('[ATT]'))).toBe(false);
    expect(template.headings).not.toContain('Los');
    expect(template.mapping.answers).toEqual({ EG: 'Ausschlussgrund [EG]' });
    expect(template.mapping.columns.totalPrice).toBe('Gesamtpreis');
  });

  it('reads times in Berlin across the change to summer time', () => {
    expect(readTime('28.03.2027 01:30')).toBe('2027-03-28T00:30:00.000Z');
    expect(readTime('28.03.2027 03:30')).toBe('2027-03-28T01:30:00.000Z');
    expect(readTime('31.02.2027 10:00')).toBeUndefined();
    expect(readTime('gestern')).toBeUndefined();
  });
});
