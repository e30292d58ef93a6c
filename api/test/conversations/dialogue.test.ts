import type { ConversationInput } from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import { advance, initialState, settle } from '../../src/domain/conversations/dialogue/advance.ts';
import { partsStep } from '../../src/domain/conversations/dialogue/parts-step.ts';
import { notUnderstood, present } from '../../src/domain/conversations/dialogue/present.ts';
import type {
  DialogueState,
  PathDefinition,
  StepDefinition,
} from '../../src/domain/conversations/dialogue/types.ts';

/** A world with one switch: whether the optional middle step applies. */
interface World {
  withMiddle: boolean;
}

const text = (de: string, en = de) => ({ de, en });
const question = (words: string) => ({
  text: text(words),
  quickReplies: [],
  widget: null,
  examples: [text('42')],
  vocabulary: {},
  expects: ['number'] as const,
});

const numberStep = (
  id: string,
  extra: Partial<StepDefinition<World>> = {},
): StepDefinition<World> => ({
  id,
  title: text(id),
  why: text(`why ${id}`),
  rules: [{ text: text('rule'), source: '§ 1 Test' }],
  ask: () => question(`ask ${id}`),
  accept: (input) =>
    input.number === undefined
      ? { kind: 'reprompt', text: text('a number please') }
      : {
          kind: 'propose',
          proposal: {
            summary: text(`${id} = ${input.number}`),
            changes: [],
            actions: [{ kind: 'requestPublication' }],
            answer: input.number,
          },
        },
  ...extra,
});

const path: PathDefinition<World> = {
  path: 'tender',
  greeting: text('hello'),
  done: text('done'),
  steps: [
    numberStep('first'),
    numberStep('middle', { applies: ({ world }) => world.withMiddle, optional: true }),
    partsStep<World>({
      id: 'last',
      title: text('last'),
      why: text('why last'),
      rules: [],
      parts: [
        {
          key: 'amount',
          ask: () => question('how much?'),
          read: (input) => (input.amount === undefined ? null : { value: input.amount }),
        },
        {
          key: 'years',
          alsoFromEarlierAnswers: true,
          ask: () => question('how long?'),
          read: (input) => (input.duration === undefined ? null : { value: input.duration.years }),
        },
      ],
      propose: (collected) => ({
        summary: text(`${String(collected.amount)} for ${String(collected.years)}`),
        changes: [],
        actions: [],
        answer: collected,
      }),
    }),
  ],
};

function turn(state: DialogueState, input: ConversationInput, world: World = { withMiddle: true }) {
  const result = advance(path, state, input, world, 'de', '/edit');
  return { ...result, state: settle(path, result.state, world, 'de') };
}

describe('the dialogue', () => {
  it('proposes, and only a confirmation moves on and hands out the actions', () => {
    let state = initialState(path);
    const proposed = turn(state, { intent: 'answer', number: '7' });
    expect(proposed.actions).toEqual([]);
    expect(proposed.state.pending?.summary.de).toBe('first = 7');
    expect(proposed.state.stepId).toBe('first');
    const declined = turn(proposed.state, { intent: 'decline' });
    expect(declined.state.pending).toBeNull();
    expect(declined.state.answers).toEqual({});
    state = turn(declined.state, { intent: 'answer', number: '8' }).state;
    const confirmed = turn(state, { intent: 'confirm' });
    expect(confirmed.actions).toEqual([{ kind: 'requestPublication' }]);
    expect(confirmed.state).toMatchObject({
      stepId: 'middle',
      answers: { first: '8' },
      done: ['first'],
    });
    expect(confirmed.ask).toBe(true);
  });

  it('passes over a step that does not apply, both ways', () => {
    const first = turn(
      turn(initialState(path), { intent: 'answer', number: '1' }, { withMiddle: false }).state,
      { intent: 'confirm' },
      { withMiddle: false },
    );
    expect(first.state.stepId).toBe('last');
    const back = turn(first.state, { intent: 'back' }, { withMiddle: false });
    expect(back.state.stepId).toBe('first');
    expect(back.state.answers.first).toBe('1');
  });

  it('skips an optional step on "next", refuses to skip a needed one, and keeps an answer when coming back', () => {
    const start = initialState(path);
    expect(turn(start, { intent: 'next' }).messages[0]?.kind).toBe('reprompt');
    const atMiddle = turn(turn(start, { intent: 'answer', number: '1' }).state, {
      intent: 'confirm',
    }).state;
    const skipped = turn(atMiddle, { intent: 'next' });
    expect(skipped.state.stepId).toBe('last');
    expect(skipped.state.answers).toHaveProperty('middle', null);
    const backToFirst = turn(turn(skipped.state, { intent: 'back' }).state, {
      intent: 'back',
    }).state;
    expect(backToFirst.stepId).toBe('first');
    const kept = turn(backToFirst, { intent: 'next' });
    expect(kept.actions).toEqual([]);
    expect(kept.state.answers.first).toBe('1');
    expect(kept.state.stepId).toBe('middle');
  });

  it('says why, with the rule and its source, and refuses to go back before the first step', () => {
    const why = turn(initialState(path), { intent: 'why' });
    expect(why.messages[0]).toMatchObject({
      text: { de: 'why first' },
      rules: [{ source: '§ 1 Test' }],
    });
    expect(turn(initialState(path), { intent: 'back' }).messages[0]?.text.en).toMatch(/first step/);
  });

  it('re-prompts what a step cannot read, and what nobody understood, with examples', () => {
    expect(turn(initialState(path), { intent: 'answer', text: 'viele' }).messages[0]).toEqual({
      kind: 'reprompt',
      text: text('a number please'),
    });
    const shown = present(path, initialState(path), { withMiddle: true }, 'en');
    expect(notUnderstood(shown.question).text.en).toBe(
      'I did not understand that. For example: “42”',
    );
  });

  it('collects the parts of a step, one answer filling two of them', () => {
    let state: DialogueState = { ...initialState(path), stepId: 'last', done: ['first'] };
    const both = turn(state, {
      intent: 'answer',
      amount: '1200000',
      duration: { years: 4, months: 0 },
    });
    expect(both.state.pending?.summary.de).toBe('1200000 for 4');
    state = turn(state, { intent: 'answer', amount: '5' }).state;
    expect(present(path, state, { withMiddle: true }, 'de').question?.text.de).toBe('how long?');
    expect(
      turn(state, { intent: 'answer', duration: { years: 2, months: 0 } }).state.pending?.answer,
    ).toEqual({ amount: '5', years: 2 });
    const done = turn(turn(state, { intent: 'answer', duration: { years: 2, months: 0 } }).state, {
      intent: 'confirm',
    });
    expect(done.state.stepId).toBeNull();
    expect(present(path, done.state, { withMiddle: true }, 'de').message).toEqual({
      kind: 'done',
      text: text('done'),
    });
  });

  it('shows a pending proposal with yes and no, and the steps with their status', () => {
    const proposed = turn(initialState(path), { intent: 'answer', number: '3' }).state;
    const shown = present(path, proposed, { withMiddle: false }, 'de');
    expect(shown.prompt.proposal?.summary.de).toBe('first = 3');
    expect(shown.prompt.quickReplies.map((r) => r.input.intent)).toEqual([
      'confirm',
      'decline',
      'why',
    ]);
    expect(shown.steps.map((s) => [s.id, s.status])).toEqual([
      ['first', 'current'],
      ['last', 'open'],
    ]);
  });
});
