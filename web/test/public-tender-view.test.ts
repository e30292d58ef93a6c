import { describe, expect, it } from 'vitest';
import { areasFor, publicAreas } from '../src/lib/account/signed-in-user.ts';
import { noticeObjectPath } from '../src/lib/public-tenders/notices.ts';
import {
  askedNoticeOf,
  askedQuery,
  interestOffer,
  mayAsk,
  positiveNumberOf,
  questionLotOf,
  readsOwnQuestions,
  schemeVersionApiPath,
  schemeVersionPath,
  stateFilterOf,
  versionInForce,
} from '../src/lib/public-tenders/public-tender-view.ts';

const vendor = { role: 'vendor' } as const;
const officer = { role: 'officer' } as const;
const tenderId = '3c9a1f2e-7b4d-4e8a-9f1c-2d3e4f5a6b7c';

describe('interestOffer', () => {
  it('invites visitors to sign in only while the submission period runs', () => {
    expect(interestOffer(null, { state: 'published' })).toBe('signIn');
    expect(interestOffer(null, { state: 'cancelled' })).toBe('none');
  });

  it('lets a vendor register while the period runs and withdraw while registered', () => {
    expect(interestOffer(vendor, { state: 'published', interestRegistered: false })).toBe(
      'register',
    );
    expect(interestOffer(vendor, { state: 'published', interestRegistered: true })).toBe(
      'withdraw',
    );
    expect(interestOffer(vendor, { state: 'awarded', interestRegistered: true })).toBe('withdraw');
    expect(interestOffer(vendor, { state: 'submissionClosed', interestRegistered: false })).toBe(
      'none',
    );
  });

  it('offers authorities nothing: they are no bidders', () => {
    expect(interestOffer(officer, { state: 'published' })).toBe('none');
    expect(interestOffer({ role: null }, { state: 'published' })).toBe('none');
  });
});

describe('asking questions', () => {
  it('is for vendors while the submission period runs', () => {
    expect(mayAsk(vendor, 'published')).toBe(true);
    expect(mayAsk(vendor, 'submissionClosed')).toBe(false);
    expect(mayAsk(officer, 'published')).toBe(false);
    expect(mayAsk(null, 'published')).toBe(false);
    expect(readsOwnQuestions(vendor)).toBe(true);
    expect(readsOwnQuestions(null)).toBe(false);
  });

  it('reads the lot of a question: none for the whole tender, a number, or invalid', () => {
    expect(questionLotOf('')).toEqual({ lotNumber: null });
    expect(questionLotOf('2')).toEqual({ lotNumber: 2 });
    expect(questionLotOf('0')).toBe('invalid');
    expect(questionLotOf('1000')).toBe('invalid');
    expect(questionLotOf('2; drop')).toBe('invalid');
  });

  it('carries the asked question and its lateness through the redirect', () => {
    const query = new URLSearchParams(askedQuery({ number: 7, late: true }));
    expect(askedNoticeOf(query)).toEqual({ number: 7, late: true });
    expect(askedNoticeOf(new URLSearchParams('asked=3'))).toEqual({ number: 3, late: false });
    expect(askedNoticeOf(new URLSearchParams('asked=x'))).toBeNull();
    expect(askedNoticeOf(new URLSearchParams())).toBeNull();
  });
});

describe('addresses', () => {
  it('names the page and the API document of a scheme version', () => {
    expect(schemeVersionPath(tenderId, 2, 3)).toBe(`/public/tenders/${tenderId}/lots/2/versions/3`);
    expect(schemeVersionApiPath(tenderId, 2, 3)).toBe(
      `/api/v1/public/tenders/${tenderId}/lots/2/scheme-versions/3`,
    );
  });

  it('accepts only positive whole numbers as path segments', () => {
    expect(positiveNumberOf('12')).toBe(12);
    expect(positiveNumberOf('012')).toBeNull();
    expect(positiveNumberOf('-1')).toBeNull();
    expect(positiveNumberOf('1e3')).toBeNull();
    expect(positiveNumberOf('1234', 3)).toBeNull();
  });

  it('reads the list filter, all for anything unknown', () => {
    expect(stateFilterOf('open')).toBe('open');
    expect(stateFilterOf('closed')).toBe('closed');
    expect(stateFilterOf('draft')).toBe('all');
    expect(stateFilterOf(null)).toBe('all');
  });

  it('links a tender notice to the public tender and nothing else', () => {
    expect(noticeObjectPath({ type: 'tender', id: tenderId })).toBe(`/public/tenders/${tenderId}`);
    expect(noticeObjectPath({ type: 'options_review', id: tenderId })).toBeNull();
    expect(noticeObjectPath({ type: 'tender', id: '../admin' })).toBeNull();
  });
});

describe('versionInForce', () => {
  it('is the newest version, whatever order they come in', () => {
    expect(versionInForce([{ number: 1 }, { number: 3 }, { number: 2 }])).toEqual({ number: 3 });
    expect(versionInForce([])).toBeNull();
  });
});

describe('navigation', () => {
  it('offers published tenders to everybody, visitors included, and notices to signed-in users', () => {
    expect(publicAreas.map((area) => area.path)).toEqual(['/public/tenders']);
    expect(areasFor(null)).toEqual([]);
    expect(areasFor(vendor).map((area) => area.path)).toContain('/notices');
    expect(areasFor({ role: 'admin' }).map((area) => area.path)).not.toContain('/notices');
  });
});
