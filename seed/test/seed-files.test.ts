import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { SeedBundle } from '@tenderwise/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  readSeed,
  seedFolders,
  seedRoot,
  SeedValidationError,
  siteRootSources,
} from '../src/index.ts';

let bundle: SeedBundle;
const allEntries = () => bundle.catalogues.flatMap((file) => file.entries);

beforeAll(async () => {
  bundle = await readSeed();
});

describe('the seed files', () => {
  it('all validate: six catalogues, three templates, two rule files', () => {
    expect(bundle.catalogues.map((file) => file.id)).toEqual([
      'c3a',
      'cloud-sovereignty-framework',
      'cost',
      'legal-exposure',
      'security-assurance',
      'sustainability',
    ]);
    expect(bundle.templates).toHaveLength(3);
    expect(bundle.rules.map((file) => [file.id, file.kind])).toEqual([
      ['legal-exposure-rules', 'legalExposure'],
      ['recommendations', 'recommendation'],
    ]);
  });

  it('give every entry at least one source with an https URL, and every verified one what it was checked against', () => {
    for (const entry of allEntries()) {
      expect(entry.sources.length, entry.id).toBeGreaterThanOrEqual(1);
      for (const source of entry.sources)
        expect(new URL(source.url).protocol, entry.id).toBe('https:');
      if (entry.verified) expect(entry.checkedAgainst?.length, entry.id).toBeGreaterThan(20);
    }
  });

  it('cite documents, never a site’s front page', () => {
    expect(siteRootSources(bundle)).toEqual([]);
  });

  it('write every entry in German and English, with at least one legal type and its reason', () => {
    for (const entry of allEntries()) {
      // Titles may be proper names that read the same in both languages; prose may not.
      for (const text of [entry.description, entry.evidence, entry.verification]) {
        expect(text.de, entry.id).not.toBe(text.en);
      }
      // A background entry (a statute bounding other criteria) may be no criterion itself.
      if (entry.subject !== 'background') {
        expect(entry.legalTypes.length, entry.id).toBeGreaterThan(0);
      }
      for (const use of entry.legalTypes) expect(use.why.de, entry.id).not.toBe(use.why.en);
    }
  });

  it('carry a version and a changelog in every file', () => {
    for (const file of [...bundle.catalogues, ...bundle.templates, ...bundle.rules]) {
      expect(file.version, file.id).toMatch(/^\d+\.\d+\.\d+$/);
      expect(file.changelog[0]!.version, file.id).toBe(file.version);
    }
  });

  it('hold the framework’s eight objectives with weights 15/10/10/15/20/15/10/5 and five SEAL levels', () => {
    const csf = bundle.catalogues.find((file) => file.id === 'cloud-sovereignty-framework')!;
    const objectives = csf.entries.flatMap((entry) =>
      entry.kind === 'sovereigntyObjective' ? [entry.objective] : [],
    );
    expect(objectives.map((item) => [item.code, item.defaultWeightPercent])).toEqual([
      ['SOV-1', 15],
      ['SOV-2', 10],
      ['SOV-3', 10],
      ['SOV-4', 15],
      ['SOV-5', 20],
      ['SOV-6', 15],
      ['SOV-7', 10],
      ['SOV-8', 5],
    ]);
    const levels = csf.entries.flatMap((entry) =>
      entry.kind === 'assuranceLevel' ? [entry.level] : [],
    );
    expect(levels.map((level) => [level.code, level.name])).toEqual([
      ['SEAL-0', 'No Sovereignty'],
      ['SEAL-1', 'Jurisdictional Sovereignty'],
      ['SEAL-2', 'Data Sovereignty'],
      ['SEAL-3', 'Digital Resilience'],
      ['SEAL-4', 'Full Digital Sovereignty'],
    ]);
    expect(levels[3]!.aliases).toContain('Technological Sovereignty');
  });

  it('hold every C3A criterion under its own id, objective and tier', () => {
    const c3a = bundle.catalogues.find((file) => file.id === 'c3a')!;
    expect(c3a.entries).toHaveLength(59);
    for (const entry of c3a.entries) {
      if (entry.kind !== 'c3aCriterion') throw new Error(`${entry.id} is not a C3A criterion`);
      const { code, objective, tier, scope } = entry.criterion;
      expect(entry.id).toBe(`c3a.${code.toLowerCase()}`);
      expect(code.startsWith(objective)).toBe(true);
      // C3A marks additional criteria AC, except SOV-4-01-C3, which it labels "Additional criterion".
      expect(tier, code).toBe(
        code.includes('-AC') || code === 'SOV-4-01-C3' ? 'additional' : 'basic',
      );
      if (scope === 'de') expect(entry.caution?.en, code).toBeTruthy();
    }
    const objectives = new Set(
      c3a.entries.map((entry) => entry.kind === 'c3aCriterion' && entry.criterion.objective),
    );
    expect([...objectives]).toEqual(['SOV-1', 'SOV-2', 'SOV-3', 'SOV-4', 'SOV-5', 'SOV-6']);
  });
});

describe('readSeed on broken data', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'tw-seed-'));
    for (const folder of seedFolders)
      await cp(path.join(seedRoot, folder), path.join(root, folder), { recursive: true });
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  async function edit(
    file: string,
    change: (json: Record<string, any>) => void,
  ): Promise<() => Promise<void>> {
    const full = path.join(root, file);
    const original = await readFile(full, 'utf8');
    const json = JSON.parse(original);
    change(json);
    await writeFile(full, JSON.stringify(json));
    return () => writeFile(full, original);
  }

  async function issuesOf(): Promise<readonly { file: string; path: string; message: string }[]> {
    try {
      await readSeed(root);
    } catch (error) {
      if (error instanceof SeedValidationError) return error.issues;
      throw error;
    }
    throw new Error('readSeed accepted broken data');
  }

  it('names the file and path of an entry without sources', async () => {
    const restore = await edit('catalogue/cost.json', (json) => {
      json.entries[0].sources = [];
    });
    expect(await issuesOf()).toEqual([
      expect.objectContaining({ file: 'catalogue/cost.json', path: 'entries.0.sources' }),
    ]);
    await restore();
  });

  it('refuses a verified entry that does not say what it was checked against', async () => {
    const restore = await edit('catalogue/c3a.json', (json) => {
      delete json.entries[3].checkedAgainst;
    });
    expect(await issuesOf()).toEqual([
      {
        file: 'catalogue/c3a.json',
        path: 'entries.3.checkedAgainst',
        message: 'A verified entry names what it was checked against',
      },
    ]);
    await restore();
  });

  it('refuses a rule naming an entry that does not exist, and a file named unlike its id', async () => {
    const restoreRule = await edit('rules/recommendations.json', (json) => {
      json.rules[0].criteria[0].entryId = 'assurance.c5-type-3';
    });
    expect(await issuesOf()).toEqual([
      {
        file: 'rules/recommendations.json',
        path: 'rules.0.criteria.0.entryId',
        message: 'No catalogue entry "assurance.c5-type-3"',
      },
    ]);
    await restoreRule();
    const restoreId = await edit('catalogue/cost.json', (json) => {
      json.id = 'costs';
    });
    expect(await issuesOf()).toEqual([
      {
        file: 'catalogue/cost.json',
        path: 'id',
        message: 'The id "costs" does not match the file name',
      },
    ]);
    await restoreId();
  });

  it('refuses a condition over a fact the rules do not know', async () => {
    const restore = await edit('rules/recommendations.json', (json) => {
      json.rules[1].when = { fact: 'budgetYear', atLeast: 2027 };
    });
    expect(await issuesOf()).toEqual([
      {
        file: 'rules/recommendations.json',
        path: 'rules.1.when',
        message: 'Unknown fact "budgetYear"',
      },
    ]);
    await restore();
  });

  it('reports a file that is not JSON', async () => {
    const full = path.join(root, 'templates/broken.json');
    await writeFile(full, '{ "id": ');
    expect(await issuesOf()).toEqual([
      expect.objectContaining({
        file: 'templates/broken.json',
        path: '',
        message: expect.stringMatching(/^Not valid JSON/),
      }),
    ]);
    await rm(full);
    await expect(readSeed(root)).resolves.toBeTruthy();
  });
});
