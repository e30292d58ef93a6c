import type { QuickReply } from '@tenderwise/schema';
import { Temporal } from 'temporal-polyfill';
import { partsStep, type Collected } from '../../dialogue/parts-step.ts';
import type { StepContext } from '../../dialogue/types.ts';
import type { ReviewWorld } from '../world.ts';
import { dayText } from './texts.ts';

type Context = StepContext<ReviewWorld>;

const blank = {
  id: 'blank',
  names: [
    'leer',
    'ohne Vorlage',
    'keine Vorlage',
    'von vorn',
    'blank',
    'no template',
    'from scratch',
  ],
};

const dateReply = (label: { de: string; en: string }, date: string): QuickReply => ({
  label,
  input: { intent: 'answer', date },
});

/** The template's title, or what blank means. */
export function startText(context: Context, start: string) {
  const template = context.world.templates.find((t) => t.id === start);
  return template === undefined
    ? { de: 'leeres Schema (nur Preis)', en: 'blank scheme (price only)' }
    : { de: `Vorlage „${template.title.de}“`, en: `template “${template.title.en}”` };
}

/** Step 2: the reference date for the evidence, and the scheme to start from. */
export const basisStep = partsStep<ReviewWorld>({
  id: 'basis',
  title: { de: 'Stichtag und Schema', en: 'Reference date and scheme' },
  why: {
    de: 'Nachweise wie Testate und Zertifikate gelten nur eine Zeit lang. Damit alle Optionen gleich beurteilt werden, gilt für alle ein Stichtag. Eine Vorlage gibt geprüfte Kriterien mit Quellen vor.',
    en: 'Evidence such as attestations and certificates is valid for a time only. So that every option is judged alike, one reference date applies to all. A template brings checked criteria with their sources.',
  },
  rules: [
    {
      text: {
        de: 'Nachweise werden zum Stichtag beurteilt; jede Schemaversion des Vergleichs trägt ihn. Wer ihn später ändert, speichert das Schema neu auf dem neuen Tag.',
        en: 'Evidence is judged as of the reference date; every scheme version of the review carries it. Changing it later saves the scheme again on the new date.',
      },
      source: 'ADR 0024; ADR 0030 (Gültigkeit von Nachweisen)',
    },
    {
      text: {
        de: 'Gleichbehandlung: alle Optionen werden am selben Tag und nach denselben Kriterien beurteilt.',
        en: 'Equal treatment: every option is judged on the same day by the same criteria.',
      },
      source: '§ 97 Abs. 2 GWB',
    },
  ],
  parts: [
    {
      key: 'referenceDate',
      ask(context) {
        const { today } = context.world;
        const inWeeks = Temporal.PlainDate.from(today).add({ weeks: 4 }).toString();
        return {
          text: {
            de: 'Zu welchem Stichtag sollen die Nachweise beurteilt werden? Meist der Tag der Sitzung, in der entschieden wird.',
            en: 'As of which date is the evidence to be judged? Usually the day of the meeting that decides.',
          },
          quickReplies: [
            dateReply({ de: `Heute (${dayText(today).de})`, en: `Today (${today})` }, today),
            dateReply(
              { de: `In 4 Wochen (${dayText(inWeeks).de})`, en: `In 4 weeks (${inWeeks})` },
              inWeeks,
            ),
          ],
          widget: null,
          examples: [
            { de: '15.03.2027', en: '15 March 2027' },
            { de: 'in 4 Wochen', en: 'in 4 weeks' },
          ],
          vocabulary: {},
          expects: ['date'],
        };
      },
      read(input) {
        if (input.intent !== 'answer' || input.date === undefined) return null;
        return { value: input.date };
      },
    },
    {
      key: 'start',
      ask(context) {
        const { templates } = context.world;
        return {
          text: {
            de: 'Mit welcher Vorlage soll das Wertungsschema beginnen – oder leer (nur der Preis)? Sie passen es danach im Schema-Editor an.',
            en: 'Which template is the evaluation scheme to start from – or blank (price only)? You adapt it in the scheme editor afterwards.',
          },
          quickReplies: [
            ...templates.slice(0, 10).map((t) => ({
              label: t.title,
              input: { intent: 'choose' as const, choice: t.id },
            })),
            {
              label: { de: 'Leer beginnen', en: 'Start blank' },
              input: { intent: 'choose', choice: 'blank' },
            },
          ],
          widget: null,
          examples: [
            ...templates.slice(0, 1).map((t) => t.title),
            { de: 'ohne Vorlage', en: 'no template' },
          ],
          vocabulary: {
            templates: templates.map((t) => ({
              id: t.id,
              names: [t.title.de, t.title.en, t.useCase.de, t.useCase.en],
            })),
            choices: [blank],
          },
          expects: ['choice'],
        };
      },
      read(input, context) {
        if (input.intent !== 'choose') return null;
        const choice = input.choice ?? (input.choices?.length === 1 ? input.choices[0] : undefined);
        if (choice === undefined) {
          return {
            reprompt: {
              de: 'Bitte genau eine Vorlage wählen oder „leer“.',
              en: 'Please choose exactly one template, or “blank”.',
            },
          };
        }
        if (choice !== 'blank' && !context.world.templates.some((t) => t.id === choice)) {
          return null;
        }
        return { value: choice };
      },
    },
  ],
  propose: (collected: Collected, context) => ({
    summary: {
      de: 'Ich merke mir Stichtag und Ausgangsschema; angelegt wird im letzten Schritt.',
      en: 'I will note the reference date and the starting scheme; the review is created in the last step.',
    },
    changes: [
      {
        label: { de: 'Stichtag', en: 'Reference date' },
        value: dayText(String(collected.referenceDate)),
      },
      { label: { de: 'Schema', en: 'Scheme' }, value: startText(context, String(collected.start)) },
    ],
    actions: [],
    answer: { referenceDate: collected.referenceDate, start: collected.start },
  }),
});
