import {
  authorityKinds,
  ContractValueInput,
  ThresholdClassification,
  ThresholdQuery,
  type ThresholdTable,
} from '@tenderwise/schema';
import { readThresholds } from '@tenderwise/seed';
import { beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.ts';
import { classifyThreshold } from './classify-threshold.ts';
import { estimateContractValue } from './contract-value.ts';

let table: ThresholdTable;
beforeAll(async () => {
  table = await readThresholds();
});

function classify(query: Partial<ThresholdQuery>) {
  return classifyThreshold(
    table,
    ThresholdQuery.parse({
      value: '0',
      regime: 'VgV',
      authorityKind: 'otherPublicAuthority',
      contractKind: 'suppliesServices',
      on: '2026-06-01',
      ...query,
    }),
  );
}

function refusal(query: Partial<ThresholdQuery>): ValidationError {
  try {
    classify(query);
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('no error');
}

/** One cent either side of an amount given in whole euro. */
const centBelow = (amount: string) => `${BigInt(amount) - 1n}.99`;
const centAbove = (amount: string) => `${amount}.01`;

describe('classifyThreshold', () => {
  it('judges every row of the table on both sides and at the exact amount, on its first and last day', async () => {
    const rows = (await readThresholds()).rows;
    let cases = 0;
    for (const row of rows) {
      for (const authorityKind of row.authorityKinds) {
        for (const on of [row.validFrom, row.validUntil]) {
          const query = {
            regime: row.regime,
            authorityKind,
            contractKind: row.contractKind,
            on,
          };
          const below = classify({ ...query, value: centBelow(row.amount) });
          expect(below.position, `${row.id} ${authorityKind} ${on}`).toBe('below');
          expect(below.threshold.id).toBe(row.id);
          expect(below.margin).toBe('0.01');
          const exact = classify({ ...query, value: row.amount });
          expect(exact.position, `${row.id} exact`).toBe('above');
          expect(exact.margin).toBe('0.00');
          const above = classify({ ...query, value: centAbove(row.amount) });
          expect(above.position, `${row.id} above`).toBe('above');
          expect(above.margin).toBe('-0.01');
          cases += 1;
        }
      }
    }
    // 24 rows; VgV works and social services cover two authority kinds, VSVgV rows all four.
    expect(cases).toBe(2 * (2 * 8 + 2 * 2 * 2 + 2 * 2 * 4));
  });

  it.each([
    ['federalUpperAuthority', 'suppliesServices', '140000', '143000'],
    ['otherPublicAuthority', 'suppliesServices', '216000', '221000'],
    ['otherPublicAuthority', 'works', '5404000', '5538000'],
  ] as const)(
    'VgV, %s, %s: %s from 2026-01-01, %s until 2025-12-31',
    (authorityKind, contractKind, current, previous) => {
      const query = { regime: 'VgV' as const, authorityKind, contractKind };
      // A value between the two amounts: below in 2025, above from 2026.
      const between = centBelow(previous);
      expect(classify({ ...query, value: between, on: '2025-12-31' }).position).toBe('below');
      expect(classify({ ...query, value: between, on: '2026-01-01' }).position).toBe('above');
      expect(classify({ ...query, value: current, on: '2026-01-01' }).threshold.amount).toBe(
        current,
      );
      expect(classify({ ...query, value: current, on: '2025-12-31' }).threshold.amount).toBe(
        previous,
      );
    },
  );

  it('gives the row with its sources, what follows and an explanation in both languages', () => {
    const result = classify({ value: '216000', on: '2026-03-15' });
    expect(ThresholdClassification.parse(result)).toEqual(result);
    expect(result.threshold).toMatchObject({
      id: 'vgv.other-public.supplies-services.2026',
      amount: '216000',
      currency: 'EUR',
      validFrom: '2026-01-01',
      validUntil: '2027-12-31',
    });
    expect(result.threshold.sources.map((source) => source.url)).toContain(
      'https://eur-lex.europa.eu/eli/reg_del/2025/2152/oj',
    );
    expect(result.consequence).toMatchObject({ law: 'eu', regime: 'VgV' });
    expect(result.consequence.provisions).toEqual(
      expect.arrayContaining(['§ 106 GWB', '§ 119 GWB', '§ 14 VgV']),
    );
    expect(result.explanation.de).toContain('216.000,00 €');
    expect(result.explanation.de).toContain('erreicht oder überschreitet');
    expect(result.explanation.en).toContain('€216,000.00');
    expect(result.explanation.en).toContain('Delegated Regulation (EU) 2025/2152');
  });

  it('sends a value below the threshold to national rules: the UVgO for supplies, VOB/A Section 1 for works, nothing of the GWB for sector entities', () => {
    const supplies = classify({ value: '215999.99' });
    expect(supplies.consequence).toMatchObject({ law: 'national', regime: 'UVgO' });
    expect(supplies.explanation.en).toContain('does not apply');
    const works = classify({ contractKind: 'works', value: '100000' });
    expect(works.consequence.regime).toBeNull();
    expect(works.consequence.provisions).toContain('VOB/A Abschnitt 1');
    const sector = classify({ regime: 'SektVO', authorityKind: 'sectorEntity', value: '1' });
    expect(sector.consequence).toMatchObject({ law: 'national', regime: null });
  });

  it('names the regime’s own paragraphs above the threshold', () => {
    const sector = classify({ regime: 'SektVO', authorityKind: 'sectorEntity', value: '432000' });
    expect(sector.consequence.provisions).toContain('§ 13 SektVO');
    const defence = classify({
      regime: 'VSVgV',
      authorityKind: 'defenceSecurity',
      contractKind: 'works',
      value: '5404000',
    });
    expect(defence.consequence.provisions).toContain('VOB/A Abschnitt 3');
    const social = classify({ contractKind: 'socialServices', value: '750000' });
    expect(social.consequence.provisions).toContain('§ 130 GWB');
  });

  it('refuses a day no row covers, naming the periods the table has', () => {
    for (const on of ['2023-12-31', '2028-01-01']) {
      const error = refusal({ value: '500000', on });
      expect(error.message).toBe(`The table of EU thresholds has no amount valid on ${on}.`);
      expect(error.issues).toEqual([
        {
          in: 'body',
          pointer: '/on',
          detail: expect.stringContaining('2024-01-01 to 2025-12-31, 2026-01-01 to 2027-12-31'),
        },
      ]);
    }
  });

  it('refuses a combination the law has no threshold for', () => {
    const contest = refusal({
      regime: 'VSVgV',
      authorityKind: 'defenceSecurity',
      contractKind: 'designContest',
    });
    expect(contest.issues[0]!.pointer).toBe('/contractKind');
    const sector = refusal({ regime: 'SektVO', authorityKind: 'otherPublicAuthority' });
    expect(sector.message).toContain('no EU threshold');
    // Every authority kind has some threshold under some regime.
    for (const kind of authorityKinds) {
      expect(
        table.rows.some((row) => row.authorityKinds.includes(kind)),
        kind,
      ).toBe(true);
    }
  });

  it('refuses a table with two rows valid on the same day rather than choose one', () => {
    const row = table.rows[0]!;
    const twice = { rows: [row, { ...row, id: 'copy', amount: '1' }] };
    expect(() =>
      classifyThreshold(
        twice,
        ThresholdQuery.parse({
          value: '1',
          regime: row.regime,
          authorityKind: row.authorityKinds[0],
          contractKind: row.contractKind,
          on: row.validFrom,
        }),
      ),
    ).toThrow(
      'more than one amount valid on 2026-01-01: vgv.federal-upper.supplies-services.2026, copy',
    );
  });
});

describe('an estimate, classified', () => {
  it('classifies the value of all lots, so a contract split into small lots still reaches the threshold', () => {
    const estimate = estimateContractValue(
      ContractValueInput.parse({
        contractKind: 'suppliesServices',
        lots: [
          {
            id: 'hosting',
            basis: { kind: 'periodicPrice', monthlyAmount: '2500', termMonths: null },
          },
          { id: 'migration', basis: { kind: 'totalPrice', amount: '96000' } },
        ],
      }),
    );
    expect(estimate.value).toBe('216000.00');
    const result = classify({ value: estimate.value, on: '2026-01-01' });
    expect(result.position).toBe('above');
    // The same estimate dated in 2025 stays below the 221,000 valid then.
    expect(classify({ value: estimate.value, on: '2025-12-31' }).position).toBe('below');
  });
});
