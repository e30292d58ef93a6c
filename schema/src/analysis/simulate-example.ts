/** The worked response of the simulate endpoint's documented example; a test checks the API answers exactly this. */
export const simulateExampleResponse = {
  advisory: true,
  note: 'Advisory: simulated bids for a draft scheme, before publication. Never applied to, or run against, the official result of a tender.',
  runs: 100,
  bidsPerRun: 4,
  seed: 2027,
  meanAdmitted: 4,
  runsWithoutWinner: 0,
  priceFormulas: [
    {
      formula: {
        kind: 'lowestPriceRatio',
      },
      own: true,
      maxPoints: 40,
      points: {
        min: 25.92,
        q1: 33.14,
        median: 36.81,
        q3: 39.96,
        max: 40,
        mean: 36.07,
      },
      sameWinnerShare: 1,
    },
    {
      formula: {
        kind: 'oneSidedLinear',
        zeroAtMultiple: 2,
      },
      own: false,
      maxPoints: 40,
      points: {
        min: 18.27,
        q1: 31.72,
        median: 36.53,
        q3: 39.96,
        max: 40,
        mean: 35.15,
      },
      sameWinnerShare: 0.99,
    },
    {
      formula: {
        kind: 'twoSidedLinear',
      },
      own: false,
      maxPoints: 40,
      points: {
        min: 0,
        q1: 0.02,
        median: 22.61,
        q3: 39.86,
        max: 40,
        mean: 20.67,
      },
      sameWinnerShare: 0.69,
    },
  ],
  weightStability: {
    changePercent: 10,
    stableShare: 0.97,
    criteria: [
      {
        criterionId: 'concept',
        weightBp: 6000,
        changedWhenRaised: 0.02,
        changedWhenLowered: 0.01,
      },
      {
        criterionId: 'price',
        weightBp: 4000,
        changedWhenRaised: 0.01,
        changedWhenLowered: 0.02,
      },
    ],
  },
  flipping: {
    share: 0,
    byRemovedRank: [
      {
        rank: 2,
        runs: 100,
        share: 0,
      },
      {
        rank: 3,
        runs: 100,
        share: 0,
      },
      {
        rank: 4,
        runs: 100,
        share: 0,
      },
    ],
  },
  exactDecisions: 0,
  topsis: {
    advisory: true,
    note: 'Advisory TOPSIS ranking (Hwang & Yoon 1981) for an options review; it is not the result of any tender and is never applied to one.',
    ranking: [
      {
        id: 'B',
        rank: 1,
        closeness: 0.5788,
      },
      {
        id: 'C',
        rank: 2,
        closeness: 0.5,
      },
      {
        id: 'A',
        rank: 3,
        closeness: 0.4212,
      },
    ],
  },
};
