import type { ConversationInput, ConversationText, EvaluationScheme } from '@tenderwise/schema';
import type { StepContext, StepDefinition, StepOutcome } from '../../../dialogue/types.ts';
import type { TenderWorld } from '../../world.ts';
import { idsIn } from './checklist-input.ts';
import { namesOf } from './named.ts';
import { proposeScheme } from './propose-scheme.ts';
import { schemeOf } from './starter-scheme.ts';
import { doneReply, lines, saysDone, tx } from './texts.ts';

interface ScalesScratch {
  /** A minimum score by leaf; null removes it. */
  minimumScores: Record<string, number | null>;
  /** Anchor texts written by the person, by leaf and level. */
  anchors: Record<string, Record<number, string>>;
}

export type ScalesAnswer = ScalesScratch;

type Ordinal = Extract<EvaluationScheme['award'][number], { kind: 'ordinal' }>;

function ordinalsOf(scheme: EvaluationScheme): Ordinal[] {
  return scheme.award.filter((node): node is Ordinal => node.kind === 'ordinal');
}

function scratchOf(context: StepContext<TenderWorld>): ScalesScratch {
  return (context.scratch as ScalesScratch | undefined) ?? { minimumScores: {}, anchors: {} };
}

const ANCHOR_SHOWN = 90;

function short(text: string): string {
  return text.length <= ANCHOR_SHOWN ? text : `${text.slice(0, ANCHOR_SHOWN - 1)}…`;
}

/** The leaves as they would be with the edits so far. */
function edited(leaves: Ordinal[], scratch: ScalesScratch): Ordinal[] {
  return leaves.map((leaf) => {
    const { minimumScore: _old, ...rest } = leaf;
    const minimum =
      leaf.id in scratch.minimumScores ? scratch.minimumScores[leaf.id] : leaf.minimumScore;
    const written = scratch.anchors[leaf.id] ?? {};
    const anchors = Array.from(
      {
        length: Math.max(
          leaf.anchors.length,
          ...Object.keys(written).map((level) => Number(level) + 1),
        ),
      },
      (_, level) => {
        const text = written[level];
        return text === undefined ? leaf.anchors[level] : { de: text, en: text };
      },
    ).filter((anchor) => anchor !== undefined);
    return {
      ...rest,
      anchors,
      ...(minimum === null || minimum === undefined ? {} : { minimumScore: minimum }),
    };
  });
}

function describe(leaf: Ordinal): ConversationText {
  const minimum = leaf.minimumScore;
  const anchors = leaf.anchors.map((anchor, level) => ({ level, anchor }));
  return tx(
    `${leaf.title.de} (0–${leaf.scale}${minimum === undefined ? '' : `, Mindestpunktzahl ${minimum}`}): ${anchors.map(({ level, anchor }) => `${level} = ${short(anchor.de)}`).join(' | ')}`,
    `${leaf.title.en} (0–${leaf.scale}${minimum === undefined ? '' : `, minimum score ${minimum}`}): ${anchors.map(({ level, anchor }) => `${level} = ${short(anchor.en)}`).join(' | ')}`,
  );
}

type Edit =
  | { kind: 'minimum'; id: string; score: number | null }
  | { kind: 'anchor'; id: string; level: number; text: string };

function readEdit(
  input: ConversationInput,
  leaves: Ordinal[],
): Edit | { reprompt: ConversationText } | null {
  const text = input.text ?? '';
  const named = namesOf(leaves);
  const colon = text.indexOf(':');
  const head = colon < 0 ? text : text.slice(0, colon);
  const minimum = /mindest|minimum|min\./i.test(text);
  const anchor = minimum ? null : /(anker|anchor|stufe|level)\s*(\d{1,2})/i.exec(head);
  if (anchor === null && !minimum) return null;
  const ids = idsIn({ ...input, text: anchor === null ? text : head }, named);
  if (ids.length !== 1) {
    return {
      reprompt: tx(
        `Für welches Kriterium? Nennen Sie genau eines: ${leaves.map((leaf) => leaf.title.de).join(', ')}.`,
        `For which criterion? Name exactly one: ${leaves.map((leaf) => leaf.title.en).join(', ')}.`,
      ),
    };
  }
  const leaf = leaves.find((item) => item.id === ids[0])!;
  if (anchor !== null) {
    const level = Number(anchor[2]);
    const written = colon < 0 ? '' : text.slice(colon + 1).trim();
    if (level > leaf.scale || written.length < 3) {
      return {
        reprompt: tx(
          `Schreiben Sie die Stufe (0 bis ${leaf.scale}) und nach einem Doppelpunkt, was sie verlangt, z. B. „Anker 3 bei ${leaf.title.de}: …“.`,
          `Write the level (0 to ${leaf.scale}) and, after a colon, what it requires, e.g. “anchor 3 for ${leaf.title.en}: …”.`,
        ),
      };
    }
    return { kind: 'anchor', id: leaf.id, level, text: written };
  }
  if (/(^|[^\p{L}])(keine?|ohne|streichen|no|without|remove)($|[^\p{L}])/iu.test(text)) {
    return { kind: 'minimum', id: leaf.id, score: null };
  }
  const number =
    input.number ??
    /(?:mindest\w*|minimum(?:\s+score)?|min\.)\s*(?:von|of|:|=)?\s*(\d{1,2})\b/i.exec(text)?.[1] ??
    /\b(\d{1,2})\s*(?:punkte|points)\b/i.exec(text)?.[1];
  if (number === undefined || !/^\d{1,2}$/.test(number)) {
    return {
      reprompt: tx(
        `Welche Mindestpunktzahl soll für ${leaf.title.de} gelten (0 bis ${leaf.scale})?`,
        `Which minimum score is to apply to ${leaf.title.en} (0 to ${leaf.scale})?`,
      ),
    };
  }
  const score = Number(number);
  if (score > leaf.scale) {
    return {
      reprompt: tx(
        `Die Skala von ${leaf.title.de} reicht nur bis ${leaf.scale}; eine Mindestpunktzahl von ${score} wäre unerreichbar.`,
        `The scale of ${leaf.title.en} only goes up to ${leaf.scale}; a minimum score of ${score} could not be reached.`,
      ),
    };
  }
  return { kind: 'minimum', id: leaf.id, score };
}

function propose(context: StepContext<TenderWorld>, scratch: ScalesScratch): StepOutcome {
  const base = schemeOf(context.world);
  const leaves = ordinalsOf(base);
  const changedLeaves = new Map(edited(leaves, scratch).map((leaf) => [leaf.id, leaf]));
  const scheme: EvaluationScheme = {
    ...base,
    award: base.award.map((node) => changedLeaves.get(node.id) ?? node),
  };
  const title = (id: string) => leaves.find((leaf) => leaf.id === id)!.title;
  return proposeScheme({
    scheme,
    summary: tx(
      'Skalen, Notenanker und Mindestpunktzahlen, wie sie veröffentlicht werden.',
      'Scales, anchors and minimum scores as they will be published.',
    ),
    changes: [
      ...Object.entries(scratch.minimumScores).map(([id, score]) => ({
        label: tx(`Mindestpunktzahl ${title(id).de}`, `Minimum score ${title(id).en}`),
        value: score === null ? tx('keine', 'none') : tx(`${score}`, `${score}`),
      })),
      ...Object.entries(scratch.anchors).flatMap(([id, levels]) =>
        Object.entries(levels).map(([level, text]) => ({
          label: tx(`Anker ${level} ${title(id).de}`, `Anchor ${level} ${title(id).en}`),
          value: tx(text, text),
        })),
      ),
    ],
    answer: scratch satisfies ScalesAnswer,
  });
}

export const scalesStep: StepDefinition<TenderWorld> = {
  id: 'scales',
  title: tx('Skalen, Notenanker und Mindestpunktzahlen', 'Scales, anchors and minimum scores'),
  why: tx(
    'Jeder Bieter muss vorher wissen, was für jede Punktzahl verlangt wird; nur dann lassen sich Angebote gleich und nachvollziehbar bewerten. Eine Mindestpunktzahl schließt Angebote aus, die in einem Kriterium zu schwach sind.',
    'Every bidder must know beforehand what each score requires; only then can bids be scored equally and traceably. A minimum score excludes bids too weak in one criterion.',
  ),
  rules: [
    {
      text: tx(
        'Zuschlagskriterien und Gewichtung werden vorab bekanntgemacht, und die Angaben der Bieter müssen wirksam überprüft werden können; Notenanker machen sichtbar, was jede Punktzahl verlangt.',
        'Award criteria and weighting are announced beforehand, and the bidders’ information must be effectively verifiable; anchors show what each score requires.',
      ),
      source: '§ 127 Abs. 4 und 5 GWB, § 58 Abs. 3 VgV',
    },
    {
      text: tx(
        'Mindestpunktzahlen in einzelnen Zuschlagskriterien sind zulässig, wenn sie vorab bekanntgemacht sind; wer sie verfehlt, scheidet aus.',
        'Minimum scores in single award criteria are lawful if announced beforehand; a bid missing one is excluded.',
      ),
      source: 'EuGH, Urteil vom 20. September 2018, C-546/16 (Montte)',
    },
  ],
  applies: (context) => context.world.tender !== null,
  ask(context) {
    const scratch = scratchOf(context);
    const leaves = edited(ordinalsOf(schemeOf(context.world)), scratch);
    return {
      text:
        leaves.length === 0
          ? tx(
              'Das Schema hat keine Kriterien mit Punkteskala; hier ist nichts festzulegen. Sagen Sie „fertig“.',
              'The scheme has no criteria on a points scale; there is nothing to set here. Say “done”.',
            )
          : lines(
              tx(
                'Diese Kriterien werden auf einer Skala bewertet; für jede Stufe steht, was sie verlangt:',
                'These criteria are scored on a scale; each level says what it requires:',
              ),
              ...leaves.map(describe),
              tx(
                'Sie können eine Mindestpunktzahl festlegen oder einen Notenanker neu schreiben – oder „fertig“ sagen.',
                'You can set a minimum score or rewrite an anchor – or say “done”.',
              ),
            ),
      quickReplies: [doneReply],
      widget: { kind: 'schemePreview' },
      examples: [
        tx('Mindestpunktzahl 2 bei Migration', 'minimum score 2 for migration'),
        tx(
          'Anker 3 bei Migration: Konzept für alle Fachverfahren mit Zeitplan',
          'anchor 3 for migration: a concept for every specialist application with a schedule',
        ),
        tx('keine Mindestpunktzahl bei Migration', 'no minimum score for migration'),
      ],
      vocabulary: {
        criteria: namesOf(leaves),
        choices: [{ id: 'done', names: ['fertig', 'done'] }],
      },
      // Only text: a sentence names the criterion and the number together, so it is read whole.
      expects: ['text'],
    };
  },
  accept(input, context) {
    const scratch = scratchOf(context);
    if (saysDone(input)) return propose(context, scratch);
    const edit = readEdit(input, ordinalsOf(schemeOf(context.world)));
    if (edit === null) {
      return {
        kind: 'reprompt',
        text: tx(
          'Das habe ich nicht verstanden. Zum Beispiel: „Mindestpunktzahl 2 bei Migration“, „Anker 3 bei Migration: …“ oder „fertig“.',
          'I did not understand that. For example: “minimum score 2 for migration”, “anchor 3 for migration: …” or “done”.',
        ),
      };
    }
    if ('reprompt' in edit) return { kind: 'reprompt', text: edit.reprompt };
    const next: ScalesScratch =
      edit.kind === 'minimum'
        ? { ...scratch, minimumScores: { ...scratch.minimumScores, [edit.id]: edit.score } }
        : {
            ...scratch,
            anchors: {
              ...scratch.anchors,
              [edit.id]: { ...scratch.anchors[edit.id], [edit.level]: edit.text },
            },
          };
    return {
      kind: 'continue',
      scratch: next,
      text: tx('Notiert. Noch etwas, oder „fertig“?', 'Noted. Anything else, or “done”?'),
    };
  },
};
