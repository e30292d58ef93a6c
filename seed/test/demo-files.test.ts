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
  it('hold one authority with a lead officer, three committee members, five officers and an administrator', () => {
    const authorities = demo.accounts.organisations.filter((o) => o.kind === 'authority');
    expect(authorities).toHaveLength(1);
    expect(authorities[0]!.users.map((user) => [user.key, user.role])).toEqual([
      ['lead-officer', 'officer'],
      ['committee-member-1', 'reviewer'],
      ['committee-member-2', 'reviewer'],
      ['committee-member-3', 'reviewer'],
      ['officer', 'officer'],
      ['procurement-officer-2', 'officer'],
      ['procurement-officer-3', 'officer'],
      ['budget-officer', 'officer'],
      ['legal-officer', 'officer'],
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
    expect(emails).toHaveLength(16);
    for (const email of emails) expect(email).toMatch(/^[a-z.-]+@[a-z-]+\.example$/);
  });
});

describe('the demo’s options reviews', () => {
  it('hold a concluded review of the collaboration platform and one in review', () => {
    expect(
      demo.optionsReviews.reviews.map((review) => [review.title, review.status, review.lead]),
    ).toEqual([
      ['Kollaborationsplattform für 4.000 Arbeitsplätze', 'concluded', 'lead-officer'],
      ['GPU-Rechenleistung für KI-Forschung der Landeshochschulen', 'inReview', 'lead-officer'],
    ]);
  });

  it('compare options of the fictional vendors, each marked as fictional', () => {
    const vendors = new Set(
      demo.accounts.organisations.filter((o) => o.kind === 'vendor').map((o) => o.key),
    );
    for (const review of demo.optionsReviews.reviews) {
      for (const option of review.options) {
        expect(vendors.has(option.vendor), option.key).toBe(true);
        expect(option.name.endsWith(` ${fictionalNameMark}`), option.name).toBe(true);
      }
    }
  });

  it('date the offers’ evidence before the concluded review’s reference date', () => {
    const concluded = demo.optionsReviews.reviews.find((review) => review.status === 'concluded')!;
    const date = /(\d{2})\.(\d{2})\.(\d{4})/g;
    for (const option of concluded.options) {
      // Reports, audit periods and certificates' start, as the offers state them; only how long
      // a certificate stays valid ("gültig 12.03.2025–11.03.2028") may reach beyond.
      const text = Object.values(option.offer.answers)
        .join(' ')
        .replace(/(gültig \d{2}\.\d{2}\.\d{4})–\d{2}\.\d{2}\.\d{4}/g, '$1');
      const stated = [...text.matchAll(date)].map(
        ([, day, month, year]) => `${year}-${month}-${day}`,
      );
      expect(stated.length, option.key).toBeGreaterThan(0);
      for (const when of stated) expect(when < concluded.referenceDate, option.key).toBe(true);
    }
  });

  it('give every member of the concluded review a submitted sheet, and the lead a consensus on each score', () => {
    const concluded = demo.optionsReviews.reviews.find((review) => review.status === 'concluded')!;
    expect(concluded.scoreSheets.map((sheet) => sheet.submitted)).toEqual([true, true, true]);
    const scored = new Set(
      concluded.scoreSheets[0]!.scores.map((score) => `${score.option}/${score.criterion}`),
    );
    expect(
      new Set(concluded.consensus.map((score) => `${score.option}/${score.criterion}`)),
    ).toEqual(scored);
    expect(concluded.weightSets.map((set) => set.member)).toEqual(concluded.members);
    expect(concluded.adoption?.kind).toBe('geometricMean');
  });
});

describe('the demo’s tenders', () => {
  it('hold a published tender with a correction and one in preparation, led by the lead officer', () => {
    expect(
      demo.tenders.tenders.map((tender) => [
        tender.reference,
        tender.publication !== undefined,
        tender.correction !== undefined,
        tender.lead,
      ]),
    ).toEqual([
      ['LVM-VG-2026-031', true, true, 'lead-officer'],
      ['LVM-VG-2027-004', false, false, 'lead-officer'],
    ]);
  });

  it('name three opening officers with a deputy each, who is none of them, on the published tender', () => {
    const { team } = demo.tenders.tenders[0]!;
    const openers = team.filter((m) => m.capacity === 'openingOfficer').map((m) => m.user);
    const deputies = team.filter((m) => m.capacity === 'openingDeputy');
    expect(new Set(openers).size).toBe(3);
    expect(deputies.map((d) => d.deputyFor).sort()).toEqual([...openers].sort());
    for (const deputy of deputies) expect(openers).not.toContain(deputy.user);
    expect(team.every((m) => m.declared)).toBe(true);
  });
});

describe('reading broken demo data', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'tenderwise-demo-'));
    await cp(path.join(seedRoot, 'demo'), path.join(root, 'demo'), { recursive: true });
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('put fictional services of three vendors into the registry, one confidential C5 report granted to the authority', () => {
    const services = demo.registry.vendors.flatMap((vendor) => vendor.services);
    expect(services).toHaveLength(3);
    const documents = services.flatMap((service) => service.evidence);
    for (const item of [...services, ...documents]) {
      const name = 'name' in item ? item.name : item.title;
      expect(name.endsWith(` ${fictionalNameMark}`), name).toBe(true);
    }
    const confidential = services.filter((service) =>
      service.evidence.some((document) => document.confidential),
    );
    expect(confidential.map((service) => service.grants)).toEqual([['authority']]);
    for (const document of documents) {
      expect(document.text.join(' ')).toMatch(/fictional/i);
    }
  });

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

  it('refuses a tender its own lead approves, or with a vendor on the team', async () => {
    const own = await mkdtemp(path.join(os.tmpdir(), 'tenderwise-demo-'));
    try {
      await cp(path.join(seedRoot, 'demo'), path.join(own, 'demo'), { recursive: true });
      const file = path.join(own, demoFiles.tenders);
      const tenders = JSON.parse(await readFile(file, 'utf8')) as DemoBundle['tenders'];
      tenders.tenders[0]!.publication = { approver: 'lead-officer' };
      tenders.tenders[1]!.team[0]!.user = 'us-hyperscaler-sales';
      await writeFile(file, JSON.stringify(tenders));

      const error = await readDemo(own).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SeedValidationError);
      expect((error as SeedValidationError).issues).toEqual([
        {
          file: 'demo/tenders.json',
          path: 'tenders.0.publication.approver',
          message: 'a second officer of the team approves (four eyes)',
        },
        {
          file: 'demo/tenders.json',
          path: 'tenders.1.team.0.user',
          message: `"us-hyperscaler-sales" is not a person of the lead's authority`,
        },
      ]);
    } finally {
      await rm(own, { recursive: true, force: true });
    }
  });
  it('refuses a conversation about a review its holder is not on, or a tender begun by a reviewer', async () => {
    const own = await mkdtemp(path.join(os.tmpdir(), 'tenderwise-demo-'));
    try {
      await cp(path.join(seedRoot, 'demo'), path.join(own, 'demo'), { recursive: true });
      const file = path.join(own, demoFiles.conversations);
      const conversations = JSON.parse(await readFile(file, 'utf8')) as DemoBundle['conversations'];
      conversations.conversations[0]!.user = 'officer';
      conversations.conversations[1]!.user = 'committee-member-1';
      await writeFile(file, JSON.stringify(conversations));

      const error = await readDemo(own).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SeedValidationError);
      expect((error as SeedValidationError).issues).toEqual([
        {
          file: 'demo/conversations.json',
          path: 'conversations.0.user',
          message: '"officer" is not on the review',
        },
        {
          file: 'demo/conversations.json',
          path: 'conversations.1.user',
          message: 'only an officer prepares a tender',
        },
      ]);
    } finally {
      await rm(own, { recursive: true, force: true });
    }
  });
});
