import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { SeedBundle } from '@tenderwise/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatSiteRootSource,
  isSiteRoot,
  readSeed,
  seedFolders,
  seedRoot,
  siteRootSources,
} from '../src/index.ts';

const stats = fileURLToPath(new URL('../src/cli/stats.ts', import.meta.url));

describe('site-root sources', () => {
  it('are URLs whose path is empty or "/"', () => {
    expect(isSiteRoot('https://www.bsi.bund.de/')).toBe(true);
    expect(isSiteRoot('https://cyber.gouv.fr')).toBe(true);
    expect(isSiteRoot('https://www.cio.bund.de/?lang=de')).toBe(true);
    expect(isSiteRoot('https://www.gesetze-im-internet.de/gwb/__108.html')).toBe(false);
    expect(isSiteRoot('https://eur-lex.europa.eu/eli/reg/2023/2854/oj')).toBe(false);
  });

  it('do not occur in the seed: every source names its document', async () => {
    expect(siteRootSources(await readSeed()).map(formatSiteRootSource)).toEqual([]);
  });

  it('are found in catalogue entries and rules, named by file and id', async () => {
    const bundle: SeedBundle = structuredClone(await readSeed());
    const cost = bundle.catalogues.find((file) => file.id === 'cost')!;
    cost.entries[1]!.sources.push({ name: 'UfAB', url: 'https://www.cio.bund.de/' });
    const rules = bundle.rules.find((file) => file.id === 'recommendations')!;
    rules.rules[0]!.sources[0]!.url = 'https://www.gesetze-im-internet.de';
    expect(siteRootSources(bundle)).toEqual([
      {
        file: 'catalogue/cost.json',
        id: cost.entries[1]!.id,
        name: 'UfAB',
        url: 'https://www.cio.bund.de/',
      },
      {
        file: 'rules/recommendations.json',
        id: rules.rules[0]!.id,
        name: rules.rules[0]!.sources[0]!.name,
        url: 'https://www.gesetze-im-internet.de',
      },
    ]);
  });
});

describe('`npm run catalogue:stats` on a seed with a site-root source', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'tw-seed-stats-'));
    for (const folder of seedFolders)
      await cp(path.join(seedRoot, folder), path.join(root, folder), { recursive: true });
    const file = path.join(root, 'catalogue/cost.json');
    const json = JSON.parse(await readFile(file, 'utf8'));
    json.entries[1].sources[0].url = 'https://www.cio.bund.de/';
    await writeFile(file, JSON.stringify(json));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('reports it and fails', async () => {
    const run = promisify(execFile)(process.execPath, [stats, root]);
    await expect(run).rejects.toMatchObject({
      code: 1,
      stdout: expect.stringMatching(/^Site-root sources: 1$/m),
      stderr: expect.stringContaining(
        'catalogue/cost.json cost.price-formula: https://www.cio.bund.de/',
      ),
    });
  });
});
