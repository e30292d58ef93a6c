import type { ConversationInput } from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import { advance, initialState, settle } from '../../src/domain/conversations/dialogue/advance.ts';
import { present } from '../../src/domain/conversations/dialogue/present.ts';
import type { DialogueState } from '../../src/domain/conversations/dialogue/types.ts';
import { reviewPath } from '../../src/domain/conversations/review-path/path.ts';
import { optionNames } from '../../src/domain/conversations/review-path/steps/options-step.ts';
import type { ReviewWorld } from '../../src/domain/conversations/review-path/world.ts';

const world: ReviewWorld = {
  today: '2027-01-11',
  userId: '00000000-0000-4000-8000-000000000001',
  templates: [
    {
      id: 'state-collaboration-suite',
      version: '1.0.0',
      title: { de: 'Kollaborationssuite', en: 'Collaboration suite' },
      useCase: { de: 'Zusammenarbeit', en: 'Collaboration' },
      regime: 'VgV',
    },
  ],
};

function drive(language: 'de' | 'en') {
  let state: DialogueState = initialState(reviewPath);
  return {
    turn(input: ConversationInput) {
      const result = advance(reviewPath, state, input, world, language);
      state = settle(reviewPath, result.state, world, language);
      return result;
    },
    get state() {
      return state;
    },
    view: () => present(reviewPath, state, world, language),
  };
}

describe('options-review path', () => {
  it('goes from the question to a new review with its template (German)', () => {
    const d = drive('de');
    expect(d.view().message.text.de).toContain('Schritt 1 von 3: Die Frage');
    const empty = d.turn({ intent: 'choose', choice: 'blank' });
    expect(empty.messages[0]!.kind).toBe('reprompt');
    expect(d.turn({ intent: 'answer', text: 'x'.repeat(201) }).messages[0]!.text.de).toContain(
      'zu lang',
    );
    d.turn({ intent: 'answer', text: 'Kollaborationsplattform für 4.000 Arbeitsplätze' });
    expect(d.view().message.text.de).toContain('Wofür und für wen ist „Kollaborationsplattform');
    d.turn({ intent: 'answer', text: 'Der IT-Ausschuss vergleicht drei Wege.' });
    expect(d.state.pending?.actions).toEqual([]);
    d.turn({ intent: 'confirm' });

    const date = d.view();
    expect(date.message.text.de).toContain('Stichtag');
    expect(date.prompt.quickReplies[1]!.input).toEqual({ intent: 'answer', date: '2027-02-08' });
    d.turn(date.prompt.quickReplies[1]!.input);
    const start = d.view();
    expect(start.prompt.quickReplies.slice(0, 2).map((r) => r.label.de)).toEqual([
      'Kollaborationssuite',
      'Leer beginnen',
    ]);
    expect(d.turn({ intent: 'choose', choice: 'unknown-template' }).messages[0]!.kind).toBe(
      'reprompt',
    );
    d.turn({ intent: 'choose', choice: 'state-collaboration-suite' });
    d.turn({ intent: 'confirm' });

    const one = d.turn({ intent: 'answer', text: 'openDesk' });
    expect(one.messages[0]!.text.de).toContain('mindestens zwei Optionen');
    d.turn({
      intent: 'answer',
      text: 'bisherige Suite, openDesk beim Landesdienstleister und souveräne Cloud',
    });
    const proposal = d.view().prompt.proposal!;
    expect(proposal.changes.at(-1)!.value.de).toBe(
      'bisherige Suite, openDesk beim Landesdienstleister und souveräne Cloud',
    );
    expect(d.state.pending?.actions).toEqual([
      {
        kind: 'createOptionsReview',
        input: {
          title: 'Kollaborationsplattform für 4.000 Arbeitsplätze',
          purpose: 'Der IT-Ausschuss vergleicht drei Wege.',
          referenceDate: '2027-02-08',
        },
      },
      {
        kind: 'saveReviewScheme',
        source: { kind: 'template', templateId: 'state-collaboration-suite' },
      },
    ]);
    const done = d.turn({ intent: 'confirm' });
    expect(done.actions).toHaveLength(2);
    expect(d.state.stepId).toBeNull();
    expect(d.view().message.text.de).toContain('/reviews');
  });

  it('starts blank, leaves the options for later, and goes back (English)', () => {
    const d = drive('en');
    d.turn({ intent: 'answer', text: 'GPU cluster' });
    d.turn({ intent: 'answer', text: 'The research board picks a compute provider.' });
    d.turn({ intent: 'confirm' });
    const unread = d.turn({ intent: 'answer', text: 'whenever' });
    expect(unread.messages[0]!.text.en).toContain('For example');
    d.turn({ intent: 'answer', date: '2027-03-15' });
    d.turn({ intent: 'choose', choices: ['blank'] });
    expect(d.view().prompt.proposal!.changes[1]!.value.en).toBe('blank scheme (price only)');
    d.turn({ intent: 'confirm' });
    d.turn({ intent: 'back' });
    expect(d.state.stepId).toBe('basis');
    d.turn({ intent: 'next' });
    expect(d.state.stepId).toBe('options');
    d.turn({ intent: 'choose', choice: 'later' });
    expect(d.state.pending?.actions).toEqual([
      {
        kind: 'createOptionsReview',
        input: {
          title: 'GPU cluster',
          purpose: 'The research board picks a compute provider.',
          referenceDate: '2027-03-15',
        },
      },
      { kind: 'saveReviewScheme', source: { kind: 'blank' } },
    ]);
    expect(d.view().prompt.proposal!.changes.at(-1)!.value.en).toBe('to be created later');
  });

  it('reads option names separated by commas, semicolons, lines and "and"', () => {
    expect(optionNames('A, B; C\nD and E und F.')).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(optionNames('A, A')).toEqual(['A']);
  });
});
