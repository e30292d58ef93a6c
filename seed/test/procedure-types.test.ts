import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { procurementRegimes, type ProcedureTypeTable } from '@tenderwise/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  procedureTypeFile,
  readProcedureTypes,
  seedRoot,
  SeedValidationError,
} from '../src/index.ts';

let table: ProcedureTypeTable;
beforeAll(async () => {
  table = await readProcedureTypes();
});

function type(id: string) {
  const found = table.types.find((item) => item.id === id);
  expect(found, id).toBeDefined();
  return found!;
}

describe('the file of procedure types', () => {
  it('validates, with a version and its changelog, and types for all four regimes', () => {
    expect(table.id).toBe('procedure-types');
    expect(table.changelog[0]!.version).toBe(table.version);
    expect(new Set(table.types.map((item) => item.regime))).toEqual(new Set(procurementRegimes));
  });

  it.each([
    ['VgV', ['vgv.open', 'vgv.restricted']],
    [
      'SektVO',
      [
        'sektvo.competitive-dialogue',
        'sektvo.innovation-partnership',
        'sektvo.negotiated-with-call',
        'sektvo.open',
        'sektvo.restricted',
      ],
    ],
    ['VSVgV', ['vsvgv.negotiated-with-call', 'vsvgv.restricted']],
    ['UVgO', ['uvgo.public-tender', 'uvgo.restricted-tender-with-call']],
  ])('lets the %s authority choose freely exactly %j', (regime, ids) => {
    const free = table.types.filter((item) => item.regime === regime && item.choice === 'free');
    expect(free.map((item) => item.id).sort()).toEqual(ids);
  });

  it('knows no open procedure under the VSVgV (§ 146 GWB)', () => {
    expect(table.types.some((item) => item.id === 'vsvgv.open')).toBe(false);
  });

  it('cites § 14 (3) VgV for the negotiated procedure with a call and § 14 (4) VgV without', () => {
    const cites = (id: string) => type(id).choiceReferences.map((item) => item.paragraph);
    expect(cites('vgv.negotiated-with-call')).toContain('§ 14 Abs. 3 VgV');
    expect(cites('vgv.negotiated-without-call')).toContain('§ 14 Abs. 4 VgV');
    expect(cites('uvgo.restricted-tender-without-call')).toContain('§ 8 Abs. 3 UVgO');
    expect(cites('uvgo.negotiated-award-with-call')).toContain('§ 8 Abs. 4 UVgO');
  });

  it('has the pre-award information (§ 134 GWB) above the thresholds only', () => {
    for (const item of table.types) {
      const has = item.stages.some((stage) => stage.id === 'preAwardInformation');
      expect(has, item.id).toBe(item.regime !== 'UVgO' && item.id !== 'uvgo.direct-award');
    }
  });

  it('selects candidates only where there is a call for competition', () => {
    for (const item of table.types) {
      const ids = item.stages.map((stage) => stage.id);
      expect(ids.includes('candidateSelection'), item.id).toBe(ids.includes('participationPeriod'));
    }
    expect(
      type('vgv.restricted')
        .stages.find((stage) => stage.id === 'candidateSelection')!
        .references.map((item) => item.paragraph),
    ).toContain('§ 51 VgV');
  });

  it('links every reference to its official text, and marks no row verified without saying against what', () => {
    for (const item of table.types) {
      const references = [
        ...item.references,
        ...item.choiceReferences,
        ...item.stages.flatMap((stage) => stage.references),
      ];
      for (const reference of references) {
        if (reference.paragraph.endsWith('UVgO')) {
          expect(reference.url, item.id).toMatch(/^https:\/\/www\.bundesanzeiger\.de\//);
        } else {
          expect(reference.url, `${item.id} ${reference.paragraph}`).toMatch(
            /^https:\/\/www\.gesetze-im-internet\.de\/(vgv_2016|gwb|sektvo_2016|vsvgv)\/__\d+[a-z]?\.html$/,
          );
          const law = reference.paragraph.split(' ').at(-1);
          const folder = { VgV: 'vgv_2016', GWB: 'gwb', SektVO: 'sektvo_2016', VSVgV: 'vsvgv' }[
            law!
          ];
          expect(reference.url, `${item.id} ${reference.paragraph}`).toContain(`/${folder}/`);
          const number = reference.paragraph.match(/^§§? (\d+[a-z]?)/)![1];
          expect(reference.url, `${item.id} ${reference.paragraph}`).toContain(`/__${number}.html`);
        }
      }
      if (item.verified) expect(item.checkedAgainst?.length, item.id).toBeGreaterThan(20);
    }
  });
});

describe('reading the file', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'tenderwise-procedure-types-'));
    await cp(path.join(seedRoot, 'regimes'), path.join(root, 'regimes'), { recursive: true });
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  async function withChange(change: (file: ProcedureTypeTable) => void): Promise<unknown> {
    const file = JSON.parse(await readFile(path.join(seedRoot, procedureTypeFile), 'utf8'));
    change(file);
    await writeFile(path.join(root, procedureTypeFile), JSON.stringify(file));
    return readProcedureTypes(root).catch((error: unknown) => error);
  }

  it('refuses a duplicate id, a stage twice and a regime without a freely chosen type', async () => {
    const error = await withChange((file) => {
      file.types.push({ ...file.types[0]! });
      file.types[1]!.stages.push(file.types[1]!.stages[1]!);
      for (const item of file.types) if (item.regime === 'UVgO') item.choice = 'justified';
    });
    expect(error).toBeInstanceOf(SeedValidationError);
    const messages = (error as SeedValidationError).issues.map((issue) => issue.message);
    expect(messages).toContain('Duplicate procedure type id "vgv.open"');
    expect(messages.some((message) => /^Stage "approval" appears twice$/.test(message))).toBe(true);
    expect(messages).toContain(
      'The UVgO needs at least one procedure type the authority may freely choose',
    );
  });

  it('refuses a stage without a paragraph and a verified row without what it was checked against', async () => {
    const error = await withChange((file) => {
      file.types[0]!.stages[0]!.references = [];
      file.types[1]!.verified = true;
    });
    const paths = (error as SeedValidationError).issues.map((issue) => issue.path);
    expect(paths).toEqual(['types.0.stages.0.references', 'types.1.checkedAgainst']);
  });
});
