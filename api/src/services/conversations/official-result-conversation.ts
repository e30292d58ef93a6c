import type {
  AssistantMessage,
  ConversationText,
  QuickReply,
  ResultQuestion,
} from '@tenderwise/schema';
import type { ConversationRow } from '../../db/repositories/conversations.ts';
import type { DB } from '../../db/types.ts';
import type { ParseContext } from '../../domain/conversations/parser/context.ts';
import { parseUtterance } from '../../domain/conversations/parser/parse-utterance.ts';
import { berlinDayOf } from '../../domain/deadlines/time.ts';
import type { ConversationKind } from './conversation-kind.ts';
import { assistantTurn, recordTurns, stateOf, userTurn } from './conversation-steps.ts';
import { officialHowClose } from './official-results/how-close.ts';
import { officialVocabulary } from './official-results/official-vocabulary.ts';
import {
  readOfficialResult,
  type OfficialResultRead,
} from './official-results/read-official-result.ts';
import { noCompanyScoring, noWhatIfOnRealBids } from './official-results/refusals.ts';
import { officialWhyExcluded } from './official-results/why-excluded.ts';
import { officialWhyFirst } from './official-results/why-first.ts';

const lotOf = (row: ConversationRow): { tenderId: string; lotNumber: number } => {
  // The table's check keeps an official-result conversation tied to its tender and lot.
  if (row.tender_id === null || row.lot_number === null) {
    throw new Error('an official-result conversation without its tender and lot');
  }
  return { tenderId: row.tender_id, lotNumber: row.lot_number };
};

const examples: ConversationText[] = [
  { de: 'Warum liegt das erste Angebot vorne?', en: 'Why is the first bid first?' },
  { de: 'Wer wurde ausgeschlossen?', en: 'Who was excluded?' },
  { de: 'Wie knapp ist die Rangfolge?', en: 'How close is the ranking?' },
];

const quickReplies: QuickReply[] = [
  {
    label: { de: 'Warum liegt das erste Angebot vorne?', en: 'Why is the first bid first?' },
    input: { intent: 'ask', question: { kind: 'whyFirst' } },
  },
  {
    label: { de: 'Wer wurde ausgeschlossen, und warum?', en: 'Who was excluded, and why?' },
    input: { intent: 'ask', question: { kind: 'whyExcluded' } },
  },
  {
    label: { de: 'Wie knapp ist die Rangfolge?', en: 'How close is the ranking?' },
    input: { intent: 'ask', question: { kind: 'robustness' } },
  },
];

const whyAsk: AssistantMessage = {
  kind: 'info',
  text: {
    de: 'Ich erkläre das gespeicherte amtliche Ergebnis mit seinen eigenen Zahlen, denselben wie auf der Vergleichsseite. Was-wäre-wenn-Fragen zu echten Angeboten beantworte ich nicht: Es gelten allein die veröffentlichten Kriterien und Gewichte.',
    en: 'I explain the stored official result with its own figures, the same as on the comparison page. I do not answer what-if questions about real bids: only the published criteria and weights apply.',
  },
};

function notUnderstood(): AssistantMessage {
  return {
    kind: 'reprompt',
    text: {
      de: `Das habe ich nicht verstanden. Zum Beispiel: ${examples.map((e) => `„${e.de}“`).join(', ')}`,
      en: `I did not understand that. For example: ${examples.map((e) => `“${e.en}”`).join(', ')}`,
    },
  };
}

/** The answer to a question about the official result, from the stored figures alone. */
function answerOf(read: OfficialResultRead, question: ResultQuestion): AssistantMessage {
  if (read.status === 'unavailable') return read.message;
  switch (question.kind) {
    case 'whyFirst':
      return officialWhyFirst(read.result, question.optionId);
    case 'whyExcluded':
      return officialWhyExcluded(read.result, question.optionId);
    case 'robustness':
      return officialHowClose(read.result);
    case 'whatIf':
    case 'overtake':
      return noWhatIfOnRealBids;
    case 'exposure':
      return noCompanyScoring;
  }
}

/** Questions about a lot's official result, explained with its stored figures. */
export const officialResultKind: ConversationKind = {
  async start(ctx, row) {
    const { tenderId, lotNumber } = lotOf(row);
    const read = await readOfficialResult(ctx, tenderId, lotNumber);
    const title = read.status === 'ready' ? read.result.tenderTitle : '';
    return [
      assistantTurn(
        {
          kind: 'info',
          text: {
            de: `Fragen Sie mich zum amtlichen Ergebnis von Los ${lotNumber}${title === '' ? '' : ` der Vergabe „${title}“`}.`,
            en: `Ask me about the official result of lot ${lotNumber}${title === '' ? '' : ` of the tender “${title}”`}.`,
          },
        },
        null,
      ),
      assistantTurn(whyAsk, null),
    ];
  },

  async show(ctx, row) {
    const { tenderId, lotNumber } = lotOf(row);
    const read = await readOfficialResult(ctx, tenderId, lotNumber);
    const facts =
      read.status === 'ready'
        ? [
            {
              label: { de: 'Vergabe', en: 'Tender' },
              value: { de: read.result.tenderTitle, en: read.result.tenderTitle },
            },
            { label: { de: 'Los', en: 'Lot' }, value: { de: `${lotNumber}`, en: `${lotNumber}` } },
            {
              label: { de: 'Amtliches Ergebnis', en: 'Official result' },
              value: {
                de: `Nr. ${read.result.number}${read.result.current ? '' : ' (nicht mehr aktuell)'}`,
                en: `No. ${read.result.number}${read.result.current ? '' : ' (no longer current)'}`,
              },
            },
          ]
        : [];
    return {
      steps: [],
      prompt: { quickReplies, widget: null, proposal: null, examples },
      draft: { facts, scheme: null },
      currentStepId: null,
    };
  },

  async understand(ctx, row, text) {
    const { tenderId, lotNumber } = lotOf(row);
    const read = await readOfficialResult(ctx, tenderId, lotNumber);
    const context: ParseContext = {
      language: row.language,
      vocabulary: read.status === 'ready' ? officialVocabulary(read.result) : {},
      expects: ['question'],
      today: berlinDayOf((await ctx.clock.now<DB>(ctx.db)).toISOString()).toString(),
    };
    return { input: parseUtterance(text, context), context };
  },

  async take(ctx, row, said) {
    const { tenderId, lotNumber } = lotOf(row);
    const { input } = said;
    let answer: AssistantMessage;
    if (input.intent === 'ask' && input.question !== undefined) {
      answer = answerOf(await readOfficialResult(ctx, tenderId, lotNumber), input.question);
    } else if (input.intent === 'why') {
      answer = whyAsk;
    } else {
      answer = notUnderstood();
    }
    const kept = await recordTurns(ctx, row, {
      turns: [userTurn(said.text, input, null), assistantTurn(answer, null)],
      state: stateOf(row),
      status: row.status,
      tenderId: row.tender_id,
      optionsReviewId: null,
    });
    return { row: kept, shown: await officialResultKind.show(ctx, kept) };
  },
};
