import type { AssistantMessage, ConversationText, QuickReply } from '@tenderwise/schema';
import type { ConversationRow } from '../../db/repositories/conversations.ts';
import type { DB } from '../../db/types.ts';
import type { ServiceContext } from '../context.ts';
import type { ParseContext, ParseVocabulary } from '../../domain/conversations/parser/context.ts';
import { berlinDayOf } from '../../domain/deadlines/time.ts';
import { readableReview } from '../options-reviews/review-steps.ts';
import type { ConversationKind } from './conversation-kind.ts';
import { assistantTurn, recordTurns, stateOf, userTurn } from './conversation-steps.ts';
import { parseUtterance } from '../../domain/conversations/parser/parse-utterance.ts';
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

/**
 * The answer said more conversationally by the operator's language model, where there is one:
 * in the conversation's language only, and only if the model kept every number of the engine's
 * answer as it was (the adapter checks); the figures and the other language stay as computed.
 */
async function rephrased(
  ctx: ServiceContext,
  answer: AssistantMessage,
  language: 'de' | 'en',
): Promise<AssistantMessage> {
  if (!ctx.languageModel || answer.kind !== 'answer') return answer;
  const text = await ctx.languageModel.rephrase(answer, language);
  // A message longer than the transcript keeps is no rephrasing of one.
  if (text === null || text.length > 8_000) return answer;
  return { ...answer, text: { ...answer.text, [language]: text } };
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
    // One read of the review for its names and its title.
    const { vocabulary, reviewTitle } = await resultsVocabulary(ctx, reviewOf(row));
    return {
      steps: [],
      prompt: { quickReplies: quickReplies(vocabulary), widget: null, proposal: null, examples },
      draft: {
        facts: [
          {
            label: { de: 'Optionenvergleich', en: 'Options review' },
            value: { de: reviewTitle, en: reviewTitle },
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
    return { input: parseUtterance(text, context), context };
  },

  async prepare(ctx, row, said) {
    const { input } = said;
    if (input.intent !== 'ask' || input.question === undefined) return undefined;
    const answer = await answerResultQuestion(ctx, {
      reviewId: reviewOf(row),
      question: input.question,
    });
    return rephrased(ctx, answer, row.language);
  },

  async take(ctx, row, said, prepared) {
    const { input } = said;
    let answer: AssistantMessage;
    if (prepared !== undefined) {
      answer = prepared as AssistantMessage;
    } else if (input.intent === 'ask' && input.question !== undefined) {
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
    const kept = await recordTurns(ctx, row, {
      turns: [userTurn(said.text, input, null), assistantTurn(answer, null)],
      state: stateOf(row),
      status: row.status,
      tenderId: null,
      optionsReviewId: row.options_review_id,
    });
    return { row: kept, shown: await resultsKind.show(ctx, kept) };
  },
};
