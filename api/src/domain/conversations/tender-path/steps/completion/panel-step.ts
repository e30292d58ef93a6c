import type { ConversationText, QuickReply } from '@tenderwise/schema';
import { partsStep, type Collected, type StepPart } from '../../../dialogue/parts-step.ts';
import type { ConversationAction, StepContext } from '../../../dialogue/types.ts';
import type { TenderWorld } from '../../world.ts';
import {
  addMember,
  chosenIds,
  colleagueReplies,
  eligible,
  holders,
  listText,
  nameOf,
  none,
  noneReply,
  unknownAmong,
  vocabularyOf,
} from './team.ts';
import { empty, join } from './texts.ts';

type Context = StepContext<TenderWorld>;

/** Four-eyes scoring: every bid is scored by at least two evaluators independently. */
export const minimumEvaluators = 2;
const defaultThreshold = 2;

const thresholdOf = (context: Context) =>
  context.world.scheme?.divergenceThreshold ?? defaultThreshold;

/** The consensus rule in words, as recorded with the step's answer. */
export function consensusRule(threshold: number): ConversationText {
  return {
    de: `Jede Person bewertet zunächst allein und begründet ihre Punkte mit den veröffentlichten Notenankern. Danach einigt sich das Gremium in einer Konsensrunde auf eine Punktzahl je Kriterium mit gemeinsamer Begründung; Mittelwert und Median sind nur Hilfen. Liegen die Einzelwertungen mehr als ${threshold} Skalenpunkte auseinander, wird das markiert und die Abweichung in der Konsensrunde eigens besprochen und begründet. Die Einzelwertungen bleiben in der Akte.`,
    en: `Each evaluator first scores alone, justifying the points by the published anchors. The panel then agrees one score per criterion with a joint justification in a consensus meeting; mean and median are aids only. Individual scores more than ${threshold} scale points apart are flagged, and the divergence is discussed and justified in the meeting. The individual scores stay on file.`,
  };
}

const conflictNote: ConversationText = {
  de: 'Jedes Mitglied erklärt selbst im Team-Reiter, dass kein Interessenkonflikt besteht (§ 6 VgV); das kann ich nicht für andere erklären.',
  en: 'Each member declares for themselves on the Team tab that there is no conflict of interest (§ 6 VgV); I cannot declare for anyone.',
};

const chosenOf = (collected: Collected, key: string) =>
  Array.isArray(collected[key]) ? (collected[key] as string[]) : [];

function pickPart(
  key: 'evaluators' | 'reviewers',
  capacity: 'evaluator' | 'reviewer',
): StepPart<TenderWorld> {
  const texts = {
    evaluators: {
      question: (held: ConversationText | null) =>
        held === null
          ? {
              de: `Wer bewertet die Angebote? Bitte mindestens ${minimumEvaluators} Personen wählen: Jede bewertet allein, dann einigt sich das Gremium (Vier-Augen-Prinzip).`,
              en: `Who scores the bids? Please choose at least ${minimumEvaluators} people: each scores alone, then the panel agrees (four-eyes principle).`,
            }
          : {
              de: `Bewertende sind schon: ${held.de}. Wer kommt hinzu?`,
              en: `Evaluators already: ${held.en}. Who else?`,
            },
      examples: [
        { de: 'Meier und Schulz', en: 'Meier and Schulz' },
        { de: 'niemand weiter', en: 'nobody else' },
      ],
    },
    reviewers: {
      question: (held: ConversationText | null) =>
        held === null
          ? {
              de: 'Wer soll den Entwurf und später die Wertung lesend prüfen (z. B. der IT-Ausschuss)? Prüfende bewerten nicht.',
              en: 'Who is to read and check the draft and later the evaluation (e.g. the IT committee)? Reviewers do not score.',
            }
          : {
              de: `Prüfende sind schon: ${held.de}. Wer kommt hinzu?`,
              en: `Reviewers already: ${held.en}. Who else?`,
            },
      examples: [
        { de: 'Yilmaz', en: 'Yilmaz' },
        { de: 'niemand', en: 'nobody' },
      ],
    },
  }[key];
  const candidates = (context: Context, collected: Collected) => {
    const held = holders(context.world.team, capacity);
    // An evaluator scores; checking the same evaluation as a reviewer would be a second hat.
    const other = key === 'reviewers' ? chosenOf(collected, 'evaluators') : [];
    return eligible(context.world, ['officer', 'reviewer'], [...held, ...other]);
  };
  return {
    key,
    ask(context, collected) {
      const held = holders(context.world.team, capacity);
      const options = candidates(context, collected);
      const heldNames =
        held.length === 0 ? null : listText(held.map((id) => nameOf(context.world, id)));
      const replies: QuickReply[] = [];
      const missing = key === 'evaluators' ? Math.max(0, minimumEvaluators - held.length) : 0;
      if (missing > 0 && options.length >= missing) {
        const suggestion = options.slice(0, missing).map((c) => c.id);
        const names = listText(suggestion.map((id) => nameOf(context.world, id)));
        replies.push({
          label: { de: `Vorschlag: ${names.de}`, en: `Suggestion: ${names.en}` },
          input: { intent: 'choose', choices: suggestion },
        });
      }
      if (missing === 0) {
        replies.push(
          noneReply(
            held.length === 0
              ? { de: 'Niemand', en: 'Nobody' }
              : { de: 'Keine weiteren', en: 'No more' },
          ),
        );
      }
      replies.push(...colleagueReplies(options));
      return {
        text: join(texts.question(heldNames), key === 'evaluators' ? conflictNote : empty),
        quickReplies: replies.slice(0, 14),
        widget:
          options.length === 0
            ? null
            : {
                kind: 'checklist',
                items: options.map((c) => ({
                  id: c.id,
                  label: { de: c.name, en: c.name },
                  checked: false,
                })),
              },
        examples: texts.examples,
        vocabulary: { choices: vocabularyOf(options, [none]) },
        expects: ['choices'],
      };
    },
    read(input, context, collected) {
      let ids = input.intent === 'decline' ? ['none'] : chosenIds(input);
      if (ids === null) return null;
      if (ids.includes('none')) ids = [];
      const held = holders(context.world.team, capacity);
      ids = ids.filter((id) => !held.includes(id));
      if (unknownAmong(ids, candidates(context, collected)).length > 0) {
        return {
          reprompt: {
            de: 'Bitte nur Personen aus der Liste wählen (Beschaffungspersonen oder Ausschussmitglieder der Vergabestelle; wer bewertet, prüft nicht zugleich).',
            en: 'Please choose only people from the list (officers or committee members of the authority; an evaluator is not also a reviewer).',
          },
        };
      }
      if (key === 'evaluators' && held.length + ids.length < minimumEvaluators) {
        return {
          reprompt: {
            de: `Für das Vier-Augen-Prinzip werden mindestens ${minimumEvaluators} Bewertende gebraucht; bisher sind es ${held.length + ids.length}. Bitte alle auf einmal nennen.`,
            en: `Four-eyes scoring needs at least ${minimumEvaluators} evaluators; so far there are ${held.length + ids.length}. Please name them all at once.`,
          },
        };
      }
      return { value: ids };
    },
  };
}

const thresholdPart: StepPart<TenderWorld> = {
  key: 'divergenceThreshold',
  needed: (context) => context.world.scheme !== null,
  ask(context) {
    const current = thresholdOf(context);
    const reply = (value: number): QuickReply => ({
      label: { de: `${value} Punkte`, en: `${value} points` },
      input: { intent: 'answer', number: String(value) },
    });
    return {
      text: join(consensusRule(current), {
        de: `Ab welcher Abweichung soll markiert werden? Derzeit: mehr als ${current} Skalenpunkte. „Ja“ behält das bei.`,
        en: `From which divergence on is it flagged? Now: more than ${current} scale points. “Yes” keeps it.`,
      }),
      quickReplies: [
        {
          label: { de: `Beibehalten (${current})`, en: `Keep (${current})` },
          input: { intent: 'confirm' },
        },
        ...[1, 2, 3].filter((value) => value !== current).map(reply),
      ],
      widget: null,
      examples: [
        { de: '3 Punkte', en: '3 points' },
        { de: 'beibehalten', en: 'keep it' },
      ],
      vocabulary: {
        choices: [
          { id: 'keep', names: ['beibehalten', 'so lassen', 'keep', 'keep it', 'unchanged'] },
        ],
      },
      expects: ['number', 'choice'],
    };
  },
  read(input, context) {
    if (input.intent === 'confirm' || (input.intent === 'choose' && input.choice === 'keep')) {
      return { value: thresholdOf(context) };
    }
    if (input.intent !== 'answer' || input.number === undefined) return null;
    const value = Number(input.number);
    if (!Number.isInteger(value) || value < 1 || value > 10) {
      return {
        reprompt: {
          de: 'Die Schwelle ist eine ganze Zahl von 1 bis 10 Skalenpunkten.',
          en: 'The threshold is a whole number from 1 to 10 scale points.',
        },
      };
    }
    return { value };
  },
};

/**
 * The second officer who approves the publication: four eyes (ADR 0038), never the officer who
 * asks for it. Asked only while the team has no officer besides the person talking.
 */
const approverPart: StepPart<TenderWorld> = {
  key: 'approver',
  needed: (context) =>
    holders(context.world.team, 'officer').filter((id) => id !== context.world.userId).length === 0,
  ask(context) {
    const options = eligible(context.world, ['officer'], holders(context.world.team, 'officer'));
    return {
      text: {
        de: 'Wer gibt die Veröffentlichung frei? Das muss eine zweite Beschaffungsperson im Team sein, nicht Sie selbst (Vier-Augen-Prinzip). Sie kommt als Beschaffungsperson ins Team.',
        en: 'Who approves the publication? It must be a second officer on the team, not yourself (four-eyes principle). They join the team as an officer.',
      },
      quickReplies: colleagueReplies(options),
      widget: null,
      examples: [{ de: 'Meier', en: 'Meier' }],
      vocabulary: { choices: vocabularyOf(options) },
      expects: ['choice'],
    };
  },
  read(input, context) {
    const ids = chosenIds(input);
    if (ids === null) return null;
    const options = eligible(context.world, ['officer'], holders(context.world.team, 'officer'));
    if (ids.length !== 1 || unknownAmong(ids, options).length > 0) {
      return {
        reprompt: {
          de: 'Bitte genau eine Beschaffungsperson aus der Liste wählen.',
          en: 'Please choose exactly one officer from the list.',
        },
      };
    }
    return { value: ids[0] };
  },
};

function propose(collected: Collected, context: Context) {
  const approver = typeof collected.approver === 'string' ? collected.approver : null;
  const evaluators = chosenOf(collected, 'evaluators');
  const reviewers = chosenOf(collected, 'reviewers');
  const current = thresholdOf(context);
  const threshold = Number(collected.divergenceThreshold ?? current);
  const { scheme } = context.world;
  const actions: ConversationAction[] = [
    ...(approver === null ? [] : [addMember(approver, 'officer')]),
    ...evaluators.map((id) => addMember(id, 'evaluator')),
    ...reviewers.map((id) => addMember(id, 'reviewer')),
  ];
  if (scheme !== null && threshold !== current) {
    actions.push({
      kind: 'saveLotScheme',
      lotNumber: 1,
      source: { kind: 'edited', scheme: { ...scheme, divergenceThreshold: threshold } },
    });
  }
  const names = (ids: string[]) =>
    ids.length === 0
      ? { de: 'niemand neu', en: 'nobody new' }
      : listText(ids.map((id) => nameOf(context.world, id)));
  const rule = consensusRule(threshold);
  return {
    summary: join(
      {
        de: 'Ich ergänze das Bewertungsgremium und halte die Konsensregel fest.',
        en: 'I will complete the evaluation panel and record the consensus rule.',
      },
      threshold === current
        ? empty
        : {
            de: `Die Abweichungsschwelle im Wertungsschema von Los 1 wird von ${current} auf ${threshold} geändert.`,
            en: `The divergence threshold in lot 1's scheme changes from ${current} to ${threshold}.`,
          },
      conflictNote,
    ),
    changes: [
      ...(approver === null
        ? []
        : [{ label: { de: 'Freigabe durch', en: 'Approval by' }, value: names([approver]) }]),
      { label: { de: 'Bewertende', en: 'Evaluators' }, value: names(evaluators) },
      { label: { de: 'Prüfende', en: 'Reviewers' }, value: names(reviewers) },
      { label: { de: 'Konsensregel', en: 'Consensus rule' }, value: rule },
    ],
    actions,
    answer: {
      approver,
      evaluators,
      reviewers,
      divergenceThreshold: threshold,
      consensusRule: rule,
    },
  };
}

/** Step 14: the evaluation panel, its reviewers and how diverging scores are settled. */
export const panelStep = partsStep<TenderWorld>({
  id: 'panel',
  title: { de: 'Bewertungsgremium', en: 'Evaluation panel' },
  why: {
    de: 'Die Wertung muss nachvollziehbar und frei von Interessenkonflikten sein: Mehrere Personen bewerten unabhängig, und wie abweichende Wertungen zusammengeführt werden, steht vorher fest.',
    en: 'The evaluation must be traceable and free of conflicts of interest: several people score independently, and how diverging scores are brought together is settled beforehand.',
  },
  rules: [
    {
      text: {
        de: `Mindestens ${minimumEvaluators} Personen bewerten jedes Angebot unabhängig (Vier-Augen-Prinzip); jede Wertung wird begründet und dokumentiert.`,
        en: `At least ${minimumEvaluators} people score each bid independently (four-eyes principle); every score is justified and documented.`,
      },
      source: '§ 8 Abs. 1 VgV; Vier-Augen-Prinzip als Organisationsregel',
    },
    {
      text: {
        de: 'Die Punktvergabe muss so dokumentiert sein, dass sie nachvollziehbar ist; die Konsenswertung wird begründet.',
        en: 'The scoring must be documented so that it can be followed; the consensus score is justified.',
      },
      source: 'BGH, Beschl. v. 04.04.2017 – X ZB 3/17; § 58 Abs. 2 VgV',
    },
    {
      text: {
        de: 'Wer bei einem Interessenkonflikt mitwirkt, verletzt das Mitwirkungsverbot; jedes Mitglied erklärt selbst.',
        en: 'Nobody with a conflict of interest takes part; each member declares for themselves.',
      },
      source: '§ 6 VgV',
    },
  ],
  applies: (context) => context.world.tender !== null,
  parts: [
    approverPart,
    pickPart('evaluators', 'evaluator'),
    pickPart('reviewers', 'reviewer'),
    thresholdPart,
  ],
  propose,
});
