/**
 * The worked example of the evaluate endpoint, as the API documentation shows it. A test checks
 * that the API answers the request with exactly this response, hashes included.
 */
const request = {
  scheme: {
    schemaVersion: 1,
    id: 'cloud-office-2027',
    title: { de: 'Cloud-Bürosoftware 2027', en: 'Cloud office software 2027' },
    currency: 'EUR',
    submissionDeadline: '2027-03-01',
    method: { kind: 'weightedSum', priceFormula: { kind: 'lowestPriceRatio' } },
    price: { kind: 'totalPrice' },
    suitability: [
      {
        id: 'turnover',
        legalType: 'suitability',
        title: { de: 'Mindestumsatz', en: 'Minimum turnover' },
      },
    ],
    minimumRequirements: [
      {
        id: 'eu-operation',
        legalType: 'minimum',
        title: { de: 'Betrieb in der EU', en: 'Operated in the EU' },
      },
    ],
    conditions: [
      {
        id: 'exit-support',
        legalType: 'condition',
        title: { de: 'Unterstützung beim Ausstieg', en: 'Exit support' },
      },
    ],
    award: [
      {
        kind: 'ordinal',
        id: 'concept',
        parentId: null,
        title: { de: 'Betriebskonzept', en: 'Operations concept' },
        weightBp: 6000,
        subject: 'service',
        scale: 5,
        anchors: [
          { de: 'fehlt', en: 'missing' },
          { de: 'mangelhaft', en: 'poor' },
          { de: 'ausreichend', en: 'adequate' },
          { de: 'befriedigend', en: 'satisfactory' },
          { de: 'gut', en: 'good' },
          { de: 'sehr gut', en: 'very good' },
        ],
      },
      {
        kind: 'price',
        id: 'price',
        parentId: null,
        title: { de: 'Preis', en: 'Price' },
        weightBp: 4000,
      },
    ],
  },
  bids: [
    {
      id: 'bid-a',
      suitability: { turnover: { met: true } },
      minimumRequirements: { 'eu-operation': { met: true } },
      conditionsAccepted: { 'exit-support': true },
      assessments: {
        concept: {
          kind: 'ordinal',
          score: 4,
          justification: {
            de: 'Vollständiges Betriebskonzept; der Notfallplan nennt keine Wiederanlaufzeiten.',
            en: 'Complete operations concept; the contingency plan names no recovery times.',
          },
        },
      },
      price: { kind: 'totalPrice', amount: 100000 },
    },
    {
      id: 'bid-b',
      suitability: { turnover: { met: true } },
      minimumRequirements: { 'eu-operation': { met: true } },
      conditionsAccepted: { 'exit-support': true },
      assessments: {
        concept: {
          kind: 'ordinal',
          score: 5,
          justification: {
            de: 'Vollständiges Betriebskonzept mit geprüftem Notfallplan und Wiederanlaufzeiten.',
            en: 'Complete operations concept with a tested contingency plan and recovery times.',
          },
        },
      },
      price: { kind: 'totalPrice', amount: 125000 },
    },
  ],
};

const response = {
  method: 'weightedSum',
  referenceDate: '2027-03-01',
  ranking: [
    {
      id: 'bid-b',
      rank: 1,
      excluded: false,
      checks: [
        {
          criterionId: 'turnover',
          legalType: 'suitability',
          met: true,
          byEquivalent: false,
          note: null,
        },
        {
          criterionId: 'eu-operation',
          legalType: 'minimum',
          met: true,
          byEquivalent: false,
          note: null,
        },
        {
          criterionId: 'exit-support',
          legalType: 'condition',
          met: true,
          byEquivalent: false,
          note: null,
        },
      ],
      reasons: [],
      score: 92,
      performance: 60,
      price: 125000,
      contributions: [
        { criterionId: 'concept', weightPercent: 60, share: 1, points: 60, panel: null },
        { criterionId: 'price', weightPercent: 40, share: 0.8, points: 32, panel: null },
      ],
      flags: [],
      comparedWithAbove: null,
    },
    {
      id: 'bid-a',
      rank: 2,
      excluded: false,
      checks: [
        {
          criterionId: 'turnover',
          legalType: 'suitability',
          met: true,
          byEquivalent: false,
          note: null,
        },
        {
          criterionId: 'eu-operation',
          legalType: 'minimum',
          met: true,
          byEquivalent: false,
          note: null,
        },
        {
          criterionId: 'exit-support',
          legalType: 'condition',
          met: true,
          byEquivalent: false,
          note: null,
        },
      ],
      reasons: [],
      score: 88,
      performance: 48,
      price: 100000,
      contributions: [
        { criterionId: 'concept', weightPercent: 60, share: 0.8, points: 48, panel: null },
        { criterionId: 'price', weightPercent: 40, share: 1, points: 40, panel: null },
      ],
      // Exactly 20 % under the next higher price: at the trigger threshold, so clarify (§ 60 VgV).
      flags: [{ code: 'abnormallyLow', reasons: ['belowNextBid'] }],
      comparedWithAbove: {
        bidId: 'bid-b',
        criteria: [
          { criterionId: 'concept', difference: 12 },
          { criterionId: 'price', difference: -8 },
        ],
      },
    },
  ],
  schemeCommitment: '9f190e6539701d37b62810336a69f08a422035444c144b36ac9584cabc5900f4',
  inputHash: '93808d13844e1b046d802b67b9bc1ba9df06287fda411c0c8da410c857f7defd',
};

export const evaluateExample = { request, response };
