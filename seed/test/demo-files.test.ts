import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fictionalNameMark, type DemoBundle } from '@tenderwise/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFiles, readDemo, seedRoot, SeedValidationError } from '../src/index.ts';

let demo: DemoBundle;

beforeAll(async () => {
  demo = await readDemo();
});

describe('the demo files', () => {
  it('hold one authority with a lead officer, three committee members, an officer and an administrator', () => {
    const authorities = demo.accounts.organisations.filter((o) => o.kind === 'authority');
    expect(authorities).toHaveLength(1);
    expect(authorities[0]!.users.map((user) => [user.key, user.role])).toEqual([
      ['lead-officer', 'officer'],
      ['committee-member-1', 'reviewer'],
      ['committee-member-2', 'reviewer'],
      ['committee-member-3', 'reviewer'],
      ['officer', 'officer'],
      ['administrator', 'admin'],
    ]);
  });

  it('hold the six vendor archetypes, each with a vendor user', () => {
    const vendors = demo.accounts.organisations.filter((o) => o.kind === 'vendor');
    expect(vendors.map((vendor) => vendor.key)).toEqual([
      'us-hyperscaler',
      'partner-sovereign',
      'german-sovereign-cloud',
      'secnumcloud-provider',
      'open-source-integrator',
      'telecom-ai-cloud',
    ]);
    for (const vendor of vendors) {
      expect(
        vendor.users.map((user) => user.role),
        vendor.key,
      ).toEqual(['vendor']);
    }
  });

  it('mark every organisation as fictional in its name and in both languages of its description', () => {
    for (const organisation of demo.accounts.organisations) {
      expect(organisation.name.endsWith(` ${fictionalNameMark}`), organisation.name).toBe(true);
      expect(organisation.description.de).toMatch(/fiktiv/i);
      expect(organisation.description.en).toMatch(/fictional/i);
    }
  });

  it('give every person an address no mail server delivers to', () => {
    const emails = demo.accounts.organisations.flatMap((o) => o.users.map((user) => user.email));
    expect(emails).toHaveLength(12);
    for (const email of emails) expect(email).toMatch(/^[a-z.-]+@[a-z-]+\.example$/);
  });
});

describe('reading broken demo data', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'tenderwise-demo-'));
    await cp(path.join(seedRoot, 'demo'), path.join(root, 'demo'), { recursive: true });
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('names the file and path of every problem: a real-looking name, a vendor who is an officer', async () => {
    const file = path.join(root, demoFiles.accounts);
    const accounts = JSON.parse(await readFile(file, 'utf8')) as DemoBundle['accounts'];
    accounts.organisations[1]!.name = 'Stratocloud Inc.';
    accounts.organisations[2]!.users[0]!.role = 'officer';
    await writeFile(file, JSON.stringify(accounts));

    const error = await readDemo(root).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as SeedValidationError).issues).toEqual([
      {
        file: 'demo/accounts.json',
        path: 'organisations.1.name',
        message: `must end with " ${fictionalNameMark}"`,
      },
      {
        file: 'demo/accounts.json',
        path: 'organisations.2.users.0.role',
        message: 'users of a vendor organisation have the role vendor',
      },
    ]);
  });
});
