import { describe, expect, it } from 'vitest';
import {
  answerField,
  contentOf,
  criteriaOf,
  excludingAnswers,
} from '../src/lib/vendor-bids/editor.ts';

const title = (text: string) => ({ de: text, en: text });
const scheme = {
  exclusionGrounds: [],
  suitability: [{ id: 'ref', title: title('References'), legalType: 'suitability' }],
  minimumRequirements: [
    { id: 'eu-dc', title: title('Data centre in the EU'), legalType: 'minimum' },
  ],
  conditions: [],
  award: [
    { id: 'quality', kind: 'ordinal', title: title('Concept'), parentId: null, weightBp: 5000 },
    { id: 'uptime', kind: 'metric', title: title('Availability'), parentId: null, weightBp: 2000 },
    { id: 'price', kind: 'price', title: title('Price'), parentId: null, weightBp: 3000 },
  ],
} as unknown as Parameters<typeof criteriaOf>[0];

describe('the bid editor', () => {
  const criteria = criteriaOf(scheme);

  it('asks a declaration of each requirement and the offer of each award leaf but price', () => {
    expect(criteria.map(({ id, kind }) => [id, kind])).toEqual([
      ['ref', 'declaration'],
      ['eu-dc', 'declaration'],
      ['quality', 'offer'],
      ['uptime', 'metric'],
    ]);
  });

  it('warns of requirements answered "not met", which exclude the bid', () => {
    const values = { [answerField('eu-dc')]: 'notMet', [answerField('ref')]: 'met' };
    expect(excludingAnswers(values, criteria).map(({ id }) => id)).toEqual(['eu-dc']);
    expect(excludingAnswers({ [answerField('eu-dc')]: 'met' }, criteria)).toEqual([]);
  });

  it('makes the content of a group bid with subcontractors and life-cycle costs', () => {
    const content = contentOf(
      {
        bidderKind: 'group',
        members: 'Nordwolke GmbH; de\nSüdrechen AG; AT',
        representative: '2',
        subcontractors: 'Kühlhaus KG; DE; 12,5; Rechenzentrum',
        [answerField('eu-dc')]: 'met',
        [answerField('uptime')]: '99,9',
        [answerField('quality')]: 'Ein Konzept.',
        [answerField('ref')]: '',
        priceKind: 'lifeCycleCost',
        oneOff: '1000',
        migrationIn: '200',
        recurringPerYear: '300',
        egressPerYear: '10',
        exit: '50',
        art5k: 'yes',
        declarantName: 'Bea Bieterin',
        declarantFunction: 'Geschäftsführerin',
      },
      criteria,
    );
    expect(content).toMatchObject({
      bidder: {
        kind: 'group',
        members: [
          { name: 'Nordwolke GmbH', country: 'DE' },
          { name: 'Südrechen AG', country: 'AT' },
        ],
        representative: 1,
      },
      subcontractors: [
        {
          company: { name: 'Kühlhaus KG', country: 'DE' },
          sharePercent: 12.5,
          scope: 'Rechenzentrum',
        },
      ],
      answers: {
        'eu-dc': { kind: 'declaration', met: true },
        uptime: { kind: 'metric', value: 99.9 },
        quality: { kind: 'offer', text: 'Ein Konzept.' },
      },
      price: {
        kind: 'lifeCycleCost',
        costs: {
          oneOff: 1000,
          migrationIn: 200,
          recurringPerYear: 300,
          egressPerYear: 10,
          exit: 50,
        },
      },
      declarations: { art5k: true, exclusionGrounds: false },
      declarant: { name: 'Bea Bieterin', function: 'Geschäftsführerin' },
    });
    expect(content.answers).not.toHaveProperty('ref');
  });
});
