import type { ConversationInput, ConversationText, QuickReply } from '@tenderwise/schema';
import type { StepContext, StepDefinition, StepOutcome } from '../../../dialogue/types.ts';
import type { TemplateChoice, TenderWorld } from '../../world.ts';
import { needAnswerOf, stepIds } from './answers.ts';
import { choiceReply, isSentence, same } from './words.ts';

type Context = StepContext<TenderWorld>;

const templateReason = 'templateReason';
const divide = 'divide';

function templateOf(context: Context): TemplateChoice | undefined {
  const id = needAnswerOf(context.answers)?.templateId;
  return context.world.templates.find((template) => template.id === id);
}

function lotsLink(context: Context): string {
  const id = context.world.tender?.id;
  return id === undefined ? 'Lose' : `/tenders/${id}/lots`;
}

function replies(context: Context): QuickReply[] {
  const division = templateOf(context)?.lots;
  const result: QuickReply[] = [];
  if (division?.kind === 'single') {
    result.push(
      choiceReply(templateReason, {
        de: 'Begründung der Vorlage übernehmen',
        en: 'Take the template’s reasons',
      }),
    );
  }
  if (division?.kind === 'divided') {
    result.push({
      label: {
        de: `In ${division.lots.length} Lose teilen, wie die Vorlage`,
        en: `Divide into ${division.lots.length} lots, as the template does`,
      },
      input: { intent: 'answer', count: { value: division.lots.length, unit: 'lots' } },
    });
  }
  result.push(choiceReply(divide, { de: 'In Lose teilen', en: 'Divide into lots' }));
  return result;
}

const examples: ConversationText[] = [
  {
    de: 'Betrieb und Support sind technisch nicht trennbar',
    en: 'Operation and support cannot be separated technically',
  },
  { de: '3 Lose', en: '3 lots' },
];

function reasonsOf(input: ConversationInput, context: Context): string | undefined {
  const division = templateOf(context)?.lots;
  if (input.intent === 'choose' && input.choice === templateReason && division?.kind === 'single') {
    return division.reason[context.language];
  }
  if (input.intent === 'answer' && input.text !== undefined) {
    return input.text.trim();
  }
  return undefined;
}

function lotCountOf(input: ConversationInput): number | null | undefined {
  if (input.intent === 'choose' && input.choice === divide) return null;
  if (input.intent !== 'answer') return undefined;
  if (input.count?.unit === 'lots') return input.count.value;
  if (input.text !== undefined) return undefined;
  if (input.number !== undefined && /^\d{1,3}$/.test(input.number)) return Number(input.number);
  return undefined;
}

function proposeReasons(reasons: string, context: Context): StepOutcome {
  const unchanged = context.world.tender?.noLotsReasons === reasons;
  const economicOrTechnical =
    /technisch|wirtschaftlich|technical|economic|schnittstell|interface|kosten|cost/i.test(reasons);
  return {
    kind: 'propose',
    proposal: {
      summary: {
        de: `Der Auftrag wird als ein Los vergeben; die Gründe werden im Entwurf festgehalten (§ 97 Abs. 4 S. 3 GWB).${economicOrTechnical ? '' : ' Achten Sie darauf, dass es wirtschaftliche oder technische Gründe sind: nur sie erlauben den Verzicht auf Lose.'}`,
        en: `The contract is awarded as one; the reasons are recorded in the draft (§ 97 (4) sentence 3 GWB).${economicOrTechnical ? '' : ' Make sure they are economic or technical reasons: only these allow an award without lots.'}`,
      },
      changes: [
        { label: { de: 'Gründe gegen Lose', en: 'Reasons for no lots' }, value: same(reasons) },
      ],
      actions: unchanged ? [] : [{ kind: 'updateTender', input: { noLotsReasons: reasons } }],
      answer: { divided: false, lots: 1, reasons },
    },
  };
}

function proposeLots(lots: number | null, context: Context): StepOutcome {
  const hadReasons = (context.world.tender?.noLotsReasons ?? null) !== null;
  const where = lotsLink(context);
  return {
    kind: 'propose',
    proposal: {
      summary: {
        de: `Der Auftrag wird in ${lots ?? 'mehrere'} Lose geteilt. Los 1 gibt es schon; weitere Lose legen Sie auf dem Reiter „Lose“ des Entwurfs an (${where}), jeweils mit Titel und Beschreibung. Der Gesamtwert aller Lose bleibt für den Schwellenwert maßgeblich (§ 3 Abs. 7 VgV).`,
        en: `The contract is divided into ${lots ?? 'several'} lots. Lot 1 exists already; add the others on the draft’s Lots tab (${where}), each with its title and description. The value of all lots together still decides the threshold (§ 3 (7) VgV).`,
      },
      changes: [
        {
          label: { de: 'Lose', en: 'Lots' },
          value: lots === null ? { de: 'mehrere', en: 'several' } : same(String(lots)),
        },
      ],
      actions: hadReasons ? [{ kind: 'updateTender', input: { noLotsReasons: null } }] : [],
      answer: { divided: true, lots, reasons: null },
    },
  };
}

export const lotsStep: StepDefinition<TenderWorld> = {
  id: stepIds.lots,
  title: { de: 'Lose', en: 'Lots' },
  why: {
    de: 'Aufträge sind in der Menge (Teillose) und nach Fachgebieten (Fachlose) zu teilen, damit auch mittelständische Unternehmen bieten können; wer darauf verzichtet, muss wirtschaftliche oder technische Gründe festhalten.',
    en: 'Contracts are divided by quantity and by trade, so that small and medium-sized companies can bid; an award without lots needs economic or technical reasons, recorded.',
  },
  rules: [
    {
      text: {
        de: 'Leistungen sind in Teil- und Fachlose zu teilen; mehrere Lose dürfen nur aus wirtschaftlichen oder technischen Gründen zusammen vergeben werden.',
        en: 'Supplies and services are divided into lots by quantity and trade; lots may be awarded together only for economic or technical reasons.',
      },
      source: '§ 97 Abs. 4 S. 2, 3 GWB',
    },
    {
      text: {
        de: 'Die Gründe für den Verzicht auf Lose werden im Vergabevermerk dokumentiert.',
        en: 'The reasons for not dividing into lots are recorded in the procurement file.',
      },
      source: '§ 8 Abs. 1 VgV',
    },
  ],
  ask(context) {
    const division = templateOf(context)?.lots;
    const suggestion: ConversationText =
      division?.kind === 'single'
        ? {
            de: ` Die Vorlage vergibt als ein Los, weil: ${division.reason.de}`,
            en: ` The template awards as one lot because: ${division.reason.en}`,
          }
        : division?.kind === 'divided'
          ? {
              de: ` Die Vorlage teilt in ${division.lots.length} Lose: ${division.lots.map((lot) => lot.title.de).join(', ')}.`,
              en: ` The template divides into ${division.lots.length} lots: ${division.lots.map((lot) => lot.title.en).join(', ')}.`,
            }
          : { de: '', en: '' };
    return {
      text: {
        de: `Wird der Auftrag in Lose geteilt? Die Teilung ist die Regel. Nennen Sie die Zahl der Lose – oder die wirtschaftlichen oder technischen Gründe, warum er als Ganzes vergeben wird.${suggestion.de}`,
        en: `Is the contract divided into lots? Division is the rule. Give the number of lots – or the economic or technical reasons why it is awarded as a whole.${suggestion.en}`,
      },
      quickReplies: replies(context),
      widget: null,
      examples,
      vocabulary: {
        choices: [
          {
            id: templateReason,
            names: ['Begründung der Vorlage', 'template reasons', 'wie die Vorlage'],
          },
          { id: divide, names: ['In Lose teilen', 'divide into lots', 'Lose', 'lots'] },
        ],
      },
      expects: ['count', 'number', 'choice', 'text'],
    };
  },
  accept(input, context) {
    const lots = lotCountOf(input);
    if (lots !== undefined) {
      if (lots === 1 || lots === 0) {
        return {
          kind: 'reprompt',
          text: {
            de: 'Ein einziges Los heißt: keine Teilung. Dafür braucht es wirtschaftliche oder technische Gründe – nennen Sie sie, oder die Zahl der Lose (mindestens 2).',
            en: 'A single lot means no division. That needs economic or technical reasons – give them, or the number of lots (at least 2).',
          },
        };
      }
      if (lots !== null && lots > 200) {
        return {
          kind: 'reprompt',
          text: { de: 'Höchstens 200 Lose sind möglich.', en: 'At most 200 lots are possible.' },
        };
      }
      return proposeLots(lots, context);
    }
    const reasons = reasonsOf(input, context);
    if (reasons !== undefined && isSentence(reasons, 3)) return proposeReasons(reasons, context);
    return {
      kind: 'reprompt',
      text: {
        de: `Das reicht nicht als Antwort. Nennen Sie die Zahl der Lose oder die Gründe gegen eine Teilung in einem Satz, zum Beispiel: „${examples[0]!.de}“ oder „${examples[1]!.de}“.`,
        en: `That is not enough of an answer. Give the number of lots or the reasons against dividing in a sentence, for example: “${examples[0]!.en}” or “${examples[1]!.en}”.`,
      },
    };
  },
};
