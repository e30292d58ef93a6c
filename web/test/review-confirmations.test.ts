import type { components } from '@tenderwise/schema/openapi-types';
import { describe, expect, it } from 'vitest';
import { rightsIn, statusBlocker } from '../src/lib/options-reviews/rights.ts';
import { confirmationOf, doneOf } from '../src/routes/reviews/[reviewId]/confirmations.ts';

type Review = components['schemas']['OptionsReviewResponse'];

const lead = {
  userId: 'lead',
  displayName: 'Lea Leitung',
  role: 'officer',
  lead: true,
  addedAt: '2027-01-01T00:00:00Z',
} as const;
const officer = { ...lead, userId: 'officer', displayName: 'Otto Officer', lead: false } as const;
const reviewer = {
  ...lead,
  userId: 'reviewer',
  displayName: 'Rita Ausschuss',
  role: 'reviewer',
  lead: false,
} as const;

function review(changes: Partial<Review> = {}): Review {
  return {
    id: 'review',
    organisationId: 'authority',
    title: 'Review',
    purpose: 'Compare',
    referenceDate: '2027-01-15',
    status: 'draft',
    leadUserId: 'lead',
    latestSchemeVersion: 1,
    optionCount: 0,
    version: 1,
    createdBy: 'lead',
    createdAt: '2027-01-01T00:00:00Z',
    updatedAt: '2027-01-01T00:00:00Z',
    conclusion: null,
    members: [lead, officer, reviewer],
    ...changes,
  };
}

const query = (entries: Record<string, string>) => new URLSearchParams(entries);

describe('rightsIn', () => {
  it('lets the lead manage, officers who take part edit, and every member score and weigh', () => {
    expect(rightsIn(review(), { id: 'lead', role: 'officer' })).toEqual({
      manage: true,
      edit: true,
      score: true,
      weigh: true,
    });
    expect(rightsIn(review(), { id: 'officer', role: 'officer' })).toEqual({
      manage: false,
      edit: true,
      score: true,
      weigh: true,
    });
    expect(rightsIn(review(), { id: 'reviewer', role: 'reviewer' })).toEqual({
      manage: false,
      edit: false,
      score: true,
      weigh: true,
    });
    expect(rightsIn(review(), { id: 'stranger', role: 'officer' })).toEqual({
      manage: false,
      edit: false,
      score: false,
      weigh: false,
    });
  });

  it('offers nothing to change once the review is concluded', () => {
    expect(rightsIn(review({ status: 'concluded' }), { id: 'lead', role: 'officer' })).toEqual({
      manage: false,
      edit: false,
      score: false,
      weigh: false,
    });
  });
});

describe('statusBlocker', () => {
  it('needs a scheme to go into review and an option to conclude', () => {
    expect(statusBlocker({ latestSchemeVersion: null, optionCount: 0 }, 'inReview')).toBe(
      'review_status_needs_scheme',
    );
    expect(statusBlocker({ latestSchemeVersion: 1, optionCount: 0 }, 'inReview')).toBeNull();
    expect(statusBlocker({ latestSchemeVersion: 1, optionCount: 0 }, 'concluded')).toBe(
      'review_status_needs_option',
    );
    expect(statusBlocker({ latestSchemeVersion: null, optionCount: 0 }, 'draft')).toBeNull();
  });
});

describe('confirmationOf', () => {
  const manage = { manage: true, edit: true, score: true, weigh: true };

  it('confirms only the next steps the lifecycle and the review’s contents allow', () => {
    expect(confirmationOf(query({ confirm: 'status', to: 'inReview' }), review(), manage)).toEqual({
      action: 'status',
      to: 'inReview',
    });
    expect(
      confirmationOf(query({ confirm: 'status', to: 'concluded' }), review(), manage),
    ).toBeNull();
    const inReview = review({ status: 'inReview', optionCount: 2 });
    expect(confirmationOf(query({ confirm: 'status', to: 'concluded' }), inReview, manage)).toEqual(
      {
        action: 'status',
        to: 'concluded',
      },
    );
    expect(
      confirmationOf(
        query({ confirm: 'status', to: 'inReview' }),
        review({ latestSchemeVersion: null }),
        manage,
      ),
    ).toBeNull();
  });

  it('passes the lead only to another officer, and never removes the lead', () => {
    expect(
      confirmationOf(query({ confirm: 'lead', user: 'officer' }), review(), manage),
    ).toMatchObject({
      action: 'lead',
      member: { userId: 'officer' },
    });
    expect(
      confirmationOf(query({ confirm: 'lead', user: 'reviewer' }), review(), manage),
    ).toBeNull();
    expect(
      confirmationOf(query({ confirm: 'remove', user: 'reviewer' }), review(), manage),
    ).toMatchObject({
      action: 'remove',
      member: { userId: 'reviewer' },
    });
    expect(confirmationOf(query({ confirm: 'remove', user: 'lead' }), review(), manage)).toBeNull();
    expect(
      confirmationOf(query({ confirm: 'remove', user: 'nobody' }), review(), manage),
    ).toBeNull();
  });

  it('confirms nothing for somebody who does not manage the review', () => {
    const readOnly = { manage: false, edit: true, score: true, weigh: true };
    expect(
      confirmationOf(query({ confirm: 'status', to: 'inReview' }), review(), readOnly),
    ).toBeNull();
  });
});

describe('doneOf', () => {
  it('names the member a notice is about, and ignores unknown notices', () => {
    expect(doneOf(query({ done: 'member-added', user: 'reviewer' }), review())).toMatchObject({
      notice: 'member-added',
      member: { displayName: 'Rita Ausschuss' },
    });
    expect(doneOf(query({ notice: 'created' }), review())).toEqual({
      notice: 'created',
      member: null,
    });
    expect(doneOf(query({ done: 'anything' }), review())).toBeNull();
  });
});
