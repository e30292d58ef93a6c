import { z } from 'zod';
import { Identifier, LocalizedText } from '../evaluation/common.ts';
import { EuroAmount } from './money.ts';
import { contractKinds } from './thresholds.ts';

/** An option or a possible extension or renewal, with its net value (§ 3 (1) S. 2 VgV). */
export const ValueAddition = z.strictObject({
  kind: z.enum(['option', 'extension']),
  description: z.string().trim().min(1).max(300),
  amount: EuroAmount,
});

/**
 * How a lot's base value is known. `totalPrice`: a total net value for the whole term (§ 3 (1)
 * VgV); `periodicPrice`: a monthly value without a total price (§ 3 (11) VgV), over a term in
 * months including possible extensions, or `null` for an indefinite term; `recurringPreviousYear`:
 * regularly recurring contracts or standing orders (§ 3 (10) VgV) from the previous financial
 * year's actual value, adjusted for the changes expected in the following twelve months (Nr. 1);
 * `recurringFollowingYear`: from the estimated value of the contracts in the twelve months after
 * the first delivery, or the following financial year if longer (Nr. 2); `frameworkAgreement`: the total of all call-offs planned over
 * the agreement's term (§ 3 (4) VgV).
 */
export const ValueBasis = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('totalPrice'), amount: EuroAmount }),
  z.strictObject({
    kind: z.literal('periodicPrice'),
    monthlyAmount: EuroAmount,
    termMonths: z.int().min(1).max(1200).nullable(),
  }),
  z.strictObject({
    kind: z.literal('recurringPreviousYear'),
    previousYearAmount: EuroAmount,
    /** Expected increase in quantities or costs over the following twelve months. */
    expectedIncrease: EuroAmount.default('0'),
    /** Expected decrease; a separate field, so amounts stay unsigned. */
    expectedDecrease: EuroAmount.default('0'),
  }),
  z.strictObject({
    kind: z.literal('recurringFollowingYear'),
    amount: EuroAmount,
  }),
  z.strictObject({ kind: z.literal('frameworkAgreement'), callOffsAmount: EuroAmount }),
]);
export type ValueBasis = z.output<typeof ValueBasis>;

/** One lot; a contract without lots is estimated as one lot. */
export const LotValueInput = z.strictObject({
  id: Identifier,
  title: z.string().trim().min(1).max(300).optional(),
  basis: ValueBasis,
  additions: z.array(ValueAddition).max(50).default([]),
  /** Prizes or payments to candidates or bidders (§ 3 (1) S. 3 VgV; design contests § 3 (12)). */
  paymentsToParticipants: EuroAmount.default('0'),
  /** Works only: supplies and services the authority provides for the works (§ 3 (6) VgV). */
  suppliedByAuthority: EuroAmount.default('0'),
});
export type LotValueInput = z.output<typeof LotValueInput>;

export const ContractValueInput = z
  .strictObject({
    contractKind: z.enum(contractKinds),
    lots: z.array(LotValueInput).min(1).max(200),
    /**
     * Lots the authority means to award outside the EU rules under § 3 (9) VgV; checked, not
     * assumed.
     */
    smallLotIds: z.array(Identifier).max(200).default([]),
  })
  .superRefine((input, ctx) => {
    const ids = input.lots.map((lot) => lot.id);
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index) {
        ctx.addIssue({
          code: 'custom',
          path: ['lots', index, 'id'],
          message: `Duplicate lot id "${id}"`,
        });
      }
    });
    input.smallLotIds.forEach((id, index) => {
      if (!ids.includes(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['smallLotIds', index],
          message: `No lot "${id}"`,
        });
      }
    });
    input.lots.forEach((lot, index) => {
      // § 3 (10) and (11) VgV speak of supplies and services only.
      const periodic = lot.basis.kind !== 'totalPrice' && lot.basis.kind !== 'frameworkAgreement';
      if (input.contractKind === 'works' && periodic) {
        ctx.addIssue({
          code: 'custom',
          path: ['lots', index, 'basis', 'kind'],
          message:
            'Works are estimated from their total value; monthly and recurring values are for supplies and services (§ 3 (10), (11) VgV)',
        });
      }
      if (input.contractKind !== 'works' && Number(lot.suppliedByAuthority) !== 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['lots', index, 'suppliedByAuthority'],
          message:
            'Supplies provided by the authority count for works contracts only (§ 3 (6) VgV)',
        });
      }
    });
  })
  .meta({
    id: 'ContractValueInput',
    examples: [
      {
        contractKind: 'suppliesServices',
        lots: [
          {
            id: 'hosting',
            basis: { kind: 'periodicPrice', monthlyAmount: '3000', termMonths: 36 },
            additions: [
              { kind: 'extension', description: 'One renewal of twelve months', amount: '36000' },
            ],
          },
          { id: 'migration', basis: { kind: 'totalPrice', amount: '40000' } },
        ],
        smallLotIds: ['migration'],
      },
    ],
  });
export type ContractValueInput = z.output<typeof ContractValueInput>;

/** One step of the estimate, with the paragraph it follows. */
export const ValueStep = z.strictObject({
  /** The lot the step belongs to; absent for steps on the whole contract. */
  lotId: Identifier.optional(),
  paragraph: z.string().trim().min(1).max(120),
  text: LocalizedText,
  amount: EuroAmount,
});
export type ValueStep = z.output<typeof ValueStep>;

export const SmallLotCheck = z.strictObject({
  lotIds: z.array(Identifier),
  total: EuroAmount,
  /** Of the value of all lots, as a decimal string with four places (0.2000 = 20 %). */
  share: z.string().regex(/^\d+\.\d{4}$/),
  permitted: z.boolean(),
  explanation: LocalizedText,
});

export const ContractValue = z
  .strictObject({
    /** The value of all lots together: what the threshold is compared with (§ 3 (7), (8) VgV). */
    value: EuroAmount,
    lots: z.array(z.strictObject({ id: Identifier, value: EuroAmount })),
    steps: z.array(ValueStep),
    /** Present when lots were named for the § 3 (9) VgV exemption. */
    smallLots: SmallLotCheck.optional(),
  })
  .meta({ id: 'ContractValue' });
export type ContractValue = z.output<typeof ContractValue>;
