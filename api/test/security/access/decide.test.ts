import { describe, expect, it } from 'vitest';
import { decide, type AccessObject } from '../../../src/security/access/authorize.ts';
import type { PolicyTable } from '../../../src/security/access/policy.ts';
import type {
  ApiKeyPrincipal,
  Principal,
  UserPrincipal,
} from '../../../src/security/access/principal.ts';
import { publishedTenderStates } from '../../../src/domain/tenders/tender-lifecycle.ts';

// A table of invented operations that exercises every column the real one will use.
const table: PolicyTable = {
  readTender: {
    object: 'tender',
    beforeMfa: false,
    grants: [
      { to: 'anonymous', relation: 'public', states: publishedTenderStates },
      { to: 'officer', relation: 'sameOrg' },
      { to: 'reviewer', relation: 'assignedReviewer' },
      { to: { apiKeyScope: 'tenders:read' }, relation: 'public', states: publishedTenderStates },
    ],
  },
  publishTender: {
    object: 'tender',
    beforeMfa: false,
    grants: [{ to: 'officer', relation: 'assignedOfficer', states: ['draft'] }],
  },
  submitBid: {
    object: 'bid',
    beforeMfa: false,
    grants: [{ to: { apiKeyScope: 'bids:submit' }, relation: 'ownVendor', states: ['published'] }],
  },
  enrolTotp: { object: null, beforeMfa: true, grants: [{ to: 'officer', relation: 'public' }] },
};

const authorityA = 'org-a';
const officer = (overrides: Partial<UserPrincipal> = {}): Principal => ({
  kind: 'user',
  userId: 'officer-1',
  organisationId: authorityA,
  role: 'officer',
  mfaVerified: true,
  secondFactorPending: false,
  sessionId: 's',
  ...overrides,
});
const tender = (overrides: Partial<AccessObject> = {}): AccessObject => ({
  type: 'tender',
  id: 't',
  organisationId: authorityA,
  tenderState: 'draft',
  assigned: { officers: ['officer-1'], reviewers: ['reviewer-1'] },
  ...overrides,
});
const run = (principal: Principal, operationId: string, object?: AccessObject) => {
  const decision = decide({ principal, operationId, object, table });
  return decision.allowed ? 'allowed' : decision.refusal;
};

describe('decide', () => {
  it('refuses an operation without a row instead of guessing', () => {
    expect(() => decide({ principal: officer(), operationId: 'nope', table })).toThrow(
      /no row in the policy table/,
    );
  });

  it('answers another organisation’s object with not found, and the own one with forbidden', () => {
    const reviewer = officer({ role: 'reviewer', userId: 'someone-else' });
    expect(run(reviewer, 'readTender', tender({ assigned: undefined }))).toBe('forbidden');
    expect(run(officer({ organisationId: 'org-b' }), 'readTender', tender())).toBe('notFound');
    expect(run(officer(), 'readTender', tender())).toBe('allowed');
  });

  it('hides drafts from the public and shows published tenders', () => {
    expect(run({ kind: 'anonymous' }, 'readTender', tender())).toBe('notFound');
    expect(run({ kind: 'anonymous' }, 'readTender', tender({ tenderState: 'published' }))).toBe(
      'allowed',
    );
  });

  it('refuses a related caller in the wrong state with a conflict', () => {
    expect(run(officer(), 'publishTender', tender())).toBe('allowed');
    expect(run(officer(), 'publishTender', tender({ tenderState: 'published' }))).toBe('conflict');
    expect(run(officer({ userId: 'reviewer-1' }), 'publishTender', tender())).toBe('forbidden');
  });

  it('hides a tender from a colleague of the same authority who is not on its team', () => {
    expect(run(officer({ userId: 'officer-2' }), 'publishTender', tender())).toBe('notFound');
    const offTeam = officer({ role: 'reviewer', userId: 'someone-else' });
    expect(run(offTeam, 'readTender', tender())).toBe('notFound');
    expect(run(officer({ role: 'reviewer', userId: 'reviewer-1' }), 'readTender', tender())).toBe(
      'allowed',
    );
  });

  it('says 401 to anonymous callers and 403 to a role without a grant', () => {
    expect(run({ kind: 'anonymous' }, 'publishTender')).toBe('unauthenticated');
    expect(run(officer({ role: 'vendor' }), 'publishTender')).toBe('forbidden');
  });

  it('admits API keys by scope and keeps vendor A’s key away from vendor B’s bids', () => {
    const key = (scopes: ApiKeyPrincipal['scopes']): Principal => ({
      kind: 'apiKey',
      keyId: 'k',
      organisationId: 'vendor-a',
      scopes,
    });
    const bid = (vendorOrganisationId: string): AccessObject => ({
      type: 'bid',
      id: 'b',
      organisationId: authorityA,
      vendorOrganisationId,
      tenderState: 'published',
    });
    expect(run(key(['bids:submit']), 'submitBid', bid('vendor-a'))).toBe('allowed');
    expect(run(key(['bids:submit']), 'submitBid', bid('vendor-b'))).toBe('notFound');
    expect(run(key(['tenders:read']), 'submitBid', bid('vendor-a'))).toBe('forbidden');
  });

  it('keeps an officer without the second factor out of all but the before-MFA operations', () => {
    const halfSignedIn = officer({ mfaVerified: false });
    expect(run(halfSignedIn, 'publishTender', tender())).toBe('mfaRequired');
    expect(run(halfSignedIn, 'enrolTotp')).toBe('allowed');
    // What the public may do, a half-signed-in officer may do too.
    expect(
      run(halfSignedIn, 'readTender', tender({ organisationId: 'org-b', tenderState: 'opened' })),
    ).toBe('allowed');
    // Vendors and reviewers have no second factor to pass.
    expect(
      run(
        officer({ role: 'reviewer', userId: 'reviewer-1', mfaVerified: false }),
        'readTender',
        tender(),
      ),
    ).toBe('allowed');
    // Unless they set one up themselves: then the password alone does not sign them in, and the
    // reviewer sees no more than the public (not this unpublished tender).
    const reviewerWithTotp = officer({
      role: 'reviewer',
      userId: 'reviewer-1',
      mfaVerified: false,
      secondFactorPending: true,
    });
    expect(run(reviewerWithTotp, 'readTender', tender())).toBe('forbidden');
  });

  it('refuses an object on an object-less operation as a programming error', () => {
    expect(() =>
      decide({ principal: officer(), operationId: 'enrolTotp', object: tender(), table }),
    ).toThrow(/acts on no object/);
  });
});

describe('the operator (commands and jobs on the server)', () => {
  const operator: Principal = { kind: 'operator', name: 'admin:create' };
  const operatorTable: PolicyTable = {
    createFirstAdministrator: {
      object: null,
      beforeMfa: false,
      grants: [{ to: 'operator', relation: 'public' }],
    },
    publishTender: table.publishTender!,
  };

  it('is admitted where a row grants it', () => {
    expect(
      decide({
        principal: operator,
        operationId: 'createFirstAdministrator',
        table: operatorTable,
      }),
    ).toEqual({ allowed: true });
  });

  it('is refused where no row grants it, and no relation to an object holds for it', () => {
    expect(
      decide({
        principal: operator,
        operationId: 'publishTender',
        object: tender(),
        table: operatorTable,
      }),
    ).toEqual({ allowed: false, refusal: 'forbidden' });
  });

  it('is not admitted by a role or the public grant of an operator row to anyone else', () => {
    expect(
      decide({
        principal: officer(),
        operationId: 'createFirstAdministrator',
        table: operatorTable,
      }),
    ).toEqual({ allowed: false, refusal: 'forbidden' });
    expect(
      decide({
        principal: { kind: 'anonymous' },
        operationId: 'createFirstAdministrator',
        table: operatorTable,
      }),
    ).toEqual({ allowed: false, refusal: 'unauthenticated' });
  });
});

describe('objects of an options review', () => {
  const reviewTable: PolicyTable = {
    readReview: {
      object: 'optionsReview',
      beforeMfa: false,
      grants: [
        { to: 'officer', relation: 'reviewMember' },
        { to: 'reviewer', relation: 'reviewMember' },
      ],
    },
    renameReview: {
      object: 'optionsReview',
      beforeMfa: false,
      grants: [{ to: 'officer', relation: 'reviewLead', states: ['draft', 'inReview'] }],
    },
  };
  const review = (overrides: Partial<AccessObject> = {}): AccessObject => ({
    type: 'optionsReview',
    id: 'r',
    organisationId: authorityA,
    reviewStatus: 'draft',
    review: { leadUserId: 'officer-1', memberUserIds: ['officer-1', 'reviewer-1', 'officer-3'] },
    ...overrides,
  });
  const decideOn = (principal: Principal, operationId: string, object = review()) => {
    const decision = decide({ principal, operationId, object, table: reviewTable });
    return decision.allowed ? 'allowed' : decision.refusal;
  };

  it('hides the review from a colleague of the same authority who takes no part', () => {
    expect(decideOn(officer({ userId: 'officer-2' }), 'readReview')).toBe('notFound');
    expect(decideOn(officer({ userId: 'officer-2' }), 'renameReview')).toBe('notFound');
    expect(decideOn(officer({ organisationId: 'org-b' }), 'readReview')).toBe('notFound');
  });

  it('tells a member what only the lead may do, and the lead when the review is concluded', () => {
    const reviewer = officer({ role: 'reviewer', userId: 'reviewer-1' });
    expect(decideOn(reviewer, 'readReview')).toBe('allowed');
    expect(decideOn(officer({ userId: 'officer-3' }), 'renameReview')).toBe('forbidden');
    expect(decideOn(officer(), 'renameReview')).toBe('allowed');
    expect(decideOn(officer(), 'renameReview', review({ reviewStatus: 'concluded' }))).toBe(
      'conflict',
    );
    expect(decideOn(officer(), 'readReview', review({ reviewStatus: 'concluded' }))).toBe(
      'allowed',
    );
  });

  it('relates nobody of another authority, even one listed as a member', () => {
    const listedElsewhere = officer({ organisationId: 'org-b', userId: 'officer-1' });
    expect(decideOn(listedElsewhere, 'renameReview')).toBe('notFound');
  });
});
