import type { ConversationInput, EvaluationScheme, QuickReply } from '@tenderwise/schema';
import type { StepContext, StepDefinition, StepOutcome } from '../../../dialogue/types.ts';
import type { TenderWorld } from '../../world.ts';
import { proposeScheme } from './propose-scheme.ts';
import { methodChoices, methodName, withMethod, type MethodChoice } from './price-methods.ts';
import { pricePreviewOf } from './price-preview-text.ts';
import { schemeOf } from './starter-scheme.ts';
import { doneReply, lines, saysDone, tx } from './texts.ts';

type PriceBasis = EvaluationScheme['price'];

interface PriceScratch {
  method?: MethodChoice;
  zeroAtMultiple?: string;
  pricePercent?: string;
  basis?: PriceBasis;
}

export interface PriceAnswer {
  method: EvaluationScheme['method']['kind'];
  basis: PriceBasis['kind'];
}

function scratchOf(context: StepContext<TenderWorld>): PriceScratch {
  return (context.scratch as PriceScratch | undefined) ?? {};
}

/** The scheme with the choices so far; without any, the draft's own method stays. */
function chosen(context: StepContext<TenderWorld>, scratch: PriceScratch): EvaluationScheme {
  const base = schemeOf(context.world);
  const withBasis = scratch.basis === undefined ? base : { ...base, price: scratch.basis };
  return scratch.method === undefined
    ? withBasis
    : withMethod(withBasis, scratch.method, {
        ...(scratch.zeroAtMultiple === undefined ? {} : { zeroAtMultiple: scratch.zeroAtMultiple }),
        ...(scratch.pricePercent === undefined ? {} : { pricePercent: scratch.pricePercent }),
      });
}

const keywords: [RegExp, MethodChoice][] = [
  [/einseitig|one-sided|one sided/i, 'oneSidedLinear'],
  [/zweiseitig|two-sided|two sided/i, 'twoSidedLinear'],
  [/quotient|ratio formula|lowest-price ratio/i, 'lowestPriceRatio'],
  [/median/i, 'ufabMedian'],
  [/erweitert|extended/i, 'ufabExtended'],
  [/einfache richtwert|simple reference|richtwert|reference-value/i, 'ufabSimple'],
];

function methodIn(input: ConversationInput): MethodChoice | null {
  const choice = (methodChoices as readonly string[]).includes(input.choice ?? '')
    ? (input.choice as MethodChoice)
    : null;
  if (choice !== null) return choice;
  const text = input.text ?? '';
  return keywords.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

type BasisReading = { basis: PriceBasis } | { askTerm: true } | null;

function basisIn(input: ConversationInput, base: EvaluationScheme): BasisReading {
  const text = input.text ?? '';
  if (input.choice === 'totalPrice' || /gesamtpreis|total price|angebotspreis/i.test(text))
    return { basis: { kind: 'totalPrice' } };
  // A term alone ("über 6 Jahre") can only be the life-cycle cost's: nothing else here lasts.
  if (
    input.choice !== 'lifeCycleCost' &&
    input.duration === undefined &&
    !/lebenszyklus|life-cycle|life cycle|lifecycle|tco/i.test(text)
  )
    return null;
  const years =
    input.duration?.years ??
    (input.number !== undefined && /^\d{1,2}$/.test(input.number)
      ? Number(input.number)
      : undefined) ??
    (base.price.kind === 'lifeCycleCost' ? base.price.termYears : undefined);
  if (years === undefined || years < 1 || years > 50) return { askTerm: true };
  const discount = input.percent === undefined ? undefined : Number(input.percent) / 100;
  return {
    basis: {
      kind: 'lifeCycleCost',
      termYears: years,
      ...(discount === undefined || discount > 1 ? {} : { discountRate: discount }),
    },
  };
}

function basisName(basis: PriceBasis) {
  return basis.kind === 'totalPrice'
    ? tx('Gesamtpreis', 'total price')
    : tx(
        `Lebenszykluskosten über ${basis.termYears} Jahre${basis.discountRate === undefined ? '' : `, abgezinst mit ${String(basis.discountRate * 100).replace('.', ',')} %`}`,
        `life-cycle cost over ${basis.termYears} years${basis.discountRate === undefined ? '' : `, discounted at ${basis.discountRate * 100} %`}`,
      );
}

const methodReplies: QuickReply[] = [
  ['lowestPriceRatio', 'Preisquotient', 'Lowest-price ratio'],
  ['oneSidedLinear', 'Einseitig linear', 'One-sided linear'],
  ['twoSidedLinear', 'Zweiseitig linear', 'Two-sided linear'],
  ['ufabSimple', 'Einfache Richtwertmethode', 'Simple reference value'],
  ['ufabExtended', 'Erweiterte Richtwertmethode', 'Extended reference value'],
  ['ufabMedian', 'Medianmethode', 'Median method'],
].map(([choice, de, en]) => ({
  label: tx(de!, en!),
  input: { intent: 'choose' as const, choice: choice! },
}));

function propose(context: StepContext<TenderWorld>, scratch: PriceScratch): StepOutcome {
  const base = schemeOf(context.world);
  const scheme = chosen(context, scratch);
  const preview = pricePreviewOf(scheme);
  return proposeScheme({
    scheme,
    summary: lines(
      tx(
        `Preis: ${basisName(scheme.price).de}; Methode: ${methodName(scheme.method).de}.`,
        `Price: ${basisName(scheme.price).en}; method: ${methodName(scheme.method).en}.`,
      ),
      preview.text,
    ),
    changes: [
      {
        label: tx('Preisbasis', 'Price basis'),
        value: tx(
          `${basisName(base.price).de} → ${basisName(scheme.price).de}`,
          `${basisName(base.price).en} → ${basisName(scheme.price).en}`,
        ),
      },
      {
        label: tx('Wertungsmethode', 'Evaluation method'),
        value: tx(
          `${methodName(base.method).de} → ${methodName(scheme.method).de}`,
          `${methodName(base.method).en} → ${methodName(scheme.method).en}`,
        ),
      },
    ],
    answer: { method: scheme.method.kind, basis: scheme.price.kind } satisfies PriceAnswer,
  });
}

export const priceStep: StepDefinition<TenderWorld> = {
  id: 'price',
  title: tx('Preis und Preisformel', 'Price and price formula'),
  why: tx(
    'Wie stark ein höherer Preis Punkte kostet, entscheidet oft über den Zuschlag. Die Formel wird vorab veröffentlicht; die Vorschau zeigt, was sie für ein teureres Angebot bedeutet.',
    'How many points a higher price costs often decides the award. The formula is published beforehand; the preview shows what it means for a dearer bid.',
  ),
  rules: [
    {
      text: tx(
        'Der Zuschlag geht auf das wirtschaftlichste Angebot nach dem besten Preis-Leistungs-Verhältnis; statt des Preises können Kosten nach einem Lebenszykluskostenansatz zugrunde gelegt werden.',
        'The award goes to the most economically advantageous bid on the best price-quality ratio; instead of the price, costs may be assessed by a life-cycle cost approach.',
      ),
      source: '§ 127 Abs. 1 GWB, § 58 Abs. 2 VgV',
    },
    {
      text: tx(
        'Für Lebenszykluskosten werden die Methode und die Daten, die die Bieter liefern müssen, in den Vergabeunterlagen angegeben.',
        'For life-cycle cost, the method and the data bidders must supply are stated in the tender documents.',
      ),
      source: '§ 59 Abs. 2 und 3 VgV',
    },
    {
      text: tx(
        'Die Zuschlagskriterien, ihre Gewichtung und die Umrechnung des Preises in Punkte werden vorab bekanntgemacht.',
        'The award criteria, their weighting and the conversion of price into points are announced beforehand.',
      ),
      source: '§ 127 Abs. 5 GWB; UfAB 2018, Abschnitt 4.21',
    },
  ],
  applies: (context) => context.world.tender !== null,
  ask(context) {
    const scratch = scratchOf(context);
    const scheme = chosen(context, scratch);
    const preview = pricePreviewOf(scheme);
    return {
      text: lines(
        tx(
          `Preis: ${basisName(scheme.price).de}. Methode: ${methodName(scheme.method).de}.`,
          `Price: ${basisName(scheme.price).en}. Method: ${methodName(scheme.method).en}.`,
        ),
        preview.text,
        tx(
          'Sie können die Methode oder Formel wechseln, Lebenszykluskosten wählen – oder „fertig“ sagen, dann bleibt es so.',
          'You can change the method or formula, choose life-cycle cost – or say “done” to keep it.',
        ),
      ),
      quickReplies: [doneReply, ...methodReplies],
      widget: preview.widget,
      examples: [
        tx('einseitig linear, null beim 1,5-fachen', 'one-sided linear'),
        tx('Lebenszykluskosten über 6 Jahre', 'life-cycle cost over 6 years'),
        tx('Gesamtpreis', 'total price'),
      ],
      vocabulary: {
        choices: [
          ...methodReplies.map((reply) => ({
            id: reply.input.choice!,
            names: [reply.label.de, reply.label.en],
          })),
          { id: 'totalPrice', names: ['Gesamtpreis', 'Preis', 'total price', 'price'] },
          {
            id: 'lifeCycleCost',
            names: ['Lebenszykluskosten', 'Lebenszyklus', 'life-cycle cost', 'TCO'],
          },
          { id: 'done', names: ['fertig', 'so lassen', 'done', 'keep'] },
        ],
      },
      expects: ['choice', 'number', 'duration', 'percent', 'text'],
    };
  },
  accept(input, context) {
    const scratch = scratchOf(context);
    if (saysDone(input)) return propose(context, scratch);
    const base = schemeOf(context.world);
    const basis = basisIn(input, base);
    if (basis !== null && 'askTerm' in basis) {
      return {
        kind: 'reprompt',
        text: tx(
          'Über wie viele Jahre sollen die Lebenszykluskosten gerechnet werden? Zum Beispiel „Lebenszykluskosten über 6 Jahre“.',
          'Over how many years is the life-cycle cost to be computed? For example “life-cycle cost over 6 years”.',
        ),
      };
    }
    const method = methodIn(input);
    if (basis === null && method === null) {
      return {
        kind: 'reprompt',
        text: tx(
          'Das habe ich nicht verstanden. Wählen Sie eine Methode (Preisquotient, einseitig oder zweiseitig linear, Richtwert- oder Medianmethode), „Lebenszykluskosten über 6 Jahre“ oder „fertig“.',
          'I did not understand that. Choose a method (lowest-price ratio, one- or two-sided linear, reference-value or median method), “life-cycle cost over 6 years” or “done”.',
        ),
      };
    }
    const next: PriceScratch = { ...scratch, ...(basis === null ? {} : basis) };
    if (method !== null) {
      next.method = method;
      if (method === 'oneSidedLinear' && input.number !== undefined) {
        if (!(Number(input.number) > 1)) {
          return {
            kind: 'reprompt',
            text: tx(
              'Die einseitige Formel muss oberhalb des niedrigsten Preises null erreichen: ein Vielfaches über 1, etwa 1,5 oder 2.',
              'The one-sided formula must reach zero above the lowest price: a multiple above 1, such as 1.5 or 2.',
            ),
          };
        }
        next.zeroAtMultiple = input.number;
      }
      if (input.percent !== undefined && basis === null) next.pricePercent = input.percent;
    }
    const preview = pricePreviewOf(chosen(context, next));
    return {
      kind: 'continue',
      scratch: next,
      text: lines(
        preview.text,
        tx(
          'Übernehmen mit „fertig“, oder weiter ändern.',
          'Say “done” to take it, or change more.',
        ),
      ),
    };
  },
};
