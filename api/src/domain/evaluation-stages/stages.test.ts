import { describe, expect, it } from 'vitest';
import { missingDocumentRequest, type MissingDocumentRequest } from './missing-documents.ts';
import {
  freshStages,
  mayDecideAward,
  mayWorkOn,
  openStages,
  stageBases,
  type BidStages,
} from './stages.ts';

const passed = { state: 'passed' } as const;
const allPassed: BidStages = {
  formal: passed,
  suitability: passed,
  priceCheck: passed,
  award: passed,
};

describe('evaluation stages', () => {
  it('name their legal bases', () => {
    expect(stageBases.formal).toContain('§ 57 VgV');
    expect(stageBases.priceCheck).toEqual(['§ 60 VgV']);
  });

  it('start with the formal check; then award before suitability is allowed (§ 42 (3) VgV)', () => {
    const fresh = freshStages();
    expect(mayWorkOn(fresh, 'formal')).toBe(true);
    expect(mayWorkOn(fresh, 'award')).toBe(false);
    const formallyAdmitted = { ...fresh, formal: passed };
    expect(mayWorkOn(formallyAdmitted, 'award')).toBe(true);
    expect(mayWorkOn(formallyAdmitted, 'suitability')).toBe(true);
  });

  it('work on nothing more for an excluded bid', () => {
    const excluded: BidStages = {
      ...freshStages(),
      formal: { state: 'excluded', basis: '§ 57 Abs. 1 Nr. 1 VgV', reasons: 'Late.' },
    };
    expect(mayWorkOn(excluded, 'formal')).toBe(false);
    expect(mayWorkOn(excluded, 'award')).toBe(false);
  });

  it('keep the award decision open while any bid still in the procedure has a stage open', () => {
    const waiting: BidStages = {
      ...allPassed,
      priceCheck: { state: 'waiting', until: '2027-04-01' },
    };
    const excluded: BidStages = {
      ...freshStages(),
      formal: {
        state: 'excluded',
        basis: '§ 124 Abs. 1 Nr. 3 GWB',
        reasons: 'Schwere Verfehlung.',
      },
    };
    const bids = [
      { bidId: 'a', stages: allPassed },
      { bidId: 'b', stages: waiting },
      { bidId: 'c', stages: excluded },
    ];
    expect(openStages(bids)).toEqual([{ bidId: 'b', stage: 'priceCheck' }]);
    expect(mayDecideAward(bids)).toBe(false);
    expect(mayDecideAward([bids[0]!, bids[2]!])).toBe(true);
    expect(mayDecideAward([bids[2]!])).toBe(false);
  });
});

describe('requests for missing documents (§ 56 VgV)', () => {
  const base: MissingDocumentRequest = {
    kind: 'company',
    action: 'submit',
    feedsAwardCriterion: false,
    ruledOutInNotice: false,
  };

  it('allow company documents to be submitted, completed and corrected', () => {
    for (const action of ['submit', 'complete', 'correct'] as const) {
      expect(missingDocumentRequest({ ...base, action })).toMatchObject({ allowed: true });
    }
  });

  it('never allow a document that feeds an award criterion', () => {
    const decision = missingDocumentRequest({ ...base, kind: 'offer', feedsAwardCriterion: true });
    expect(decision).toMatchObject({ allowed: false, basis: '§ 56 Abs. 3 S. 1 VgV' });
  });

  it('allow unscored offer documents to be submitted or completed, not corrected', () => {
    expect(missingDocumentRequest({ ...base, kind: 'offer', action: 'complete' })).toMatchObject({
      allowed: true,
    });
    expect(missingDocumentRequest({ ...base, kind: 'offer', action: 'correct' })).toMatchObject({
      allowed: false,
    });
  });

  it('refuse price information, save an insignificant item', () => {
    expect(missingDocumentRequest({ ...base, kind: 'price' })).toMatchObject({ allowed: false });
    expect(
      missingDocumentRequest({ ...base, kind: 'price', insignificantPriceItem: true }),
    ).toMatchObject({ allowed: true, basis: '§ 56 Abs. 3 S. 2 VgV' });
  });

  it('refuse everything the notice ruled out', () => {
    expect(missingDocumentRequest({ ...base, ruledOutInNotice: true })).toMatchObject({
      allowed: false,
      basis: '§ 56 Abs. 2 S. 2 VgV',
    });
  });
});
