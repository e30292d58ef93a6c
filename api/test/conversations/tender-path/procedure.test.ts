import type {
  ConversationInput,
  ProcedureType,
  RecommendationRule,
  TenderResponse,
  ThresholdRow,
  UpdateTenderInput,
} from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import {
  advance,
  initialState,
  settle,
} from '../../../src/domain/conversations/dialogue/advance.ts';
import { present } from '../../../src/domain/conversations/dialogue/present.ts';
import type {
  ConversationAction,
  DialogueState,
  PathDefinition,
} from '../../../src/domain/conversations/dialogue/types.ts';
import { procedureSteps } from '../../../src/domain/conversations/tender-path/steps/procedure-steps.ts';
import type { TenderWorld } from '../../../src/domain/conversations/tender-path/world.ts';

const path: PathDefinition<TenderWorld> = {
  path: 'tender',
  steps: procedureSteps,
  greeting: { de: 'Hallo.', en: 'Hello.' },
  done: { de: 'Fertig.', en: 'Done.' },
};

const source = {
  name: 'Commission Delegated Regulation (EU) 2025/2152',
  url: 'https://eur-lex.europa.eu/',
};
const thresholdRow = (
  id: string,
  regime: ThresholdRow['regime'],
  authorityKinds: ThresholdRow['authorityKinds'],
  amount: string,
): ThresholdRow => ({
  id,
  regime,
  authorityKinds,
  contractKind: 'suppliesServices',
  amount,
  currency: 'EUR',
  validFrom: '2026-01-01',
  validUntil: '2027-12-31',
  sources: [source],
  verified: false,
});

const reference = (paragraph: string) => ({
  paragraph,
  url: 'https://www.gesetze-im-internet.de/',
});
const procedureType = (
  id: string,
  regime: ProcedureType['regime'],
  name: { de: string; en: string },
  choice: ProcedureType['choice'],
  paragraph: string,
): ProcedureType => ({
  id,
  regime,
  name,
  references: [reference(paragraph)],
  choice,
  choiceReferences: [reference(paragraph)],
  stages: [
    { id: 'preparation', references: [reference('§ 3 VgV')] },
    { id: 'documentation', references: [reference('§ 8 VgV')] },
  ],
  verified: false,
});

const rule = (
  id: string,
  obligation: RecommendationRule['obligation'],
  when: RecommendationRule['when'],
): { rule: RecommendationRule; file: { id: string; version: string } } => ({
  rule: {
    id,
    title: { de: `Regel ${id}`, en: `Rule ${id}` },
    sources: [{ name: `Quelle ${id}`, url: 'https://example.org/' }],
    verified: false,
    when,
    obligation,
    reason: { de: `Grund ${id}.`, en: `Reason ${id}.` },
    criteria: [{ entryId: `entry.${id}`, legalType: 'minimum' }],
    minimumLevels: [],
    relatedEntryIds: [],
  },
  file: { id: 'recommendations', version: '1.0.0' },
});

function world(): TenderWorld {
  return {
    today: '2026-12-06',
    userId: 'user-1',
    tender: null,
    scheme: null,
    colleagues: [],
    templates: [
      {
        id: 'state-collaboration-suite',
        version: '2.0.0',
        title: {
          de: 'Kollaborations- und Office-Suite für eine Landesverwaltung (4.000 Arbeitsplätze)',
          en: 'Collaboration and office suite for a state administration (4,000 workplaces)',
        },
        useCase: {
          de: 'Eine Landesverwaltung ersetzt ihre Bürosoftware.',
          en: 'A state administration replaces its office software.',
        },
        regime: 'VgV',
        preliminaryChecks: [
          {
            id: 'in-house-or-cooperation',
            question: {
              de: 'Gibt es einen Inhouse-Partner?',
              en: 'Is there an in-house provider?',
            },
            guidance: { de: 'Vergabefrei nach § 108 GWB.', en: 'Exempt under § 108 GWB.' },
          },
        ],
        lots: {
          kind: 'single',
          reason: {
            de: 'Software und Betrieb sind technisch eine Leistung.',
            en: 'Software and operation are technically one service.',
          },
        },
      },
      {
        id: 'gpu-compute-ai-research',
        version: '2.0.0',
        title: { de: 'GPU-Rechenleistung für KI-Forschung', en: 'GPU compute for AI research' },
        useCase: {
          de: 'Ein Forschungsinstitut beschafft GPU-Stunden.',
          en: 'A research institute buys GPU hours.',
        },
        regime: 'VgV',
      },
    ],
    thresholds: {
      id: 'eu-thresholds',
      version: '1.0.0',
      rows: [
        thresholdRow('vgv.other', 'VgV', ['otherPublicAuthority'], '216000'),
        thresholdRow('vgv.federal', 'VgV', ['federalUpperAuthority'], '140000'),
        thresholdRow('sektvo', 'SektVO', ['sectorEntity'], '432000'),
      ],
    },
    procedureTypes: {
      id: 'procedure-types',
      version: '1.0.0',
      types: [
        procedureType(
          'vgv.open',
          'VgV',
          { de: 'Offenes Verfahren', en: 'Open procedure' },
          'free',
          '§ 14 Abs. 2 VgV',
        ),
        procedureType(
          'vgv.restricted',
          'VgV',
          { de: 'Nicht offenes Verfahren', en: 'Restricted procedure' },
          'free',
          '§ 14 Abs. 2 VgV',
        ),
        procedureType(
          'vgv.negotiated-with-call',
          'VgV',
          {
            de: 'Verhandlungsverfahren mit Teilnahmewettbewerb',
            en: 'Negotiated procedure with a call for competition',
          },
          'justified',
          '§ 14 Abs. 3 VgV',
        ),
        procedureType(
          'sektvo.open',
          'SektVO',
          { de: 'Offenes Verfahren', en: 'Open procedure' },
          'free',
          '§ 13 Abs. 1 SektVO',
        ),
        procedureType(
          'uvgo.public-tender',
          'UVgO',
          { de: 'Öffentliche Ausschreibung', en: 'Public tender' },
          'free',
          '§ 8 Abs. 2 UVgO',
        ),
        procedureType(
          'uvgo.direct-award',
          'UVgO',
          { de: 'Direktauftrag', en: 'Direct award' },
          'justified',
          '§ 14 UVgO',
        ),
      ],
    },
    recommendationRules: [
      rule('personal-data', 'duty', { fact: 'dataClasses', includes: 'personal' }),
      rule('ai-workloads', 'advice', { fact: 'aiWorkloads', equals: true }),
      rule('sanctions', 'duty', { fact: 'aboveEuThreshold', equals: true }),
    ],
    entryTitle: (id) => ({ de: `Eintrag ${id}`, en: `Entry ${id}` }),
  };
}

/** Runs confirmed actions as the service layer would, on a tender kept in the world. */
function apply(world: TenderWorld, actions: ConversationAction[]): TenderWorld {
  let tender = world.tender;
  for (const action of actions) {
    if (action.kind === 'createTender') {
      const input = action.input;
      tender = {
        id: 'tender-1',
        reference: input.reference,
        title: input.title,
        description: input.description,
        cpvCodes: input.cpvCodes,
        regime: input.regime,
        procedureType: { id: input.procedureType },
        procedureGround: input.procedureGround ?? null,
        land: input.land,
        authorityKind: input.authorityKind,
        contractKind: input.contractKind,
        value: { estimatedValue: null, estimatedOn: null, contractValue: null, threshold: null },
        lots: [{ number: 1, title: input.title, description: '', hasScheme: false }],
        noLotsReasons: null,
      } as unknown as TenderResponse;
    } else if (action.kind === 'updateTender') {
      if (tender === null) throw new Error('update before create');
      const input: Omit<UpdateTenderInput, 'version'> = action.input;
      tender = {
        ...tender,
        ...(input.title !== undefined && { title: input.title }),
        ...(input.regime !== undefined && { regime: input.regime }),
        ...(input.procedureType !== undefined && {
          procedureType: { ...tender.procedureType, id: input.procedureType },
        }),
        ...(input.procedureGround !== undefined && { procedureGround: input.procedureGround }),
        ...(input.noLotsReasons !== undefined && { noLotsReasons: input.noLotsReasons }),
        ...(input.estimatedValue !== undefined && {
          value: { ...tender.value, estimatedValue: input.estimatedValue },
        }),
      };
    }
  }
  return { ...world, tender };
}

/** A conversation as the service runs it: advance, apply what was confirmed, settle. */
class Dialogue {
  state: DialogueState = initialState(path);
  last: ReturnType<typeof advance> | undefined;
  applied: ConversationAction[][] = [];
  world: TenderWorld;
  readonly language: 'de' | 'en';

  constructor(world: TenderWorld, language: 'de' | 'en') {
    this.world = world;
    this.language = language;
  }

  say(input: ConversationInput) {
    const result = advance(path, this.state, input, this.world, this.language);
    if (result.actions.length > 0) {
      this.applied.push(result.actions);
      this.world = apply(this.world, result.actions);
    }
    this.state = settle(path, result.state, this.world, this.language);
    this.last = result;
    return result;
  }

  get step() {
    return this.state.stepId;
  }

  get pending() {
    return this.state.pending;
  }

  question() {
    return present(path, this.state, this.world, this.language);
  }
}

const text = (value: string): ConversationInput => ({ intent: 'answer', text: value });
const choose = (choice: string): ConversationInput => ({ intent: 'choose', choice });
const yes: ConversationInput = { intent: 'confirm' };
const no: ConversationInput = { intent: 'decline' };

/** Drives step 1 to its confirmation with the given need, Land and authority. */
function needAnswered(dialogue: Dialogue, need: string, land = 'DE-BE', kind?: string) {
  dialogue.say(text(need));
  dialogue.say(choose('state-collaboration-suite'));
  dialogue.say(choose('72000000-5'));
  dialogue.say(choose(land));
  dialogue.say(kind === undefined ? yes : choose(kind));
  expect(dialogue.pending?.stepId).toBe('need');
  dialogue.say(yes);
}

function valueAnswered(dialogue: Dialogue, amount: string) {
  dialogue.say({ intent: 'answer', amount, duration: { years: 4, months: 0 } });
  expect(dialogue.pending?.stepId).toBe('value');
  const actions = dialogue.pending!.actions;
  dialogue.say(yes);
  return actions;
}

describe('the procedure steps of the tender path', () => {
  it('takes a German officer from the need to the protection needs', () => {
    const dialogue = new Dialogue(world(), 'de');
    expect(dialogue.step).toBe('need');

    dialogue.say(text('Kollaborationsplattform für 4.000 Arbeitsplätze einer Landesverwaltung'));
    const templates = dialogue.question();
    expect(templates.prompt.quickReplies[0]!.input).toEqual(choose('state-collaboration-suite'));
    expect(templates.prompt.quickReplies[0]!.label.de).toContain('(Vorschlag)');
    expect(templates.prompt.quickReplies.map((reply) => reply.input.choice)).toContain(
      'noTemplate',
    );
    dialogue.say(yes);
    dialogue.say(text('Hauptcode 48000000-8, dazu 72000000-5'));
    expect(dialogue.question().prompt.quickReplies).toHaveLength(16 + 1);
    dialogue.say(choose('DE-BE'));
    const authority = dialogue.question();
    expect(authority.message.text.de).toContain('„Anderer öffentlicher Auftraggeber“ vor');
    dialogue.say(yes);
    expect(dialogue.pending?.actions).toEqual([]);
    expect(dialogue.pending?.changes.map((change) => change.value.de)).toEqual(
      expect.arrayContaining([
        '48000000-8, 72000000-5',
        'Berlin',
        'Anderer öffentlicher Auftraggeber',
      ]),
    );
    dialogue.say(yes);

    expect(dialogue.step).toBe('value');
    const actions = valueAnswered(dialogue, '1200000');
    expect(actions.map((action) => action.kind)).toEqual([
      'createTender',
      'updateTender',
      'saveLotScheme',
    ]);
    const create = actions[0] as Extract<ConversationAction, { kind: 'createTender' }>;
    expect(create.input).toMatchObject({
      title: 'Kollaborationsplattform für 4.000 Arbeitsplätze einer Landesverwaltung',
      cpvCodes: ['48000000-8', '72000000-5'],
      regime: 'VgV',
      procedureType: 'vgv.open',
      land: 'DE-BE',
      authorityKind: 'otherPublicAuthority',
      contractKind: 'suppliesServices',
    });
    expect(create.input.reference).toMatch(/^TW-2026-[0-9A-F]{6}$/);
    expect(actions[1]).toEqual({
      kind: 'updateTender',
      input: {
        estimatedValue: {
          contractKind: 'suppliesServices',
          lots: [
            {
              id: 'lot-1',
              basis: { kind: 'totalPrice', amount: '1200000' },
              additions: [],
              paymentsToParticipants: '0',
              suppliedByAuthority: '0',
            },
          ],
          smallLotIds: [],
        },
        estimatedOn: '2026-12-06',
      },
    });
    expect(actions[2]).toEqual({
      kind: 'saveLotScheme',
      lotNumber: 1,
      source: { kind: 'template', templateId: 'state-collaboration-suite' },
    });
    expect(dialogue.world.tender?.regime).toBe('VgV');

    expect(dialogue.step).toBe('inHouse');
    expect(dialogue.question().message.text.de).toContain('§ 108 GWB');
    dialogue.say(no);
    dialogue.say(choose('optionsReview'));
    expect(dialogue.pending?.summary.de).toContain('/reviews');
    expect(dialogue.pending?.actions).toEqual([]);
    dialogue.say(yes);

    expect(dialogue.step).toBe('lots');
    dialogue.say(choose('templateReason'));
    expect(dialogue.pending?.actions).toEqual([
      {
        kind: 'updateTender',
        input: { noLotsReasons: 'Software und Betrieb sind technisch eine Leistung.' },
      },
    ]);
    dialogue.say(yes);

    expect(dialogue.step).toBe('procedure');
    const procedures = dialogue.question();
    expect(procedures.prompt.quickReplies[0]!.input.choice).toBe('vgv.open');
    dialogue.say(choose('vgv.negotiated-with-call'));
    expect(dialogue.pending).toBeNull();
    expect(dialogue.question().message.text.de).toContain('§ 14 Abs. 3 VgV');
    dialogue.say(
      text('Der Auftrag umfasst konzeptionelle Lösungen, die Bieter entwickeln die Architektur.'),
    );
    expect(dialogue.pending?.actions).toEqual([
      {
        kind: 'updateTender',
        input: {
          procedureType: 'vgv.negotiated-with-call',
          procedureGround:
            'Der Auftrag umfasst konzeptionelle Lösungen, die Bieter entwickeln die Architektur.',
        },
      },
    ]);
    dialogue.say(yes);

    expect(dialogue.step).toBe('protection');
    expect(dialogue.question().prompt.widget?.kind).toBe('checklist');
    dialogue.say({ intent: 'choose', choices: ['personal', 'ai'] });
    dialogue.say(choose('saas'));
    expect(dialogue.pending?.actions).toEqual([]);
    expect(dialogue.pending?.answer).toMatchObject({
      needs: ['personal', 'ai'],
      recommendationIds: ['personal-data', 'ai-workloads', 'sanctions'],
      duties: ['personal-data', 'sanctions'],
      advice: ['ai-workloads'],
    });
    const labels = dialogue.pending!.changes.map((change) => change.label.de);
    expect(labels).toContain('Pflicht: Regel personal-data');
    expect(labels).toContain('Empfehlung: Regel ai-workloads');
    expect(dialogue.pending!.changes.at(-1)!.value.de).toContain('Quellen: Quelle ai-workloads');
    dialogue.say(yes);
    expect(dialogue.step).toBeNull();
    expect(dialogue.applied.map((actions) => actions[0]!.kind)).toEqual([
      'createTender',
      'updateTender',
      'updateTender',
    ]);
  });

  it('takes an English officer through the steps below the threshold, with the UVgO', () => {
    const dialogue = new Dialogue(world(), 'en');
    dialogue.say(text('GPU compute for AI research, 64 GPUs'));
    expect(dialogue.question().prompt.quickReplies[0]!.input.choice).toBe(
      'gpu-compute-ai-research',
    );
    dialogue.say(choose('noTemplate'));
    dialogue.say(text('30200000-1'));
    dialogue.say(text('NRW'));
    dialogue.say(choose('otherPublicAuthority'));
    expect(dialogue.pending?.changes.find((change) => change.label.en === 'Land')?.value.en).toBe(
      'North Rhine-Westphalia',
    );
    dialogue.say(yes);

    dialogue.say({ intent: 'answer', amount: '150000' });
    expect(dialogue.question().prompt.quickReplies.map((reply) => reply.label.en)).toContain(
      '4 years',
    );
    dialogue.say({ intent: 'answer', duration: { years: 2, months: 0 } });
    expect(dialogue.pending?.summary.en).toContain('is below the threshold of €216,000.00');
    expect(dialogue.pending?.summary.en).toContain('Regime: UVgO');
    const actions = dialogue.pending!.actions;
    expect(actions.map((action) => action.kind)).toEqual(['createTender', 'updateTender']);
    expect(actions[0]).toMatchObject({
      input: { regime: 'UVgO', procedureType: 'uvgo.public-tender', land: 'DE-NW' },
    });
    dialogue.say(yes);

    dialogue.say(choose('framework'));
    expect(dialogue.question().message.text.en).toContain('§ 21 (2) VgV');
    dialogue.say(no);
    expect(dialogue.last?.messages[0]).toMatchObject({ kind: 'reprompt' });
    expect(dialogue.last?.messages[0]?.text.en).toContain('no tender is needed');
    dialogue.say(yes);
    dialogue.say(yes);
    expect(dialogue.pending?.answer).toMatchObject({
      provider: 'framework',
      marketSounding: 'done',
    });
    dialogue.say(yes);

    dialogue.say({ intent: 'answer', count: { value: 3, unit: 'lots' } });
    expect(dialogue.pending?.summary.en).toContain('/tenders/tender-1/lots');
    expect(dialogue.pending?.actions).toEqual([]);
    dialogue.say(yes);

    expect(dialogue.question().prompt.quickReplies[0]!.input.choice).toBe('uvgo.public-tender');
    dialogue.say(yes);
    expect(dialogue.pending?.actions).toEqual([]);
    dialogue.say(yes);

    dialogue.say(no);
    dialogue.say(text('IaaS'));
    expect(dialogue.pending?.answer).toMatchObject({ needs: [], recommendationIds: [] });
    dialogue.say(yes);
    expect(dialogue.step).toBeNull();
  });

  it('changes the value of the existing tender when the officer goes back, instead of creating another', () => {
    const dialogue = new Dialogue(world(), 'de');
    needAnswered(dialogue, 'Kollaborationsplattform für eine Landesverwaltung');
    valueAnswered(dialogue, '1200000');
    expect(dialogue.step).toBe('inHouse');

    dialogue.say({ intent: 'back' });
    expect(dialogue.step).toBe('value');
    dialogue.say({ intent: 'answer', amount: '100000', duration: { years: 2, months: 0 } });
    expect(dialogue.pending?.actions).toEqual([
      {
        kind: 'updateTender',
        input: {
          estimatedValue: expect.objectContaining({
            lots: [expect.objectContaining({ basis: { kind: 'totalPrice', amount: '100000' } })],
          }),
          estimatedOn: '2026-12-06',
          regime: 'UVgO',
          procedureType: 'uvgo.public-tender',
          procedureGround: null,
        },
      },
    ]);
    dialogue.say(yes);
    expect(dialogue.world.tender?.regime).toBe('UVgO');
    expect(dialogue.step).toBe('inHouse');

    dialogue.say({ intent: 'back' });
    dialogue.say({ intent: 'answer', amount: '100000', duration: { years: 3, months: 0 } });
    expect(dialogue.pending?.actions).toEqual([]);
    expect(dialogue.pending?.summary.de).toContain('Am Entwurf ändert sich nichts.');
  });

  it('changes only what differs on the existing tender when step 1 is answered again', () => {
    const dialogue = new Dialogue(world(), 'en');
    needAnswered(dialogue, 'Kollaborationsplattform für eine Landesverwaltung');
    valueAnswered(dialogue, '300000');
    dialogue.say({ intent: 'back' });
    dialogue.say({ intent: 'back' });
    expect(dialogue.step).toBe('need');
    dialogue.say(text('Kollaborationsplattform für eine Landesverwaltung'));
    dialogue.say(choose('state-collaboration-suite'));
    dialogue.say(choose('72000000-5'));
    dialogue.say(choose('DE-HH'));
    dialogue.say(yes);
    expect(dialogue.pending?.actions).toEqual([{ kind: 'updateTender', input: { land: 'DE-HH' } }]);
  });

  it.each([
    ['215999.99', 'UVgO', 'uvgo.public-tender', 'liegt unter dem'],
    ['216000', 'VgV', 'vgv.open', 'erreicht oder überschreitet'],
  ])('classifies %s € against the threshold of 216,000 € as %s', (amount, regime, type, phrase) => {
    const dialogue = new Dialogue(world(), 'de');
    needAnswered(dialogue, 'Kollaborationsplattform für eine Landesverwaltung');
    dialogue.say({ intent: 'answer', amount, duration: { years: 4, months: 0 } });
    expect(dialogue.pending?.summary.de).toContain(phrase);
    expect(dialogue.pending?.summary.de).toContain('216.000,00 €');
    expect(dialogue.pending?.actions[0]).toMatchObject({ input: { regime, procedureType: type } });
  });

  it('uses the SektVO threshold for a sector entity', () => {
    const dialogue = new Dialogue(world(), 'en');
    needAnswered(dialogue, 'Cloud platform for the Stadtwerke', 'DE-BY');
    expect(dialogue.world.tender).toBeNull();
    dialogue.say({ intent: 'answer', amount: '400000', duration: { years: 5, months: 0 } });
    // 400,000 € reaches the VgV threshold but stays below the SektVO one.
    expect(dialogue.pending?.actions[0]).toMatchObject({
      input: { authorityKind: 'sectorEntity', regime: 'UVgO' },
    });
  });

  describe('asks again, never guessing, when an answer makes no sense', () => {
    const nonsense: [string, (dialogue: Dialogue) => void, ConversationInput][] = [
      ['need', () => undefined, text('x7')],
      [
        'need: template',
        (d) => d.say(text('Kollaborationsplattform für eine Landesverwaltung')),
        { intent: 'unknown' },
      ],
      [
        'need: CPV code',
        (d) => {
          d.say(text('Kollaborationsplattform für eine Landesverwaltung'));
          d.say(yes);
        },
        text('irgendwas'),
      ],
      [
        'need: Land',
        (d) => {
          d.say(text('Kollaborationsplattform für eine Landesverwaltung'));
          d.say(yes);
          d.say(choose('72000000-5'));
        },
        text('Atlantis'),
      ],
      [
        'value',
        (d) => needAnswered(d, 'Kollaborationsplattform für eine Landesverwaltung'),
        { intent: 'answer', amount: '0' },
      ],
      [
        'inHouse',
        (d) => {
          needAnswered(d, 'Kollaborationsplattform für eine Landesverwaltung');
          valueAnswered(d, '300000');
        },
        { intent: 'unknown' },
      ],
      [
        'lots',
        (d) => {
          needAnswered(d, 'Kollaborationsplattform für eine Landesverwaltung');
          valueAnswered(d, '300000');
          d.say(no);
          d.say(yes);
          d.say(yes);
        },
        text('egal'),
      ],
      [
        'procedure',
        (d) => {
          needAnswered(d, 'Kollaborationsplattform für eine Landesverwaltung');
          valueAnswered(d, '300000');
          d.say(no);
          d.say(yes);
          d.say(yes);
          d.say({ intent: 'answer', count: { value: 2, unit: 'lots' } });
          d.say(yes);
        },
        choose('uvgo.direct-award'),
      ],
      [
        'protection',
        (d) => {
          needAnswered(d, 'Kollaborationsplattform für eine Landesverwaltung');
          valueAnswered(d, '300000');
          d.say(no);
          d.say(yes);
          d.say(yes);
          d.say({ intent: 'answer', count: { value: 2, unit: 'lots' } });
          d.say(yes);
          d.say(yes);
          d.say(yes);
        },
        choose('weather'),
      ],
    ];

    it.each(nonsense)('at %s, in German and English', (_name, reach, input) => {
      for (const language of ['de', 'en'] as const) {
        const dialogue = new Dialogue(world(), language);
        reach(dialogue);
        const before = dialogue.state;
        const result = dialogue.say(input);
        expect(result.messages).toHaveLength(1);
        expect(result.messages[0]!.kind).toBe('reprompt');
        expect(result.messages[0]!.text.de).not.toBe(result.messages[0]!.text.en);
        expect(dialogue.state).toEqual(before);
        expect(dialogue.pending).toBeNull();
      }
    });
  });

  it('reprompts for a single lot without reasons, and takes reasons as text', () => {
    const dialogue = new Dialogue(world(), 'de');
    needAnswered(dialogue, 'Kollaborationsplattform für eine Landesverwaltung');
    valueAnswered(dialogue, '300000');
    dialogue.say(no);
    dialogue.say(yes);
    dialogue.say(yes);
    expect(dialogue.step).toBe('lots');
    dialogue.say({ intent: 'answer', count: { value: 1, unit: 'lots' } });
    expect(dialogue.last?.messages[0]?.kind).toBe('reprompt');
    dialogue.say(text('Betrieb und Support sind technisch nicht trennbar.'));
    expect(dialogue.pending?.actions).toEqual([
      {
        kind: 'updateTender',
        input: { noLotsReasons: 'Betrieb und Support sind technisch nicht trennbar.' },
      },
    ]);
  });
});
