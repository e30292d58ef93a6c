import type { components } from '@tenderwise/schema/openapi-types';
import { describe, expect, it } from 'vitest';
import { resultView } from '../src/routes/tenders/[tenderId]/result/result-view.ts';

type OfficialResult = components['schemas']['OfficialResult'];

const text = (en: string) => ({ de: `${en} (de)`, en });
const passed = {
  state: 'passed' as const,
  basis: '§ 57 VgV',
  decidedAt: '2026-03-03T10:00:00.000Z',
  decidedBy: null,
};
const bid = (id: string, rank: number | null, score: number | null, share: number) => ({
  id,
  rank,
  excluded: rank === null,
  checks: [],
  reasons: rank === null ? [{ code: 'minimumNotMet' as const, criterionId: 'concept' }] : [],
  score,
  performance: score,
  price: 800_000,
  contributions:
    rank === null
      ? []
      : [{ criterionId: 'concept', weightPercent: 60, share, points: share * 60, panel: null }],
  flags: [],
  comparedWithAbove:
    rank === 2 ? { bidId: 'a', criteria: [{ criterionId: 'concept', difference: 12 }] } : null,
});

const result = {
  tenderId: 't',
  lotNumber: 1,
  number: 1,
  schemeVersion: 1,
  schemeCommitment: '0'.repeat(64),
  computedAt: '2026-03-10T10:00:00.000Z',
  computedBy: 'u',
  current: true,
  inputSha256: '1'.repeat(64),
  resultSha256: '2'.repeat(64),
  evaluation: {
    method: 'weightedSum',
    referenceDate: '2026-03-02',
    ranking: [bid('a', 1, 90, 1), bid('b', 2, 78, 0.8), bid('c', null, null, 0)],
  },
  draw: null,
  criteria: [
    {
      id: 'concept',
      parentId: null,
      kind: 'ordinal',
      title: text('Concept'),
      weightBp: 6000,
      weightPercent: 60,
    },
    {
      id: 'price',
      parentId: null,
      kind: 'price',
      title: text('Price'),
      weightBp: 4000,
      weightPercent: 40,
    },
  ],
  bids: ['a', 'b', 'c'].map((id) => ({
    bidId: id,
    bidder: { kind: 'single', name: `Bidder ${id}`, members: [] },
    late: false,
    stages: {
      formal: passed,
      suitability: passed,
      priceCheck: { state: 'open' },
      award: { state: 'open' },
    },
    excludedIn: null,
    inResult: true,
    scores: [{ criterionId: 'concept', score: 4, justification: 'Named roles.' }],
  })),
  sensitivity: {
    informational: true,
    note: text('Information only'),
    notAnalysable: null,
    noClearWinner: false,
    margin: 1,
    criteria: [],
  },
} as unknown as OfficialResult;

describe('the comparison of a lot’s bids', () => {
  it('names the bidders, says why each ranks below the one above, and maps the shares earned', () => {
    const view = resultView(result, 'en');
    expect(view.ranking.map((row) => [row.name, row.rank])).toEqual([
      ['Bidder a', '1'],
      ['Bidder b', '2'],
      ['Bidder c', '—'],
    ]);
    expect(view.ranking[1]!.above).toEqual({
      name: 'Bidder a',
      criteria: [{ id: 'concept', title: 'Concept', difference: '12.00' }],
    });
    expect(view.ranking[2]!.reasons).toEqual([
      'Minimum requirement not met (§ 57 (1) no. 4 VgV): Concept',
    ]);
    // Only the ranked bids are in the heatmap, each criterion a column.
    expect(view.heatmap.table.rows.map((row) => row.cells)).toEqual([
      ['Bidder a', '100%', '0%'],
      ['Bidder b', '80%', '0%'],
    ]);
    expect(view.bids[0]!.stages.map((stage) => stage.state)).toEqual([
      'passed',
      'passed',
      'open',
      'open',
    ]);
    const german = resultView(result, 'de').criteria[0]!;
    expect(german.title).toBe('Concept (de)');
    expect(german.weight).toMatch(/^60\s%$/);
  });
});
