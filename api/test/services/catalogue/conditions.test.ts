import type { Condition } from '@tenderwise/schema';
import { buyerContextFacts, conditionIssues, offerFacts } from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import { explain, holds } from '../../../src/domain/catalogue/conditions.ts';
import { buyerContextFactLabels } from '../../../src/domain/catalogue/fact-labels.ts';

const facts = {
  dataClasses: ['personal', 'health'],
  nis2Entity: 'essential',
  kritisOperator: false,
  contractValueEur: 500_000,
};

describe('rule conditions', () => {
  it('compare booleans, choices, lists and numbers', () => {
    expect(holds({ fact: 'kritisOperator', equals: false }, facts)).toBe(true);
    expect(holds({ fact: 'nis2Entity', in: ['important', 'essential'] }, facts)).toBe(true);
    expect(holds({ fact: 'dataClasses', includes: 'health' }, facts)).toBe(true);
    expect(holds({ fact: 'dataClasses', includesAny: ['vsNfd', 'social'] }, facts)).toBe(false);
    expect(holds({ fact: 'contractValueEur', atLeast: 500_000 }, facts)).toBe(true);
    expect(holds({ fact: 'contractValueEur', atLeast: 500_000.01 }, facts)).toBe(false);
  });

  it('combine with all, any and not, and never hold on an unknown fact', () => {
    const condition: Condition = {
      all: [
        { fact: 'dataClasses', includes: 'personal' },
        { not: { fact: 'kritisOperator', equals: true } },
      ],
    };
    expect(holds(condition, facts)).toBe(true);
    expect(
      holds(
        {
          any: [
            { fact: 'missing', equals: true },
            { fact: 'kritisOperator', equals: true },
          ],
        },
        facts,
      ),
    ).toBe(false);
  });

  it('explain each tested fact in German and English', () => {
    const lines = explain(
      {
        all: [
          { fact: 'dataClasses', includesAny: ['health', 'social'] },
          { fact: 'contractValueEur', atLeast: 1_000_000 },
        ],
      },
      facts,
      buyerContextFactLabels,
    );
    expect(lines).toEqual([
      {
        de: 'Datenklassen: personenbezogene Daten, Gesundheitsdaten (verlangt: enthält eines von Gesundheitsdaten, Sozialdaten) – erfüllt',
        en: 'Data classes: personal data, health data (required: includes one of health data, social data) – met',
      },
      {
        de: 'Auftragswert (EUR): 500.000 (verlangt: mindestens 1.000.000) – nicht erfüllt',
        en: 'Contract value (EUR): 500,000 (required: at least 1,000,000) – not met',
      },
    ]);
  });

  it('name every problem of a condition against the facts a rule file may use', () => {
    expect(
      conditionIssues(
        {
          all: [
            { fact: 'sector', equals: 'space' },
            { fact: 'kritisOperator', equals: 'yes' },
            { fact: 'dataClasses', atLeast: 2 },
            { fact: 'noSuchFact', equals: true },
          ],
        },
        buyerContextFacts,
      ),
    ).toEqual([
      '"sector" never has the value "space"',
      '"kritisOperator" is a yes/no fact; compare it with true or false',
      '"dataClasses" is not a number; "atLeast" needs one',
      'Unknown fact "noSuchFact"',
    ]);
    expect(conditionIssues({ fact: 'usJurisdiction', in: ['yes', 'unknown'] }, offerFacts)).toEqual(
      [],
    );
  });
});
