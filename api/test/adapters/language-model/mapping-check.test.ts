import { describe, expect, it } from 'vitest';
import { checkedMapping } from '../../../src/adapters/language-model/mapping-check.ts';
import type { MappingContext } from '../../../src/adapters/language-model/mapping-context.ts';

const context: MappingContext = {
  language: 'en',
  vocabulary: {
    choices: [{ id: 'open', names: ['open procedure'] }],
    criteria: [{ id: 'price', names: ['price'] }],
    options: [{ id: 'opt-a', names: ['option A'] }],
  },
};

describe('checkedMapping', () => {
  it('keeps ids to their kind: criteria where criteria are meant, options where options are', () => {
    const ask = { intent: 'ask', question: { kind: 'whyFirst', optionId: 'opt-a' } };
    expect(checkedMapping(ask, context, 'Why is option A first?')).toEqual(ask);
    expect(
      checkedMapping(
        { intent: 'ask', question: { kind: 'whyFirst', optionId: 'price' } },
        context,
        'Why is price first?',
      ),
    ).toBeNull();
    expect(checkedMapping({ intent: 'choose', choice: 'open' }, context, 'open')).toEqual({
      intent: 'choose',
      choice: 'open',
    });
  });

  it('takes an intent with its own slots only', () => {
    expect(checkedMapping({ intent: 'back', text: 'back' }, context, 'back')).toBeNull();
    expect(checkedMapping({ intent: 'answer' }, context, 'yes')).toBeNull();
    expect(checkedMapping({ intent: 'choose', amount: '5' }, context, '5')).toBeNull();
  });

  it('takes yes or no only where the step asks for it', () => {
    expect(checkedMapping({ intent: 'confirm' }, { ...context, expects: ['amount'] }, 'ok')).toBe(
      null,
    );
    expect(checkedMapping({ intent: 'confirm' }, { ...context, expects: ['yesNo'] }, 'ok')).toEqual(
      { intent: 'confirm' },
    );
    expect(checkedMapping({ intent: 'back' }, { ...context, expects: ['amount'] }, 'back')).toEqual(
      { intent: 'back' },
    );
  });

  it('takes a percentage only as the person typed it, in either notation', () => {
    const weights = (percent: string) => ({
      intent: 'setWeights',
      weights: [{ criterionId: 'price', percent }],
    });
    expect(checkedMapping(weights('12.5'), context, 'Preis 12,5 Prozent')).not.toBeNull();
    expect(checkedMapping(weights('50'), context, 'price half of it')).toBeNull();
  });

  it('takes free text only from the words the person wrote', () => {
    const said = 'Wir brauchen   neue Notebooks für 4000 Arbeitsplätze';
    expect(checkedMapping({ intent: 'answer', text: 'neue notebooks' }, context, said)).toEqual({
      intent: 'answer',
      text: 'neue notebooks',
    });
    expect(checkedMapping({ intent: 'answer', text: 'Laptops' }, context, said)).toBeNull();
  });
});
