import type { components } from '@tenderwise/schema/openapi-types';
import { describe, expect, it } from 'vitest';
import { correctionValues, readCorrection } from '../src/lib/tenders/correction-form.ts';
import { publicationStep } from '../src/lib/tenders/publication.ts';
import { actorText } from '../src/lib/tenders/record.ts';
import { entryFields, lotSchemeSourceOf } from '../src/lib/tenders/scheme-start.ts';
import {
  membersByCapacity,
  openingOfficers,
  ownDeclaration,
  readAddMember,
} from '../src/lib/tenders/team.ts';
import { versionsByLot } from '../src/lib/tenders/versions.ts';

type Member = components['schemas']['TenderTeamMember'];
type Membership = Member['capacities'][number];
type Candidate = components['schemas']['TenderTeamCandidate'];
type Tender = { publication: components['schemas']['TenderPublication'] };

const person = { userId: 'lead', displayName: 'Lea Leitung' };

function membership(capacity: Membership['capacity'], declaredAt: string | null): Membership {
  return {
    capacity,
    deputyFor: null,
    addedBy: person,
    addedAt: '2027-01-01T08:00:00Z',
    declaredAt,
    declarationVersion: declaredAt ? 'v1' : null,
  };
}

function member(userId: string, capacities: Membership[]): Member {
  return {
    userId,
    displayName: userId,
    role: 'officer',
    enabled: true,
    lead: userId === 'lead',
    capacities,
    declared: capacities.every((held) => held.declaredAt !== null),
  };
}

const lead = member('lead', [
  membership('officer', '2027-01-02T08:00:00Z'),
  membership('openingOfficer', '2027-01-03T08:00:00Z'),
]);
const opener = member('opener', [membership('openingOfficer', null)]);
const candidate: Candidate = {
  userId: 'new',
  displayName: 'Nina Neu',
  role: 'officer',
  held: [],
  available: ['officer', 'openingOfficer', 'openingDeputy'],
};

describe('the team page', () => {
  it('lists each capacity in its section, a member with two capacities in both', () => {
    const sections = membersByCapacity([lead, opener]);
    expect(sections.map((section) => section.capacity)).toEqual([
      'officer',
      'openingOfficer',
      'openingDeputy',
      'evaluator',
      'reviewer',
    ]);
    expect(sections[1]!.entries.map((entry) => entry.member.userId)).toEqual(['lead', 'opener']);
    expect(sections[0]!.entries.map((entry) => entry.member.userId)).toEqual(['lead']);
    expect(sections[2]!.entries).toEqual([]);
  });

  it('says where the caller stands with the declaration', () => {
    expect(ownDeclaration([lead, opener], 'stranger')).toEqual({ kind: 'notMember' });
    expect(ownDeclaration([lead, opener], 'opener')).toEqual({
      kind: 'pending',
      capacities: ['openingOfficer'],
    });
    expect(ownDeclaration([lead, opener], 'lead')).toEqual({
      kind: 'declared',
      at: '2027-01-03T08:00:00Z',
    });
  });

  it('adds a deputy only for an opening officer of the team', () => {
    const officers = openingOfficers([lead, opener]);
    expect(officers.map((officer) => officer.userId)).toEqual(['lead', 'opener']);
    const missing = readAddMember(
      { userId: 'new', capacity: 'openingDeputy', deputyFor: '' },
      [candidate],
      officers,
    );
    expect(missing.ok).toBe(false);
    expect(!missing.ok && Object.keys(missing.errors.fields)).toEqual(['deputyFor']);
    expect(
      readAddMember(
        { userId: 'new', capacity: 'openingDeputy', deputyFor: 'opener' },
        [candidate],
        officers,
      ),
    ).toEqual({
      ok: true,
      input: { userId: 'new', capacity: 'openingDeputy', deputyFor: 'opener' },
    });
    // A deputy named for anything else is not sent along.
    expect(
      readAddMember({ userId: 'new', capacity: 'officer', deputyFor: 'opener' }, [candidate], []),
    ).toEqual({ ok: true, input: { userId: 'new', capacity: 'officer' } });
  });

  it('refuses a person who is no candidate and a capacity the person may not take', () => {
    const stranger = readAddMember(
      { userId: 'x', capacity: 'officer', deputyFor: '' },
      [candidate],
      [],
    );
    expect(!stranger.ok && Object.keys(stranger.errors.fields)).toEqual(['userId']);
    const reviewer = readAddMember(
      { userId: 'new', capacity: 'reviewer', deputyFor: '' },
      [candidate],
      [],
    );
    expect(!reviewer.ok && reviewer.errors.fields.capacity).toEqual([
      { key: 'tender_flow_capacity_not_available' },
    ]);
  });
});

describe('starting a lot scheme', () => {
  const allowed = new Map([['c3a.sov-1', ['award', 'minimum']]]);

  it('takes a template, blank, or the chosen entries in the legal types they admit', () => {
    expect(lotSchemeSourceOf({ start: 'template:state-suite', entries: [] }, allowed)).toEqual({
      kind: 'template',
      templateId: 'state-suite',
    });
    expect(lotSchemeSourceOf({ start: 'blank', entries: [] }, allowed)).toEqual({
      kind: 'blank',
    });
    expect(
      lotSchemeSourceOf(
        {
          start: 'entries',
          entries: [
            ['c3a.sov-1', 'minimum'],
            ['c3a.sov-1', 'exclusion'],
            ['unknown', 'award'],
          ],
        },
        allowed,
      ),
    ).toEqual({ kind: 'entries', criteria: [{ entryId: 'c3a.sov-1', legalType: 'minimum' }] });
  });

  it('asks again when entries are chosen but none is used', () => {
    expect(lotSchemeSourceOf({ start: 'entries', entries: [['c3a.sov-1', '']] }, allowed)).toBe(
      null,
    );
  });

  it('reads the entry fields of the form', () => {
    const data = new FormData();
    data.set('start', 'entries');
    data.set('entry:c3a.sov-1', 'award');
    expect(entryFields(data)).toEqual([['c3a.sov-1', 'award']]);
  });
});

describe('the four-eyes publication', () => {
  const publication: Tender['publication'] = {
    requestedBy: null,
    requestedAt: null,
    requestedVersion: null,
    requestCurrent: false,
    approvedBy: null,
    publishedAt: null,
  };
  const tenderWith = (changes: Partial<Tender['publication']>) =>
    ({ publication: { ...publication, ...changes } }) as Tender;
  const requested = {
    requestedBy: 'asker',
    requestedAt: '2027-01-05T09:00:00Z',
    requestedVersion: 7,
  };

  it('lets the officer who asked withdraw and another officer approve', () => {
    const tender = tenderWith({ ...requested, requestCurrent: true });
    expect(publicationStep(tender, 'asker').kind).toBe('ownRequest');
    expect(publicationStep(tender, 'second')).toEqual({
      kind: 'awaitingApproval',
      requestedBy: 'asker',
      requestedAt: '2027-01-05T09:00:00Z',
    });
  });

  it('calls a request void once the tender changed after it', () => {
    expect(publicationStep(tenderWith({ ...requested, requestCurrent: false }), 'x').kind).toBe(
      'void',
    );
    expect(publicationStep(tenderWith({}), 'x').kind).toBe('notRequested');
    expect(
      publicationStep(
        tenderWith({ ...requested, approvedBy: 'second', publishedAt: '2027-01-06T09:00:00Z' }),
        'x',
      ).kind,
    ).toBe('published');
  });
});

describe('the correction form', () => {
  function formOf(fields: Record<string, string>): FormData {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.set(name, value);
    return data;
  }
  const templates = new Set(['state-suite']);

  it('reads a correction of the deadlines alone, the deadline left to the rules', () => {
    const values = correctionValues(
      formOf({ reason: ' Frist verlängert ', 'scheme:1': 'keep' }),
      [1],
    );
    expect(readCorrection(values, templates)).toEqual({
      ok: true,
      plan: { reason: 'Frist verlängert', material: false, templates: [] },
    });
  });

  it('makes a template switch material and keeps the typed deadlines', () => {
    const values = correctionValues(
      formOf({
        reason: 'Gewichtung korrigiert',
        submissionDeadline: '2027-03-15T12:00',
        'scheme:1': 'keep',
        'scheme:2': 'template:state-suite',
      }),
      [1, 2],
    );
    expect(readCorrection(values, templates)).toEqual({
      ok: true,
      plan: {
        reason: 'Gewichtung korrigiert',
        material: true,
        submissionDeadline: '2027-03-15T12:00',
        templates: [{ lotNumber: 2, templateId: 'state-suite' }],
      },
    });
  });

  it('asks for a reason, a valid deadline and a known template', () => {
    const values = correctionValues(
      formOf({ reason: '', questionsDeadline: '2027-02-30T12:00', 'scheme:1': 'template:gone' }),
      [1],
    );
    const reading = readCorrection(values, templates);
    expect(!reading.ok && Object.keys(reading.errors.fields).sort()).toEqual([
      'questionsDeadline',
      'reason',
      'scheme:1',
    ]);
  });
});

describe('versions and the record', () => {
  const version = (lotNumber: number, number: number) => ({
    tenderId: 't',
    lotNumber,
    number,
    commitment: 'a'.repeat(64),
    correctionNumber: number === 1 ? null : number - 1,
    createdBy: 'u',
    createdAt: '2027-01-06T09:00:00Z',
  });

  it('groups versions by lot, newest first, in the lots’ order', () => {
    const grouped = versionsByLot(
      [
        { number: 1, title: 'Betrieb' },
        { number: 2, title: 'Pflege' },
      ],
      [version(2, 1), version(1, 1), version(1, 2)],
    );
    expect(grouped.map((lot) => [lot.number, lot.versions.map((v) => v.number)])).toEqual([
      [1, [2, 1]],
      [2, [1]],
    ]);
  });

  it('names who acted with their role and organisation', () => {
    const labels = {
      anonymous: 'anonymous',
      system: 'system',
      apiKey: 'API key',
      role: (role: string) => `role:${role}`,
    };
    expect(
      actorText(
        { kind: 'user', name: 'Erika', role: 'officer', organisationName: 'Landesamt' },
        labels,
      ),
    ).toBe('Erika (role:officer, Landesamt)');
    expect(
      actorText({ kind: 'apiKey', name: 'CI', role: null, organisationName: 'Acme' }, labels),
    ).toBe('CI (API key, Acme)');
    expect(actorText(null, labels)).toBe('anonymous');
  });
});
