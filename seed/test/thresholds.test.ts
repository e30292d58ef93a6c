import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ThresholdTable } from '@tenderwise/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readThresholds, seedRoot, SeedValidationError, thresholdFile } from '../src/index.ts';

let table: ThresholdTable;
beforeAll(async () => {
  table = await readThresholds();
});

/** The amount of the row for a regime, authority kind and contract kind valid on a day. */
function amountOn(regime: string, authorityKind: string, contractKind: string, on: string) {
  const rows = table.rows.filter(
    (row) =>
      row.regime === regime &&
      row.contractKind === contractKind &&
      (row.authorityKinds as string[]).includes(authorityKind) &&
      row.validFrom <= on &&
      on <= row.validUntil,
  );
  expect(rows.length, `${regime} ${authorityKind} ${contractKind} ${on}`).toBeLessThanOrEqual(1);
  return rows[0]?.amount;
}

describe('the table of EU thresholds', () => {
  it('validates, with a version, its changelog and 24 rows over two periods', () => {
    expect(table.id).toBe('eu-thresholds');
    expect(table.changelog[0]!.version).toBe(table.version);
    expect(table.rows).toHaveLength(24);
    expect(new Set(table.rows.map((row) => `${row.validFrom}/${row.validUntil}`))).toEqual(
      new Set(['2024-01-01/2025-12-31', '2026-01-01/2027-12-31']),
    );
  });

  it.each([
    // regime, authority kind, contract kind, 2024–2025, 2026–2027
    ['VgV', 'federalUpperAuthority', 'suppliesServices', '143000', '140000'],
    ['VgV', 'federalUpperAuthority', 'designContest', '143000', '140000'],
    ['VgV', 'otherPublicAuthority', 'suppliesServices', '221000', '216000'],
    ['VgV', 'otherPublicAuthority', 'designContest', '221000', '216000'],
    ['VgV', 'federalUpperAuthority', 'works', '5538000', '5404000'],
    ['VgV', 'otherPublicAuthority', 'works', '5538000', '5404000'],
    ['VgV', 'otherPublicAuthority', 'socialServices', '750000', '750000'],
    ['SektVO', 'sectorEntity', 'suppliesServices', '443000', '432000'],
    ['SektVO', 'sectorEntity', 'designContest', '443000', '432000'],
    ['SektVO', 'sectorEntity', 'works', '5538000', '5404000'],
    ['SektVO', 'sectorEntity', 'socialServices', '1000000', '1000000'],
    ['VSVgV', 'defenceSecurity', 'suppliesServices', '443000', '432000'],
    ['VSVgV', 'otherPublicAuthority', 'suppliesServices', '443000', '432000'],
    ['VSVgV', 'sectorEntity', 'works', '5538000', '5404000'],
  ])('%s, %s, %s: %s in 2024–2025, %s in 2026–2027', (regime, kind, contract, old, current) => {
    expect(amountOn(regime, kind, contract, '2024-01-01')).toBe(old);
    expect(amountOn(regime, kind, contract, '2025-12-31')).toBe(old);
    expect(amountOn(regime, kind, contract, '2026-01-01')).toBe(current);
    expect(amountOn(regime, kind, contract, '2027-12-31')).toBe(current);
    expect(amountOn(regime, kind, contract, '2023-12-31')).toBeUndefined();
    expect(amountOn(regime, kind, contract, '2028-01-01')).toBeUndefined();
  });

  it('has no row where the law has no threshold: no VSVgV design contests or social services', () => {
    expect(amountOn('VSVgV', 'defenceSecurity', 'designContest', '2026-06-01')).toBeUndefined();
    expect(amountOn('VSVgV', 'defenceSecurity', 'socialServices', '2026-06-01')).toBeUndefined();
    expect(
      amountOn('SektVO', 'otherPublicAuthority', 'suppliesServices', '2026-06-01'),
    ).toBeUndefined();
  });

  it('cites for every row the directive’s article and § 106 GWB, and for revised amounts the regulation', () => {
    for (const row of table.rows) {
      const names = row.sources.map((source) => source.name).join(' | ');
      expect(names, row.id).toMatch(/Directive (2014\/24\/EU|2014\/25\/EU|2009\/81\/EC)/);
      expect(names, row.id).toContain('GWB');
      if (row.contractKind !== 'socialServices') {
        expect(names, row.id).toMatch(/Delegated Regulation \(EU\) 202[35]\/\d{4}/);
      }
      for (const source of row.sources) expect(new URL(source.url).protocol).toBe('https:');
      if (row.verified) expect(row.checkedAgainst?.length, row.id).toBeGreaterThan(20);
    }
  });
});

describe('reading the table', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'tenderwise-thresholds-'));
    await cp(path.join(seedRoot, 'regimes'), path.join(root, 'regimes'), { recursive: true });
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  async function withChange(change: (file: ThresholdTable) => void): Promise<unknown> {
    const file = JSON.parse(await readFile(path.join(seedRoot, thresholdFile), 'utf8'));
    change(file);
    await writeFile(path.join(root, thresholdFile), JSON.stringify(file));
    return readThresholds(root).catch((error: unknown) => error);
  }

  it('refuses two rows for the same key whose periods overlap, naming both', async () => {
    const error = await withChange((file) => {
      file.rows[0]!.validUntil = '2028-06-30';
      file.rows.push({
        ...file.rows[0]!,
        id: 'vgv.federal-upper.supplies-services.2028',
        validFrom: '2028-01-01',
      });
    });
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as SeedValidationError).message).toContain(
      '"vgv.federal-upper.supplies-services.2028" overlaps "vgv.federal-upper.supplies-services.2026"',
    );
  });

  it('refuses an amount that is not an exact euro amount, and a verified row without what it was checked against', async () => {
    const error = await withChange((file) => {
      file.rows[0]!.amount = '140000.001';
      file.rows[1]!.verified = true;
    });
    const issues = (error as SeedValidationError).issues;
    expect(issues.map((issue) => issue.path)).toEqual(['rows.0.amount', 'rows.1.checkedAgainst']);
    expect(issues.every((issue) => issue.file === thresholdFile)).toBe(true);
  });
});
