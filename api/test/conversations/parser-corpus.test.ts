import { describe, expect, it } from 'vitest';
import { editDistanceWithin } from '../../src/domain/conversations/parser/edit-distance.ts';
import { readNumber } from '../../src/domain/conversations/parser/numbers.ts';
import { parseUtterance } from '../../src/domain/conversations/parser/parse-utterance.ts';
import { utterancesDe } from './utterances-de.ts';
import { utterancesEn } from './utterances-en.ts';
import { criteria, results, step } from './vocabulary.ts';

describe.each([
  ['German', utterancesDe],
  ['English', utterancesEn],
])('the %s corpus', (_, utterances) => {
  it.each(utterances.map((utterance) => [utterance.text, utterance] as const))(
    '%s',
    (_text, { text, context, expected }) => {
      expect(parseUtterance(text, context)).toEqual(expected);
    },
  );
});

describe('numbers', () => {
  it('reads German grouping and decimals', () => {
    expect(readNumber('1.000', 'de')).toEqual({ value: '1000' });
    expect(readNumber('1,5', 'de')).toEqual({ value: '1.5' });
    expect(readNumber('1.234.567,89', 'de')).toEqual({ value: '1234567.89' });
    // A point before fewer than three digits can only be a decimal point, even in German.
    expect(readNumber('1.2', 'de')).toEqual({ value: '1.2' });
  });

  it('reads English grouping and decimals', () => {
    expect(readNumber('1,000', 'en')).toEqual({ value: '1000' });
    expect(readNumber('1.5', 'en')).toEqual({ value: '1.5' });
    expect(readNumber('1,234,567.89', 'en')).toEqual({ value: '1234567.89' });
    expect(readNumber("1'000", 'en')).toEqual({ value: '1000' });
  });

  it('calls a separator that could be either ambiguous, unless the use decides', () => {
    expect(readNumber('4.000', 'en')).toEqual({ problem: 'ambiguous' });
    expect(readNumber('4,000', 'de')).toEqual({ problem: 'ambiguous' });
    expect(readNumber('4,000', 'de', 'whole')).toEqual({ value: '4000' });
    expect(readNumber('250.000', 'en', 'money')).toEqual({ value: '250000' });
    expect(readNumber('0,500', 'de')).toEqual({ value: '0.5' });
  });

  it('rejects malformed groupings', () => {
    expect(readNumber('1.00.000', 'de')).toEqual({ problem: 'malformed' });
    expect(readNumber('1,000,00.5', 'en')).toEqual({ problem: 'malformed' });
  });

  it('leaves an ambiguous bare number unknown instead of guessing', () => {
    expect(parseUtterance('4.000', step('en', ['number']))).toEqual({ intent: 'unknown' });
    expect(parseUtterance('4,000', step('de', ['number']))).toEqual({ intent: 'unknown' });
  });
});

describe('values', () => {
  it('reads a number as what the step asks for', () => {
    expect(parseUtterance('4000', step('de', ['amount']))).toEqual({
      intent: 'answer',
      amount: '4000',
    });
    expect(parseUtterance('4000', step('de', ['count'], {}, { countUnit: 'gpus' }))).toEqual({
      intent: 'answer',
      count: { value: 4000, unit: 'gpus' },
    });
    expect(parseUtterance('40', step('de', ['percent']))).toEqual({
      intent: 'answer',
      percent: '40',
    });
    expect(parseUtterance('4000', step('de', ['amount', 'count']))).toEqual({ intent: 'unknown' });
  });

  it('refuses money with more than two decimal places', () => {
    expect(parseUtterance('1,2345 €', step('de', ['amount']))).toEqual({ intent: 'unknown' });
  });

  it('needs today for a relative date or a date without a year', () => {
    const noToday = { ...step('de', ['date']), today: undefined };
    expect(parseUtterance('in 6 Wochen', noToday)).toEqual({ intent: 'unknown' });
    expect(parseUtterance('am 1. Juli', noToday)).toEqual({ intent: 'unknown' });
    expect(parseUtterance('am 1. Juli 2027', noToday)).toEqual({
      intent: 'answer',
      date: '2027-07-01',
    });
  });

  it('rejects times that do not exist', () => {
    expect(parseUtterance('25:00', step('de', ['time']))).toEqual({ intent: 'unknown' });
    expect(parseUtterance('13 pm', step('en', ['time']))).toEqual({ intent: 'unknown' });
  });

  it('keeps values the step does not ask for out, and a turn with none unknown', () => {
    expect(parseUtterance('4 Jahre', step('de', ['amount']))).toEqual({ intent: 'unknown' });
  });
});

describe('never a silent guess', () => {
  it('leaves negated, doubtful, contradictory and asking turns unknown', () => {
    const yesNo = step('de', ['yesNo']);
    expect(parseUtterance('nicht sicher', yesNo)).toEqual({ intent: 'unknown' });
    expect(parseUtterance('not sure', step('en', ['yesNo']))).toEqual({ intent: 'unknown' });
    expect(parseUtterance('ja nein', yesNo)).toEqual({ intent: 'unknown' });
    const state = step('de', ['choice'], { choices: [{ id: 'DE-BE', names: ['Berlin'] }] });
    expect(parseUtterance('nicht Berlin', state)).toEqual({ intent: 'unknown' });
    expect(parseUtterance('warum Berlin?', state)).toEqual({ intent: 'unknown' });
    expect(
      parseUtterance('4000 oder 5000', step('de', ['count'], {}, { countUnit: 'users' })),
    ).toEqual({
      intent: 'unknown',
    });
  });

  it('asks which pair when one criterion of many is named, and reads weights as weights', () => {
    const compare = step('de', ['comparison'], { criteria });
    expect(parseUtterance('Kosten sind wichtiger', compare)).toEqual({ intent: 'unknown' });
    expect(parseUtterance('Kosten sind wichtiger als Sicherheit und Qualität', compare)).toEqual({
      intent: 'unknown',
    });
    expect(parseUtterance('Gewichtung: Preis 50 %, Leistung 50 %', compare)).toEqual({
      intent: 'setWeights',
      weights: [
        { criterionId: 'cost', percent: '50' },
        { criterionId: 'quality', percent: '50' },
      ],
    });
  });
});

describe('questions and judgements that turn on a word', () => {
  it('records no judgement that is negated or asked', () => {
    const compare = step('de', ['comparison'], { criteria });
    expect(parseUtterance('Kosten sind nicht wichtiger als Souveränität', compare)).toEqual({
      intent: 'unknown',
    });
    expect(parseUtterance('Ist Kosten wichtiger als Souveränität?', compare)).toEqual({
      intent: 'unknown',
    });
    expect(
      parseUtterance(
        'security is not as important as cost',
        step('en', ['comparison'], { criteria }),
      ),
    ).toEqual({ intent: 'unknown' });
    expect(parseUtterance('Kosten sind halb so wichtig wie Sicherheit', compare)).toEqual({
      intent: 'compare',
      comparison: { more: 'security', less: 'cost', factor: 2 },
    });
  });

  it('answers no other question than the one asked', () => {
    const question = step('de', ['question'], results);
    expect(parseUtterance('Warum ist Stackit nicht vorne?', question)).toEqual({
      intent: 'unknown',
    });
    expect(parseUtterance('Warum liegt Stackit vor AWS?', question)).toEqual({ intent: 'unknown' });
    expect(parseUtterance('Was wäre, wenn Kosten 150 % zählen?', question)).toEqual({
      intent: 'unknown',
    });
  });
});

describe('names', () => {
  const cities = [
    { id: 'ffm', names: ['Frankfurt am Main'] },
    { id: 'ffo', names: ['Frankfurt (Oder)', 'Frankfurt an der Oder'] },
    { id: 'fra', names: ['Frankfurt'] },
  ];

  it('tolerates one typo from five letters and two from nine, none below', () => {
    expect(editDistanceWithin('sicherhiet', 'sicherheit', 1)).toBe(true);
    const compare = step('de', ['comparison'], { criteria });
    expect(parseUtterance('Sichrehiet ist wichtiger als Kosten', compare)).toEqual({
      intent: 'compare',
      comparison: { more: 'security', less: 'cost', factor: 3 },
    });
    expect(parseUtterance('Sicherheit ist wichtiger als Kostne', compare)).toEqual({
      intent: 'compare',
      comparison: { more: 'security', less: 'cost', factor: 3 },
    });
    const short = step('de', ['choice'], { choices: [{ id: 'aws', names: ['AWS'] }] });
    expect(parseUtterance('AWB', short)).toEqual({ intent: 'unknown' });
  });

  it('takes the longest name, and leaves a name that fits two things unknown', () => {
    const city = step('de', ['choice'], { choices: cities });
    expect(parseUtterance('Frankfurt am Main', city)).toEqual({ intent: 'choose', choice: 'ffm' });
    expect(parseUtterance('frankfurt an der oder', city)).toEqual({
      intent: 'choose',
      choice: 'ffo',
    });
    const twins = step('de', ['choice'], {
      choices: [
        { id: 'a', names: ['Neustadt'] },
        { id: 'b', names: ['Neustadt'] },
      ],
    });
    expect(parseUtterance('Neustadt', twins)).toEqual({ intent: 'unknown' });
  });

  it('does not choose one where one is asked for and two are named', () => {
    const city = step('de', ['choice'], { choices: cities });
    expect(parseUtterance('Frankfurt am Main und Frankfurt an der Oder', city)).toEqual({
      intent: 'unknown',
    });
  });
});
