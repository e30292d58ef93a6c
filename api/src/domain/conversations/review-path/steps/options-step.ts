import { partsStep, type Collected } from '../../dialogue/parts-step.ts';
import type { ConversationAction, StepContext } from '../../dialogue/types.ts';
import type { ReviewWorld } from '../world.ts';
import { startText } from './basis-step.ts';
import { dayText, listText, textOf } from './texts.ts';

type Context = StepContext<ReviewWorld>;

const maxOptions = 20;

/** "A, B und C", "A; B", one per line, "A and B" → the names. */
export function optionNames(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/\s*(?:[,;\n]|\bund\b|\band\b|\bsowie\b)\s*/i)
        .map((name) => name.trim().replace(/\.$/, ''))
        .filter((name) => name !== ''),
    ),
  ];
}

/** "Not yet" ("später" and "later" are the dialogue's own word for moving on). */
const later = { id: 'later', names: ['noch nicht', 'noch offen', 'not yet', 'open for now'] };

function earlier(context: Context) {
  const question = context.answers.question as { title?: string; purpose?: string } | undefined;
  const basis = context.answers.basis as { referenceDate?: string; start?: string } | undefined;
  if (!question?.title || !question.purpose || !basis?.referenceDate || !basis.start) return null;
  return {
    title: question.title,
    purpose: question.purpose,
    referenceDate: basis.referenceDate,
    start: basis.start,
  };
}

/** Step 3: the options to compare, recorded; then the review is created. */
export const optionsStep = partsStep<ReviewWorld>({
  id: 'options',
  title: { de: 'Optionen', en: 'Options' },
  why: {
    de: 'Die Namen der Optionen helfen, das Schema auf den Vergleich auszurichten. Angelegt werden die Optionen mit ihren Angaben danach auf der Seite des Vergleichs.',
    en: 'The names of the options help to fit the scheme to the comparison. The options and their facts are created afterwards on the review’s page.',
  },
  rules: [
    {
      text: {
        de: 'Optionen werden nach dem, was sie leisten, verglichen – nicht danach, wer sie anbietet (Sitz, Eigentümer, Herkunft).',
        en: 'Options are compared by what they deliver, not by who offers them (seat, owner, origin).',
      },
      source: '§ 97 Abs. 2 GWB; Art. 67 Abs. 2 RL 2014/24/EU',
    },
  ],
  parts: [
    {
      key: 'names',
      ask: () => ({
        text: {
          de: 'Welche Optionen sollen verglichen werden? Nennen Sie sie durch Komma getrennt – oder „noch nicht“.',
          en: 'Which options are to be compared? Name them separated by commas – or “not yet”.',
        },
        quickReplies: [
          {
            label: { de: 'Später auf der Seite', en: 'Later on the page' },
            input: { intent: 'choose', choice: 'later' },
          },
        ],
        widget: null,
        examples: [
          {
            de: 'bisherige Suite, openDesk beim Landesdienstleister, souveräne Cloud',
            en: 'current suite, openDesk at the state provider, sovereign cloud',
          },
        ],
        // Text only: names such as "Microsoft 365" must not be read as numbers or positions.
        vocabulary: {},
        expects: ['text'],
      }),
      read(input) {
        if (input.intent === 'choose' && input.choice === 'later') return { value: [] };
        const text = textOf(input);
        if (text === null) return null;
        if (later.names.includes(text.toLowerCase())) return { value: [] };
        const names = optionNames(text);
        if (names.length < 2) {
          return {
            reprompt: {
              de: 'Für einen Vergleich braucht es mindestens zwei Optionen; bitte mit Komma getrennt nennen, oder „noch nicht“.',
              en: 'A comparison needs at least two options; please name them separated by commas, or “not yet”.',
            },
          };
        }
        if (names.length > maxOptions || names.some((name) => name.length > 200)) {
          return {
            reprompt: {
              de: `Bitte höchstens ${maxOptions} Optionen mit kurzen Namen nennen.`,
              en: `Please name at most ${maxOptions} options with short names.`,
            },
          };
        }
        return { value: names };
      },
    },
  ],
  propose(collected: Collected, context) {
    const basics = earlier(context);
    if (basics === null) {
      return {
        reprompt: {
          de: 'Titel, Zweck oder Stichtag fehlen noch; bitte mit „zurück“ ergänzen.',
          en: 'Title, purpose or reference date are missing; please go back to add them.',
        },
      };
    }
    const names = (collected.names as string[] | undefined) ?? [];
    const actions: ConversationAction[] = [
      {
        kind: 'createOptionsReview',
        input: {
          title: basics.title,
          purpose: basics.purpose,
          referenceDate: basics.referenceDate,
        },
      },
      {
        kind: 'saveReviewScheme',
        source:
          basics.start === 'blank'
            ? { kind: 'blank' }
            : { kind: 'template', templateId: basics.start },
      },
    ];
    const optionsText =
      names.length === 0
        ? { de: 'werden später angelegt', en: 'to be created later' }
        : listText(names);
    return {
      summary: {
        de: `Ich lege den Optionenvergleich „${basics.title}“ an, mit Ihnen als Leitung, und beginne das Wertungsschema mit ${startText(context, basics.start).de}. Die Optionen legen Sie danach auf seiner Seite an (Reiter „Optionen“).`,
        en: `I will create the options review “${basics.title}” with you as its lead, and start its evaluation scheme from the ${startText(context, basics.start).en}. You then create the options on its page (tab “Options”).`,
      },
      changes: [
        { label: { de: 'Titel', en: 'Title' }, value: { de: basics.title, en: basics.title } },
        {
          label: { de: 'Zweck', en: 'Purpose' },
          value: { de: basics.purpose, en: basics.purpose },
        },
        { label: { de: 'Stichtag', en: 'Reference date' }, value: dayText(basics.referenceDate) },
        { label: { de: 'Schema', en: 'Scheme' }, value: startText(context, basics.start) },
        { label: { de: 'Optionen', en: 'Options' }, value: optionsText },
      ],
      actions,
      answer: { names },
    };
  },
});
