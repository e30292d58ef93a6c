import type {
  ContractValueInput,
  ConversationText,
  TenderResponse,
  UpdateTenderInput,
} from '@tenderwise/schema';
import { DomainError } from '../../../../errors.ts';
import { partsStep, type Collected, type StepPart } from '../../../dialogue/parts-step.ts';
import type { ConversationAction, StepContext } from '../../../dialogue/types.ts';
import type { TenderWorld } from '../../world.ts';
import { needAnswerOf, stepIds, type NeedAnswer, type ValueAnswer } from './answers.ts';
import { defaultProcedureType, regimeFor } from './regime.ts';
import { same } from './words.ts';

type Context = StepContext<TenderWorld>;

const euroPattern = /^(0|[1-9]\d{0,12})(\.\d{1,2})?$/;

/** "1.200.000,00 €" and "€1,200,000.00". */
function euroText(amount: string): ConversationText {
  const [whole, cents = '00'] = amount.split('.') as [string, string?];
  const grouped = (separator: string) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  const padded = cents.padEnd(2, '0');
  return { de: `${grouped('.')},${padded} €`, en: `€${grouped(',')}.${padded}` };
}

function termText(months: number): ConversationText {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (rest === 0) {
    return {
      de: `${years} ${years === 1 ? 'Jahr' : 'Jahre'}`,
      en: `${years} ${years === 1 ? 'year' : 'years'}`,
    };
  }
  return { de: `${months} Monate`, en: `${months} months` };
}

/** A unique enough file number for a new draft: `TW-<year>-<6 hex digits>`. */
export function newReference(today: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(3));
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `TW-${today.slice(0, 4)}-${hex.toUpperCase()}`;
}

const amountPart: StepPart<TenderWorld> = {
  key: 'amount',
  ask: () => ({
    text: {
      de: 'Wie hoch ist der geschätzte Auftragswert, netto ohne Umsatzsteuer, über die ganze Laufzeit – Optionen und mögliche Verlängerungen eingerechnet? Und wie lange soll der Vertrag laufen?',
      en: 'What is the estimated contract value, net of VAT, over the whole term – options and possible extensions included? And how long is the contract to run?',
    },
    quickReplies: [],
    widget: null,
    examples: [
      { de: '1,2 Mio. € über 4 Jahre', en: '€1.2 million over 4 years' },
      { de: '180.000 €', en: '€180,000' },
    ],
    vocabulary: {},
    expects: ['amount', 'duration'],
  }),
  read(input) {
    if (input.intent !== 'answer') return null;
    const amount = input.amount ?? input.number;
    if (amount === undefined) return null;
    if (!euroPattern.test(amount) || Number(amount) <= 0) {
      return {
        reprompt: {
          de: 'Der Auftragswert ist ein Betrag in Euro über null mit höchstens zwei Nachkommastellen, etwa „250.000 €“.',
          en: 'The value is an amount in euro above zero with at most two decimals, such as “€250,000”.',
        },
      };
    }
    return { value: amount };
  },
};

const termReplies = [12, 24, 36, 48, 60].map((months) => ({
  label: termText(months),
  input: {
    intent: 'answer' as const,
    duration: { years: Math.floor(months / 12), months: months % 12 },
  },
}));

const termPart: StepPart<TenderWorld> = {
  key: 'termMonths',
  alsoFromEarlierAnswers: true,
  ask: (_context, collected) => ({
    text: {
      de: `Geschätzter Auftragswert: ${euroText(collected.amount as string).de}. Wie lange soll der Vertrag laufen, mögliche Verlängerungen eingerechnet?`,
      en: `Estimated value: ${euroText(collected.amount as string).en}. How long is the contract to run, possible extensions included?`,
    },
    quickReplies: termReplies,
    widget: null,
    examples: [
      { de: '4 Jahre', en: '4 years' },
      { de: '36 Monate', en: '36 months' },
    ],
    vocabulary: {},
    expects: ['duration'],
  }),
  read(input) {
    if (input.intent !== 'answer' || input.duration === undefined) return null;
    const months = input.duration.years * 12 + input.duration.months;
    if (months < 1 || months > 1200) {
      return {
        reprompt: {
          de: 'Die Laufzeit ist mindestens ein Monat, etwa „4 Jahre“ oder „36 Monate“.',
          en: 'The term is at least one month, such as “4 years” or “36 months”.',
        },
      };
    }
    return { value: months };
  },
};

/** Lot 1's estimate as a total price: the tender has one lot until more are added. */
function estimateOf(amount: string): ContractValueInput {
  return {
    contractKind: 'suppliesServices',
    lots: [
      {
        id: 'lot-1',
        basis: { kind: 'totalPrice', amount },
        additions: [],
        paymentsToParticipants: '0',
        suppliedByAuthority: '0',
      },
    ],
    smallLotIds: [],
  };
}

/** The need as step 1 recorded it, or as the tender has it when step 1 was never answered here. */
function needOf(context: Context): NeedAnswer | undefined {
  const recorded = needAnswerOf(context.answers);
  if (recorded !== undefined) return recorded;
  const tender = context.world.tender;
  if (tender === null) return undefined;
  return {
    need: tender.description,
    subject: tender.title,
    templateId: null,
    cpvCodes: tender.cpvCodes,
    land: tender.land,
    authorityKind: tender.authorityKind,
  };
}

function storedAmount(tender: TenderResponse): string | null {
  const lots = tender.value.estimatedValue?.lots ?? [];
  const basis = lots.length === 1 ? lots[0]!.basis : undefined;
  return basis?.kind === 'totalPrice' && lots[0]!.additions.length === 0 ? basis.amount : null;
}

function actionsFor(
  context: Context,
  needAnswer: NeedAnswer,
  value: ValueAnswer,
): ConversationAction[] | { reprompt: ConversationText } {
  const { world } = context;
  const tender = world.tender;
  const estimate = { estimatedValue: estimateOf(value.amount), estimatedOn: world.today };
  if (tender === null) {
    const actions: ConversationAction[] = [
      {
        kind: 'createTender',
        input: {
          reference: newReference(world.today),
          title: needAnswer.subject,
          description: needAnswer.need,
          cpvCodes: needAnswer.cpvCodes,
          regime: value.regime,
          procedureType: defaultProcedureType(world, value.regime).id,
          land: needAnswer.land,
          authorityKind: needAnswer.authorityKind,
          contractKind: 'suppliesServices',
        },
      },
      { kind: 'updateTender', input: estimate },
    ];
    if (needAnswer.templateId !== null) {
      actions.push({
        kind: 'saveLotScheme',
        lotNumber: 1,
        source: { kind: 'template', templateId: needAnswer.templateId },
      });
    }
    return actions;
  }
  if (tender.lots.length > 1) {
    return {
      reprompt: {
        de: `Der Entwurf hat ${tender.lots.length} Lose: Schätzen Sie den Wert je Los auf der Seite „Verfahren“ des Entwurfs (§ 3 Abs. 7 VgV).`,
        en: `The draft has ${tender.lots.length} lots: estimate the value of each lot on the draft’s Procedure page (§ 3 (7) VgV).`,
      },
    };
  }
  const input: Omit<UpdateTenderInput, 'version'> = {};
  if (storedAmount(tender) === null || Number(storedAmount(tender)) !== Number(value.amount)) {
    Object.assign(input, estimate);
  }
  if (value.regime !== tender.regime) {
    // A type of the old regime is none of the new one's: start from the new regime's default.
    input.regime = value.regime;
    input.procedureType = defaultProcedureType(world, value.regime).id;
    input.procedureGround = null;
  }
  return Object.keys(input).length === 0 ? [] : [{ kind: 'updateTender', input }];
}

function regimeText(value: ValueAnswer): ConversationText {
  if (value.regime === 'UVgO') {
    return {
      de: 'Vergaberegime: UVgO (unterhalb der EU-Schwellenwerte, nach Haushaltsrecht, soweit Bund oder Land sie in Kraft gesetzt haben).',
      en: 'Regime: UVgO (below the EU thresholds, under budget law, where the Federation or the Land has put it into force).',
    };
  }
  return {
    de: `Vergaberegime: ${value.regime} (EU-Vergabe nach Teil 4 des GWB).`,
    en: `Regime: ${value.regime} (EU procurement under Part 4 of the GWB).`,
  };
}

export const valueStep = partsStep<TenderWorld>({
  id: stepIds.value,
  title: { de: 'Auftragswert und Regime', en: 'Value and regime' },
  why: {
    de: 'Der geschätzte Auftragswert entscheidet, ob der EU-Schwellenwert erreicht ist und damit, welche Vergabeordnung gilt und welche Verfahren und Fristen möglich sind.',
    en: 'The estimated value decides whether the EU threshold is reached and so which procurement rules apply and which procedures and deadlines are possible.',
  },
  rules: [
    {
      text: {
        de: 'Maßgeblich ist der voraussichtliche Gesamtwert ohne Umsatzsteuer, einschließlich Optionen und Vertragsverlängerungen.',
        en: 'What counts is the expected total value net of VAT, including options and renewals.',
      },
      source: '§ 3 Abs. 1 VgV',
    },
    {
      text: {
        de: 'Der Wert wird am Tag der Absendung der Bekanntmachung oder der sonstigen Einleitung des Verfahrens geschätzt.',
        en: 'The value is estimated on the day the notice is sent or the procedure otherwise begins.',
      },
      source: '§ 3 Abs. 3 VgV',
    },
    {
      text: {
        de: 'Erreicht oder überschreitet der Wert den Schwellenwert, gilt Teil 4 des GWB; darunter das Haushaltsrecht und die UVgO.',
        en: 'Where the value reaches or exceeds the threshold, Part 4 of the GWB applies; below it, budget law and the UVgO.',
      },
      source: '§ 106 Abs. 1 GWB',
    },
    {
      text: {
        de: 'Ein Auftrag darf nicht so geschätzt oder aufgeteilt werden, dass er dem EU-Vergaberecht entzogen wird.',
        en: 'A contract must not be estimated or split so as to escape the EU rules.',
      },
      source: '§ 3 Abs. 2 VgV',
    },
  ],
  parts: [amountPart, termPart],
  propose(collected: Collected, context) {
    const needAnswer = needOf(context);
    if (needAnswer === undefined) {
      return {
        reprompt: {
          de: 'Zuerst braucht es den Bedarf und den Auftraggeber: Gehen Sie einen Schritt zurück.',
          en: 'The need and the authority come first: go back one step.',
        },
      };
    }
    const amount = collected.amount as string;
    let reading;
    try {
      reading = regimeFor(context.world, amount, needAnswer.authorityKind);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return {
        reprompt: {
          de: `Für heute (${context.world.today}) finde ich keinen Schwellenwert; die Schwellenwerttabelle muss ergänzt werden, bevor der Wert eingeordnet werden kann.`,
          en: `I find no threshold for today (${context.world.today}): ${error.message}`,
        },
      };
    }
    const { classification } = reading;
    const value: ValueAnswer = {
      amount,
      termMonths: collected.termMonths as number,
      comparedWith: classification.threshold.regime,
      position: classification.position,
      thresholdId: classification.threshold.id,
      thresholdAmount: classification.threshold.amount,
      regime: reading.regime,
    };
    const actions = actionsFor(context, needAnswer, value);
    if (!Array.isArray(actions)) return actions;
    const regime = regimeText(value);
    const created = context.world.tender === null;
    return {
      summary: {
        de: `${classification.explanation.de} ${classification.consequence.summary.de} ${regime.de}${created ? ' Mit der Bestätigung lege ich den Entwurf an.' : actions.length === 0 ? ' Am Entwurf ändert sich nichts.' : ' Der Entwurf wird angepasst.'}`,
        en: `${classification.explanation.en} ${classification.consequence.summary.en} ${regime.en}${created ? ' Confirming creates the draft.' : actions.length === 0 ? ' The draft does not change.' : ' The draft is changed accordingly.'}`,
      },
      changes: [
        {
          label: { de: 'Geschätzter Auftragswert (netto)', en: 'Estimated value (net)' },
          value: euroText(amount),
        },
        { label: { de: 'Laufzeit', en: 'Term' }, value: termText(value.termMonths) },
        {
          label: { de: 'Schwellenwert', en: 'Threshold' },
          value: {
            de: `${euroText(classification.threshold.amount).de} (${classification.threshold.regime}, gültig ${classification.threshold.validFrom} bis ${classification.threshold.validUntil}; ${classification.threshold.sources.map((source) => source.name).join('; ')})`,
            en: `${euroText(classification.threshold.amount).en} (${classification.threshold.regime}, valid ${classification.threshold.validFrom} to ${classification.threshold.validUntil}; ${classification.threshold.sources.map((source) => source.name).join('; ')})`,
          },
        },
        { label: { de: 'Vergaberegime', en: 'Regime' }, value: same(value.regime) },
        {
          label: { de: 'Vorschriften', en: 'Provisions' },
          value: same(classification.consequence.provisions.join(', ')),
        },
      ],
      actions,
      answer: value,
    };
  },
});
