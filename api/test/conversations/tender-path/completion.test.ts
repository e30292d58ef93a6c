import {
  EvaluationScheme,
  type ConversationInput,
  type TenderResponse,
  type TenderTeamResponse,
} from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import {
  advance,
  initialState,
  settle,
} from '../../../src/domain/conversations/dialogue/advance.ts';
import { present } from '../../../src/domain/conversations/dialogue/present.ts';
import type {
  DialogueState,
  PathDefinition,
} from '../../../src/domain/conversations/dialogue/types.ts';
import { completionSteps } from '../../../src/domain/conversations/tender-path/steps/completion-steps.ts';
import type { TenderWorld } from '../../../src/domain/conversations/tender-path/world.ts';

const path: PathDefinition<TenderWorld> = {
  path: 'tender',
  steps: completionSteps,
  greeting: { de: 'Hallo.', en: 'Hello.' },
  done: { de: 'Vorgelegt.', en: 'Handed over.' },
};

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const lead = id(1);
const officers = [1, 2, 3, 4, 5, 6, 7].map((n) => ({
  id: id(n),
  name: [
    'Erika Muster',
    'Anna Meier',
    'Ben Schulz',
    'Cem Yilmaz',
    'Dora Klein',
    'Emil Wolf',
    'Fritz Roth',
  ][n - 1]!,
  role: 'officer' as const,
}));
const committee = { id: id(8), name: 'Greta Hahn', role: 'reviewer' as const };

const scheme = EvaluationScheme.parse({
  schemaVersion: 1,
  id: 'lot-1',
  title: { de: 'Plattform', en: 'Platform' },
  currency: 'EUR',
  submissionDeadline: '2027-03-01',
  method: { kind: 'weightedSum', priceFormula: { kind: 'lowestPriceRatio' } },
  price: { kind: 'totalPrice' },
  award: [
    {
      id: 'quality',
      parentId: null,
      title: { de: 'Qualität', en: 'Quality' },
      weightBp: 6000,
      kind: 'ordinal',
      subject: 'service',
      scale: 5,
      anchors: [0, 1, 2, 3, 4, 5].map((n) => ({ de: `Stufe ${n}`, en: `Level ${n}` })),
    },
    {
      id: 'price',
      parentId: null,
      title: { de: 'Preis', en: 'Price' },
      weightBp: 4000,
      kind: 'price',
    },
  ],
});

function tender(overrides: Partial<TenderResponse> = {}): TenderResponse {
  const at = '2027-01-11T09:00:00.000Z';
  return {
    id: id(100),
    organisationId: id(200),
    reference: 'VG-2027-014',
    title: 'Kollaborationsplattform',
    state: 'draft',
    regime: 'VgV',
    procedureTypeId: 'vgv.open',
    submissionDeadline: null,
    lotCount: 1,
    leadUserId: lead,
    version: 7,
    capacities: ['officer'],
    createdAt: at,
    updatedAt: at,
    description: '',
    cpvCodes: [],
    procedureType: {
      id: 'vgv.open',
      name: { de: 'Offenes Verfahren', en: 'Open procedure' },
      choice: 'free',
      needsGround: false,
      references: [],
      choiceReferences: [],
      stages: [],
    },
    procedureGround: null,
    land: 'DE-BE',
    authorityKind: 'otherPublicAuthority',
    contractKind: 'suppliesServices',
    value: {
      estimatedValue: null,
      estimatedOn: null,
      contractValue: null,
      matchesLots: null,
      threshold: null,
    },
    lots: [{ number: 1, title: 'Los 1', description: '', hasScheme: true }],
    noLotsReasons: 'Nicht trennbar.',
    maxLotsPerBidder: null,
    maxLotsPerAward: null,
    bidIntake: 'platform',
    missingDocumentRequests: 'allowed',
    deadlines: {
      submissionDeadline: null,
      questionsDeadline: null,
      bidValidityUntil: null,
      periodReductions: [],
      checks: null,
    },
    publication: {
      requestedBy: null,
      requestedAt: null,
      requestedVersion: null,
      requestCurrent: false,
      approvedBy: null,
      publishedAt: null,
    },
    cancellation: null,
    leadDisplayName: 'Erika Muster',
    createdBy: lead,
    actions: {
      update: true,
      updateDeadlines: true,
      manageLots: true,
      saveScheme: true,
      manageTeam: true,
      declare: true,
      requestPublication: true,
      withdrawPublicationRequest: false,
      approvePublication: false,
      correct: false,
      cancel: true,
      answerQuestions: false,
    },
    readiness: [],
    ...overrides,
  };
}

function team(
  members: { userId: string; capacity: string; declared?: boolean }[],
): TenderTeamResponse {
  const person = { userId: lead, displayName: 'Erika Muster' };
  const ids = [...new Set(members.map((m) => m.userId))];
  return {
    tenderId: id(100),
    version: 7,
    leadUserId: lead,
    members: ids.map((userId) => {
      const own = members.filter((m) => m.userId === userId);
      return {
        userId,
        displayName: [...officers, committee].find((c) => c.id === userId)!.name,
        role: 'officer',
        enabled: true,
        lead: userId === lead,
        capacities: own.map((m) => ({
          capacity: m.capacity as 'officer',
          deputyFor: null,
          addedBy: person,
          addedAt: '2027-01-11T09:00:00.000Z',
          declaredAt: m.declared === false ? null : '2027-01-11T09:00:00.000Z',
          declarationVersion: m.declared === false ? null : '2026-12-vgv6-1',
        })),
        declared: own.every((m) => m.declared !== false),
      };
    }),
    findings: [],
    declarationText: {
      version: '2026-12-vgv6-1',
      text: { de: 'Erklärung', en: 'Declaration' },
      source: '§ 6 VgV',
    },
  };
}

function world(overrides: Partial<TenderWorld> = {}): TenderWorld {
  return {
    // A Monday: the notice dispatched today leaves 35 days to Mon 15 Feb 2027 (§ 15 (2) VgV).
    today: '2027-01-11',
    userId: lead,
    tender: tender(),
    scheme,
    templates: [],
    colleagues: [...officers, committee],
    team: team([{ userId: lead, capacity: 'officer' }]),
    ...overrides,
  };
}

/** Drives turns the way the service does: advance, then settle in the (unchanged) world. */
function drive(w: TenderWorld, language: 'de' | 'en', state: DialogueState = initialState(path)) {
  let current = state;
  const turn = (input: ConversationInput) => {
    const result = advance(path, current, input, w, language);
    current = settle(path, result.state, w, language);
    return result;
  };
  return {
    turn,
    get state() {
      return current;
    },
    view: () => present(path, current, w, language),
  };
}

const at = (stepId: string): DialogueState => ({
  ...initialState(path),
  stepId,
  done: path.steps
    .slice(
      0,
      path.steps.findIndex((s) => s.id === stepId),
    )
    .map((s) => s.id),
});

describe('deadlines and opening team', () => {
  it('refuses a too-short deadline, offers the earliest, and proposes deadlines with the opening team (German)', () => {
    const d = drive(world(), 'de');
    const first = d.view();
    expect(first.message.text.de).toContain('Mindestfrist: 35 Tage');
    expect(first.message.text.de).toContain('mit Ablauf des 15.02.2027');
    const earliest = first.prompt.quickReplies[0]!;
    expect(earliest.label.de).toBe('Frühestens: 16.02.2027, 12:00 Uhr');
    expect(earliest.input).toEqual({ intent: 'answer', date: '2027-02-16', time: '12:00' });

    const refused = d.turn({ intent: 'answer', date: '2027-02-12', time: '12:00' });
    expect(refused.messages[0]!.kind).toBe('reprompt');
    expect(refused.messages[0]!.text.de).toContain('zu kurz');
    expect(refused.messages[0]!.text.de).toContain('§ 15 Abs. 2 VgV');
    expect(refused.messages[0]!.text.de).toContain('16.02.2027, 12:00 Uhr');
    expect(d.view().prompt.quickReplies[0]).toEqual(earliest);

    d.turn(earliest.input);
    const validity = d.view();
    expect(validity.message.text.de).toContain('Letzter Tag für Bieterfragen');
    expect(validity.message.text.de).toContain('§ 20 Abs. 3 S. 1 Nr. 1 VgV');
    d.turn({ intent: 'answer', number: '45' });

    const openers = d.view();
    expect(openers.prompt.widget?.kind).toBe('checklist');
    const tooFew = d.turn({ intent: 'choose', choices: [id(2)] });
    expect(tooFew.messages[0]!.text.de).toContain('3 gebraucht');
    const suggestion = openers.prompt.quickReplies[0]!;
    expect(suggestion.input).toEqual({ intent: 'choose', choices: [id(1), id(2), id(3)] });
    d.turn(suggestion.input);

    expect(d.view().message.text.de).toContain('Wer vertritt Erika Muster');
    const self = d.turn({ intent: 'choose', choice: id(2) });
    expect(self.messages[0]!.kind).toBe('reprompt');
    d.turn({ intent: 'choose', choice: id(4) });
    d.turn({ intent: 'choose', choices: [id(5)] });
    const proposed = d.turn({ intent: 'choose', choice: 'none' });
    expect(proposed.messages[0]!.kind).toBe('proposal');
    expect(proposed.messages[0]!.text.de).toContain('Noch ohne Vertretung: Ben Schulz');
    expect(d.state.pending?.actions).toEqual([
      {
        kind: 'updateDeadlines',
        input: {
          submissionDeadline: '2027-02-16T12:00',
          bidValidityDays: 45,
          periodReductions: [],
        },
      },
      { kind: 'addTeamMember', input: { userId: id(1), capacity: 'openingOfficer' } },
      { kind: 'addTeamMember', input: { userId: id(2), capacity: 'openingOfficer' } },
      { kind: 'addTeamMember', input: { userId: id(3), capacity: 'openingOfficer' } },
      {
        kind: 'addTeamMember',
        input: { userId: id(4), capacity: 'openingDeputy', deputyFor: id(1) },
      },
      {
        kind: 'addTeamMember',
        input: { userId: id(5), capacity: 'openingDeputy', deputyFor: id(2) },
      },
    ]);
    const confirmed = d.turn({ intent: 'confirm' });
    expect(confirmed.actions).toHaveLength(6);
    expect(d.state.stepId).toBe('panel');
  });

  it('asks for the time when only a date is given, and re-prompts what it cannot read (English)', () => {
    const d = drive(world(), 'en');
    const unread = d.turn({ intent: 'answer', text: 'soon' });
    expect(unread.messages[0]!.kind).toBe('reprompt');
    expect(unread.messages[0]!.text.en).toContain('For example');
    d.turn({ intent: 'answer', date: '2027-03-31' });
    expect(d.view().message.text.en).toContain('At what time does the period end on 2027-03-31?');
    d.turn({ intent: 'answer', time: '10:00' });
    d.turn({ intent: 'confirm' });
    const held = world().team!;
    expect(held.members).toHaveLength(1);
    const tooFew = d.turn({ intent: 'choose', choice: id(2) });
    expect(tooFew.messages[0]!.text.en).toContain('3 are needed');
    const admin = d.turn({ intent: 'choose', choices: [id(2), id(3), id(8)] });
    expect(admin.messages[0]!.text.en).toContain('Only procurement officers');
    d.turn({ intent: 'choose', choices: [id(2), id(3), id(4)] });
    d.turn({ intent: 'choose', choice: id(5) });
    d.turn({ intent: 'choose', choice: id(6) });
    d.turn({ intent: 'choose', choice: id(7) });
    expect(d.state.pending?.actions[0]).toMatchObject({
      kind: 'updateDeadlines',
      input: { submissionDeadline: '2027-03-31T10:00', bidValidityDays: 60 },
    });
    // Answers due six days before (Wed 24 Mar), two working days to answer: Mon 22 Mar.
    expect(d.view().prompt.proposal?.changes[1]!.value.en).toBe('2027-03-22');
  });

  it('refuses a day before the earliest even without a time', () => {
    const d = drive(world(), 'de');
    const refused = d.turn({ intent: 'answer', date: '2027-02-01' });
    expect(refused.messages[0]!.kind).toBe('reprompt');
    expect(refused.messages[0]!.text.de).toContain('zu kurz');
  });

  it('takes any later deadline where no minimum period is modelled, and says so', () => {
    const negotiated = tender({ procedureTypeId: 'vgv.negotiated-with-competition' });
    const d = drive(world({ tender: negotiated }), 'en');
    const view = d.view();
    expect(view.message.text.en).toContain('No minimum period is modelled');
    expect(view.prompt.quickReplies[0]!.label.en).toMatch(/^In 6 weeks/);
    const past = d.turn({ intent: 'answer', date: '2027-01-11', time: '12:00' });
    expect(past.messages[0]!.text.en).toContain('after today');
    d.turn({ intent: 'answer', date: '2027-01-20', time: '12:00' });
    expect(d.view().message.text.en).toContain('bid validity period');
  });

  it('keeps opening officers already on the team and asks only for the missing', () => {
    const w = world({
      team: team([
        { userId: lead, capacity: 'officer' },
        { userId: id(2), capacity: 'openingOfficer' },
        { userId: id(3), capacity: 'openingOfficer' },
        { userId: id(4), capacity: 'openingOfficer' },
      ]),
    });
    const d = drive(w, 'en');
    d.turn({ intent: 'answer', date: '2027-03-31', time: '12:00' });
    d.turn({ intent: 'answer', number: '60' });
    expect(d.view().message.text.en).toContain(
      'Named already: Anna Meier, Ben Schulz and Cem Yilmaz',
    );
    d.turn({ intent: 'choose', choice: 'none' });
    d.turn({ intent: 'choose', choice: id(5) });
    d.turn({ intent: 'choose', choice: id(6) });
    d.turn({ intent: 'choose', choice: id(7) });
    const kinds = d.state.pending!.actions.map((a) =>
      a.kind === 'addTeamMember' ? a.input.capacity : a.kind,
    );
    expect(kinds).toEqual(['updateDeadlines', 'openingDeputy', 'openingDeputy', 'openingDeputy']);
  });
});

describe('evaluation panel', () => {
  it('needs two evaluators, records the consensus rule and saves a changed threshold (English)', () => {
    const d = drive(world(), 'en', at('panel'));
    expect(d.view().message.text.en).toContain('Step 2 of 3: Evaluation panel');
    // Only the lead is an officer on the team: a second one is named to approve (four eyes).
    expect(d.view().message.text.en).toContain('Who approves the publication?');
    expect(d.turn({ intent: 'choose', choice: id(1) }).messages[0]!.text.en).toContain(
      'exactly one officer from the list',
    );
    d.turn({ intent: 'choose', choice: id(7) });
    const one = d.turn({ intent: 'choose', choice: id(2) });
    expect(one.messages[0]!.text.en).toContain('at least 2 evaluators');
    d.turn({ intent: 'choose', choices: [id(2), id(8)] });
    const reviewers = d.view();
    expect(reviewers.prompt.quickReplies.map((r) => r.input)).toContainEqual({
      intent: 'choose',
      choice: 'none',
    });
    expect(reviewers.prompt.quickReplies.map((r) => r.input)).not.toContainEqual({
      intent: 'choose',
      choice: id(8),
    });
    d.turn({ intent: 'choose', choice: 'none' });
    expect(d.view().message.text.en).toContain('more than 2 scale points apart are flagged');
    const wrong = d.turn({ intent: 'answer', number: '12' });
    expect(wrong.messages[0]!.text.en).toContain('1 to 10');
    d.turn({ intent: 'answer', number: '3' });
    const pending = d.state.pending!;
    expect(pending.actions.slice(0, 3)).toEqual([
      { kind: 'addTeamMember', input: { userId: id(7), capacity: 'officer' } },
      { kind: 'addTeamMember', input: { userId: id(2), capacity: 'evaluator' } },
      { kind: 'addTeamMember', input: { userId: id(8), capacity: 'evaluator' } },
    ]);
    expect(pending.actions[3]).toMatchObject({
      kind: 'saveLotScheme',
      lotNumber: 1,
      source: { kind: 'edited', scheme: { divergenceThreshold: 3, id: 'lot-1' } },
    });
    expect(pending.summary.en).toContain('I cannot declare for anyone');
    d.turn({ intent: 'confirm' });
    expect(d.state.answers.panel).toMatchObject({ divergenceThreshold: 3 });
    expect(d.state.stepId).toBe('review');
  });

  it('keeps the threshold on "yes" and goes back to the deadlines (German)', () => {
    const withApprover = world({
      team: team([
        { userId: lead, capacity: 'officer' },
        { userId: id(6), capacity: 'officer' },
      ]),
    });
    const d = drive(withApprover, 'de', at('panel'));
    d.turn({ intent: 'choose', choices: [id(4), id(5)] });
    d.turn({ intent: 'choose', choices: [id(8)] });
    d.turn({ intent: 'confirm' });
    const actions = d.state.pending!.actions;
    expect(actions.map((a) => a.kind)).toEqual(['addTeamMember', 'addTeamMember', 'addTeamMember']);
    expect(d.view().prompt.proposal!.changes[2]!.value.de).toContain('mehr als 2 Skalenpunkte');
    d.turn({ intent: 'decline' });
    expect(d.state.pending).toBeNull();
    d.turn({ intent: 'back' });
    expect(d.state.stepId).toBe('deadlines');
  });
});

describe('review', () => {
  const blocking = tender({
    readiness: [
      {
        id: 'submissionDeadlineMissing',
        pointer: '/submissionDeadline',
        message: { de: 'Die Angebotsfrist fehlt.', en: 'The submission deadline is missing.' },
        sources: ['§ 15 VgV'],
      },
      {
        id: 'lotSchemeInvalid',
        pointer: '/lots/0/scheme',
        message: { de: 'Das Schema von Los 1 verletzt 1 Regel.', en: 'Lot 1 breaks 1 rule.' },
        sources: ['§ 127 Abs. 5 GWB'],
      },
      {
        id: 'openingDeputyMissing',
        pointer: '/team',
        message: {
          de: `Ein Mitglied für die Öffnung hat keine Vertretung (${id(3)}).`,
          en: `An opening officer has no deputy (${id(3)}).`,
        },
        sources: ['§ 55 Abs. 2 VgV'],
      },
      {
        id: 'declarationMissing',
        pointer: '/team',
        message: { de: 'Erklärung fehlt.', en: 'Declaration missing.' },
        sources: ['§ 6 VgV'],
      },
    ],
  });
  const undeclaredTeam = team([
    { userId: lead, capacity: 'officer' },
    { userId: id(2), capacity: 'evaluator', declared: false },
  ]);

  it('lists what blocks with where to fix it, and does not hand over (German)', () => {
    const d = drive(world({ tender: blocking, team: undeclaredTeam }), 'de', at('review'));
    const view = d.view();
    expect(view.message.text.de).toContain(
      'Die Angebotsfrist fehlt. [§ 15 VgV] (Reiter „Fristen“: /tenders/' + id(100) + '/deadlines)',
    );
    expect(view.message.text.de).toContain(`/tenders/${id(100)}/scheme`);
    expect(view.message.text.de).toContain('Anna Meier (Bewertung)');
    expect(view.message.text.de).toContain(
      `keine Vertretung (Ben Schulz). [§ 55 Abs. 2 VgV] (Reiter „Team“: /tenders/${id(100)}/team)`,
    );
    expect(view.message.text.de).toContain('Qualität 60 %; Preis 40 %');
    expect(view.prompt.widget).toEqual({ kind: 'schemePreview' });
    expect(view.prompt.quickReplies[0]!.label.de).toBe('Erneut prüfen');
    const hand = d.turn({ intent: 'choose', choice: 'handOver' });
    expect(hand.messages[0]!.text.de).toContain('fehlen noch 4 Punkte');
    expect(d.state.pending).toBeNull();
    const yes = d.turn({ intent: 'confirm' });
    expect(yes.actions).toEqual([]);
    expect(d.state.pending).toBeNull();
    const unclear = d.turn({ intent: 'answer', text: 'vielleicht' });
    expect(unclear.messages[0]!.kind).toBe('reprompt');
  });

  it('re-checks and hands over once nothing blocks (English)', () => {
    const d = drive(world({ tender: blocking }), 'en', at('review'));
    d.turn({ intent: 'choose', choice: 'recheck' });
    // The officer fixed everything on the tabs; the world is read fresh on the next turn.
    const ready = world();
    const result = advance(path, d.state, { intent: 'choose', choice: 'recheck' }, ready, 'en');
    expect(result.messages[0]!.text.en).toBe('Checked: nothing is missing.');
    const view = present(path, result.state, ready, 'en');
    expect(view.message.text.en).toContain('Nothing is missing. Shall I hand the draft over');
    expect(view.prompt.quickReplies[0]!.input).toEqual({ intent: 'choose', choice: 'handOver' });
    const proposed = advance(
      path,
      result.state,
      { intent: 'choose', choice: 'handOver' },
      ready,
      'en',
    );
    expect(proposed.state.pending?.actions).toEqual([{ kind: 'requestPublication' }]);
    const done = advance(path, proposed.state, { intent: 'confirm' }, ready, 'en');
    expect(done.actions).toEqual([{ kind: 'requestPublication' }]);
    expect(settle(path, done.state, ready, 'en').stepId).toBeNull();
  });

  it('does not propose a hand-over the caller may not make', () => {
    const w = world({
      tender: tender({ actions: { ...tender().actions, requestPublication: false } }),
    });
    const d = drive(w, 'en', at('review'));
    expect(d.view().message.text.en).toContain('you may not ask');
    d.turn({ intent: 'choose', choice: 'handOver' });
    expect(d.state.pending).toBeNull();
  });
});
