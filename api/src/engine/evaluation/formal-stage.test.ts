import { describe, expect, it } from 'vitest';
import { bid, ordinal, price, scheme, text } from '../../../test/fixtures/schemes.ts';
import { EngineInputError } from '../scheme/issues.ts';
import { validateScheme } from '../scheme/validate-scheme.ts';
import { evaluate } from './evaluate.ts';

const sanctions = {
  id: 'sanctions-5k',
  legalType: 'exclusion' as const,
  title: text('Art. 5k declaration'),
};
const seat = {
  id: 'eu-seat',
  legalType: 'restricted' as const,
  basis: 'exemptProcedure' as const,
  title: text('seat in the EU'),
  justification: text('essential security interests'),
};
const tree = [ordinal('quality', 6_000), price(4_000)];

describe('the formal stage: exclusion grounds (§§ 123–126 GWB, Art. 5k)', () => {
  const withGround = scheme(tree, { regime: 'VgV', exclusionGrounds: [sanctions] });

  it('excludes a bid for which a ground applies, whatever its score, and ranks the others', () => {
    const result = evaluate(withGround, [
      bid(
        'clear',
        120_000,
        { quality: 3 },
        { exclusionGrounds: { 'sanctions-5k': { met: true } } },
      ),
      bid(
        'sanctioned',
        80_000,
        { quality: 5 },
        { exclusionGrounds: { 'sanctions-5k': { met: false, note: 'subcontractor > 10 %' } } },
      ),
    ]);
    expect(
      result.ranking.map(({ id, rank, excluded, score }) => ({ id, rank, excluded, score })),
    ).toEqual([
      { id: 'clear', rank: 1, excluded: false, score: 76 },
      { id: 'sanctioned', rank: null, excluded: true, score: null },
    ]);
    const sanctioned = result.ranking[1]!;
    expect(sanctioned.reasons).toEqual([
      { code: 'exclusionGroundApplies', criterionId: 'sanctions-5k' },
    ]);
    expect(sanctioned.checks).toEqual([
      {
        criterionId: 'sanctions-5k',
        legalType: 'exclusion',
        met: false,
        byEquivalent: false,
        note: 'subcontractor > 10 %',
      },
    ]);
    // The excluded bid does not set the lowest price for the others' price points.
    expect(
      result.ranking[0]!.contributions.find((item) => item.criterionId === 'price')!.share,
    ).toBe(1);
  });

  it('lists the formal stage before suitability, minimum requirements and conditions', () => {
    const staged = scheme(tree, {
      regime: 'VgV',
      exclusionGrounds: [sanctions],
      suitability: [{ id: 'turnover', legalType: 'suitability', title: text('turnover') }],
      minimumRequirements: [{ id: 'eu-data', legalType: 'minimum', title: text('EU data') }],
    });
    const result = evaluate(staged, [
      bid(
        'a',
        100_000,
        { quality: 4 },
        {
          exclusionGrounds: { 'sanctions-5k': { met: true } },
          suitability: { turnover: { met: true } },
          minimumRequirements: { 'eu-data': { met: true } },
        },
      ),
    ]);
    expect(result.ranking[0]!.checks.map((check) => [check.criterionId, check.legalType])).toEqual([
      ['sanctions-5k', 'exclusion'],
      ['turnover', 'suitability'],
      ['eu-data', 'minimum'],
    ]);
  });

  it('refuses a bid that does not answer an exclusion ground: a gap in the record, not a pass', () => {
    const attempt = () => evaluate(withGround, [bid('silent', 100_000, { quality: 4 })]);
    expect(attempt).toThrow(EngineInputError);
    try {
      attempt();
    } catch (error) {
      expect((error as EngineInputError).issues).toEqual([
        {
          pointer: '/bids/0/exclusionGrounds',
          code: 'missing-check',
          message: 'Bid "silent" has no outcome for "sanctions-5k"',
        },
      ]);
    }
  });

  it('keeps the commitment shape of a scheme without exclusion grounds: the field stays absent', () => {
    expect('exclusionGrounds' in scheme(tree)).toBe(false);
  });
});

describe('restricted requirements on seat, ownership or control', () => {
  it('are refused in a VgV, SektVO or UVgO procedure and in a scheme without a regime, naming why', () => {
    for (const regime of ['VgV', 'SektVO', 'UVgO', undefined] as const) {
      const issues = validateScheme(
        scheme(tree, { ...(regime && { regime }), restrictedRequirements: [seat] }),
      );
      expect(issues, String(regime)).toEqual([
        {
          pointer: '/restrictedRequirements/0',
          code: 'restricted-requirement-not-available',
          message: expect.stringMatching(
            /only available in a procurement under the VSVgV or exempt under § 107 \(2\) or § 117 GWB.*§ 122 \(2\) GWB.*Art\. 18 TFEU.*C-652\/22 Kolin/,
          ),
        },
      ]);
    }
  });

  it('are admitted under the VSVgV, in a procurement exempt under § 107 (2) or § 117 GWB, and towards non-agreement bidders', () => {
    const exemption = {
      ground: 'gwb-107-2' as const,
      reason: text('essential security interests'),
    };
    expect(
      validateScheme(scheme(tree, { regime: 'VSVgV', restrictedRequirements: [seat] })),
    ).toEqual([]);
    expect(
      validateScheme(scheme(tree, { regime: 'UVgO', exemption, restrictedRequirements: [seat] })),
    ).toEqual([]);
    expect(
      validateScheme(
        scheme(tree, {
          regime: 'VgV',
          restrictedRequirements: [{ ...seat, basis: 'nonAgreementBidders' }],
        }),
      ),
    ).toEqual([]);
  });

  it('exclude, where admitted, a bid that does not meet them, in the formal stage', () => {
    const defence = scheme(tree, { regime: 'VSVgV', restrictedRequirements: [seat] });
    const result = evaluate(defence, [
      bid('eu', 110_000, { quality: 4 }, { restrictedRequirements: { 'eu-seat': { met: true } } }),
      bid(
        'other',
        90_000,
        { quality: 5 },
        { restrictedRequirements: { 'eu-seat': { met: false } } },
      ),
    ]);
    expect(result.ranking.map(({ id, rank }) => [id, rank])).toEqual([
      ['eu', 1],
      ['other', null],
    ]);
    expect(result.ranking[1]!.reasons).toEqual([
      { code: 'restrictedNotMet', criterionId: 'eu-seat' },
    ]);
    expect(result.ranking[1]!.checks[0]).toMatchObject({ legalType: 'restricted', met: false });
  });

  it('refuse to evaluate a VgV scheme that carries one', () => {
    const unlawful = scheme(tree, { regime: 'VgV', restrictedRequirements: [seat] });
    expect(() =>
      evaluate(unlawful, [
        bid('a', 100_000, { quality: 4 }, { restrictedRequirements: { 'eu-seat': { met: true } } }),
      ]),
    ).toThrow(/restrictedRequirements\/0: "eu-seat" requires a seat, ownership or control/);
  });
});
