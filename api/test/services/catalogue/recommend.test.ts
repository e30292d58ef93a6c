import type { BuyerContext, LocalizedText, RecommendationRule } from '@tenderwise/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { recommend, type LoadedRule } from '../../../src/domain/catalogue/recommend.ts';
import { context, seedRules } from './seed-rules.ts';

let rules: LoadedRule<RecommendationRule>[];
let title: (id: string) => LocalizedText;
beforeAll(async () => {
  ({ recommendation: rules, title } = await seedRules());
});

const appliedIds = (ctx: BuyerContext) =>
  recommend(ctx, rules, title).applied.map((rule) => rule.ruleId);

/**
 * One case per rule: a context that triggers it, and exactly which rules apply to it. The
 * coverage test below fails when a rule file gains a rule without a case here.
 */
const cases: { rule: string; context: Parameters<typeof context>[0]; applied: string[] }[] = [
  {
    rule: 'recommend.health-c5-type-2',
    context: { sector: 'health', sgbVActor: true, serviceModel: 'saas', dataClasses: ['health'] },
    applied: ['recommend.health-c5-type-2', 'recommend.personal-data'],
  },
  {
    rule: 'recommend.kritis-resilience',
    context: { kritisOperator: true, serviceModel: 'iaas', sector: 'energy' },
    applied: ['recommend.kritis-resilience', 'recommend.kritis-operator-duties'],
  },
  {
    rule: 'recommend.kritis-operator-duties',
    context: { kritisOperator: true, sector: 'water' },
    applied: ['recommend.kritis-operator-duties'],
  },
  {
    rule: 'recommend.nis2-supply-chain',
    context: { nis2Entity: 'important', serviceModel: 'paas' },
    applied: ['recommend.nis2-supply-chain', 'recommend.nis2-supply-chain-evidence'],
  },
  {
    rule: 'recommend.nis2-supply-chain-evidence',
    context: { nis2Entity: 'essential', serviceModel: 'saas' },
    applied: ['recommend.nis2-supply-chain', 'recommend.nis2-supply-chain-evidence'],
  },
  {
    rule: 'recommend.personal-data',
    context: { dataClasses: ['personal'], serviceModel: 'saas' },
    applied: ['recommend.personal-data'],
  },
  {
    rule: 'recommend.professional-secrets',
    context: { dataClasses: ['professionalSecrets'], serviceModel: 'saas' },
    applied: ['recommend.professional-secrets'],
  },
  {
    rule: 'recommend.classified-vs-nfd',
    context: { dataClasses: ['vsNfd'] },
    applied: ['recommend.classified-vs-nfd'],
  },
  {
    rule: 'recommend.ai-workloads',
    context: { aiWorkloads: true },
    applied: ['recommend.ai-workloads'],
  },
  {
    rule: 'recommend.sanctions-declaration',
    context: { aboveEuThreshold: true },
    applied: ['recommend.sanctions-declaration'],
  },
  {
    rule: 'recommend.life-cycle-cost',
    context: { contractValueEur: 1_000_000 },
    applied: ['recommend.life-cycle-cost'],
  },
  {
    rule: 'recommend.sovereignty-baseline',
    context: { serviceModel: 'iaas', aboveEuThreshold: true },
    applied: ['recommend.sanctions-declaration', 'recommend.sovereignty-baseline'],
  },
  {
    rule: 'recommend.public-administration-open-standards',
    context: { sector: 'publicAdministration', serviceModel: 'saas' },
    applied: ['recommend.public-administration-open-standards'],
  },
];

describe('the recommendation rules', () => {
  it('recommend nothing for a context that triggers no rule', () => {
    const answer = recommend(context(), rules, title);
    expect(answer.applied).toEqual([]);
    expect(answer.criteria).toEqual([]);
    expect(answer.minimumLevels).toEqual([]);
    expect(answer.notApplied).toEqual(rules.map(({ rule }) => rule.id));
    expect(answer.ruleFiles).toEqual([{ id: 'recommendations', version: '2.0.0' }]);
  });

  it('have a test case for every rule in the rule files', () => {
    expect(cases.map((item) => item.rule).sort()).toEqual(rules.map(({ rule }) => rule.id).sort());
  });

  it.each(cases)('$rule applies to its context, with exactly the expected rules', (item) => {
    expect(appliedIds(context(item.context))).toEqual(item.applied);
  });

  it('make C5 type 2 a legal duty for a health insurer’s cloud, citing § 393 SGB V', () => {
    const answer = recommend(context(cases[0]!.context), rules, title);
    const rule = answer.applied.find((item) => item.ruleId === 'recommend.health-c5-type-2')!;
    expect(rule).toMatchObject({ obligation: 'duty', verified: true });
    expect(rule.sources[0]!.url).toBe('https://www.gesetze-im-internet.de/sgb_5/__393.html');
    expect(answer.criteria.find((item) => item.entryId === 'assurance.c5-type-2')).toMatchObject({
      obligation: 'duty',
      legalTypes: ['minimum', 'condition'],
      title: { en: 'BSI C5 attestation, type 2' },
    });
    // Without health or social data, or without being an addressee of § 393 SGB V, no duty.
    expect(appliedIds(context({ ...cases[0]!.context, dataClasses: ['personal'] }))).not.toContain(
      'recommend.health-c5-type-2',
    );
    expect(appliedIds(context({ ...cases[0]!.context, sgbVActor: false }))).not.toContain(
      'recommend.health-c5-type-2',
    );
    expect(appliedIds(context({ ...cases[0]!.context, serviceModel: 'onPremises' }))).not.toContain(
      'recommend.health-c5-type-2',
    );
  });

  it('make C5 type 2 only advice for a KRITIS operator, with minimum SEAL 3 only for SOV-3 and SOV-4, and its BSIG duties a duty', () => {
    const answer = recommend(context(cases[1]!.context), rules, title);
    expect(answer.criteria.find((item) => item.entryId === 'assurance.c5-type-2')?.obligation).toBe(
      'advice',
    );
    expect(answer.criteria.find((item) => item.entryId === 'law.nis2-bsig-duties')).toMatchObject({
      obligation: 'duty',
      legalTypes: ['condition'],
      ruleIds: ['recommend.kritis-operator-duties'],
    });
    // No minimum SEAL for SOV-2: it would rest on the provider's control.
    expect(answer.minimumLevels).toEqual([
      {
        objective: 'SOV-3',
        seal: 3,
        obligation: 'advice',
        ruleIds: ['recommend.kritis-resilience'],
      },
      {
        objective: 'SOV-4',
        seal: 3,
        obligation: 'advice',
        ruleIds: ['recommend.kritis-resilience'],
      },
    ]);
  });

  it('recommend Art. 5k as an exclusion ground, and name equal treatment as a bound, not a criterion', () => {
    const answer = recommend(
      context({ serviceModel: 'iaas', aboveEuThreshold: true }),
      rules,
      title,
    );
    expect(answer.criteria.find((item) => item.entryId === 'law.sanctions-art-5k')).toMatchObject({
      obligation: 'duty',
      legalTypes: ['exclusion', 'condition'],
    });
    expect(answer.criteria.map((item) => item.entryId)).not.toContain('law.gpa-equal-treatment');
    const baseline = answer.applied.find(
      (item) => item.ruleId === 'recommend.sovereignty-baseline',
    )!;
    expect(baseline.related.map((item) => item.entryId)).toEqual([
      'law.gpa-equal-treatment',
      'law.cjeu-c-652-22-kolin',
    ]);
    expect(baseline.related[0]!.title.en).toBeTruthy();
  });

  it('cite the paragraphs of the buyer’s regime, or of every regime when it is not given', () => {
    const reasonFor = (regime?: 'VgV' | 'SektVO' | 'VSVgV' | 'UVgO') =>
      recommend(
        context({ contractValueEur: 2_000_000, ...(regime && { regime }) }),
        rules,
        title,
      ).applied.find((item) => item.ruleId === 'recommend.life-cycle-cost')!.reason;
    expect(reasonFor('SektVO').de).toContain('veröffentlichter Formel (§ 53 SektVO)');
    expect(reasonFor('VgV').en).toContain('published formula (§ 59 VgV)');
    expect(reasonFor('UVgO').en).toContain('(no provision of its own in the UVgO)');
    expect(reasonFor().en).toContain('(§ 59 VgV / § 53 SektVO)');
    for (const regime of ['VgV', 'SektVO', 'VSVgV', 'UVgO', undefined] as const) {
      expect(JSON.stringify(reasonFor(regime))).not.toContain('[[');
    }
  });

  it('merge rules: a duty outranks advice for the same criterion and the same minimum level', () => {
    const answer = recommend(
      context({
        sector: 'health',
        sgbVActor: true,
        kritisOperator: true,
        serviceModel: 'iaas',
        dataClasses: ['health', 'vsNfd'],
        aiWorkloads: true,
      }),
      rules,
      title,
    );
    const c5 = answer.criteria.find((item) => item.entryId === 'assurance.c5-type-2')!;
    expect(c5.obligation).toBe('duty');
    expect(c5.ruleIds).toEqual(['recommend.health-c5-type-2', 'recommend.kritis-resilience']);
    // Equal levels merge, and the duty of the VS-NfD rule outranks the others' advice.
    expect(answer.minimumLevels.find((level) => level.objective === 'SOV-3')).toEqual({
      objective: 'SOV-3',
      seal: 3,
      obligation: 'duty',
      ruleIds: [
        'recommend.kritis-resilience',
        'recommend.classified-vs-nfd',
        'recommend.ai-workloads',
      ],
    });
    expect(new Set(answer.criteria.map((item) => item.entryId)).size).toBe(answer.criteria.length);
  });

  it('keep the highest minimum level when rules ask different ones', () => {
    const answer = recommend(
      context({ kritisOperator: true, serviceModel: 'iaas', aboveEuThreshold: true }),
      rules,
      title,
    );
    // The baseline asks SEAL-2 for SOV-4, the KRITIS rule SEAL-3: the higher one stands alone.
    expect(answer.minimumLevels.find((level) => level.objective === 'SOV-4')).toEqual({
      objective: 'SOV-4',
      seal: 3,
      obligation: 'advice',
      ruleIds: ['recommend.kritis-resilience'],
    });
  });

  it('treat the contract value threshold as inclusive', () => {
    expect(appliedIds(context({ contractValueEur: 999_999.99 }))).toEqual([]);
    expect(appliedIds(context({ contractValueEur: 1_000_000 }))).toEqual([
      'recommend.life-cycle-cost',
    ]);
  });
});
