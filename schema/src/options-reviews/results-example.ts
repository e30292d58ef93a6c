/**
 * The worked example of the results operation: three options of a small review (the fixture in
 * api/test/fixtures/options-review-results.ts); a test checks the results function answers exactly this.
 */
export const resultsExample = {
  reviewId: '7a1e5c2b-4d3f-4b6a-9e8d-1c2b3a4f5e60',
  schemeVersion: 2,
  latestSchemeVersion: 2,
  weights: {
    source: 'scheme',
  },
  options: [
    {
      id: '0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01',
      name: 'Hyperscaler-Suite (EU-Region)',
      vendorName: 'Fiktiv Cloud Inc.',
    },
    {
      id: '1d9a4d63-2b3c-4d4e-9f5a-6b7c8d9e0f12',
      name: 'openDesk beim Landesdienstleister',
      vendorName: 'Landesdienstleister (fiktiv)',
    },
    {
      id: '2eab5e74-3c4d-4e5f-8a6b-7c8d9e0f1a23',
      name: 'Souveräne Cloud',
      vendorName: 'Beispiel Cloud GmbH (fiktiv)',
    },
  ],
  criteria: [
    {
      id: 'quality',
      parentId: null,
      kind: 'group',
      title: {
        de: 'Qualität',
        en: 'Quality',
      },
      weightBp: 7000,
      weightPercent: 70,
    },
    {
      id: 'concept',
      parentId: 'quality',
      kind: 'ordinal',
      title: {
        de: 'Betriebskonzept',
        en: 'Operations concept',
      },
      weightBp: 6000,
      weightPercent: 42,
    },
    {
      id: 'availability',
      parentId: 'quality',
      kind: 'metric',
      title: {
        de: 'Verfügbarkeit',
        en: 'Availability',
      },
      weightBp: 4000,
      weightPercent: 28,
    },
    {
      id: 'price',
      parentId: null,
      kind: 'price',
      title: {
        de: 'Preis',
        en: 'Price',
      },
      weightBp: 3000,
      weightPercent: 30,
    },
  ],
  unjudged: [
    {
      criterionId: 'eu-operation',
      legalType: 'minimum',
      title: {
        de: 'Betrieb in der EU',
        en: 'Operated in the EU',
      },
    },
  ],
  evaluation: {
    method: 'weightedSum',
    referenceDate: '2027-01-15',
    ranking: [
      {
        id: '1d9a4d63-2b3c-4d4e-9f5a-6b7c8d9e0f12',
        rank: 1,
        excluded: false,
        checks: [
          {
            criterionId: 'eu-operation',
            legalType: 'minimum',
            met: true,
            byEquivalent: false,
            note: 'Not judged in an options review',
          },
        ],
        reasons: [],
        score: 94.45,
        performance: 67.45,
        price: 1000000,
        contributions: [
          {
            criterionId: 'concept',
            weightPercent: 42,
            share: 1,
            points: 42,
            panel: null,
          },
          {
            criterionId: 'availability',
            weightPercent: 28,
            share: 0.9091,
            points: 25.45,
            panel: null,
          },
          {
            criterionId: 'price',
            weightPercent: 30,
            share: 0.9,
            points: 27,
            panel: null,
          },
        ],
        flags: [],
        comparedWithAbove: null,
      },
      {
        id: '0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01',
        rank: 2,
        excluded: false,
        checks: [
          {
            criterionId: 'eu-operation',
            legalType: 'minimum',
            met: true,
            byEquivalent: false,
            note: 'Not judged in an options review',
          },
        ],
        reasons: [],
        score: 82.07,
        performance: 52.07,
        price: 900000,
        contributions: [
          {
            criterionId: 'concept',
            weightPercent: 42,
            share: 0.6,
            points: 25.2,
            panel: null,
          },
          {
            criterionId: 'availability',
            weightPercent: 28,
            share: 0.9596,
            points: 26.87,
            panel: null,
          },
          {
            criterionId: 'price',
            weightPercent: 30,
            share: 1,
            points: 30,
            panel: null,
          },
        ],
        flags: [],
        comparedWithAbove: {
          bidId: '1d9a4d63-2b3c-4d4e-9f5a-6b7c8d9e0f12',
          criteria: [
            {
              criterionId: 'concept',
              difference: 16.8,
            },
            {
              criterionId: 'availability',
              difference: -1.41,
            },
            {
              criterionId: 'price',
              difference: -3,
            },
          ],
        },
      },
      {
        id: '2eab5e74-3c4d-4e5f-8a6b-7c8d9e0f1a23',
        rank: 3,
        excluded: false,
        checks: [
          {
            criterionId: 'eu-operation',
            legalType: 'minimum',
            met: true,
            byEquivalent: false,
            note: 'Not judged in an options review',
          },
        ],
        reasons: [],
        score: 70.24,
        performance: 47.74,
        price: 1200000,
        contributions: [
          {
            criterionId: 'concept',
            weightPercent: 42,
            share: 0.8,
            points: 33.6,
            panel: null,
          },
          {
            criterionId: 'availability',
            weightPercent: 28,
            share: 0.5051,
            points: 14.14,
            panel: null,
          },
          {
            criterionId: 'price',
            weightPercent: 30,
            share: 0.75,
            points: 22.5,
            panel: null,
          },
        ],
        flags: [],
        comparedWithAbove: {
          bidId: '0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01',
          criteria: [
            {
              criterionId: 'availability',
              difference: 12.73,
            },
            {
              criterionId: 'price',
              difference: 7.5,
            },
            {
              criterionId: 'concept',
              difference: -8.4,
            },
          ],
        },
      },
    ],
    schemeCommitment: 'e21c5ebf51c06a5f34616dced085ad029af756bf5a34b385f41e67bccdab62f7',
    inputHash: '7e402c0538769a8d1ad42564f8fece5aeb760cc28d1ca24e3391cb30c0816bde',
  },
  notAnalysable: null,
  stability: {
    noClearWinner: false,
    margin: 1,
    criteria: [
      {
        nodeId: 'quality',
        kind: 'group',
        share: 0.7,
        parentWeight: 1,
        stable: {
          from: 0.312697,
          to: 1,
        },
        swaps: [
          {
            above: '1d9a4d63-2b3c-4d4e-9f5a-6b7c8d9e0f12',
            below: '0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01',
            atShare: 0.312697,
          },
          {
            above: '0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01',
            below: '2eab5e74-3c4d-4e5f-8a6b-7c8d9e0f1a23',
            atShare: null,
          },
        ],
      },
      {
        nodeId: 'concept',
        kind: 'leaf',
        share: 0.6,
        parentWeight: 0.7,
        stable: {
          from: 0.207239,
          to: 1,
        },
        swaps: [
          {
            above: '1d9a4d63-2b3c-4d4e-9f5a-6b7c8d9e0f12',
            below: '0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01',
            atShare: 0.207239,
          },
          {
            above: '0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01',
            below: '2eab5e74-3c4d-4e5f-8a6b-7c8d9e0f1a23',
            atShare: 0.858135,
          },
        ],
      },
      {
        nodeId: 'availability',
        kind: 'leaf',
        share: 0.4,
        parentWeight: 0.7,
        stable: {
          from: 0,
          to: 0.792761,
        },
        swaps: [
          {
            above: '1d9a4d63-2b3c-4d4e-9f5a-6b7c8d9e0f12',
            below: '0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01',
            atShare: 0.792761,
          },
          {
            above: '0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01',
            below: '2eab5e74-3c4d-4e5f-8a6b-7c8d9e0f1a23',
            atShare: 0.141865,
          },
        ],
      },
      {
        nodeId: 'price',
        kind: 'leaf',
        share: 0.3,
        parentWeight: 1,
        stable: {
          from: 0,
          to: 0.687303,
        },
        swaps: [
          {
            above: '1d9a4d63-2b3c-4d4e-9f5a-6b7c8d9e0f12',
            below: '0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01',
            atShare: 0.687303,
          },
          {
            above: '0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01',
            below: '2eab5e74-3c4d-4e5f-8a6b-7c8d9e0f1a23',
            atShare: null,
          },
        ],
      },
    ],
  },
  smaa: {
    advisory: true,
    note: {
      de: 'Beratend: SMAA-2 (Lahdelma & Salminen 2001) mit 4.000 Gewichtungen, jede Gewichtung zufällig bis ±25 % um die verwendete, fester Startwert. Zeigt, wie oft jede Option welchen Rang erreicht; die Rangfolge selbst bleibt die der Bewertung.',
      en: 'Advisory: SMAA-2 (Lahdelma & Salminen 2001) over 4,000 weightings, each weight drawn within ±25 % of the one used, with a fixed seed. Shows how often each option takes each rank; the ranking itself remains the evaluation’s.',
    },
    samples: 4000,
    seed: 20261204,
    sampling: {
      kind: 'aroundPublished',
      percent: 25,
    },
    acceptability: [
      {
        bidId: '1d9a4d63-2b3c-4d4e-9f5a-6b7c8d9e0f12',
        ranks: [1, 0, 0],
      },
      {
        bidId: '0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01',
        ranks: [0, 1, 0],
      },
      {
        bidId: '2eab5e74-3c4d-4e5f-8a6b-7c8d9e0f1a23',
        ranks: [0, 0, 1],
      },
    ],
    centralWeights: [
      {
        bidId: '1d9a4d63-2b3c-4d4e-9f5a-6b7c8d9e0f12',
        weights: [
          {
            criterionId: 'concept',
            weight: 0.419632,
          },
          {
            criterionId: 'availability',
            weight: 0.28017,
          },
          {
            criterionId: 'price',
            weight: 0.300198,
          },
        ],
      },
      {
        bidId: '0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01',
        weights: null,
      },
      {
        bidId: '2eab5e74-3c4d-4e5f-8a6b-7c8d9e0f1a23',
        weights: null,
      },
    ],
  },
  priceFormulas: {
    advisory: true,
    note: {
      de: 'Beratend: dieselbe Bewertung mit anderen Preisformeln. Ein Optionenvergleich darf sie erkunden; in einem Vergabeverfahren gilt allein die veröffentlichte Formel.',
      en: 'Advisory: the same evaluation under other price formulas. An options review may explore them; in a tender only the published formula applies.',
    },
    formulas: [
      {
        formula: {
          kind: 'lowestPriceRatio',
        },
        published: true,
        ranking: [
          {
            optionId: '1d9a4d63-2b3c-4d4e-9f5a-6b7c8d9e0f12',
            rank: 1,
          },
          {
            optionId: '0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01',
            rank: 2,
          },
          {
            optionId: '2eab5e74-3c4d-4e5f-8a6b-7c8d9e0f1a23',
            rank: 3,
          },
        ],
        sameWinner: true,
        sameOrder: true,
      },
      {
        formula: {
          kind: 'oneSidedLinear',
          zeroAtMultiple: 2,
        },
        published: false,
        ranking: [
          {
            optionId: '1d9a4d63-2b3c-4d4e-9f5a-6b7c8d9e0f12',
            rank: 1,
          },
          {
            optionId: '0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01',
            rank: 2,
          },
          {
            optionId: '2eab5e74-3c4d-4e5f-8a6b-7c8d9e0f1a23',
            rank: 3,
          },
        ],
        sameWinner: true,
        sameOrder: true,
      },
      {
        formula: {
          kind: 'twoSidedLinear',
        },
        published: false,
        ranking: [
          {
            optionId: '1d9a4d63-2b3c-4d4e-9f5a-6b7c8d9e0f12',
            rank: 1,
          },
          {
            optionId: '0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01',
            rank: 2,
          },
          {
            optionId: '2eab5e74-3c4d-4e5f-8a6b-7c8d9e0f1a23',
            rank: 3,
          },
        ],
        sameWinner: true,
        sameOrder: true,
      },
    ],
    preview: {
      prices: [
        900000, 915000, 930000, 945000, 960000, 975000, 990000, 1005000, 1020000, 1035000, 1050000,
        1065000, 1080000, 1095000, 1110000, 1125000, 1140000, 1155000, 1170000, 1185000, 1200000,
      ],
      formulas: [
        {
          formula: {
            kind: 'lowestPriceRatio',
          },
          points: [
            30, 29.51, 29.03, 28.57, 28.12, 27.69, 27.27, 26.87, 26.47, 26.09, 25.71, 25.35, 25,
            24.66, 24.32, 24, 23.68, 23.38, 23.08, 22.78, 22.5,
          ],
        },
        {
          formula: {
            kind: 'oneSidedLinear',
            zeroAtMultiple: 2,
          },
          points: [
            30, 29.5, 29, 28.5, 28, 27.5, 27, 26.5, 26, 25.5, 25, 24.5, 24, 23.5, 23, 22.5, 22,
            21.5, 21, 20.5, 20,
          ],
        },
        {
          formula: {
            kind: 'twoSidedLinear',
          },
          points: [
            30, 28.5, 27, 25.5, 24, 22.5, 21, 19.5, 18, 16.5, 15, 13.5, 12, 10.5, 9, 7.5, 6, 4.5, 3,
            1.5, 0,
          ],
        },
      ],
    },
  },
  topsis: {
    advisory: true,
    note: {
      de: 'Beratend: TOPSIS (Hwang & Yoon 1981) ordnet nach der Nähe zum Idealpunkt. Es ist nicht das Ergebnis der Bewertung und wird nie auf ein Vergabeverfahren angewandt.',
      en: 'Advisory: TOPSIS (Hwang & Yoon 1981) orders by closeness to the ideal point. It is not the evaluation’s result and is never applied to a tender.',
    },
    ranking: [
      {
        optionId: '1d9a4d63-2b3c-4d4e-9f5a-6b7c8d9e0f12',
        rank: 1,
        closeness: 0.8834,
      },
      {
        optionId: '0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01',
        rank: 2,
        closeness: 0.4641,
      },
      {
        optionId: '2eab5e74-3c4d-4e5f-8a6b-7c8d9e0f1a23',
        rank: 3,
        closeness: 0.3333,
      },
    ],
  },
  whatIf: {
    nodes: [
      {
        id: 'quality',
        parentId: null,
        share: 0.7,
        column: -1,
      },
      {
        id: 'concept',
        parentId: 'quality',
        share: 0.6,
        column: 0,
      },
      {
        id: 'availability',
        parentId: 'quality',
        share: 0.4,
        column: 1,
      },
      {
        id: 'price',
        parentId: null,
        share: 0.3,
        column: 2,
      },
    ],
    criterionIds: ['concept', 'availability', 'price'],
    optionIds: [
      '1d9a4d63-2b3c-4d4e-9f5a-6b7c8d9e0f12',
      '0c8f3c52-1a2b-4c3d-8e4f-5a6b7c8d9e01',
      '2eab5e74-3c4d-4e5f-8a6b-7c8d9e0f1a23',
    ],
    shares: [
      [1, 0.909090909090909, 0.9],
      [0.6, 0.95959595959596, 1],
      [0.8, 0.505050505050505, 0.75],
    ],
    rowFactor: [100, 100, 100],
    priceColumn: 2,
    price: [1000000, 900000, 1200000],
    corridor: null,
  },
};
