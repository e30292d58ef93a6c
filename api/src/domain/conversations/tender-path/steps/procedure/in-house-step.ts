import type { ConversationText } from '@tenderwise/schema';
import { partsStep, type StepPart } from '../../../dialogue/parts-step.ts';
import type { StepContext } from '../../../dialogue/types.ts';
import type { TenderWorld } from '../../world.ts';
import { needAnswerOf, stepIds, valueAnswerOf } from './answers.ts';
import { choiceReply, chosenOf } from './words.ts';

type Context = StepContext<TenderWorld>;

/** Where an options review (Markterkundung with a comparison of alternatives) is started. */
export const optionsReviewStart = '/reviews';

const providers = {
  none: { de: 'Nein, nichts davon', en: 'No, none of these' },
  framework: {
    de: 'Eine bestehende Rahmenvereinbarung deckt den Bedarf',
    en: 'An existing framework agreement covers the need',
  },
  inHouse: {
    de: 'Ein Inhouse- oder Kooperationspartner kann leisten',
    en: 'An in-house or cooperation provider can deliver',
  },
} satisfies Record<string, ConversationText>;
type Provider = keyof typeof providers;

const soundings = {
  done: { de: 'Ja, Markterkundung gemacht', en: 'Yes, market sounding done' },
  optionsReview: {
    de: 'Nein – Optionenvergleich gewünscht',
    en: 'No – options review wanted',
  },
  notDone: { de: 'Nein, nicht nötig', en: 'No, not needed' },
} satisfies Record<string, ConversationText>;
type Sounding = keyof typeof soundings;

const providerNames = [
  { id: 'none', names: [providers.none.de, providers.none.en, 'nein', 'no', 'keine', 'none'] },
  {
    id: 'framework',
    names: [
      providers.framework.de,
      providers.framework.en,
      'Rahmenvereinbarung',
      'Rahmenvertrag',
      'framework agreement',
      'framework',
    ],
  },
  {
    id: 'inHouse',
    names: [
      providers.inHouse.de,
      providers.inHouse.en,
      'Inhouse',
      'in-house',
      'Kooperation',
      'cooperation',
    ],
  },
];
const soundingNames = [
  { id: 'done', names: [soundings.done.de, soundings.done.en, 'Markterkundung gemacht', 'done'] },
  {
    id: 'optionsReview',
    names: [
      soundings.optionsReview.de,
      soundings.optionsReview.en,
      'Optionenvergleich',
      'options review',
    ],
  },
  {
    id: 'notDone',
    names: [soundings.notDone.de, soundings.notDone.en, 'nicht nötig', 'not needed'],
  },
];

/** Checks that concern whether a procedure is needed at all: exemptions, in-house, frameworks. */
const exemptionTopic = /§ 10[378]|§ 117|Rahmen|framework|in-house|Inhouse/i;
const soundingTopic = /Markterkund|market sounding/i;

/** The chosen template's checks on a topic, with their guidance. */
function templateGuidance(context: Context, topic: RegExp): ConversationText | undefined {
  const templateId = needAnswerOf(context.answers)?.templateId;
  const template = context.world.templates.find((item) => item.id === templateId);
  const checks = (template?.preliminaryChecks ?? []).filter((check) =>
    topic.test(
      `${check.question.de} ${check.guidance.de} ${check.question.en} ${check.guidance.en}`,
    ),
  );
  if (checks.length === 0) return undefined;
  return {
    de: `Die Vorlage rät dazu: ${checks.map((check) => `${check.question.de} – ${check.guidance.de}`).join(' ')}`,
    en: `The template advises: ${checks.map((check) => `${check.question.en} – ${check.guidance.en}`).join(' ')}`,
  };
}

const providerPart: StepPart<TenderWorld> = {
  key: 'provider',
  ask(context) {
    const guidance = templateGuidance(context, exemptionTopic);
    return {
      text: {
        de: `Gibt es eine bestehende Rahmenvereinbarung, aus der Sie abrufen können, oder einen Inhouse- oder Kooperationspartner, der die Leistung erbringen kann? Dann ist womöglich keine Ausschreibung nötig.${guidance === undefined ? '' : ` ${guidance.de}`}`,
        en: `Is there an existing framework agreement you can call off from, or an in-house or cooperation provider who can deliver? Then a tender may not be needed.${guidance === undefined ? '' : ` ${guidance.en}`}`,
      },
      quickReplies: (Object.keys(providers) as Provider[]).map((id) =>
        choiceReply(id, providers[id]),
      ),
      widget: null,
      examples: [
        { de: 'nein', en: 'no' },
        { de: 'Rahmenvereinbarung', en: 'framework agreement' },
      ],
      vocabulary: { choices: providerNames },
      expects: ['choice', 'yesNo'],
    };
  },
  read(input) {
    const chosen = chosenOf(input, providerNames);
    if (chosen !== undefined) return { value: chosen };
    if (input.intent === 'decline') return { value: 'none' };
    if (input.intent === 'confirm') {
      return {
        reprompt: {
          de: 'Was gibt es: eine Rahmenvereinbarung oder einen Inhouse- oder Kooperationspartner?',
          en: 'Which is it: a framework agreement, or an in-house or cooperation provider?',
        },
      };
    }
    return null;
  },
};

const proceedPart: StepPart<TenderWorld> = {
  key: 'proceed',
  needed: (_context, collected) => collected.provider !== 'none',
  ask: (_context, collected) => ({
    text:
      collected.provider === 'framework'
        ? {
            de: 'Deckt die Rahmenvereinbarung den Bedarf und sind Sie ihr Vertragspartner, wird aus ihr abgerufen; eine neue Ausschreibung ist dann nicht nötig (§ 21 Abs. 2 VgV, § 103 Abs. 5 GWB). Halten Sie die Prüfung im Vergabevermerk fest. Wollen Sie trotzdem eine Ausschreibung vorbereiten?',
            en: 'Where the framework agreement covers the need and you are one of its parties, call off from it; a new tender is then not needed (§ 21 (2) VgV, § 103 (5) GWB). Record the check in the procurement file. Do you want to prepare a tender all the same?',
          }
        : {
            de: 'Erfüllt der Partner die Voraussetzungen – Kontrolle wie über eine eigene Dienststelle, mehr als 80 % seiner Tätigkeit für die kontrollierenden Auftraggeber, keine private Kapitalbeteiligung – oder ist es eine echte Zusammenarbeit öffentlicher Auftraggeber, ist der Auftrag vergabefrei (§ 108 Abs. 1, 4, 6 GWB). Die Voraussetzungen werden dokumentiert. Wollen Sie trotzdem eine Ausschreibung vorbereiten?',
            en: 'Where the provider meets the conditions – control like over an own department, more than 80 % of its activities for the controlling authorities, no private capital – or it is a genuine cooperation between public authorities, the contract is exempt (§ 108 (1), (4), (6) GWB). The conditions are recorded. Do you want to prepare a tender all the same?',
          },
    quickReplies: [
      choiceReply('proceed', {
        de: 'Ja, Ausschreibung vorbereiten',
        en: 'Yes, prepare the tender',
      }),
      choiceReply('stop', { de: 'Nein, keine Ausschreibung', en: 'No, no tender' }),
    ],
    widget: null,
    examples: [{ de: 'ja', en: 'yes' }],
    vocabulary: {
      choices: [
        { id: 'proceed', names: ['Ausschreibung vorbereiten', 'prepare the tender', 'weiter'] },
        { id: 'stop', names: ['keine Ausschreibung', 'no tender'] },
      ],
    },
    expects: ['yesNo', 'choice'],
  }),
  read(input) {
    const proceed =
      input.intent === 'confirm' || (input.intent === 'choose' && input.choice === 'proceed');
    const stop =
      input.intent === 'decline' || (input.intent === 'choose' && input.choice === 'stop');
    if (proceed) return { value: true };
    if (stop) {
      return {
        reprompt: {
          de: 'Dann ist keine Ausschreibung nötig: Dokumentieren Sie den Abruf oder die Voraussetzungen des § 108 GWB im Vergabevermerk. Der Entwurf bleibt ein Entwurf, bis Sie ihn aufheben; dieses Gespräch können Sie schließen. Wollen Sie doch weitermachen, antworten Sie „ja“.',
          en: 'Then no tender is needed: record the call-off or the conditions of § 108 GWB in the procurement file. The draft stays a draft until you cancel it; you can close this conversation. To go on after all, answer “yes”.',
        },
      };
    }
    return null;
  },
};

const soundingPart: StepPart<TenderWorld> = {
  key: 'marketSounding',
  ask: (context) => {
    const guidance = templateGuidance(context, soundingTopic);
    return {
      text: {
        de: `Haben Sie den Markt erkundet, um die Vergabe vorzubereiten (${soundingParagraph(context)})? Wenn nicht, kann ein Optionenvergleich helfen: Anbieter aus dem Selbstauskunftsregister, Preise und Kriterien nebeneinander.${guidance === undefined ? '' : ` ${guidance.de}`}`,
        en: `Have you sounded the market to prepare the procurement (${soundingParagraph(context)})? If not, an options review can help: vendors from the self-assessment registry, prices and criteria side by side.${guidance === undefined ? '' : ` ${guidance.en}`}`,
      },
      quickReplies: (Object.keys(soundings) as Sounding[]).map((id) =>
        choiceReply(id, soundings[id]),
      ),
      widget: null,
      examples: [
        { de: 'ja', en: 'yes' },
        { de: 'Optionenvergleich', en: 'options review' },
      ],
      vocabulary: { choices: soundingNames },
      expects: ['choice', 'yesNo'],
    };
  },
  read(input) {
    const chosen = chosenOf(input, soundingNames);
    if (chosen !== undefined) return { value: chosen };
    if (input.intent === 'confirm') return { value: 'done' };
    if (input.intent === 'decline') return { value: 'notDone' };
    return null;
  },
};

function soundingParagraph(context: Context): string {
  const regime = context.world.tender?.regime ?? valueAnswerOf(context.answers)?.regime;
  if (regime === 'UVgO') return '§ 20 UVgO';
  if (regime === 'SektVO') return '§ 26 SektVO';
  return '§ 28 VgV';
}

export const inHouseStep = partsStep<TenderWorld>({
  id: stepIds.inHouse,
  title: {
    de: 'Rahmenverträge, Inhouse-Vergabe, Markterkundung',
    en: 'Frameworks, in-house award, market sounding',
  },
  why: {
    de: 'Bevor ausgeschrieben wird, ist zu prüfen, ob der Bedarf ohne Vergabe gedeckt werden kann, und eine Markterkundung zeigt, was der Markt bietet und ob Lose und Kriterien passen.',
    en: 'Before a tender, check whether the need can be met without one; a market sounding shows what the market offers and whether lots and criteria fit.',
  },
  rules: [
    {
      text: {
        de: 'Aufträge an kontrollierte Einrichtungen (Inhouse) und echte Zusammenarbeit öffentlicher Auftraggeber sind unter Voraussetzungen vom Vergaberecht ausgenommen.',
        en: 'Contracts with controlled bodies (in-house) and genuine cooperation between public authorities are exempt under conditions.',
      },
      source: '§ 108 GWB',
    },
    {
      text: {
        de: 'Aus einer Rahmenvereinbarung rufen nur ihre Vertragsparteien ab.',
        en: 'Only the parties to a framework agreement call off from it.',
      },
      source: '§ 21 Abs. 2 VgV',
    },
    {
      text: {
        de: 'Vor einem Vergabeverfahren darf der Markt erkundet werden, um die Vergabe vorzubereiten und die Unternehmen zu informieren.',
        en: 'Before a procedure, the market may be sounded to prepare the procurement and inform companies.',
      },
      source: '§ 28 Abs. 1 VgV; § 20 UVgO; § 26 SektVO',
    },
  ],
  parts: [providerPart, proceedPart, soundingPart],
  propose(collected) {
    const provider = collected.provider as Provider;
    const sounding = collected.marketSounding as Sounding;
    const review: ConversationText | undefined =
      sounding === 'optionsReview'
        ? {
            de: ` Ihr Wunsch nach einem Optionenvergleich ist festgehalten; anlegen können Sie ihn unter ${optionsReviewStart}.`,
            en: ` Your wish for an options review is recorded; you can start one at ${optionsReviewStart}.`,
          }
        : undefined;
    return {
      summary: {
        de: `Festgehalten im Gespräch; am Entwurf ändert sich nichts.${provider === 'none' ? '' : ' Die Prüfung, warum trotzdem ausgeschrieben wird, gehört in den Vergabevermerk (§ 8 VgV).'}${review?.de ?? ''}`,
        en: `Recorded in the conversation; the draft does not change.${provider === 'none' ? '' : ' Why a tender is prepared all the same belongs in the procurement file (§ 8 VgV).'}${review?.en ?? ''}`,
      },
      changes: [
        {
          label: { de: 'Rahmenvertrag oder Inhouse', en: 'Framework or in-house' },
          value: providers[provider],
        },
        { label: { de: 'Markterkundung', en: 'Market sounding' }, value: soundings[sounding] },
      ],
      actions: [],
      answer: {
        provider,
        proceed: provider === 'none' ? null : true,
        marketSounding: sounding,
        optionsReviewWanted: sounding === 'optionsReview',
      },
    };
  },
});
