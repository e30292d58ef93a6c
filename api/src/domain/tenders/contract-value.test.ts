import { ContractValue, ContractValueInput } from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ValidationError } from '../errors.ts';
import { estimateContractValue } from './contract-value.ts';

type Input = z.input<typeof ContractValueInput>;

function estimate(input: Input) {
  const result = estimateContractValue(ContractValueInput.parse(input));
  // The result is what the shared schema promises to later API operations.
  expect(ContractValue.parse(result)).toEqual(result);
  return result;
}

const oneLot = (
  lot: Omit<Input['lots'][number], 'id'>,
  contractKind: Input['contractKind'] = 'suppliesServices',
): Input => ({
  contractKind,
  lots: [{ id: 'lot-1', ...lot }],
});

describe('estimateContractValue', () => {
  it('takes the total net value with every option and possible extension (§ 3 (1) VgV)', () => {
    const result = estimate(
      oneLot({
        basis: { kind: 'totalPrice', amount: '150000' },
        additions: [
          { kind: 'option', description: 'Additional 500 licences', amount: '40000.50' },
          { kind: 'extension', description: 'Two renewals of one year', amount: '25999.49' },
        ],
      }),
    );
    expect(result.value).toBe('215999.99');
    expect(result.lots).toEqual([{ id: 'lot-1', value: '215999.99' }]);
    expect(result.steps.map((step) => [step.paragraph, step.amount])).toEqual([
      ['§ 3 Abs. 1 S. 1 VgV', '150000.00'],
      ['§ 3 Abs. 1 S. 2 VgV', '40000.50'],
      ['§ 3 Abs. 1 S. 2 VgV', '25999.49'],
      ['§ 3 Abs. 1 VgV', '215999.99'],
      ['§ 3 Abs. 1 VgV', '215999.99'],
    ]);
    expect(result.steps[1]!.text).toEqual({
      de: 'Option „Additional 500 licences“: 40.000,50 € hinzu.',
      en: 'Option "Additional 500 licences": €40,000.50 added.',
    });
  });

  it('adds decimals exactly: 0.10 three times is 0.30, not 0.30000000000000004', () => {
    const result = estimate(
      oneLot({
        basis: { kind: 'totalPrice', amount: '0.1' },
        additions: [
          { kind: 'option', description: 'a', amount: '0.1' },
          { kind: 'option', description: 'b', amount: '0.1' },
        ],
      }),
    );
    expect(result.value).toBe('0.30');
  });

  it('counts a monthly value over the term up to 48 months, extensions included (§ 3 (11) Nr. 1 VgV)', () => {
    const result = estimate(
      oneLot({ basis: { kind: 'periodicPrice', monthlyAmount: '4500', termMonths: 48 } }),
    );
    expect(result.value).toBe('216000.00');
    expect(result.steps[0]).toMatchObject({
      paragraph: '§ 3 Abs. 11 Nr. 1 VgV',
      amount: '216000.00',
    });
    expect(result.steps[0]!.text.en).toContain('48 × €4,500.00 = €216,000.00');
  });

  it('counts 48 monthly values for an indefinite term (§ 3 (11) Nr. 2 VgV)', () => {
    const result = estimate(
      oneLot({ basis: { kind: 'periodicPrice', monthlyAmount: '2916.67', termMonths: null } }),
    );
    expect(result.value).toBe('140000.16');
    expect(result.steps[0]).toMatchObject({ paragraph: '§ 3 Abs. 11 Nr. 2 VgV' });
  });

  it('counts the whole of a fixed term over 48 months rather than 48 monthly values, the stricter reading', () => {
    const result = estimate(
      oneLot({ basis: { kind: 'periodicPrice', monthlyAmount: '3000', termMonths: 60 } }),
    );
    expect(result.value).toBe('180000.00');
    expect(result.steps[0]!.paragraph).toBe('§ 3 Abs. 1, Abs. 11 Nr. 2 VgV');
    expect(result.steps[0]!.text.en).toContain('would give 48 × €3,000.00 = €144,000.00');
    expect(result.steps[0]!.text.de).toContain('ADR 0034');
  });

  it('estimates recurring contracts from the previous year adjusted for expected changes, or the following twelve months (§ 3 (10) VgV)', () => {
    const previous = estimate(
      oneLot({
        basis: {
          kind: 'recurringPreviousYear',
          previousYearAmount: '200000',
          expectedIncrease: '20000',
          expectedDecrease: '4000.01',
        },
      }),
    );
    expect(previous.value).toBe('215999.99');
    expect(previous.steps[0]!.paragraph).toBe('§ 3 Abs. 10 Nr. 1 VgV');
    const following = estimate(
      oneLot({ basis: { kind: 'recurringFollowingYear', amount: '99000' } }),
    );
    expect(following.steps[0]!.paragraph).toBe('§ 3 Abs. 10 Nr. 2 VgV');
    expect(() =>
      estimateContractValue(
        ContractValueInput.parse(
          oneLot({
            basis: {
              kind: 'recurringPreviousYear',
              previousYearAmount: '100',
              expectedDecrease: '100.01',
            },
          }),
        ),
      ),
    ).toThrow(ValidationError);
  });

  it('takes a framework agreement at the value of all planned call-offs (§ 3 (4) VgV)', () => {
    const result = estimate(
      oneLot({ basis: { kind: 'frameworkAgreement', callOffsAmount: '900000' } }),
    );
    expect(result.steps[0]!.paragraph).toBe('§ 3 Abs. 4 VgV');
    expect(result.value).toBe('900000.00');
  });

  it('adds prizes and payments to participants, and for design contests cites § 3 (12) VgV', () => {
    const services = estimate(
      oneLot({ basis: { kind: 'totalPrice', amount: '100000' }, paymentsToParticipants: '5000' }),
    );
    expect(services.value).toBe('105000.00');
    expect(services.steps[1]!.paragraph).toBe('§ 3 Abs. 1 S. 3 VgV');
    const contest = estimate(
      oneLot(
        { basis: { kind: 'totalPrice', amount: '180000' }, paymentsToParticipants: '36000' },
        'designContest',
      ),
    );
    expect(contest.value).toBe('216000.00');
    expect(contest.steps[1]!.paragraph).toBe('§ 3 Abs. 12 VgV');
  });

  it('adds, for works, the supplies the authority provides, and refuses them for other contracts (§ 3 (6) VgV)', () => {
    const works = estimate(
      oneLot(
        { basis: { kind: 'totalPrice', amount: '5000000' }, suppliedByAuthority: '404000' },
        'works',
      ),
    );
    expect(works.value).toBe('5404000.00');
    expect(works.steps[1]!.paragraph).toBe('§ 3 Abs. 6 VgV');
    const refused = ContractValueInput.safeParse(
      oneLot({ basis: { kind: 'totalPrice', amount: '1' }, suppliedByAuthority: '1' }),
    );
    expect(refused.error?.issues.map((issue) => issue.path.join('/'))).toEqual([
      'lots/0/suppliedByAuthority',
    ]);
    const monthlyWorks = ContractValueInput.safeParse(
      oneLot({ basis: { kind: 'periodicPrice', monthlyAmount: '1', termMonths: 12 } }, 'works'),
    );
    expect(monthlyWorks.error?.issues.map((issue) => issue.path.join('/'))).toEqual([
      'lots/0/basis/kind',
    ]);
  });

  it('adds all lots together (§ 3 (7), (8) VgV)', () => {
    const result = estimate({
      contractKind: 'suppliesServices',
      lots: [
        { id: 'hosting', basis: { kind: 'totalPrice', amount: '120000' } },
        { id: 'support', basis: { kind: 'periodicPrice', monthlyAmount: '2000', termMonths: 48 } },
      ],
    });
    expect(result.value).toBe('216000.00');
    expect(result.lots).toEqual([
      { id: 'hosting', value: '120000.00' },
      { id: 'support', value: '96000.00' },
    ]);
    const last = result.steps.at(-1)!;
    expect(last).toMatchObject({ paragraph: '§ 3 Abs. 7 S. 1, Abs. 8 VgV', amount: '216000.00' });
    expect(last.lotId).toBeUndefined();
    expect(result.steps.filter((step) => step.lotId === 'support')).toHaveLength(2);
  });

  describe('the small-lot exemption (§ 3 (9) VgV)', () => {
    const lots = (small: string, smallCount: number, large: string) => [
      ...Array.from({ length: smallCount }, (_, index) => ({
        id: `small-${index + 1}`,
        basis: { kind: 'totalPrice' as const, amount: small },
      })),
      { id: 'main', basis: { kind: 'totalPrice' as const, amount: large } },
    ];

    it('permits lots each below €80,000 making together exactly 20 % of all lots', () => {
      const result = estimate({
        contractKind: 'suppliesServices',
        lots: lots('79999.99', 2, '639999.92'),
        smallLotIds: ['small-1', 'small-2'],
      });
      expect(result.value).toBe('799999.90');
      expect(result.smallLots).toMatchObject({
        total: '159999.98',
        share: '0.2000',
        permitted: true,
      });
      expect(result.smallLots!.explanation.en).toContain('may be awarded without an EU procedure');
    });

    it('refuses a lot of exactly €80,000: it must be below', () => {
      const result = estimate({
        contractKind: 'suppliesServices',
        lots: lots('80000', 1, '900000'),
        smallLotIds: ['small-1'],
      });
      expect(result.smallLots!.permitted).toBe(false);
      expect(result.smallLots!.explanation.en).toContain('not below €80,000.00: small-1');
    });

    it('refuses small lots making more than 20 % by one cent', () => {
      const result = estimate({
        contractKind: 'suppliesServices',
        lots: lots('50000', 2, '399999.99'),
        smallLotIds: ['small-1', 'small-2'],
      });
      // 100,000 of 499,999.99 is 20.00002 %.
      expect(result.smallLots).toMatchObject({ share: '0.2000', permitted: false });
      expect(result.smallLots!.explanation.en).toContain('more than 20 %');
    });

    it('allows works lots up to just below €1,000,000', () => {
      const result = estimate({
        contractKind: 'works',
        lots: lots('999999.99', 1, '9000000'),
        smallLotIds: ['small-1'],
      });
      expect(result.smallLots!.permitted).toBe(true);
      const atLimit = estimate({
        contractKind: 'works',
        lots: lots('1000000', 1, '9000000'),
        smallLotIds: ['small-1'],
      });
      expect(atLimit.smallLots!.permitted).toBe(false);
    });

    it('is absent when no lot is named, and refuses naming an unknown lot', () => {
      expect(
        estimate({ contractKind: 'suppliesServices', lots: lots('1', 1, '2') }).smallLots,
      ).toBeUndefined();
      const unknown = ContractValueInput.safeParse({
        contractKind: 'suppliesServices',
        lots: lots('1', 1, '2'),
        smallLotIds: ['nope'],
      });
      expect(unknown.error?.issues[0]).toMatchObject({
        path: ['smallLotIds', 0],
        message: 'No lot "nope"',
      });
    });
  });

  it('refuses duplicate lot ids and amounts with more than two decimals or a sign', () => {
    const duplicate = ContractValueInput.safeParse({
      contractKind: 'suppliesServices',
      lots: [
        { id: 'a', basis: { kind: 'totalPrice', amount: '1' } },
        { id: 'a', basis: { kind: 'totalPrice', amount: '1' } },
      ],
    });
    expect(duplicate.error?.issues[0]).toMatchObject({ path: ['lots', 1, 'id'] });
    for (const amount of ['1.001', '-1', '1e6', '']) {
      expect(
        ContractValueInput.safeParse(oneLot({ basis: { kind: 'totalPrice', amount } })).success,
        amount,
      ).toBe(false);
    }
  });
});
