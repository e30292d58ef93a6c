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

const amount = step('de', ['amount']);
const amountAndTerm = step('de', ['amount', 'duration']);
const workplaces = step('de', ['count'], {}, { countUnit: 'workplaces' });
const count = step('de', ['count']);
const percent = step('de', ['percent']);
const number = step('de', ['number']);
const date = step('de', ['date']);
const time = step('de', ['time']);
const deadline = step('de', ['date', 'time']);
const term = step('de', ['duration']);
const yesNo = step('de', ['yesNo']);
const anyStep = step('de', undefined);
const compare = step('de', ['comparison'], { criteria });
const pair = step('de', ['comparison'], { criteria: costAndSovereignty });
const weights = step('de', ['weights', 'comparison'], { criteria });
const state = step('de', ['choice'], { choices: states });
const procedure = step('de', ['choice'], { choices: procedures });
const attestation = step('de', ['choices'], { choices: attestations });
const template = step('de', ['choice'], { templates });
const question = step('de', ['question'], results);
const subject = step('de', ['text']);

/** German turns as buyers type them, each with the step it is typed in and what it means. */
export const utterancesDe: Utterance[] = [
  // Money, net; a gross amount or a range is asked again.
  { text: '1,2 Mio. €', context: amount, expected: { intent: 'answer', amount: '1200000' } },
  {
    text: 'ca. 1,2 Mio EUR netto',
    context: amount,
    expected: { intent: 'answer', amount: '1200000' },
  },
  { text: '500 T€', context: amount, expected: { intent: 'answer', amount: '500000' } },
  { text: '250.000 Euro netto', context: amount, expected: { intent: 'answer', amount: '250000' } },
  { text: '2,5 Millionen', context: amount, expected: { intent: 'answer', amount: '2500000' } },
  {
    text: 'Budget liegt bei rund 800.000 €',
    context: amount,
    expected: { intent: 'answer', amount: '800000' },
  },
  {
    text: 'geschätzter Auftragswert 1.234.567,89 EUR',
    context: amount,
    expected: { intent: 'answer', amount: '1234567.89' },
  },
  { text: '€ 75.000', context: amount, expected: { intent: 'answer', amount: '75000' } },
  { text: '350 TEUR', context: amount, expected: { intent: 'answer', amount: '350000' } },
  { text: 'so um die 3 mio', context: amount, expected: { intent: 'answer', amount: '3000000' } },
  { text: 'Schätzwert: 90000', context: amount, expected: { intent: 'answer', amount: '90000' } },
  { text: '4.000', context: amount, expected: { intent: 'answer', amount: '4000' } },
  { text: '1,5 Mio brutto', context: amount, expected: { intent: 'unknown' } },
  { text: 'zwischen 200.000 und 300.000 €', context: amount, expected: { intent: 'unknown' } },
  { text: 'nicht mehr als 500.000 €', context: amount, expected: { intent: 'unknown' } },
  {
    text: '1,2 Mio EUR netto für 4 J.',
    context: amountAndTerm,
    expected: { intent: 'answer', amount: '1200000', duration: { years: 4, months: 0 } },
  },
  {
    text: '1,2 Mio. € über 4 Jahre',
    context: amountAndTerm,
    expected: { intent: 'answer', amount: '1200000', duration: { years: 4, months: 0 } },
  },
  {
    text: 'insgesamt 2 Mio € bei 48 Monaten Laufzeit',
    context: amountAndTerm,
    expected: { intent: 'answer', amount: '2000000', duration: { years: 4, months: 0 } },
  },

  // Counts: the unit from the words, or from the step.
  {
    text: '4.000 Arbeitsplätze',
    context: workplaces,
    expected: { intent: 'answer', count: { value: 4000, unit: 'workplaces' } },
  },
  {
    text: 'ca. 4000 arbeitsplätze',
    context: workplaces,
    expected: { intent: 'answer', count: { value: 4000, unit: 'workplaces' } },
  },
  {
    text: '4000',
    context: workplaces,
    expected: { intent: 'answer', count: { value: 4000, unit: 'workplaces' } },
  },
  {
    text: 'rund 12.500 Nutzerinnen und Nutzer',
    context: workplaces,
    expected: { intent: 'answer', count: { value: 12500, unit: 'users' } },
  },
  {
    text: '64 GPUs',
    context: count,
    expected: { intent: 'answer', count: { value: 64, unit: 'gpus' } },
  },
  {
    text: '3 Lose',
    context: count,
    expected: { intent: 'answer', count: { value: 3, unit: 'lots' } },
  },
  {
    text: 'wir teilen in drei Lose auf',
    context: count,
    expected: { intent: 'answer', count: { value: 3, unit: 'lots' } },
  },
  {
    text: 'Anzahl Arbeitsplätze: 2.300',
    context: count,
    expected: { intent: 'answer', count: { value: 2300, unit: 'workplaces' } },
  },
  {
    text: '4,000 Arbeitsplätze',
    context: count,
    expected: { intent: 'answer', count: { value: 4000, unit: 'workplaces' } },
  },
  { text: '4.000', context: count, expected: { intent: 'answer', number: '4000' } },
  { text: '3.000 bis 4.000 Arbeitsplätze', context: workplaces, expected: { intent: 'unknown' } },

  // Percentages and plain numbers.
  { text: '12 %', context: percent, expected: { intent: 'answer', percent: '12' } },
  { text: '12 Prozent', context: percent, expected: { intent: 'answer', percent: '12' } },
  { text: '7,5%', context: percent, expected: { intent: 'answer', percent: '7.5' } },
  { text: 'zwölf prozent', context: percent, expected: { intent: 'answer', percent: '12' } },
  { text: '15', context: percent, expected: { intent: 'answer', percent: '15' } },
  { text: '1.000', context: number, expected: { intent: 'answer', number: '1000' } },
  { text: '1,5', context: number, expected: { intent: 'answer', number: '1.5' } },
  { text: '4,000', context: number, expected: { intent: 'unknown' } },

  // Dates and times.
  { text: '31.03.2027', context: date, expected: { intent: 'answer', date: '2027-03-31' } },
  { text: '31. März 2027', context: date, expected: { intent: 'answer', date: '2027-03-31' } },
  { text: 'bis zum 15.1.2027', context: date, expected: { intent: 'answer', date: '2027-01-15' } },
  { text: 'am 1. Juli', context: date, expected: { intent: 'answer', date: '2027-07-01' } },
  { text: 'in 6 Wochen', context: date, expected: { intent: 'answer', date: '2027-01-18' } },
  { text: 'in sechs wochen', context: date, expected: { intent: 'answer', date: '2027-01-18' } },
  { text: '2027-03-31', context: date, expected: { intent: 'answer', date: '2027-03-31' } },
  { text: 'Ende März 2027', context: date, expected: { intent: 'answer', date: '2027-03-31' } },
  { text: 'morgen', context: date, expected: { intent: 'answer', date: '2026-12-08' } },
  { text: 'Angebotsfrist 30.02.2027', context: date, expected: { intent: 'unknown' } },
  { text: '12 Uhr', context: time, expected: { intent: 'answer', time: '12:00' } },
  { text: '12:00', context: time, expected: { intent: 'answer', time: '12:00' } },
  { text: 'um 10', context: time, expected: { intent: 'answer', time: '10:00' } },
  { text: '9.30 Uhr', context: time, expected: { intent: 'answer', time: '09:30' } },
  { text: 'mittags', context: time, expected: { intent: 'answer', time: '12:00' } },
  {
    text: 'am 31.03.2027 um 12 Uhr',
    context: deadline,
    expected: { intent: 'answer', date: '2027-03-31', time: '12:00' },
  },

  // Periods.
  {
    text: '4 Jahre',
    context: term,
    expected: { intent: 'answer', duration: { years: 4, months: 0 } },
  },
  {
    text: '48 Monate',
    context: term,
    expected: { intent: 'answer', duration: { years: 4, months: 0 } },
  },
  {
    text: 'Wir beabsichtigen eine Laufzeit von 48 Monaten',
    context: term,
    expected: { intent: 'answer', duration: { years: 4, months: 0 } },
  },
  {
    text: '2 Jahre plus 2 Verlängerungsjahre',
    context: term,
    expected: { intent: 'answer', duration: { years: 2, months: 0 } },
  },
  {
    text: '4 Jahre mit Option auf 2 weitere Jahre',
    context: term,
    expected: { intent: 'answer', duration: { years: 4, months: 0 } },
  },
  {
    text: '1,5 Jahre',
    context: term,
    expected: { intent: 'answer', duration: { years: 1, months: 6 } },
  },
  {
    text: 'drei Jahre und sechs Monate',
    context: term,
    expected: { intent: 'answer', duration: { years: 3, months: 6 } },
  },
  {
    text: 'Laufzeit 24 Mon.',
    context: term,
    expected: { intent: 'answer', duration: { years: 2, months: 0 } },
  },

  // Yes and no.
  { text: 'ja', context: yesNo, expected: { intent: 'confirm' } },
  { text: 'jo', context: yesNo, expected: { intent: 'confirm' } },
  { text: 'passt', context: yesNo, expected: { intent: 'confirm' } },
  { text: 'genau so', context: yesNo, expected: { intent: 'confirm' } },
  { text: 'Einverstanden.', context: yesNo, expected: { intent: 'confirm' } },
  { text: 'Ja, passt so.', context: yesNo, expected: { intent: 'confirm' } },
  { text: 'ok machen wir so', context: yesNo, expected: { intent: 'confirm' } },
  { text: 'nein', context: yesNo, expected: { intent: 'decline' } },
  { text: 'nö', context: yesNo, expected: { intent: 'decline' } },
  { text: 'lieber nicht', context: yesNo, expected: { intent: 'decline' } },
  { text: 'nee, passt nicht', context: yesNo, expected: { intent: 'decline' } },

  // Moving through the dialogue.
  { text: 'zurück', context: amount, expected: { intent: 'back' } },
  { text: 'einen Schritt zurück bitte', context: anyStep, expected: { intent: 'back' } },
  { text: 'weiter', context: term, expected: { intent: 'next' } },
  { text: 'überspringen', context: count, expected: { intent: 'next' } },
  { text: 'Schema direkt bearbeiten', context: anyStep, expected: { intent: 'editScheme' } },
  {
    text: 'ich möchte das Schema selbst bearbeiten',
    context: compare,
    expected: { intent: 'editScheme' },
  },
  { text: 'warum?', context: amount, expected: { intent: 'why' } },
  { text: 'wieso fragen Sie das', context: date, expected: { intent: 'why' } },
  { text: 'Wozu brauchen Sie das?', context: count, expected: { intent: 'why' } },
  { text: 'zurück', context: subject, expected: { intent: 'back' } },

  // Pairwise judgements (Saaty: 1 equal, 3 somewhat, 5 much, 7 very much, 9 absolutely).
  {
    text: 'Kosten sind doppelt so wichtig wie Souveränität',
    context: compare,
    expected: { intent: 'compare', comparison: { more: 'cost', less: 'sovereignty', factor: 2 } },
  },
  {
    text: 'Souveränität ist viel wichtiger als Kosten',
    context: compare,
    expected: { intent: 'compare', comparison: { more: 'sovereignty', less: 'cost', factor: 5 } },
  },
  {
    text: 'sicherheit ist etwas wichtiger als preis',
    context: compare,
    expected: { intent: 'compare', comparison: { more: 'security', less: 'cost', factor: 3 } },
  },
  {
    text: 'Kosten und Souveränität sind gleich wichtig',
    context: compare,
    expected: { intent: 'compare', comparison: { more: 'cost', less: 'sovereignty', factor: 1 } },
  },
  {
    text: 'gleich wichtig',
    context: pair,
    expected: { intent: 'compare', comparison: { more: 'cost', less: 'sovereignty', factor: 1 } },
  },
  {
    text: 'Souveränitä ist sehr viel wichtiger als die Kosten',
    context: compare,
    expected: { intent: 'compare', comparison: { more: 'sovereignty', less: 'cost', factor: 7 } },
  },
  {
    text: 'Nachhaltigkeit ist weniger wichtig als Qualität',
    context: compare,
    expected: {
      intent: 'compare',
      comparison: { more: 'quality', less: 'sustainability', factor: 3 },
    },
  },
  {
    text: 'Sicherheit ist absolut wichtiger als Kosten',
    context: compare,
    expected: { intent: 'compare', comparison: { more: 'security', less: 'cost', factor: 9 } },
  },
  {
    text: 'Qualität zählt dreimal so viel wie der Preis',
    context: compare,
    expected: { intent: 'compare', comparison: { more: 'quality', less: 'cost', factor: 3 } },
  },
  {
    text: 'Kosten deutlich wichtiger',
    context: pair,
    expected: { intent: 'compare', comparison: { more: 'cost', less: 'sovereignty', factor: 5 } },
  },
  {
    text: 'Sicherhiet ist wichtiger als Kosten',
    context: compare,
    expected: { intent: 'compare', comparison: { more: 'security', less: 'cost', factor: 3 } },
  },

  // Weights given directly.
  {
    text: 'Preis 40 %, Qualität 60 %',
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
    text: 'Kosten 30, Souveränität 50, Sicherheit 20',
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
    text: '40 % Preis und 60 % Qualität',
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
    text: 'Gewichtung: Preis 50%, Leistung 30%, Nachhaltigkeit 20%',
    context: weights,
    expected: {
      intent: 'setWeights',
      weights: [
        { criterionId: 'cost', percent: '50' },
        { criterionId: 'quality', percent: '30' },
        { criterionId: 'sustainability', percent: '20' },
      ],
    },
  },

  // Choices by name or position.
  { text: 'Berlin', context: state, expected: { intent: 'choose', choice: 'DE-BE' } },
  { text: 'wir sitzen in bayern', context: state, expected: { intent: 'choose', choice: 'DE-BY' } },
  { text: 'Berlin oder Brandenburg', context: state, expected: { intent: 'unknown' } },
  { text: 'offenes Verfahren', context: procedure, expected: { intent: 'choose', choice: 'open' } },
  {
    text: 'nicht offenes Verfahren',
    context: procedure,
    expected: { intent: 'choose', choice: 'restricted' },
  },
  {
    text: 'Verhandlungsverfarhen',
    context: procedure,
    expected: { intent: 'choose', choice: 'negotiated' },
  },
  { text: 'die zweite', context: procedure, expected: { intent: 'choose', choice: 'restricted' } },
  {
    text: '1, 3 und 4',
    context: attestation,
    expected: { intent: 'choose', choices: ['c5', 'grundschutz', 'soc2'] },
  },
  {
    text: 'C5 und ISO 27001',
    context: attestation,
    expected: { intent: 'choose', choices: ['c5', 'iso27001'] },
  },
  {
    text: 'Cloud-Infrastruktur',
    context: template,
    expected: { intent: 'choose', choice: 'tpl-iaas' },
  },

  // Questions about the results.
  {
    text: 'Warum liegt Stackit vorne?',
    context: question,
    expected: { intent: 'ask', question: { kind: 'whyFirst', optionId: 'opt-stackit' } },
  },
  {
    text: 'wieso ist IONOS auf platz 1',
    context: question,
    expected: { intent: 'ask', question: { kind: 'whyFirst', optionId: 'opt-ionos' } },
  },
  { text: 'Warum liegt Oracle vorne?', context: question, expected: { intent: 'unknown' } },
  {
    text: 'Warum liegt die erste Option vorne?',
    context: question,
    expected: { intent: 'ask', question: { kind: 'whyFirst' } },
  },
  {
    text: 'Warum wurde IONOS ausgeschlossen?',
    context: question,
    expected: { intent: 'ask', question: { kind: 'whyExcluded', optionId: 'opt-ionos' } },
  },
  {
    text: 'wer wurde ausgeschlossen',
    context: question,
    expected: { intent: 'ask', question: { kind: 'whyExcluded' } },
  },
  {
    text: 'Was wäre, wenn Kosten 50 % zählen?',
    context: question,
    expected: { intent: 'ask', question: { kind: 'whatIf', criterionId: 'cost', percent: '50' } },
  },
  {
    text: 'was wäre wenn die souveränität mit 40 prozent gewichtet wird',
    context: question,
    expected: {
      intent: 'ask',
      question: { kind: 'whatIf', criterionId: 'sovereignty', percent: '40' },
    },
  },
  {
    text: 'Wie robust ist die Rangfolge?',
    context: question,
    expected: { intent: 'ask', question: { kind: 'robustness' } },
  },
  {
    text: 'ist das ergebnis stabil',
    context: question,
    expected: { intent: 'ask', question: { kind: 'robustness' } },
  },
  {
    text: 'Welche Optionen unterliegen dem CLOUD Act?',
    context: question,
    expected: { intent: 'ask', question: { kind: 'exposure', law: 'cloudAct' } },
  },
  {
    text: 'Ist AWS vom Cloud Act betroffen?',
    context: question,
    expected: {
      intent: 'ask',
      question: { kind: 'exposure', law: 'cloudAct', optionId: 'opt-aws' },
    },
  },
  {
    text: 'Welche Anbieter sind von Sanktionen betroffen?',
    context: question,
    expected: { intent: 'ask', question: { kind: 'exposure', law: 'sanctions' } },
  },
  {
    text: 'Was bräuchte IONOS, um Stackit zu überholen?',
    context: question,
    expected: {
      intent: 'ask',
      question: { kind: 'overtake', optionId: 'opt-ionos', otherOptionId: 'opt-stackit' },
    },
  },
  {
    text: 'was müsste die Telekom tun um vor Stackit zu landen',
    context: question,
    expected: {
      intent: 'ask',
      question: { kind: 'overtake', optionId: 'opt-otc', otherOptionId: 'opt-stackit' },
    },
  },

  // Free text where the step asks for it.
  {
    text: 'Beschaffung von 4.000 Notebooks inkl. Dockingstation',
    context: subject,
    expected: { intent: 'answer', text: 'Beschaffung von 4.000 Notebooks inkl. Dockingstation' },
  },
  {
    text: 'Die Daten dürfen die EU nicht verlassen, daher Vorgaben zur Datenlokation',
    context: subject,
    expected: {
      intent: 'answer',
      text: 'Die Daten dürfen die EU nicht verlassen, daher Vorgaben zur Datenlokation',
    },
  },

  // Nothing to act on.
  { text: 'asdf', context: amount, expected: { intent: 'unknown' } },
  { text: 'keine Ahnung', context: count, expected: { intent: 'unknown' } },
  { text: 'hallo?', context: anyStep, expected: { intent: 'unknown' } },
];
