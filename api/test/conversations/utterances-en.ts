import type { Utterance } from './vocabulary.ts';
import {
  attestations,
  costAndSovereignty,
  criteria,
  procedures,
  results,
  states,
  step,
  templates,
} from './vocabulary.ts';

const amount = step('en', ['amount']);
const amountAndTerm = step('en', ['amount', 'duration']);
const workplaces = step('en', ['count'], {}, { countUnit: 'workplaces' });
const count = step('en', ['count']);
const percent = step('en', ['percent']);
const number = step('en', ['number']);
const date = step('en', ['date']);
const time = step('en', ['time']);
const deadline = step('en', ['date', 'time']);
const term = step('en', ['duration']);
const yesNo = step('en', ['yesNo']);
const anyStep = step('en', undefined);
const compare = step('en', ['comparison'], { criteria });
const pair = step('en', ['comparison'], { criteria: costAndSovereignty });
const weights = step('en', ['weights', 'comparison'], { criteria });
const state = step('en', ['choice'], { choices: states });
const procedure = step('en', ['choice'], { choices: procedures });
const attestation = step('en', ['choices'], { choices: attestations });
const template = step('en', ['choice'], { templates });
const question = step('en', ['question'], results);
const subject = step('en', ['text']);

/** English turns as buyers type them, each with the step it is typed in and what it means. */
export const utterancesEn: Utterance[] = [
  // Money, net; a gross amount or a range is asked again.
  { text: '1.2m EUR', context: amount, expected: { intent: 'answer', amount: '1200000' } },
  { text: 'EUR 3.5 million', context: amount, expected: { intent: 'answer', amount: '3500000' } },
  { text: '500k', context: amount, expected: { intent: 'answer', amount: '500000' } },
  { text: 'around €500k net', context: amount, expected: { intent: 'answer', amount: '500000' } },
  {
    text: 'approx. 250,000 euros',
    context: amount,
    expected: { intent: 'answer', amount: '250000' },
  },
  {
    text: 'the estimated value is EUR 1,234,567.89',
    context: amount,
    expected: { intent: 'answer', amount: '1234567.89' },
  },
  { text: '2.5 million', context: amount, expected: { intent: 'answer', amount: '2500000' } },
  {
    text: 'budget roughly 800k eur',
    context: amount,
    expected: { intent: 'answer', amount: '800000' },
  },
  { text: '€75,000', context: amount, expected: { intent: 'answer', amount: '75000' } },
  { text: '90000', context: amount, expected: { intent: 'answer', amount: '90000' } },
  { text: '4,000', context: amount, expected: { intent: 'answer', amount: '4000' } },
  { text: '1.5m gross', context: amount, expected: { intent: 'unknown' } },
  { text: 'between 200k and 300k', context: amount, expected: { intent: 'unknown' } },
  { text: 'not more than 500k', context: amount, expected: { intent: 'unknown' } },
  {
    text: '1.2m EUR net for 4 yrs',
    context: amountAndTerm,
    expected: { intent: 'answer', amount: '1200000', duration: { years: 4, months: 0 } },
  },
  {
    text: 'EUR 2 million over 48 months',
    context: amountAndTerm,
    expected: { intent: 'answer', amount: '2000000', duration: { years: 4, months: 0 } },
  },

  // Counts.
  {
    text: '4000 seats',
    context: workplaces,
    expected: { intent: 'answer', count: { value: 4000, unit: 'workplaces' } },
  },
  {
    text: 'about 4,000 workplaces',
    context: workplaces,
    expected: { intent: 'answer', count: { value: 4000, unit: 'workplaces' } },
  },
  {
    text: '4000',
    context: workplaces,
    expected: { intent: 'answer', count: { value: 4000, unit: 'workplaces' } },
  },
  {
    text: '12,500 users',
    context: workplaces,
    expected: { intent: 'answer', count: { value: 12500, unit: 'users' } },
  },
  {
    text: '64 GPUs',
    context: count,
    expected: { intent: 'answer', count: { value: 64, unit: 'gpus' } },
  },
  {
    text: 'we need 64 gpus',
    context: count,
    expected: { intent: 'answer', count: { value: 64, unit: 'gpus' } },
  },
  {
    text: '3 lots',
    context: count,
    expected: { intent: 'answer', count: { value: 3, unit: 'lots' } },
  },
  {
    text: 'split into three lots',
    context: count,
    expected: { intent: 'answer', count: { value: 3, unit: 'lots' } },
  },
  {
    text: '4k users',
    context: count,
    expected: { intent: 'answer', count: { value: 4000, unit: 'users' } },
  },
  {
    text: '250 laptops',
    context: count,
    expected: { intent: 'answer', count: { value: 250, unit: 'items' } },
  },
  { text: '4,000', context: count, expected: { intent: 'answer', number: '4000' } },
  { text: '3000 to 4000 seats', context: workplaces, expected: { intent: 'unknown' } },

  // Percentages and plain numbers.
  { text: '12%', context: percent, expected: { intent: 'answer', percent: '12' } },
  { text: '12 percent', context: percent, expected: { intent: 'answer', percent: '12' } },
  { text: '7.5 %', context: percent, expected: { intent: 'answer', percent: '7.5' } },
  { text: 'twelve percent', context: percent, expected: { intent: 'answer', percent: '12' } },
  { text: '15', context: percent, expected: { intent: 'answer', percent: '15' } },
  { text: '1,000', context: number, expected: { intent: 'answer', number: '1000' } },
  { text: '1.5', context: number, expected: { intent: 'answer', number: '1.5' } },
  { text: '4.000', context: number, expected: { intent: 'unknown' } },

  // Dates and times.
  { text: '31 March 2027', context: date, expected: { intent: 'answer', date: '2027-03-31' } },
  { text: 'March 31, 2027', context: date, expected: { intent: 'answer', date: '2027-03-31' } },
  { text: 'by march 31st 2027', context: date, expected: { intent: 'answer', date: '2027-03-31' } },
  { text: '2027-03-31', context: date, expected: { intent: 'answer', date: '2027-03-31' } },
  { text: '31/03/2027', context: date, expected: { intent: 'answer', date: '2027-03-31' } },
  { text: '03/04/2027', context: date, expected: { intent: 'unknown' } },
  { text: 'in six weeks', context: date, expected: { intent: 'answer', date: '2027-01-18' } },
  { text: 'in 10 days', context: date, expected: { intent: 'answer', date: '2026-12-17' } },
  { text: 'on 1 July', context: date, expected: { intent: 'answer', date: '2027-07-01' } },
  { text: 'end of March 2027', context: date, expected: { intent: 'answer', date: '2027-03-31' } },
  { text: 'tomorrow', context: date, expected: { intent: 'answer', date: '2026-12-08' } },
  { text: 'february 30 2027', context: date, expected: { intent: 'unknown' } },
  { text: 'noon', context: time, expected: { intent: 'answer', time: '12:00' } },
  { text: '12:00', context: time, expected: { intent: 'answer', time: '12:00' } },
  { text: '10 am', context: time, expected: { intent: 'answer', time: '10:00' } },
  { text: '3:30pm', context: time, expected: { intent: 'answer', time: '15:30' } },
  { text: 'at 14', context: time, expected: { intent: 'answer', time: '14:00' } },
  {
    text: '31 March 2027 at noon',
    context: deadline,
    expected: { intent: 'answer', date: '2027-03-31', time: '12:00' },
  },

  // Periods.
  {
    text: '4 years',
    context: term,
    expected: { intent: 'answer', duration: { years: 4, months: 0 } },
  },
  {
    text: '48 months',
    context: term,
    expected: { intent: 'answer', duration: { years: 4, months: 0 } },
  },
  {
    text: 'we intend a contract term of 48 months',
    context: term,
    expected: { intent: 'answer', duration: { years: 4, months: 0 } },
  },
  {
    text: '2 years plus 2 extension years',
    context: term,
    expected: { intent: 'answer', duration: { years: 2, months: 0 } },
  },
  {
    text: '4 years with an option to extend by 2 years',
    context: term,
    expected: { intent: 'answer', duration: { years: 4, months: 0 } },
  },
  {
    text: '1.5 years',
    context: term,
    expected: { intent: 'answer', duration: { years: 1, months: 6 } },
  },
  {
    text: 'three years and six months',
    context: term,
    expected: { intent: 'answer', duration: { years: 3, months: 6 } },
  },
  {
    text: 'a year',
    context: term,
    expected: { intent: 'answer', duration: { years: 1, months: 0 } },
  },

  // Yes and no.
  { text: 'yes', context: yesNo, expected: { intent: 'confirm' } },
  { text: 'yep', context: yesNo, expected: { intent: 'confirm' } },
  { text: 'sure', context: yesNo, expected: { intent: 'confirm' } },
  { text: 'Yes please.', context: yesNo, expected: { intent: 'confirm' } },
  { text: 'ok sounds good', context: yesNo, expected: { intent: 'confirm' } },
  { text: "that's right", context: yesNo, expected: { intent: 'confirm' } },
  { text: 'no', context: yesNo, expected: { intent: 'decline' } },
  { text: 'nope', context: yesNo, expected: { intent: 'decline' } },
  { text: 'no thanks', context: yesNo, expected: { intent: 'decline' } },
  { text: 'rather not', context: yesNo, expected: { intent: 'decline' } },

  // Moving through the dialogue.
  { text: 'back', context: amount, expected: { intent: 'back' } },
  { text: 'go back', context: anyStep, expected: { intent: 'back' } },
  { text: 'I want to go back one step', context: anyStep, expected: { intent: 'back' } },
  { text: 'next', context: term, expected: { intent: 'next' } },
  { text: 'skip', context: count, expected: { intent: 'next' } },
  { text: 'skip this one please', context: count, expected: { intent: 'next' } },
  { text: 'edit the scheme', context: anyStep, expected: { intent: 'editScheme' } },
  { text: 'let me edit the scheme myself', context: compare, expected: { intent: 'editScheme' } },
  { text: 'why?', context: amount, expected: { intent: 'why' } },
  { text: 'why do you ask', context: date, expected: { intent: 'why' } },
  { text: 'back', context: subject, expected: { intent: 'back' } },

  // Pairwise judgements.
  {
    text: 'cost is 3 times as important as sovereignty',
    context: compare,
    expected: { intent: 'compare', comparison: { more: 'cost', less: 'sovereignty', factor: 3 } },
  },
  {
    text: 'price matters a bit more than security',
    context: compare,
    expected: { intent: 'compare', comparison: { more: 'cost', less: 'security', factor: 3 } },
  },
  {
    text: 'sovereignty is much more important than cost',
    context: compare,
    expected: { intent: 'compare', comparison: { more: 'sovereignty', less: 'cost', factor: 5 } },
  },
  {
    text: 'security is very strongly more important than price',
    context: compare,
    expected: { intent: 'compare', comparison: { more: 'security', less: 'cost', factor: 7 } },
  },
  {
    text: 'equally important',
    context: pair,
    expected: { intent: 'compare', comparison: { more: 'cost', less: 'sovereignty', factor: 1 } },
  },
  {
    text: 'quality and sustainability are equally important',
    context: compare,
    expected: {
      intent: 'compare',
      comparison: { more: 'quality', less: 'sustainability', factor: 1 },
    },
  },
  {
    text: 'cost is twice as important as sovereignty',
    context: compare,
    expected: { intent: 'compare', comparison: { more: 'cost', less: 'sovereignty', factor: 2 } },
  },
  {
    text: 'sustainability is less important than quality',
    context: compare,
    expected: {
      intent: 'compare',
      comparison: { more: 'quality', less: 'sustainability', factor: 3 },
    },
  },
  {
    text: 'security is extremely more important than cost',
    context: compare,
    expected: { intent: 'compare', comparison: { more: 'security', less: 'cost', factor: 9 } },
  },
  {
    text: 'soverignty matters more than costs',
    context: compare,
    expected: { intent: 'compare', comparison: { more: 'sovereignty', less: 'cost', factor: 3 } },
  },
  {
    text: 'cost slightly more important',
    context: pair,
    expected: { intent: 'compare', comparison: { more: 'cost', less: 'sovereignty', factor: 3 } },
  },

  // Weights given directly.
  {
    text: 'price 30, sovereignty 50, security 20',
    context: weights,
    expected: {
      intent: 'setWeights',
      weights: [
        { criterionId: 'cost', percent: '30' },
        { criterionId: 'sovereignty', percent: '50' },
        { criterionId: 'security', percent: '20' },
      ],
    },
  },
  {
    text: 'price 40%, quality 60%',
    context: weights,
    expected: {
      intent: 'setWeights',
      weights: [
        { criterionId: 'cost', percent: '40' },
        { criterionId: 'quality', percent: '60' },
      ],
    },
  },
  {
    text: '70% quality and 30% price',
    context: weights,
    expected: {
      intent: 'setWeights',
      weights: [
        { criterionId: 'quality', percent: '70' },
        { criterionId: 'cost', percent: '30' },
      ],
    },
  },
  {
    text: 'weights: cost 25 %, security 25 %, sovereignty 50 %',
    context: weights,
    expected: {
      intent: 'setWeights',
      weights: [
        { criterionId: 'cost', percent: '25' },
        { criterionId: 'security', percent: '25' },
        { criterionId: 'sovereignty', percent: '50' },
      ],
    },
  },

  // Choices by name or position.
  { text: 'Berlin', context: state, expected: { intent: 'choose', choice: 'DE-BE' } },
  {
    text: "we're based in bavaria",
    context: state,
    expected: { intent: 'choose', choice: 'DE-BY' },
  },
  { text: 'Berlin or Brandenburg', context: state, expected: { intent: 'unknown' } },
  { text: 'open procedure', context: procedure, expected: { intent: 'choose', choice: 'open' } },
  {
    text: 'restricted procedure please',
    context: procedure,
    expected: { intent: 'choose', choice: 'restricted' },
  },
  {
    text: 'the negotiated procdure',
    context: procedure,
    expected: { intent: 'choose', choice: 'negotiated' },
  },
  {
    text: 'the second one',
    context: procedure,
    expected: { intent: 'choose', choice: 'restricted' },
  },
  {
    text: '1, 3 and 4',
    context: attestation,
    expected: { intent: 'choose', choices: ['c5', 'grundschutz', 'soc2'] },
  },
  {
    text: 'C5 and ISO27001',
    context: attestation,
    expected: { intent: 'choose', choices: ['c5', 'iso27001'] },
  },
  { text: 'GPU computing', context: template, expected: { intent: 'choose', choice: 'tpl-gpu' } },

  // Questions about the results.
  {
    text: 'Why is Stackit first?',
    context: question,
    expected: { intent: 'ask', question: { kind: 'whyFirst', optionId: 'opt-stackit' } },
  },
  {
    text: 'why does ionos come out on top',
    context: question,
    expected: { intent: 'ask', question: { kind: 'whyFirst', optionId: 'opt-ionos' } },
  },
  { text: 'why is Oracle first', context: question, expected: { intent: 'unknown' } },
  {
    text: 'Why is the first bid first?',
    context: question,
    expected: { intent: 'ask', question: { kind: 'whyFirst' } },
  },
  {
    text: 'why was Stackit excluded',
    context: question,
    expected: { intent: 'ask', question: { kind: 'whyExcluded', optionId: 'opt-stackit' } },
  },
  {
    text: 'what if cost counted 50%',
    context: question,
    expected: { intent: 'ask', question: { kind: 'whatIf', criterionId: 'cost', percent: '50' } },
  },
  {
    text: 'What happens if security is weighted at 35 percent?',
    context: question,
    expected: {
      intent: 'ask',
      question: { kind: 'whatIf', criterionId: 'security', percent: '35' },
    },
  },
  {
    text: 'how stable is the ranking',
    context: question,
    expected: { intent: 'ask', question: { kind: 'robustness' } },
  },
  {
    text: 'Is the result robust?',
    context: question,
    expected: { intent: 'ask', question: { kind: 'robustness' } },
  },
  {
    text: 'which options are exposed to FISA',
    context: question,
    expected: { intent: 'ask', question: { kind: 'exposure', law: 'fisa702' } },
  },
  {
    text: 'is azure subject to the cloud act?',
    context: question,
    expected: {
      intent: 'ask',
      question: { kind: 'exposure', law: 'cloudAct', optionId: 'opt-azure' },
    },
  },
  {
    text: 'which providers could be switched off by a kill switch',
    context: question,
    expected: { intent: 'ask', question: { kind: 'exposure', law: 'disconnection' } },
  },
  {
    text: 'what would AWS need to beat Stackit',
    context: question,
    expected: {
      intent: 'ask',
      question: { kind: 'overtake', optionId: 'opt-aws', otherOptionId: 'opt-stackit' },
    },
  },
  {
    text: 'what does Telekom need to overtake IONOS?',
    context: question,
    expected: {
      intent: 'ask',
      question: { kind: 'overtake', optionId: 'opt-otc', otherOptionId: 'opt-ionos' },
    },
  },

  // Free text where the step asks for it.
  {
    text: 'Procurement of 4,000 notebooks incl. docking stations',
    context: subject,
    expected: { intent: 'answer', text: 'Procurement of 4,000 notebooks incl. docking stations' },
  },
  {
    text: 'data must stay in the EU, so we need data residency',
    context: subject,
    expected: { intent: 'answer', text: 'data must stay in the EU, so we need data residency' },
  },

  // Nothing to act on.
  { text: 'qwerty', context: amount, expected: { intent: 'unknown' } },
  { text: 'no idea', context: count, expected: { intent: 'unknown' } },
  { text: 'hello?', context: anyStep, expected: { intent: 'unknown' } },
];
