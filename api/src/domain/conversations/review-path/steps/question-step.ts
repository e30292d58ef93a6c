import { partsStep, type Collected } from '../../dialogue/parts-step.ts';
import type { ReviewWorld } from '../world.ts';
import { textOf } from './texts.ts';

const titleMax = 200;
const purposeMax = 4_000;

/** Step 1: what the committee is to decide: a short title, then the purpose in a few sentences. */
export const questionStep = partsStep<ReviewWorld>({
  id: 'question',
  title: { de: 'Die Frage', en: 'The question' },
  why: {
    de: 'Ein Optionenvergleich beantwortet eine Frage für ein Gremium. Titel und Zweck stehen über allen Ergebnissen und im Bericht; sie sagen, was verglichen wird und wofür.',
    en: 'An options review answers one question for a committee. Title and purpose head every result and the report; they say what is compared and what for.',
  },
  rules: [
    {
      text: {
        de: 'Ein Optionenvergleich bereitet eine Entscheidung vor; er ist kein Vergabeverfahren und ersetzt keines. Ergebnisse dürfen nicht als Vorfestlegung auf ein Unternehmen dienen.',
        en: 'An options review prepares a decision; it is no procurement procedure and replaces none. Its results may not serve to favour a company beforehand.',
      },
      source: '§ 97 Abs. 1 und 2 GWB (Wettbewerb, Gleichbehandlung)',
    },
    {
      text: {
        de: 'Der Vergleich wird mit Titel, Zweck und Stichtag dokumentiert, damit er nachvollziehbar bleibt.',
        en: 'The review is documented with its title, purpose and reference date so it stays traceable.',
      },
      source: 'ADR 0024 (Optionenvergleiche)',
    },
  ],
  parts: [
    {
      key: 'title',
      ask: () => ({
        text: {
          de: 'Welche Frage soll der Vergleich beantworten? Bitte einen kurzen Titel.',
          en: 'Which question is the review to answer? Please give a short title.',
        },
        quickReplies: [],
        widget: null,
        examples: [
          {
            de: 'Kollaborationsplattform für 4.000 Arbeitsplätze',
            en: 'Collaboration platform for 4,000 workplaces',
          },
        ],
        vocabulary: {},
        expects: ['text'],
      }),
      read(input) {
        const text = textOf(input);
        if (text === null) return null;
        if (text.length > titleMax) {
          return {
            reprompt: {
              de: `Der Titel ist zu lang (höchstens ${titleMax} Zeichen); Einzelheiten gehören in den Zweck.`,
              en: `The title is too long (at most ${titleMax} characters); details go into the purpose.`,
            },
          };
        }
        return { value: text };
      },
    },
    {
      key: 'purpose',
      ask: (_context, collected: Collected) => ({
        text: {
          de: `Wofür und für wen ist „${String(collected.title)}“? Ein bis drei Sätze: was entschieden werden soll und wer entscheidet.`,
          en: `What is “${String(collected.title)}” for, and for whom? One to three sentences: what is to be decided and who decides.`,
        },
        quickReplies: [],
        widget: null,
        examples: [
          {
            de: 'Der IT-Ausschuss vergleicht drei Wege für die Zusammenarbeit der Landesverwaltung.',
            en: 'The IT committee compares three ways for the state administration to work together.',
          },
        ],
        vocabulary: {},
        expects: ['text'],
      }),
      read(input) {
        const text = textOf(input);
        if (text === null) return null;
        if (text.length > purposeMax) {
          return {
            reprompt: {
              de: `Der Zweck ist zu lang (höchstens ${purposeMax} Zeichen).`,
              en: `The purpose is too long (at most ${purposeMax} characters).`,
            },
          };
        }
        return { value: text };
      },
    },
  ],
  propose: (collected) => ({
    summary: {
      de: 'Ich merke mir Titel und Zweck. Angelegt wird der Vergleich erst im letzten Schritt.',
      en: 'I will note the title and purpose. The review is created only in the last step.',
    },
    changes: [
      {
        label: { de: 'Titel', en: 'Title' },
        value: { de: String(collected.title), en: String(collected.title) },
      },
      {
        label: { de: 'Zweck', en: 'Purpose' },
        value: { de: String(collected.purpose), en: String(collected.purpose) },
      },
    ],
    actions: [],
    answer: { title: collected.title, purpose: collected.purpose },
  }),
});
