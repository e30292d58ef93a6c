import {
  conversationPaths as apiPaths,
  conversationStatuses as apiStatuses,
} from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import { conversationPaths, conversationStatuses } from '../src/lib/assistant/labels.ts';
import {
  chooseTurn,
  compareTurn,
  replyTurn,
  textTurn,
  weightsTurn,
} from '../src/lib/assistant/turn-form.ts';

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe('the chat’s forms as turns', () => {
  it('sends typed text to be parsed by the API, and asks for some', () => {
    expect(textTurn(form([['text', ' 1,2 Mio. € über 4 Jahre ']]))).toEqual({
      ok: true,
      turn: { text: '1,2 Mio. € über 4 Jahre' },
    });
    expect(textTurn(form([['text', '  ']]))).toMatchObject({
      ok: false,
      errors: { fields: { text: [{ key: 'form_field_required' }] } },
    });
  });

  it('sends a quick reply’s input as it came, and refuses one the contract does not know', () => {
    const input = { intent: 'choose', choice: 'openProcedure' };
    expect(
      replyTurn(
        form([
          ['input', JSON.stringify(input)],
          ['label', 'Offenes Verfahren'],
        ]),
      ),
    ).toEqual({ ok: true, turn: { input, label: 'Offenes Verfahren' } });
    for (const sent of ['{"intent":"guess"}', 'not json']) {
      expect(
        replyTurn(
          form([
            ['input', sent],
            ['label', 'x'],
          ]),
        ),
        sent,
      ).toMatchObject({
        ok: false,
        errors: { form: { key: 'assistant_turn_unreadable' } },
      });
    }
  });

  it('sends a pairwise judgement with its words, and asks for a point when none is chosen', () => {
    const fields: [string, string][] = [
      ['a', 'price'],
      ['b', 'quality'],
      ['aTitle', 'Preis'],
      ['bTitle', 'Qualität'],
    ];
    expect(compareTurn(form([...fields, ['scale', 'a3']]))).toEqual({
      ok: true,
      turn: {
        input: { intent: 'compare', comparison: { more: 'price', less: 'quality', factor: 3 } },
        label: 'Preis ist etwas wichtiger als Qualität (3)',
      },
    });
    expect(compareTurn(form(fields))).toMatchObject({
      ok: false,
      errors: { fields: { scale: [{ key: 'assistant_compare_required' }] } },
    });
  });

  it('sends the sliders’ raw weights, and refuses all zero or a number out of range', () => {
    const titles: [string, string][] = [
      ['title:price', 'Preis'],
      ['title:quality', 'Qualität'],
    ];
    expect(
      weightsTurn(form([...titles, ['weight:price', '30'], ['weight:quality', '10']])),
    ).toEqual({
      ok: true,
      turn: {
        input: {
          intent: 'setWeights',
          weights: [
            { criterionId: 'price', percent: '30' },
            { criterionId: 'quality', percent: '10' },
          ],
        },
        label: 'Gewichte: Preis 30, Qualität 10',
      },
    });
    expect(
      weightsTurn(form([...titles, ['weight:price', '0'], ['weight:quality', '0']])),
    ).toMatchObject({ ok: false, errors: { form: { key: 'assistant_weights_all_zero' } } });
    expect(
      weightsTurn(form([...titles, ['weight:price', '130'], ['weight:quality', '0']])),
    ).toMatchObject({
      ok: false,
      errors: { fields: { 'weight:price': [{ key: 'assistant_weight_invalid' }] } },
    });
  });

  it('sends the ticked items of a checklist, none ticked included', () => {
    const titles: [string, string][] = [
      ['title:bsiC5', 'BSI C5'],
      ['title:iso27001', 'ISO 27001'],
    ];
    expect(chooseTurn(form([...titles, ['choice', 'bsiC5']]))).toEqual({
      ok: true,
      turn: { input: { intent: 'choose', choices: ['bsiC5'] }, label: 'Ausgewählt: BSI C5' },
    });
    expect(chooseTurn(form(titles))).toEqual({
      ok: true,
      turn: { input: { intent: 'choose', choices: [] }, label: 'Nichts ausgewählt' },
    });
  });
});

// The pages keep their own copies of the API's value lists, so that no schema code reaches the
// browser; this keeps them equal.
describe('the assistant pages’ value lists', () => {
  it('are the API’s', () => {
    expect([...conversationPaths]).toEqual([...apiPaths]);
    expect([...conversationStatuses]).toEqual([...apiStatuses]);
  });
});
