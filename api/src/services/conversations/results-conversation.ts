import type { AssistantMessage, ConversationText, QuickReply } from '@tenderwise/schema';
import type { ConversationRow } from '../../db/repositories/conversations.ts';
import type { DB } from '../../db/types.ts';
import type { ParseContext, ParseVocabulary } from '../../domain/conversations/parser/context.ts';
import { berlinDayOf } from '../../domain/deadlines/time.ts';
import { readableReview } from '../options-reviews/review-steps.ts';
import type { ConversationKind } from './conversation-kind.ts';
import { assistantTurn, recordTurns, stateOf, userTurn } from './conversation-steps.ts';
import { parseTurn } from './parse-turn.ts';
import { answerResultQuestion } from './results/answer-result-question.ts';
import { resultsVocabulary } from './results/results-vocabulary.ts';

const reviewOf = (row: ConversationRow): string => {
  // The table's check keeps a results conversation tied to its review.
  if (row.options_review_id === null) throw new Error('a results conversation without a review');
  return row.options_review_id;
};

const examples: ConversationText[] = [
  { de: 'Warum liegt die erste Option vorne?', en: 'Why is the first option first?' },
  { de: 'Was wäre, wenn die Kosten 50 % zählen?', en: 'What if cost counted 50 %?' },
  { de: 'Wie robust ist die Rangfolge?', en: 'How robust is the ranking?' },
  {
    de: 'Welche Optionen unterliegen dem US CLOUD Act?',
    en: 'Which options are exposed to the US CLOUD Act?',
  },
  {
    de: 'Was bräuchte die zweite Option, um die erste zu überholen?',
    en: 'What would the second option need to overtake the first?',
  },
];

const priceNames = ['preis', 'price', 'kosten', 'cost'];

/** The questions offered as buttons; the what-if only where the price criterion is known. */
function quickReplies(vocabulary: ParseVocabulary): QuickReply[] {
  const price = vocabulary.criteria?.find((c) =>
    c.names.some((name) => priceNames.includes(name.toLowerCase())),
  );
  return [
    {
      label: { de: 'Warum liegt die erste Option vorne?', en: 'Why is the first option first?' },
      input: { intent: 'ask', question: { kind: 'whyFirst' } },
    },
    ...(price === undefined
      ? []
      : [
          {
            label: {
              de: 'Was wäre, wenn die Kosten 50 % zählen?',
              en: 'What if cost counted 50 %?',
            },
            input: {
              intent: 'ask' as const,
              question: { kind: 'whatIf' as const, criterionId: price.id, percent: '50' },
            },
          },
        ]),
    {
      label: { de: 'Wie robust ist die Rangfolge?', en: 'How robust is the ranking?' },
      input: { intent: 'ask', question: { kind: 'robustness' } },
    },
    {
      label: { de: 'Wer unterliegt dem US CLOUD Act?', en: 'Who is exposed to the US CLOUD Act?' },
      input: { intent: 'ask', question: { kind: 'exposure', law: 'cloudAct' } },
    },
  ];
}

const noSteps: AssistantMessage = {
  kind: 'info',
  text: {
    de: 'Hier gibt es keine Schritte: Stellen Sie eine Frage zu den Ergebnissen.',
    en: 'There are no steps here: ask a question about the results.',
  },
};

const whyAsk: AssistantMessage = {
  kind: 'info',
  text: {
    de: 'Ich beantworte Fragen zu den Ergebnissen mit den Zahlen des Rechenkerns, denselben wie auf der Ergebnisseite und in der Analyse-API. Eine Was-wäre-wenn-Frage ändert die beschlossenen Gewichte nie.',
    en: 'I answer questions about the results with the engine’s figures, the same as on the results page and in the analysis API. A what-if question never changes the adopted weights.',
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

/** Questions about an options review's results, answered with the engine's figures. */
export const resultsKind: ConversationKind = {
  async start(ctx, row) {
    const { review } = await readableReview(ctx, 'getOptionsReviewResults', reviewOf(row));
    return [
      assistantTurn(
        {
          kind: 'info',
          text: {
            de: `Fragen Sie mich zu den Ergebnissen des Optionenvergleichs „${review.title}“.`,
            en: `Ask me about the results of the options review “${review.title}”.`,
          },
        },
        null,
      ),
      assistantTurn(whyAsk, null),
    ];
  },

  async show(ctx, row) {
    const { vocabulary } = await resultsVocabulary(ctx, reviewOf(row));
    const { review } = await readableReview(ctx, 'getOptionsReviewResults', reviewOf(row));
    return {
      steps: [],
      prompt: { quickReplies: quickReplies(vocabulary), widget: null, proposal: null, examples },
      draft: {
        facts: [
          {
            label: { de: 'Optionenvergleich', en: 'Options review' },
            value: { de: review.title, en: review.title },
          },
        ],
        scheme: null,
      },
      currentStepId: null,
    };
  },

  async understand(ctx, row, text) {
    const { vocabulary } = await resultsVocabulary(ctx, reviewOf(row));
    const context: ParseContext = {
      language: row.language,
      vocabulary,
      expects: ['question'],
      today: berlinDayOf((await ctx.clock.now<DB>(ctx.db)).toISOString()).toString(),
    };
    return { input: parseTurn(text, context), context };
  },

  async take(ctx, row, said) {
    const { input } = said;
    let answer: AssistantMessage;
    if (input.intent === 'ask' && input.question !== undefined) {
      answer = await answerResultQuestion(ctx, {
        reviewId: reviewOf(row),
        question: input.question,
      });
    } else if (input.intent === 'why') {
      answer = whyAsk;
    } else if (input.intent === 'back' || input.intent === 'next') {
      answer = noSteps;
    } else {
      answer = notUnderstood();
    }
    return recordTurns(ctx, row, {
      turns: [userTurn(said.text, input, null), assistantTurn(answer, null)],
      state: stateOf(row),
      status: row.status,
      tenderId: null,
      optionsReviewId: row.options_review_id,
    });
  },
};
