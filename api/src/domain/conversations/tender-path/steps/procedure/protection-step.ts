import type {
  BuyerContext,
  ConversationInput,
  ConversationText,
  RecommendationResponse,
} from '@tenderwise/schema';
import { recommend } from '../../../../catalogue/recommend.ts';
import { partsStep, type Collected, type StepPart } from '../../../dialogue/parts-step.ts';
import type { StepContext } from '../../../dialogue/types.ts';
import type { TenderWorld } from '../../world.ts';
import { needAnswerOf, stepIds, valueAnswerOf } from './answers.ts';
import { choiceReply, chosenOf, namesOf, same } from './words.ts';

type Context = StepContext<TenderWorld>;

/** What needs protecting, as the person ticks it; each maps to facts of the buyer context. */
const needs = {
  personal: { de: 'Personenbezogene Daten (DSGVO)', en: 'Personal data (GDPR)' },
  professionalSecrets: {
    de: 'Berufsgeheimnisse (§ 203 StGB)',
    en: 'Professional secrets (§ 203 StGB)',
  },
  vsNfd: {
    de: 'Verschlusssachen VS-NUR FÜR DEN DIENSTGEBRAUCH',
    en: 'Classified information VS-NfD (restricted)',
  },
  nis2: {
    de: 'Wir sind wichtige oder besonders wichtige Einrichtung nach NIS2',
    en: 'We are an important or essential entity under NIS2',
  },
  kritis: {
    de: 'Wir betreiben kritische Infrastruktur (KRITIS)',
    en: 'We operate critical infrastructure (KRITIS)',
  },
  health: { de: 'Gesundheitsdaten, Gesundheitswesen', en: 'Health data, health sector' },
  sgbV: {
    de: 'Wir sind Leistungserbringer oder Kasse nach SGB V (oder deren Auftragsverarbeiter)',
    en: 'We are a care provider or insurer under SGB V (or their processor)',
  },
  ai: {
    de: 'KI-Modelle werden auf dem Dienst trainiert oder betrieben',
    en: 'AI models will be trained or run on the service',
  },
} satisfies Record<string, ConversationText>;
type Need = keyof typeof needs;
const needIds = Object.keys(needs) as Need[];
const nothing = 'none';

const needNames = [
  ...needIds.map((id) => ({
    id,
    names: namesOf(
      needs[id],
      ...(
        {
          personal: ['personenbezogene Daten', 'personal data', 'DSGVO', 'GDPR'],
          professionalSecrets: ['Berufsgeheimnisse', 'professional secrets', '§ 203 StGB'],
          vsNfd: ['VS-NfD', 'Verschlusssachen', 'classified'],
          nis2: ['NIS2', 'NIS-2'],
          kritis: ['KRITIS', 'kritische Infrastruktur', 'critical infrastructure'],
          health: ['Gesundheitsdaten', 'Gesundheitswesen', 'health data', 'health sector'],
          sgbV: ['SGB V', 'Krankenkasse', 'health insurer'],
          ai: ['KI', 'AI', 'KI-Workloads', 'AI workloads', 'KI-Training', 'AI training'],
        } satisfies Record<Need, string[]>
      )[id],
    ),
  })),
  { id: nothing, names: ['nichts davon', 'keine', 'none of these', 'none', 'nothing'] },
];

const serviceModels = {
  saas: { de: 'Software als Dienst (SaaS)', en: 'Software as a service (SaaS)' },
  paas: { de: 'Plattform als Dienst (PaaS)', en: 'Platform as a service (PaaS)' },
  iaas: { de: 'Infrastruktur als Dienst (IaaS)', en: 'Infrastructure as a service (IaaS)' },
  onPremises: { de: 'Betrieb im eigenen Haus', en: 'Run on our own premises' },
} satisfies Record<BuyerContext['serviceModel'], ConversationText>;
type ServiceModel = keyof typeof serviceModels;
const modelNames = (Object.keys(serviceModels) as ServiceModel[]).map((id) => ({
  id,
  names: namesOf(serviceModels[id], id, id === 'onPremises' ? 'on-premises' : id.toUpperCase()),
}));

function needsOf(input: ConversationInput): Need[] | undefined {
  if (input.intent === 'decline') return [];
  if (input.intent === 'choose') {
    // A checklist sent with nothing ticked says that none of it applies.
    if (input.choices !== undefined && input.choices.length === 0) return [];
    const ids = input.choices ?? (input.choice === undefined ? [] : [input.choice]);
    if (ids.length === 0) return undefined;
    if (ids.length === 1 && ids[0] === nothing) return [];
    return ids.every((id) => (needIds as string[]).includes(id)) ? (ids as Need[]) : undefined;
  }
  const one = chosenOf(input, needNames);
  if (one === nothing) return [];
  return one === undefined ? undefined : [one as Need];
}

const needsPart: StepPart<TenderWorld> = {
  key: 'needs',
  ask: (context) => {
    const earlier = (context.answer as { needs?: Need[] } | undefined)?.needs ?? [];
    return {
      text: {
        de: 'Was ist zu schützen? Kreuzen Sie alles an, was zutrifft – daraus folgen Pflichten und Empfehlungen für Kriterien und Vertragsbedingungen.',
        en: 'What needs protecting? Tick everything that applies – duties and advice for criteria and contract conditions follow from it.',
      },
      quickReplies: [choiceReply(nothing, { de: 'Nichts davon', en: 'None of these' })],
      widget: {
        kind: 'checklist',
        items: needIds.map((id) => ({ id, label: needs[id], checked: earlier.includes(id) })),
      },
      examples: [
        { de: 'personenbezogene Daten und KI', en: 'personal data and AI' },
        { de: 'nichts davon', en: 'none of these' },
      ],
      vocabulary: { choices: needNames },
      expects: ['choices', 'choice', 'yesNo'],
    };
  },
  read(input) {
    const chosen = needsOf(input);
    if (chosen !== undefined) return { value: chosen };
    if (input.intent === 'choose') {
      return {
        reprompt: {
          de: 'Das ist keiner der Punkte der Liste. Kreuzen Sie an, was zutrifft, oder antworten Sie „nichts davon“.',
          en: 'That is none of the items of the list. Tick what applies, or answer “none of these”.',
        },
      };
    }
    return null;
  },
};

const modelPart: StepPart<TenderWorld> = {
  key: 'serviceModel',
  ask: () => ({
    text: {
      de: 'Wie wird die Leistung erbracht? Davon hängt ab, welche Pflichten den Anbieter treffen.',
      en: 'How is the service delivered? Which duties reach the provider depends on it.',
    },
    quickReplies: (Object.keys(serviceModels) as ServiceModel[]).map((id) =>
      choiceReply(id, serviceModels[id]),
    ),
    widget: null,
    examples: [same('SaaS'), { de: 'im eigenen Haus', en: 'on our own premises' }],
    vocabulary: { choices: modelNames },
    expects: ['choice'],
  }),
  read(input) {
    const model = chosenOf(input, modelNames);
    if (model !== undefined) return { value: model };
    if (input.intent === 'choose' || input.intent === 'answer') {
      return {
        reprompt: {
          de: 'Wählen Sie eine der vier Arten: SaaS, PaaS, IaaS oder Betrieb im eigenen Haus.',
          en: 'Choose one of the four: SaaS, PaaS, IaaS or on your own premises.',
        },
      };
    }
    return null;
  },
};

/** The buyer context of the recommendation rules, from the answers so far. */
export function buyerContextOf(collected: Collected, context: Context): BuyerContext {
  const chosen = collected.needs as Need[];
  const has = (need: Need) => chosen.includes(need);
  const value = valueAnswerOf(context.answers);
  const tender = context.world.tender;
  const authorityKind = tender?.authorityKind ?? needAnswerOf(context.answers)?.authorityKind;
  const amount = value?.amount ?? tender?.value.contractValue?.value ?? '0';
  const above = value?.position ?? tender?.value.threshold?.classification?.position ?? 'below';
  const dataClasses: BuyerContext['dataClasses'] = [
    ...(has('personal') ? (['personal'] as const) : []),
    ...(has('health') ? (['health'] as const) : []),
    ...(has('professionalSecrets') ? (['professionalSecrets'] as const) : []),
    ...(has('vsNfd') ? (['vsNfd'] as const) : []),
  ];
  return {
    dataClasses,
    // The rules treat important and essential entities alike; which of them is not asked.
    nis2Entity: has('nis2') ? 'important' : 'none',
    kritisOperator: has('kritis'),
    sector: has('health')
      ? 'health'
      : authorityKind === 'defenceSecurity'
        ? 'defence'
        : authorityKind === 'sectorEntity'
          ? 'other'
          : 'publicAdministration',
    sgbVActor: has('sgbV'),
    serviceModel: collected.serviceModel as ServiceModel,
    aiWorkloads: has('ai'),
    contractValueEur: Number(amount),
    aboveEuThreshold: above === 'above',
    ...((tender?.regime ?? value?.regime) !== undefined && {
      regime: tender?.regime ?? value?.regime,
    }),
  };
}

function sourcesOf(rule: RecommendationResponse['applied'][number]): string {
  return rule.sources
    .map((source) =>
      source.locator === undefined ? source.name : `${source.name}, ${source.locator}`,
    )
    .join('; ');
}

export const protectionStep = partsStep<TenderWorld>({
  id: stepIds.protection,
  title: { de: 'Schutzbedarf', en: 'Protection needs' },
  why: {
    de: 'Welche Daten der Dienst hält und wer Sie sind, entscheidet über gesetzliche Pflichten (DSGVO, § 203 StGB, NIS2, VS-NfD) und darüber, welche Mindestanforderungen und Kriterien das Wertungsschema braucht.',
    en: 'What data the service holds and who you are decide the legal duties (GDPR, § 203 StGB, NIS2, VS-NfD) and which minimum requirements and criteria the scheme needs.',
  },
  rules: [
    {
      text: {
        de: 'Wer personenbezogene Daten durch einen Dienstleister verarbeiten lässt, schließt einen Vertrag zur Auftragsverarbeitung.',
        en: 'Personal data processed by a provider needs a processing contract.',
      },
      source: 'Art. 28 DSGVO',
    },
    {
      text: {
        de: 'Berufsgeheimnisträger dürfen Dienstleistern Geheimnisse nur offenbaren, soweit es erforderlich ist, und müssen sie zur Geheimhaltung verpflichten.',
        en: 'Holders of professional secrets may disclose them to providers only as far as needed, and must bind them to secrecy.',
      },
      source: '§ 203 Abs. 3, 4 StGB',
    },
    {
      text: {
        de: 'Wichtige und besonders wichtige Einrichtungen sichern auch ihre Lieferkette ab.',
        en: 'Important and essential entities secure their supply chain too.',
      },
      source: '§ 30 BSIG',
    },
  ],
  parts: [needsPart, modelPart],
  propose(collected, context) {
    const rules = context.world.recommendationRules;
    if (rules === undefined) throw new Error('The tender world lacks the recommendation rules');
    const entryTitle = context.world.entryTitle ?? ((id: string) => ({ de: id, en: id }));
    const buyer = buyerContextOf(collected, context);
    const result = recommend(buyer, rules, entryTitle);
    const duties = result.applied.filter((rule) => rule.obligation === 'duty');
    const advice = result.applied.filter((rule) => rule.obligation === 'advice');
    const chosen = collected.needs as Need[];
    const line = (rule: (typeof result.applied)[number], kind: ConversationText) => ({
      label: { de: `${kind.de}: ${rule.title.de}`, en: `${kind.en}: ${rule.title.en}` },
      value: {
        de: `${rule.reason.de} Quellen: ${sourcesOf(rule)}.`,
        en: `${rule.reason.en} Sources: ${sourcesOf(rule)}.`,
      },
    });
    return {
      summary: {
        de: `Aus dem Schutzbedarf folgen ${duties.length} Pflicht(en) und ${advice.length} Empfehlung(en); die Schritte zum Wertungsschema greifen sie auf. Am Entwurf ändert sich hier nichts.`,
        en: `The protection needs give ${duties.length} duty(ies) and ${advice.length} piece(s) of advice; the scheme steps take them up. The draft does not change here.`,
      },
      changes: [
        {
          label: { de: 'Schutzbedarf', en: 'Protection needs' },
          value:
            chosen.length === 0
              ? { de: 'nichts davon', en: 'none of these' }
              : {
                  de: chosen.map((need) => needs[need].de).join('; '),
                  en: chosen.map((need) => needs[need].en).join('; '),
                },
        },
        {
          label: { de: 'Betriebsmodell', en: 'Service model' },
          value: serviceModels[collected.serviceModel as ServiceModel],
        },
        ...duties.map((rule) => line(rule, { de: 'Pflicht', en: 'Duty' })),
        ...advice.map((rule) => line(rule, { de: 'Empfehlung', en: 'Advice' })),
      ],
      actions: [],
      answer: {
        needs: chosen,
        serviceModel: collected.serviceModel,
        recommendationIds: result.applied.map((rule) => rule.ruleId),
        duties: duties.map((rule) => rule.ruleId),
        advice: advice.map((rule) => rule.ruleId),
      },
    };
  },
});
