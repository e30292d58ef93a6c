import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  AssistantMessage,
  ConversationPrompt,
  EvaluationScheme,
  type ConversationInput,
  type ConversationWidget,
  type TenderResponse,
} from '@tenderwise/schema';
import { seedRoot } from '@tenderwise/seed';
import { describe, expect, it } from 'vitest';
import {
  advance,
  initialState,
  settle,
  type TurnResult,
} from '../../../src/domain/conversations/dialogue/advance.ts';
import { present } from '../../../src/domain/conversations/dialogue/present.ts';
import type {
  DialogueState,
  PathDefinition,
} from '../../../src/domain/conversations/dialogue/types.ts';
import { schemeSteps } from '../../../src/domain/conversations/tender-path/steps/scheme-steps.ts';
import type { TenderWorld } from '../../../src/domain/conversations/tender-path/world.ts';
import { validateScheme } from '../../../src/engine/scheme/validate-scheme.ts';

const schemePath: PathDefinition<TenderWorld> = {
  path: 'tender',
  steps: schemeSteps,
  greeting: { de: 'Hallo.', en: 'Hello.' },
  done: { de: 'Fertig.', en: 'Done.' },
};

function template(id: string): EvaluationScheme {
  const file = JSON.parse(readFileSync(path.join(seedRoot, 'templates', `${id}.json`), 'utf8'));
  return EvaluationScheme.parse(file.scheme);
}

/** A tender with the fields the scheme steps read. */
function tender(land: TenderResponse['land'] = 'DE-BE'): TenderResponse {
  return {
    title: 'Kollaborationsplattform',
    regime: 'VgV',
    land,
    submissionDeadline: null,
  } as Partial<TenderResponse> as TenderResponse;
}

function worldWith(scheme: EvaluationScheme | null, land?: TenderResponse['land']): TenderWorld {
  return {
    today: '2027-01-11',
    userId: 'u-1',
    tender: tender(land),
    scheme,
    templates: [],
    colleagues: [],
  };
}

function expectValid(scheme: EvaluationScheme): void {
  expect(EvaluationScheme.safeParse(scheme).success).toBe(true);
  expect(validateScheme(scheme)).toEqual([]);
}

/**
 * Drives the scheme steps like the service does: each turn through `advance`, a confirmed
 * `saveLotScheme` applied to the world, then `settle`. Every proposed scheme is checked by the
 * engine's validation.
 */
class Dialogue {
  state: DialogueState;
  last: TurnResult | undefined;
  world: TenderWorld;
  language: 'de' | 'en';
  /** What the tender was told about requests for missing documents, once it was. */
  missingDocumentRequests: string | undefined;

  constructor(world: TenderWorld, language: 'de' | 'en', stepId?: string) {
    this.world = world;
    this.language = language;
    this.state = { ...initialState(schemePath), ...(stepId === undefined ? {} : { stepId }) };
  }

  say(input: ConversationInput): TurnResult {
    const result = advance(schemePath, this.state, input, this.world, this.language);
    for (const action of result.state.pending?.actions ?? []) {
      if (action.kind === 'saveLotScheme' && action.source.kind === 'edited')
        expectValid(action.source.scheme);
    }
    for (const action of result.actions) {
      // The variants step also sets the tender's rule on missing documents (§ 56 (2) VgV).
      if (action.kind === 'updateTender') {
        expect(Object.keys(action.input)).toEqual(['missingDocumentRequests']);
        this.missingDocumentRequests = action.input.missingDocumentRequests;
        continue;
      }
      expect(action).toMatchObject({
        kind: 'saveLotScheme',
        lotNumber: 1,
        source: { kind: 'edited' },
      });
      if (action.kind === 'saveLotScheme' && action.source.kind === 'edited')
        this.world = { ...this.world, scheme: action.source.scheme };
    }
    this.state = settle(schemePath, result.state, this.world, this.language);
    for (const message of result.messages) AssistantMessage.parse(message);
    this.last = result;
    void this.shown;
    return result;
  }

  text(value: string) {
    return this.say({ intent: 'answer', text: value });
  }

  /** What the person sees now, in the shapes the API sends. */
  get shown() {
    const shown = present(schemePath, this.state, this.world, this.language);
    ConversationPrompt.parse(shown.prompt);
    AssistantMessage.parse(shown.message);
    return shown;
  }

  get pendingScheme(): EvaluationScheme {
    const action = this.state.pending?.actions[0];
    if (action?.kind !== 'saveLotScheme' || action.source.kind !== 'edited')
      throw new Error('no scheme proposed');
    return action.source.scheme;
  }

  confirm() {
    const result = this.say({ intent: 'confirm' });
    expect(result.messages[0]?.kind).toBe('applied');
    return result;
  }

  get scheme(): EvaluationScheme {
    return this.world.scheme!;
  }
}

function widgetOf<K extends ConversationWidget['kind']>(dialogue: Dialogue, kind: K) {
  const widget = dialogue.shown.prompt.widget;
  expect(widget?.kind).toBe(kind);
  return widget as Extract<ConversationWidget, { kind: K }>;
}

const messageOf = (result: TurnResult, language: 'de' | 'en') =>
  result.messages.map((message) => message.text[language]).join('\n');

const topWeights = (scheme: EvaluationScheme) =>
  Object.fromEntries(
    scheme.award.filter((node) => node.parentId === null).map((node) => [node.id, node.weightBp]),
  );

describe('the scheme steps of the tender path', () => {
  it('walks all six steps in German on the collaboration suite', () => {
    const d = new Dialogue(worldWith(template('state-collaboration-suite'), 'DE-ST'), 'de');
    expect(d.state.stepId).toBe('minimum');

    // 7: minimum requirements versus contract conditions
    const checklist = widgetOf(d, 'checklist');
    expect(checklist.items).toHaveLength(14);
    expect(d.shown.message.text.de).toContain('Ausführungsbedingungen dagegen');
    expect(d.text('ohne C5').messages[0]!.text.de).toContain('C5-Testat Typ 2');
    d.text('ODF bitte streichen');
    d.text('Gleichwertig bei Barrierefreiheit: Prüfbericht nach EN 301 549');
    // "fertig", as the parser reads it where the step offers a list
    d.say({ intent: 'choose', choices: ['done'] });
    let proposed = d.pendingScheme;
    expect(proposed.minimumRequirements.map((item) => item.id)).toEqual([
      'customer-data-eu',
      'external-identity-provider',
      'access-logs',
      'administration-from-eu',
      'accessibility',
    ]);
    expect(proposed.minimumRequirements.every((item) => item.equivalentProof !== undefined)).toBe(
      true,
    );
    expect(proposed.minimumRequirements.at(-1)!.equivalentProof!.de).toBe(
      'Prüfbericht nach EN 301 549',
    );
    expect(proposed.conditions).toHaveLength(7);
    d.confirm();
    expect(d.state.stepId).toBe('suitability');

    // 8: suitability, exclusion grounds, subcontractors
    expect(widgetOf(d, 'checklist').items.map((item) => item.id)).toEqual([
      'isms-certificate',
      'migration-references',
      'exclusion-grounds',
      'sanctions-5k',
    ]);
    expect(d.text('ohne Referenzen für Migrationen').messages[0]!.kind).toBe('info');
    expect(d.text('Keine Bietergemeinschaften zulassen').messages[0]).toMatchObject({
      kind: 'reprompt',
      text: { de: expect.stringContaining('§ 43 Abs. 2 VgV') },
    });
    expect(d.text('ohne Art. 5k').messages[0]!.text.de).toContain('gelten kraft Gesetzes');
    d.say({ intent: 'choose', choices: ['done'] });
    expect(d.shown.prompt.quickReplies.map((reply) => reply.input.choice)).toContain(
      'criticalTasksSelf',
    );
    d.text('kritische Aufgaben erbringt der Bieter selbst');
    proposed = d.pendingScheme;
    expect(proposed.suitability.map((item) => item.id)).toEqual(['isms-certificate']);
    expect(proposed.exclusionGrounds).toHaveLength(2);
    d.confirm();
    expect(d.state.answers.suitability).toMatchObject({
      biddingGroups: 'admitted',
      subcontracting: 'criticalTasksSelf',
    });

    // 9: weights by pairwise comparison, first contradictory, then revised
    expect(d.state.stepId).toBe('weights');
    const first = widgetOf(d, 'pairwise');
    expect(first).toMatchObject({
      a: { id: 'functionality' },
      b: { id: 'sovereignty' },
      pair: 1,
      of: 3,
    });
    expect(d.shown.message.text.de).toContain('Der Preis hat hier kein Gewicht im Baum');
    const judged: Record<string, number> = {};
    const compare = (more: string, less: string, factor: number) => {
      judged[`${more}>${less}`] = factor;
      delete judged[`${less}>${more}`];
      return d.say({ intent: 'compare', comparison: { more, less, factor } });
    };
    compare('functionality', 'sovereignty', 5);
    compare('sovereignty', 'implementation', 3);
    const contradiction = compare('implementation', 'functionality', 3);
    const explanation = messageOf(contradiction, 'de');
    expect(explanation).toContain('Sie sagten');
    expect(explanation).toContain('Sie sagten aber');
    expect(explanation).toMatch(/Konsistenzquote \d+,\d+; tragbar sind höchstens 0,1/);
    expect(d.state.pending).toBeNull();
    const revise = widgetOf(d, 'pairwise');
    // The flagged pair again, answered as the other two judgements imply.
    const ratio = (x: string, y: string) =>
      judged[`${x}>${y}`] ??
      (judged[`${y}>${x}`] === undefined ? undefined : 1 / judged[`${y}>${x}`]!);
    const [a, b] = [revise.a.id, revise.b.id];
    const c = ['functionality', 'sovereignty', 'implementation'].find(
      (id) => id !== a && id !== b,
    )!;
    const implied = ratio(a, c)! * ratio(c, b)!;
    const factor = Math.min(9, Math.max(1, Math.round(implied >= 1 ? implied : 1 / implied)));
    if (implied >= 1) compare(a, b, factor);
    else compare(b, a, factor);
    expect(d.state.pending).not.toBeNull();
    const changes = d.state.pending!.changes.map((change) => change.value.de);
    expect(changes[0]).toMatch(/^40 % → \d+(,\d+)? %$/);
    d.confirm();
    const weights = topWeights(d.scheme);
    expect(weights.functionality!).toBeGreaterThan(weights.sovereignty!);
    expect(weights.sovereignty!).toBeGreaterThan(weights.implementation!);

    // 10: scales and minimum scores
    expect(d.state.stepId).toBe('scales');
    expect(d.shown.message.text.de).toContain(
      'Migrations- und Schulungskonzept (0–5, Mindestpunktzahl 2)',
    );
    expect(d.text('Mindestpunktzahl 7 bei Migration').messages[0]!.text.de).toContain(
      'reicht nur bis 5',
    );
    d.say({ intent: 'answer', number: '3', text: 'Mindestpunktzahl 3 bei Migration' });
    d.text('Anker 3 bei Barrierefreiheit: Erfüllt WCAG 2.1 AA in allen Kernfunktionen');
    d.text('fertig');
    d.confirm();
    const leaf = (id: string) => d.scheme.award.find((node) => node.id === id)!;
    expect(leaf('migration-concept')).toMatchObject({ minimumScore: 3 });
    expect(leaf('usability-accessibility')).toMatchObject({
      anchors: expect.arrayContaining([
        {
          de: 'Erfüllt WCAG 2.1 AA in allen Kernfunktionen',
          en: 'Erfüllt WCAG 2.1 AA in allen Kernfunktionen',
        },
      ]),
    });

    // 11: price – the template's extended reference-value method, then a weighted sum
    expect(d.state.stepId).toBe('price');
    expect(d.shown.message.text.de).toContain('erweiterte Richtwertmethode');
    expect(d.shown.message.text.de).toContain('um 16,67 % niedrigere Kennzahl');
    expect(widgetOf(d, 'pricePreview').formulas[0]!.points[2]).toEqual({
      abovePercent: 20,
      points: '83.33',
    });
    const switched = d.say({ intent: 'choose', choice: 'lowestPriceRatio', percent: '40' });
    expect(messageOf(switched, 'de')).toContain(
      'Ein Angebot, das 20 % teurer ist als das günstigste, verliert 6,67 von 40 Punkten',
    );
    d.text('fertig');
    expect(d.pendingScheme.award.find((node) => node.kind === 'price')).toMatchObject({
      parentId: null,
      weightBp: 4_000,
    });
    d.confirm();
    expect(d.scheme.method).toEqual({
      kind: 'weightedSum',
      priceFormula: { kind: 'lowestPriceRatio' },
    });

    // 12: variants, later requests, trigger threshold (Saxony-Anhalt: 10 %)
    expect(d.state.stepId).toBe('variants');
    d.text('keine Nebenangebote');
    d.say({ intent: 'choose', choice: 'requestMissing' });
    expect(d.shown.message.text.de).toContain('Für Ihr Land gelten 10 %');
    d.say({ intent: 'choose', choice: 'defaultThreshold' });
    expect(d.state.pending!.changes.map((change) => change.value.de)).toEqual([
      'nicht zugelassen',
      'werden nachgefordert (§ 56 Abs. 2 VgV)',
      '20 % → 10 %',
    ]);
    d.confirm();
    expect(d.scheme.abnormallyLowThresholdPercent).toBe(10);
    expect(d.missingDocumentRequests).toBe('allowed');
    expect(d.state.answers.variants).toEqual({
      variantsAllowed: false,
      requestMissingDocuments: true,
      abnormallyLowThresholdPercent: 10,
    });
    expect(d.state.stepId).toBeNull();
  });

  it('walks all six steps in English on GPU compute', () => {
    const d = new Dialogue(worldWith(template('gpu-compute-ai-research')), 'en');

    // 7: the checklist widget sends what stays
    const items = widgetOf(d, 'checklist').items.map((item) => item.id);
    d.say({ intent: 'choose', choices: items.filter((id) => id !== 'energy-reporting') });
    expect(d.pendingScheme.conditions.map((item) => item.id)).not.toContain('energy-reporting');
    expect(d.state.pending!.changes[0]).toMatchObject({
      label: { en: 'Removed' },
      value: { en: 'Energy reporting (contract condition)' },
    });
    d.confirm();

    // 8: exclusion grounds stay, whatever the widget sends
    d.say({ intent: 'choose', choices: ['isms-certificate'] });
    expect(messageOf(d.last!, 'en')).toContain('apply by law');
    d.say({ intent: 'choose', choice: 'subcontractingAllowed' });
    expect(d.pendingScheme.suitability.map((item) => item.id)).toEqual(['isms-certificate']);
    expect(d.pendingScheme.exclusionGrounds!.map((item) => item.id)).toEqual([
      'exclusion-grounds',
      'sanctions-5k',
    ]);
    d.confirm();

    // 9: weights given directly, not summing to 100, are scaled and shown
    d.say({ intent: 'choose', choice: 'direct' });
    expect(widgetOf(d, 'weights').criteria.map((item) => [item.id, item.percent])).toEqual([
      ['performance', '35'],
      ['sovereignty', '20'],
      ['sustainability', '10'],
      ['price', '35'],
    ]);
    const missing = d.say({
      intent: 'setWeights',
      weights: [{ criterionId: 'performance', percent: '50' }],
    });
    expect(missing.messages[0]).toMatchObject({
      kind: 'reprompt',
      text: { en: expect.stringContaining('Missing') },
    });
    d.say({
      intent: 'setWeights',
      weights: [
        { criterionId: 'performance', percent: '40' },
        { criterionId: 'sovereignty', percent: '30' },
        { criterionId: 'sustainability', percent: '10' },
        { criterionId: 'price', percent: '10' },
      ],
    });
    expect(d.state.pending!.summary.en).toContain('add up to 90 %; I have scaled them');
    expect(d.state.pending!.changes.map((change) => change.value.en)).toEqual([
      '35 % → 44.45 %',
      '20 % → 33.33 %',
      '10 % → 11.11 %',
      '35 % → 11.11 %',
    ]);
    d.confirm();
    expect(topWeights(d.scheme)).toEqual({
      performance: 4445,
      sovereignty: 3333,
      sustainability: 1111,
      price: 1111,
    });

    // 10: the metric-heavy tree has two ordinal leaves; a minimum score for one of them
    expect(d.state.stepId).toBe('scales');
    d.text('minimum score 2 for portable');
    d.say({ intent: 'choose', choice: 'done' });
    d.confirm();
    expect(d.scheme.award.find((node) => node.id === 'software-portability')).toMatchObject({
      minimumScore: 2,
    });

    // 11: lowest-price ratio against one-sided linear, both in words and in the widget
    expect(d.shown.message.text.en).toContain(
      'A bid 20 % dearer than the cheapest loses 1.85 of 11.11 points – lowest-price ratio',
    );
    const preview = widgetOf(d, 'pricePreview');
    expect(preview.maxPoints).toBe('11.11');
    expect(preview.formulas.map((item) => item.formula.kind)).toEqual([
      'lowestPriceRatio',
      'oneSidedLinear',
    ]);
    expect(preview.formulas[1]!.points.map((point) => point.abovePercent)).toEqual([
      0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100,
    ]);
    expect(preview.formulas[1]!.points[2]!.points).toBe('8.89');
    expect(d.text('life-cycle cost please').messages[0]!.text.en).toContain('how many years');
    d.say({ intent: 'choose', choice: 'oneSidedLinear', number: '1.5' });
    // "life-cycle cost over 5 years", as the parser reads it: a term alone
    d.say({ intent: 'answer', duration: { years: 5, months: 0 } });
    d.text('done');
    d.confirm();
    expect(d.scheme.method).toEqual({
      kind: 'weightedSum',
      priceFormula: { kind: 'oneSidedLinear', zeroAtMultiple: 1.5 },
    });
    expect(d.scheme.price).toEqual({ kind: 'lifeCycleCost', termYears: 5 });

    // 12: Berlin has no threshold of its own: 20 %, here set to 15 %
    d.say({ intent: 'confirm' });
    d.say({ intent: 'decline' });
    expect(d.shown.message.text.en).toContain('For your Land it is 20 %');
    expect(d.say({ intent: 'answer', percent: '150' }).messages[0]!.kind).toBe('reprompt');
    d.say({ intent: 'answer', percent: '15' });
    d.confirm();
    expect(d.scheme.abnormallyLowThresholdPercent).toBe(15);
    expect(d.missingDocumentRequests).toBe('ruledOut');
    expect(d.state.answers.variants).toMatchObject({
      variantsAllowed: true,
      requestMissingDocuments: false,
    });
  });

  it('starts a minimal valid scheme when no template was chosen', () => {
    const d = new Dialogue(worldWith(null), 'en');
    expect(d.shown.message.text.en).toContain('There is no evaluation scheme yet');
    expect(d.shown.prompt.widget).toBeNull();
    d.say({ intent: 'choose', choice: 'done' });
    expect(d.state.pending!.changes[0]!.label.en).toBe('New evaluation scheme');
    d.confirm();
    expect(d.scheme.award.map((node) => node.kind)).toEqual(['price', 'ordinal']);
    expect(d.scheme.exclusionGrounds).toHaveLength(2);
    expectValid(d.scheme);
  });

  it('takes the weights anyway after contradictory judgements, with a note for the file', () => {
    const d = new Dialogue(worldWith(template('state-collaboration-suite')), 'en', 'weights');
    d.say({
      intent: 'compare',
      comparison: { more: 'functionality', less: 'sovereignty', factor: 5 },
    });
    d.say({
      intent: 'compare',
      comparison: { more: 'sovereignty', less: 'implementation', factor: 5 },
    });
    const contradiction = d.say({
      intent: 'compare',
      comparison: { more: 'implementation', less: 'functionality', factor: 5 },
    });
    expect(messageOf(contradiction, 'en')).toMatch(
      /You said: .*, and .* – which means .*\. But you said: /,
    );
    expect(d.shown.prompt.quickReplies.map((reply) => reply.input.choice)).toContain(
      'acceptAnyway',
    );
    d.say({ intent: 'choose', choice: 'acceptAnyway' });
    expect(d.state.pending!.summary.en).toContain('record the reasons in the procurement file');
  });

  it('refuses award criteria about the company and keeps them as suitability criteria', () => {
    const scheme = template('gpu-compute-ai-research');
    scheme.award = scheme.award.map((node) =>
      node.id === 'multi-vendor-accelerators' ? { ...node, subject: 'company' as const } : node,
    );
    const d = new Dialogue(worldWith(scheme), 'de', 'weights');
    expect(d.shown.message.text.de).toContain('Art. 67 Abs. 2 RL 2014/24/EU');
    d.say({ intent: 'choose', choice: 'direct' });
    const current = widgetOf(d, 'weights').criteria;
    d.say({
      intent: 'setWeights',
      weights: current.map((item) => ({ criterionId: item.id, percent: item.percent })),
    });
    const proposed = d.pendingScheme;
    expect(proposed.award.some((node) => node.id === 'multi-vendor-accelerators')).toBe(false);
    expect(proposed.award.find((node) => node.id === 'data-and-ai-control')!.weightBp).toBe(10_000);
    expect(proposed.suitability.map((item) => item.id)).toContain('multi-vendor-accelerators');
  });

  it('weighs by consistent pairwise judgements, naming criteria by their synonyms', () => {
    const d = new Dialogue(worldWith(template('gpu-compute-ai-research')), 'de', 'weights');
    const names = Object.fromEntries(
      d.shown.question!.vocabulary.criteria!.map((item) => [item.id, item.names]),
    );
    expect(names.price).toEqual(
      expect.arrayContaining(
        ['Kosten', 'Preis', 'cost', 'price'].map((name) =>
          expect.stringMatching(new RegExp(`^${name}$`, 'i')),
        ),
      ),
    );
    expect(names.sovereignty).toEqual(expect.arrayContaining(['Souveränität', 'Sovereignty']));
    expect(d.shown.question!.expects).toEqual(expect.arrayContaining(['comparison', 'weights']));
    // Performance : sovereignty : sustainability : price = 4 : 2 : 1 : 4, "Kosten sind doppelt
    // so wichtig wie Souveränität" among them.
    const judgements: [string, string, number][] = [
      ['performance', 'sovereignty', 2],
      ['performance', 'sustainability', 4],
      ['performance', 'price', 1],
      ['sovereignty', 'sustainability', 2],
      ['price', 'sovereignty', 2],
      ['price', 'sustainability', 4],
    ];
    judgements.forEach(([more, less, factor], index) => {
      expect(widgetOf(d, 'pairwise')).toMatchObject({ pair: index + 1, of: 6 });
      // "gleich wichtig" names no pair: the parser sends the choice, the step knows the pair.
      d.say(
        factor === 1
          ? { intent: 'choose', choice: 'equal' }
          : { intent: 'compare', comparison: { more, less, factor } },
      );
    });
    expect(d.state.pending!.summary.de).toContain('Konsistenzquote 0');
    d.confirm();
    expect(topWeights(d.scheme)).toEqual({
      performance: 3637,
      sovereignty: 1818,
      sustainability: 909,
      price: 3636,
    });
  });

  it('never proposes a scheme the engine finds invalid, and says what is wrong', () => {
    const scheme = template('state-collaboration-suite');
    scheme.award = scheme.award.map((node) =>
      node.id === 'collaboration' && node.kind === 'ordinal'
        ? { ...node, anchors: node.anchors.slice(0, 2) }
        : node,
    );
    const d = new Dialogue(worldWith(scheme), 'de');
    const result = d.text('fertig');
    expect(result.messages[0]).toMatchObject({
      kind: 'reprompt',
      text: {
        de: expect.stringContaining('Einer Punkteskala fehlen Notenanker (/award/2/anchors)'),
        en: expect.stringContaining('"collaboration" needs 6 anchors'),
      },
    });
    expect(d.state.pending).toBeNull();
  });

  it('goes back to a confirmed step and on again keeping its answer', () => {
    const d = new Dialogue(worldWith(template('state-collaboration-suite')), 'de');
    d.text('fertig');
    d.confirm();
    expect(d.state.stepId).toBe('suitability');
    d.say({ intent: 'back' });
    expect(d.state.stepId).toBe('minimum');
    expect(d.shown.steps.find((step) => step.id === 'minimum')!.status).toBe('current');
    expect(d.text('ohne ODF').messages[0]!.text.de).toContain('ODF als Standardformat');
    expect(d.say({ intent: 'back' }).messages[0]!.text.de).toContain('erste Schritt');
    expect(d.say({ intent: 'next' }).messages[0]!.text.de).toBe('Die bisherige Antwort bleibt.');
    expect(d.state.stepId).toBe('suitability');
    expect(d.scheme.minimumRequirements.map((item) => item.id)).toContain('odf-native');
  });

  it.each(['de', 'en'] as const)(
    'asks again with a helpful text at every step (%s)',
    (language) => {
      for (const step of schemeSteps) {
        const d = new Dialogue(worldWith(template('state-collaboration-suite')), language, step.id);
        const result = d.say({ intent: 'answer', text: 'Wetter morgen?' });
        expect(result.messages[0]!.kind, step.id).toBe('reprompt');
        expect(result.messages[0]!.text.de.length).toBeGreaterThan(20);
        expect(result.messages[0]!.text.en.length).toBeGreaterThan(20);
        expect(d.state.stepId).toBe(step.id);
        const question = d.shown;
        expect(question.question!.examples.length, step.id).toBeGreaterThan(0);
        expect(question.question!.expects.length, step.id).toBeGreaterThan(0);
      }
    },
  );
});
