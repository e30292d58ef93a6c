// Turns the parser was never tuned against: written once, before their results were seen, and
// kept as they are, so their accuracy says how the parser meets sentences nobody fitted it to.
import {
  attestations,
  costAndSovereignty,
  criteria,
  procedures,
  results,
  states,
  step,
  type Utterance,
} from '../test/conversations/vocabulary.ts';

export const holdoutDe: Utterance[] = [
  {
    text: 'Auftragswert ca. 3,4 Mio. Euro (netto)',
    context: step('de', ['amount']),
    expected: { intent: 'answer', amount: '3400000' },
  },
  {
    text: 'wir rechnen mit 120.000,- €',
    context: step('de', ['amount']),
    expected: { intent: 'answer', amount: '120000' },
  },
  {
    text: 'Es geht um 1.800 Bildschirmarbeitsplätze',
    context: step('de', ['count']),
    expected: { intent: 'answer', count: { value: 1800, unit: 'workplaces' } },
  },
  {
    text: 'etwa 5000 Beschäftigte',
    context: step('de', ['count']),
    expected: { intent: 'answer', count: { value: 5000, unit: 'users' } },
  },
  {
    text: 'Die Vertragslaufzeit soll 36 Monate betragen',
    context: step('de', ['duration']),
    expected: { intent: 'answer', duration: { years: 3, months: 0 } },
  },
  {
    text: 'zwei Jahre',
    context: step('de', ['duration']),
    expected: { intent: 'answer', duration: { years: 2, months: 0 } },
  },
  {
    text: 'Abgabe bis 14.02.2027, 10:00 Uhr',
    context: step('de', ['date', 'time']),
    expected: { intent: 'answer', date: '2027-02-14', time: '10:00' },
  },
  {
    text: 'am 3. Mai 2027',
    context: step('de', ['date']),
    expected: { intent: 'answer', date: '2027-05-03' },
  },
  { text: 'jawohl', context: step('de', ['yesNo']), expected: { intent: 'confirm' } },
  { text: 'nein danke', context: step('de', ['yesNo']), expected: { intent: 'decline' } },
  {
    text: 'zurück zum vorherigen Schritt',
    context: step('de', ['amount']),
    expected: { intent: 'back' },
  },
  {
    text: 'diesen Schritt bitte überspringen',
    context: step('de', ['count']),
    expected: { intent: 'next' },
  },
  {
    text: 'Preis ist ein bisschen wichtiger als Souveränität',
    context: step('de', ['comparison'], { criteria }),
    expected: { intent: 'compare', comparison: { more: 'cost', less: 'sovereignty', factor: 3 } },
  },
  {
    text: 'beide gleich wichtig',
    context: step('de', ['comparison'], { criteria: costAndSovereignty }),
    expected: { intent: 'compare', comparison: { more: 'cost', less: 'sovereignty', factor: 1 } },
  },
  {
    text: 'Preis 35 %, Sicherheit 35 %, Nachhaltigkeit 30 %',
    context: step('de', ['weights'], { criteria }),
    expected: {
      intent: 'setWeights',
      weights: [
        { criterionId: 'cost', percent: '35' },
        { criterionId: 'security', percent: '35' },
        { criterionId: 'sustainability', percent: '30' },
      ],
    },
  },
  {
    text: 'Hamburg bitte',
    context: step('de', ['choice'], { choices: states }),
    expected: { intent: 'choose', choice: 'DE-HH' },
  },
  {
    text: 'wir machen ein Verhandlungsverfahren',
    context: step('de', ['choice'], { choices: procedures }),
    expected: { intent: 'choose', choice: 'negotiated' },
  },
  {
    text: 'C5, Grundschutz',
    context: step('de', ['choices'], { choices: attestations }),
    expected: { intent: 'choose', choices: ['c5', 'grundschutz'] },
  },
  {
    text: 'Wieso ist AWS vorne?',
    context: step('de', ['question'], results),
    expected: { intent: 'ask', question: { kind: 'whyFirst', optionId: 'opt-aws' } },
  },
  {
    text: 'Was passiert, wenn Sicherheit 30 % bekommt?',
    context: step('de', ['question'], results),
    expected: {
      intent: 'ask',
      question: { kind: 'whatIf', criterionId: 'security', percent: '30' },
    },
  },
  {
    text: 'Wie stabil ist das Ranking?',
    context: step('de', ['question'], results),
    expected: { intent: 'ask', question: { kind: 'robustness' } },
  },
  {
    text: 'Wer fällt unter FISA 702?',
    context: step('de', ['question'], results),
    expected: { intent: 'ask', question: { kind: 'exposure', law: 'fisa702' } },
  },
];

export const holdoutEn: Utterance[] = [
  {
    text: 'roughly EUR 3.4m net',
    context: step('en', ['amount']),
    expected: { intent: 'answer', amount: '3400000' },
  },
  {
    text: 'we expect about €120,000',
    context: step('en', ['amount']),
    expected: { intent: 'answer', amount: '120000' },
  },
  {
    text: "it's 1,800 desks",
    context: step('en', ['count']),
    expected: { intent: 'answer', count: { value: 1800, unit: 'workplaces' } },
  },
  {
    text: 'approx 5000 employees',
    context: step('en', ['count']),
    expected: { intent: 'answer', count: { value: 5000, unit: 'users' } },
  },
  {
    text: 'The contract should run for 36 months',
    context: step('en', ['duration']),
    expected: { intent: 'answer', duration: { years: 3, months: 0 } },
  },
  {
    text: 'two years',
    context: step('en', ['duration']),
    expected: { intent: 'answer', duration: { years: 2, months: 0 } },
  },
  {
    text: 'deadline 14 February 2027, 10:00',
    context: step('en', ['date', 'time']),
    expected: { intent: 'answer', date: '2027-02-14', time: '10:00' },
  },
  {
    text: 'on May 3rd, 2027',
    context: step('en', ['date']),
    expected: { intent: 'answer', date: '2027-05-03' },
  },
  { text: 'yeah', context: step('en', ['yesNo']), expected: { intent: 'confirm' } },
  { text: 'nah', context: step('en', ['yesNo']), expected: { intent: 'decline' } },
  { text: 'previous step please', context: step('en', ['amount']), expected: { intent: 'back' } },
  { text: "let's skip this step", context: step('en', ['count']), expected: { intent: 'next' } },
  {
    text: 'price is a little more important than sovereignty',
    context: step('en', ['comparison'], { criteria }),
    expected: { intent: 'compare', comparison: { more: 'cost', less: 'sovereignty', factor: 3 } },
  },
  {
    text: 'both are equally important',
    context: step('en', ['comparison'], { criteria: costAndSovereignty }),
    expected: { intent: 'compare', comparison: { more: 'cost', less: 'sovereignty', factor: 1 } },
  },
  {
    text: 'price 35%, security 35%, sustainability 30%',
    context: step('en', ['weights'], { criteria }),
    expected: {
      intent: 'setWeights',
      weights: [
        { criterionId: 'cost', percent: '35' },
        { criterionId: 'security', percent: '35' },
        { criterionId: 'sustainability', percent: '30' },
      ],
    },
  },
  {
    text: 'Hamburg please',
    context: step('en', ['choice'], { choices: states }),
    expected: { intent: 'choose', choice: 'DE-HH' },
  },
  {
    text: "we'll go with a negotiated procedure",
    context: step('en', ['choice'], { choices: procedures }),
    expected: { intent: 'choose', choice: 'negotiated' },
  },
  {
    text: 'C5, Grundschutz',
    context: step('en', ['choices'], { choices: attestations }),
    expected: { intent: 'choose', choices: ['c5', 'grundschutz'] },
  },
  {
    text: 'How come AWS is ahead?',
    context: step('en', ['question'], results),
    expected: { intent: 'ask', question: { kind: 'whyFirst', optionId: 'opt-aws' } },
  },
  {
    text: 'what happens if security gets 30%?',
    context: step('en', ['question'], results),
    expected: {
      intent: 'ask',
      question: { kind: 'whatIf', criterionId: 'security', percent: '30' },
    },
  },
  {
    text: 'how robust are these results?',
    context: step('en', ['question'], results),
    expected: { intent: 'ask', question: { kind: 'robustness' } },
  },
  {
    text: 'who falls under FISA 702?',
    context: step('en', ['question'], results),
    expected: { intent: 'ask', question: { kind: 'exposure', law: 'fisa702' } },
  },
];
