import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CatalogueEntry, EvaluationTemplate, SeedBundle } from '@tenderwise/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeed, seedFolders, seedRoot, SeedValidationError } from '../src/index.ts';

let bundle: SeedBundle;
let entries: Map<string, CatalogueEntry>;
beforeAll(async () => {
  bundle = await readSeed();
  entries = new Map(bundle.catalogues.flatMap((file) => file.entries).map((e) => [e.id, e]));
});

/** Each award node's share of the whole tree, from the weights of it and its ancestors. */
function effectiveWeights(template: EvaluationTemplate): Map<string, number> {
  const nodes = new Map(template.scheme.award.map((node) => [node.id, node]));
  const weightOf = (id: string): number => {
    const node = nodes.get(id)!;
    const own = node.weightBp / 10_000;
    return node.parentId === null ? own : own * weightOf(node.parentId);
  };
  return new Map(template.scheme.award.map((node) => [node.id, weightOf(node.id)]));
}

/** The share of award weight resting on an entry that describes the company. */
function companyShare(template: EvaluationTemplate): { share: number; criteria: string[] } {
  const weights = effectiveWeights(template);
  const criteria = template.scheme.award
    .filter((node) => node.kind !== 'group')
    .filter((node) =>
      template.basedOn
        .filter((item) => item.criterionId === node.id)
        .some((item) => item.entryIds.some((id) => entries.get(id)?.subject === 'company')),
    )
    .map((node) => node.id);
  return { share: criteria.reduce((sum, id) => sum + weights.get(id)!, 0), criteria };
}

describe('the templates, legally', () => {
  it('name their procurement regime: the KRITIS utility buys under the SektVO, the others under the VgV', () => {
    expect(
      Object.fromEntries(bundle.templates.map((template) => [template.id, template.scheme.regime])),
    ).toEqual({
      'gpu-compute-ai-research': 'VgV',
      'kritis-sovereign-cloud': 'SektVO',
      'state-collaboration-suite': 'VgV',
    });
  });

  it.each(['gpu-compute-ai-research', 'kritis-sovereign-cloud', 'state-collaboration-suite'])(
    '%s scores no company or origin trait: 0 % of its award weight rests on one',
    (id) => {
      const template = bundle.templates.find((item) => item.id === id)!;
      expect(companyShare(template)).toEqual({ share: 0, criteria: [] });
      // Every scored criterion takes its subject from an entry, or is declared need-specific.
      const needSpecific = new Set(template.needSpecific.map((item) => item.criterionId));
      for (const node of template.scheme.award) {
        if (node.kind === 'group' || node.kind === 'price') continue;
        const subjects = template.basedOn
          .filter((item) => item.criterionId === node.id)
          .flatMap((item) => item.entryIds.map((entryId) => entries.get(entryId)!.subject))
          .filter((subject) => subject !== 'background');
        expect(subjects.length > 0 || needSpecific.has(node.id), `${id} ${node.id}`).toBe(true);
        expect(subjects, `${id} ${node.id}`).not.toContain('company');
      }
    },
  );

  it('cite, in the SektVO template, no VgV paragraph whose SektVO counterpart differs', () => {
    const template = bundle.templates.find((item) => item.id === 'kritis-sovereign-cloud')!;
    const { preliminaryChecks, ...rest } = template;
    // The preliminary check on the regime names the VgV paragraphs on purpose, as the alternative.
    expect(preliminaryChecks.map((check) => check.id)).toContain('sector-activity');
    const text = JSON.stringify(rest);
    for (const paragraph of ['§ 49 VgV', '§ 58 VgV', '§ 59 VgV', '§ 60 VgV', '§ 34 VgV']) {
      expect(text, paragraph).not.toContain(paragraph);
    }
    for (const paragraph of [
      '§ 46 SektVO',
      '§ 49 SektVO',
      '§ 52 SektVO',
      '§ 53 SektVO',
      '§ 54 SektVO',
    ]) {
      expect(text, paragraph).toContain(paragraph);
    }
  });

  it('judge Art. 5k and §§ 123, 124 GWB as exclusion grounds in every template, never as suitability', () => {
    for (const { id, scheme } of bundle.templates) {
      expect(
        scheme.exclusionGrounds?.map((item) => item.id),
        id,
      ).toEqual(['exclusion-grounds', 'sanctions-5k']);
      expect(
        scheme.suitability.map((item) => item.id),
        id,
      ).not.toContain('sanctions-5k');
    }
  });

  it('keep the EnEfG baseline a minimum requirement and the Art. 28 GDPR agreement a condition in the GPU template', () => {
    const template = bundle.templates.find((item) => item.id === 'gpu-compute-ai-research')!;
    expect(template.scheme.minimumRequirements.map((item) => item.id)).toContain('energy-baseline');
    expect(template.scheme.conditions.map((item) => item.id)).toContain('processing-agreement');
    const pue = template.scheme.award.find((node) => node.id === 'pue');
    // Only what goes beyond the legal PUE ceiling of 1.5 earns points.
    expect(pue).toMatchObject({ utility: { kind: 'linear', worst: 1.5 } });
    expect(template.scheme.award.map((node) => node.id)).not.toContain('renewable-share');
  });

  it('check in-house award (§ 108 GWB) and lots (§ 97 (4) GWB) for the collaboration suite', () => {
    const template = bundle.templates.find((item) => item.id === 'state-collaboration-suite')!;
    const checks = template.preliminaryChecks.flatMap((check) => check.entryIds);
    expect(checks).toEqual(expect.arrayContaining(['law.in-house-108-gwb', 'law.lots-97-4-gwb']));
    expect(template.lots.kind).toBe('single');
    if (template.lots.kind === 'single') expect(template.lots.reason.de).toContain('§ 97 Abs. 4');
  });
});

describe('the catalogue, legally', () => {
  it('marks the seat, control and origin criteria as company traits, never scorable', () => {
    const company = [
      'csf.sov-1',
      'csf.sov-2',
      'csf.sov-5',
      'csf.sov-6',
      'assurance.secnumcloud',
      'assurance.gaia-x-label-3',
      'c3a.sov-1-02-c1',
      'c3a.sov-1-02-c2',
      'c3a.sov-1-03-c1',
      'c3a.sov-1-03-c2',
      'c3a.sov-4-01-c3',
      'law.sanctions-art-5k',
    ];
    for (const id of company) {
      const entry = entries.get(id)!;
      expect(entry.subject, id).toBe('company');
      expect(
        entry.legalTypes.map((use) => use.type),
        id,
      ).not.toEqual(expect.arrayContaining(['award']));
    }
    for (const id of company.filter(
      (item) => item.startsWith('c3a.sov-1-0') || item.endsWith('-c3'),
    )) {
      expect(
        entries.get(id)!.legalTypes.map((use) => use.type),
        id,
      ).toEqual(['restricted']);
    }
    expect(entries.get('law.sanctions-art-5k')!.legalTypes.map((use) => use.type)).toEqual([
      'exclusion',
      'condition',
    ]);
  });

  it('no longer calls seat or ownership a suitability matter in the SOV-1 and SOV-2 cautions', () => {
    for (const id of ['csf.sov-1', 'csf.sov-2']) {
      const caution = entries.get(id)!.caution!;
      expect(caution.en, id).toContain('§ 122 (2) GWB');
      expect(caution.de, id).toContain('§ 122 Abs. 2 GWB');
      expect(caution.en, id).not.toMatch(/belong in suitability/);
      expect(caution.en, id).toContain('Kolin');
    }
  });

  it('treat equal treatment of GPA bidders as a bound on criteria, not a criterion', () => {
    expect(entries.get('law.gpa-equal-treatment')).toMatchObject({
      subject: 'background',
      legalTypes: [],
    });
    const baseline = bundle.rules
      .flatMap((file) => (file.kind === 'recommendation' ? file.rules : []))
      .find((rule) => rule.id === 'recommend.sovereignty-baseline')!;
    expect(baseline.criteria.map((item) => item.entryId)).not.toContain('law.gpa-equal-treatment');
    expect(baseline.relatedEntryIds).toContain('law.gpa-equal-treatment');
  });
});

describe('the rules, legally', () => {
  const recommendation = () =>
    new Map(
      bundle.rules
        .flatMap((file) => (file.kind === 'recommendation' ? file.rules : []))
        .map((rule) => [rule.id, rule]),
    );

  it('make NIS2 supply-chain security and VS-NfD handling duties, cited to the BSIG and the VSA', () => {
    const rules = recommendation();
    const nis2 = rules.get('recommend.nis2-supply-chain')!;
    expect(nis2.obligation).toBe('duty');
    expect(nis2.sources.map((source) => source.url)).toContain(
      'https://www.gesetze-im-internet.de/bsig_2025/__30.html',
    );
    expect(nis2.reason.en).toContain('§ 30 (1), (2) No. 4 BSIG');
    expect(rules.get('recommend.nis2-supply-chain-evidence')!.obligation).toBe('advice');
    const nfd = rules.get('recommend.classified-vs-nfd')!;
    expect(nfd.obligation).toBe('duty');
    expect(nfd.reason.en).toMatch(/VSVgV/);
    expect(nfd.reason.en).toMatch(/SÜG/);
    expect(Math.max(...nfd.minimumLevels.map((level) => level.seal))).toBeLessThan(4);
    expect(nfd.criteria.map((item) => item.entryId)).not.toContain('c3a.sov-4-01-c2');
  });

  it('name the BSIG and KRITIS umbrella act duties of a critical infrastructure operator as a duty', () => {
    const duty = recommendation().get('recommend.kritis-operator-duties')!;
    expect(duty.obligation).toBe('duty');
    for (const paragraph of ['§ 30', '§ 31 BSIG', '§ 32 BSIG', '§ 39 BSIG']) {
      expect(duty.reason.en).toContain(paragraph);
    }
    expect(duty.criteria.map((item) => item.entryId)).toEqual(
      expect.arrayContaining(['law.nis2-bsig-duties', 'law.kritis-dachgesetz']),
    );
  });

  it('state the 18-month type-1 rule and the C5 equivalence ordinance for § 393 SGB V', () => {
    const health = recommendation().get('recommend.health-c5-type-2')!;
    expect(health.reason.en).toContain('18 months (§ 393 (4) SGB V)');
    expect(health.criteria.map((item) => item.entryId)).toEqual(
      expect.arrayContaining(['assurance.c5-type-1', 'assurance.c5-equivalence-ordinance']),
    );
  });

  it('ask no minimum SEAL for an objective whose level rests on the company', () => {
    for (const rule of recommendation().values()) {
      for (const level of rule.minimumLevels) {
        expect(['SOV-1', 'SOV-2', 'SOV-5', 'SOV-6'], rule.id).not.toContain(level.objective);
      }
    }
  });
});

describe('readSeed on legally broken data', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'tw-legal-'));
    for (const folder of seedFolders)
      await cp(path.join(seedRoot, folder), path.join(root, folder), { recursive: true });
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  /** Changes one file, reads the seed, puts the file back, and returns the issues found (none: []). */
  async function issuesAfter(
    file: string,
    change: (json: Record<string, any>) => void,
  ): Promise<readonly { file: string; path: string; message: string }[]> {
    const full = path.join(root, file);
    const original = await readFile(full, 'utf8');
    const json = JSON.parse(original);
    change(json);
    await writeFile(full, JSON.stringify(json));
    try {
      await readSeed(root);
      return [];
    } catch (error) {
      if (error instanceof SeedValidationError) return error.issues;
      throw error;
    } finally {
      await writeFile(full, original);
    }
  }

  it('refuses a template that scores a company trait by calling it a service property, naming the entry and § 127 (3) GWB in both languages', async () => {
    let at = -1;
    const issues = await issuesAfter('templates/kritis-sovereign-cloud.json', (json) => {
      at = json.basedOn.length;
      json.scheme.award.push({
        kind: 'metric',
        id: 'strategic-sovereignty',
        parentId: 'sovereignty',
        title: { de: 'SOV-1 (SEAL)', en: 'SOV-1 (SEAL)' },
        weightBp: 0,
        subject: 'service',
        unit: 'SEAL',
        utility: { kind: 'linear', worst: 0, best: 4 },
      });
      json.basedOn.push({ criterionId: 'strategic-sovereignty', entryIds: ['csf.sov-1'] });
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      file: 'templates/kritis-sovereign-cloud.json',
      path: `basedOn.${at}.entryIds.0`,
    });
    const message = issues[0]!.message;
    expect(message).toContain('"strategic-sovereignty" draws on catalogue entry "csf.sov-1"');
    expect(message).toContain('§ 127 (3) GWB');
    expect(message).toContain(
      '„strategic-sovereignty“ stützt sich auf den Katalogeintrag „csf.sov-1“',
    );
    expect(message).toContain('§ 127 Abs. 3 GWB');
  });

  it('refuses scoring an entry with an ownership cap (SecNumCloud) and seat criteria as award points', async () => {
    const issues = await issuesAfter('templates/kritis-sovereign-cloud.json', (json) => {
      const item = json.basedOn.find((entry: any) => entry.criterionId === 'additional-assurance');
      item.entryIds.push('assurance.secnumcloud', 'c3a.sov-1-03-c1');
    });
    expect(
      issues.map(
        (issue) => issue.message.match(/entry "([^"]+)", which describes the company/)?.[1],
      ),
    ).toEqual(['assurance.secnumcloud', 'c3a.sov-1-03-c1']);
  });

  it('refuses relabelling the subject an entry gives: a service entry scored as staff', async () => {
    const issues = await issuesAfter('templates/kritis-sovereign-cloud.json', (json) => {
      json.scheme.award.find((node: any) => node.id === 'key-and-data-control').subject = 'staff';
    });
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]!.message).toContain(
      '"key-and-data-control" is labelled "staff", but its catalogue entry "csf.sov-3" describes a service',
    );
  });

  it('refuses a scored criterion that states its own subject without an entry or a need-specific reason', async () => {
    const issues = await issuesAfter('templates/kritis-sovereign-cloud.json', (json) => {
      json.needSpecific = json.needSpecific.filter(
        (item: any) => item.criterionId !== 'availability',
      );
    });
    expect(issues).toEqual([
      expect.objectContaining({
        message: expect.stringContaining(
          '"availability" draws on no catalogue entry stating its subject',
        ),
      }),
    ]);
  });

  it('refuses a criterion used as a legal type its entry does not admit: Art. 5k as suitability', async () => {
    const issues = await issuesAfter('templates/gpu-compute-ai-research.json', (json) => {
      const ground = json.scheme.exclusionGrounds.find((item: any) => item.id === 'sanctions-5k');
      json.scheme.exclusionGrounds = json.scheme.exclusionGrounds.filter(
        (item: any) => item !== ground,
      );
      json.scheme.suitability.push({ ...ground, legalType: 'suitability' });
    });
    expect(issues).toEqual([
      expect.objectContaining({
        message: expect.stringContaining(
          '"sanctions-5k" is used as suitability criterion, but catalogue entry "law.sanctions-art-5k" admits only: exclusion ground, contract condition',
        ),
      }),
    ]);
  });

  it('refuses a seat requirement in a VgV template, and admits it under the VSVgV', async () => {
    const seat = {
      id: 'eu-seat',
      legalType: 'restricted',
      basis: 'exemptProcedure',
      title: { de: 'Sitz in der EU', en: 'Seat in the EU' },
      justification: { de: 'Sicherheitsinteressen.', en: 'Security interests.' },
    };
    const refused = await issuesAfter('templates/gpu-compute-ai-research.json', (json) => {
      json.scheme.restrictedRequirements = [seat];
      json.basedOn.push({ criterionId: 'eu-seat', entryIds: ['c3a.sov-1-02-c1'] });
    });
    expect(refused).toEqual([
      {
        file: 'templates/gpu-compute-ai-research.json',
        path: 'scheme.restrictedRequirements.0',
        message: expect.stringMatching(
          /only available in a procurement under the VSVgV or exempt under § 107 \(2\) or § 117 GWB \(regime here: VgV.*§ 122 \(2\) GWB.*C-652\/22 Kolin.*— „eu-seat“ verlangt Sitz/,
        ),
      },
    ]);
    // Under the VSVgV (§ 104 GWB) the same requirement is admitted.
    const admitted = await issuesAfter('templates/gpu-compute-ai-research.json', (json) => {
      json.scheme.regime = 'VSVgV';
      json.scheme.restrictedRequirements = [seat];
      json.basedOn.push({ criterionId: 'eu-seat', entryIds: ['c3a.sov-1-02-c1'] });
    });
    expect(admitted).toEqual([]);
    // So is one addressed only to bidders from countries without an agreement (Kolin).
    const kolin = await issuesAfter('templates/gpu-compute-ai-research.json', (json) => {
      json.scheme.restrictedRequirements = [{ ...seat, basis: 'nonAgreementBidders' }];
    });
    expect(kolin).toEqual([]);
  });

  it('refuses an award use of a company trait in a catalogue entry itself', async () => {
    const issues = await issuesAfter('catalogue/cloud-sovereignty-framework.json', (json) => {
      const entry = json.entries.find((item: any) => item.id === 'csf.sov-5');
      entry.legalTypes.push({ type: 'award', why: { de: 'Punkte.', en: 'Points.' } });
    });
    expect(issues).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(
          /^"csf\.sov-5" describes the company and cannot be an award criterion \(§ 127 \(3\) GWB\) — „csf\.sov-5“ beschreibt das Unternehmen .*\(§ 127 Abs\. 3 GWB\)$/,
        ),
      }),
    ]);
  });

  it('refuses a rule asking a minimum SEAL for SOV-2, and a citation topic the table does not know', async () => {
    const issues = await issuesAfter('rules/recommendations.json', (json) => {
      const baseline = json.rules.find((rule: any) => rule.id === 'recommend.sovereignty-baseline');
      baseline.minimumLevels.push({ objective: 'SOV-2', seal: 2 });
      baseline.reason.en += ' See [[procurementMagic]].';
    });
    expect(issues.map((issue) => issue.message)).toEqual([
      expect.stringContaining('A minimum SEAL for SOV-2 would rest on the company'),
      'Unknown citation topic [[procurementMagic]]',
    ]);
  });

  it('refuses a template without its regime or its decision on lots', async () => {
    const withoutRegime = await issuesAfter('templates/state-collaboration-suite.json', (json) => {
      delete json.scheme.regime;
    });
    expect(withoutRegime).toEqual([
      expect.objectContaining({
        path: 'scheme.regime',
        message: expect.stringContaining('VgV, SektVO, VSVgV or UVgO'),
      }),
    ]);
    const withoutLots = await issuesAfter('templates/state-collaboration-suite.json', (json) => {
      delete json.lots;
    });
    expect(withoutLots.map((issue) => issue.path)).toEqual(['lots']);
  });
});
