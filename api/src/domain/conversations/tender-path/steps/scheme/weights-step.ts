import type {
  AwardNode,
  ConversationInput,
  ConversationText,
  EvaluationScheme,
  QuickReply,
} from '@tenderwise/schema';
import { analyseAhp, type AhpAnalysis } from '../../../../../engine/weighting/ahp/analyse.ts';
import { MAX_ITEMS } from '../../../../../engine/weighting/ahp/pairwise-matrix.ts';
import { toBasisPoints } from '../../../../../engine/weights/basis-points.ts';
import { fromDecimal, sum, toNumber } from '../../../../../engine/arithmetic/rational.ts';
import type { StepContext, StepDefinition, StepOutcome } from '../../../dialogue/types.ts';
import type { TenderWorld } from '../../world.ts';
import { withoutCompanyCriteria } from './company-criteria.ts';
import { namesOf } from './named.ts';
import {
  explainContradiction,
  judgementOf,
  matrixOf,
  pairKey,
  pairsOf,
  statement,
  type Judgements,
} from './pairwise.ts';
import { proposeScheme } from './propose-scheme.ts';
import { schemeOf } from './starter-scheme.ts';
import { lines, listed, numberText, percentOf, tx } from './texts.ts';

interface WeightsScratch {
  /** Weights typed directly instead of compared in pairs. */
  mode?: 'direct';
  judgements: Judgements;
  /** All pairs are judged, but too inconsistently: the pair to revise, unless accepted anyway. */
  contradiction?: { a: string; b: string };
}

export interface WeightsAnswer {
  method: 'pairwise' | 'direct';
  /** The top level's weights in basis points, by id. */
  weightsBp: Record<string, number>;
  judgements?: Judgements;
  consistencyRatio?: number;
  /** Award criteria about the company, moved to suitability. */
  movedToSuitability: string[];
}

/** The scheme with company criteria taken out, and its top level. */
function prepared(context: StepContext<TenderWorld>) {
  const { scheme, moved } = withoutCompanyCriteria(schemeOf(context.world));
  const top = scheme.award.filter((node) => node.parentId === null);
  return { scheme, moved, top, ids: top.map((node) => node.id) };
}

function scratchOf(context: StepContext<TenderWorld>): WeightsScratch {
  return (context.scratch as WeightsScratch | undefined) ?? { judgements: {} };
}

const compareReplies = (a: AwardNode, b: AwardNode): QuickReply[] => [
  {
    label: tx(`${a.title.de} deutlich wichtiger`, `${a.title.en} much more important`),
    input: { intent: 'compare', comparison: { more: a.id, less: b.id, factor: 5 } },
  },
  {
    label: tx(`${a.title.de} etwas wichtiger`, `${a.title.en} somewhat more important`),
    input: { intent: 'compare', comparison: { more: a.id, less: b.id, factor: 3 } },
  },
  {
    label: tx('Gleich wichtig', 'Equally important'),
    input: { intent: 'compare', comparison: { more: a.id, less: b.id, factor: 1 } },
  },
  {
    label: tx(`${b.title.de} etwas wichtiger`, `${b.title.en} somewhat more important`),
    input: { intent: 'compare', comparison: { more: b.id, less: a.id, factor: 3 } },
  },
  {
    label: tx(`${b.title.de} deutlich wichtiger`, `${b.title.en} much more important`),
    input: { intent: 'compare', comparison: { more: b.id, less: a.id, factor: 5 } },
  },
];

const directReply: QuickReply = {
  label: tx('Gewichte direkt eingeben', 'Enter the weights directly'),
  input: { intent: 'choose', choice: 'direct' },
};
const pairwiseReply: QuickReply = {
  label: tx('Paarweise vergleichen', 'Compare in pairs'),
  input: { intent: 'choose', choice: 'pairwise' },
};
/** The current weights sent back as they are. */
function keepReply(top: readonly AwardNode[]): QuickReply {
  return {
    label: tx('Aktuelle Gewichte behalten', 'Keep the current weights'),
    input: {
      intent: 'setWeights',
      weights: top.map((node) => ({
        criterionId: node.id,
        percent: (node.weightBp / 100).toString(),
      })),
    },
  };
}

const acceptAnywayReply: QuickReply = {
  label: tx('Trotzdem übernehmen', 'Take them anyway'),
  input: { intent: 'choose', choice: 'acceptAnyway' },
};

function companyNote(moved: readonly AwardNode[]): ConversationText[] {
  if (moved.length === 0) return [];
  const names = listed(moved.map((node) => node.title));
  return [
    tx(
      `${names.de}: bewertet das Unternehmen, nicht die Leistung. Zuschlagskriterien dürfen nur die angebotene Leistung, ihren Preis oder ihre Kosten oder das eingesetzte Personal betreffen (Art. 67 Abs. 2 RL 2014/24/EU, § 127 Abs. 3 GWB). Ich nehme es aus der Wertung und führe es als Eignungskriterium (bestanden oder nicht, § 122 GWB).`,
      `${names.en}: scores the company, not the service. Award criteria may only concern the offered service, its price or cost, or the staff assigned (Art. 67 (2) Directive 2014/24/EU, § 127 (3) GWB). I take it out of the scoring and keep it as a suitability criterion (pass or fail, § 122 GWB).`,
    ),
  ];
}

/** The pair asked now: the contradictory one being revised, else the first not yet judged. */
function openPair(ids: readonly string[], scratch: WeightsScratch): [string, string] | undefined {
  if (scratch.contradiction !== undefined)
    return [scratch.contradiction.a, scratch.contradiction.b];
  return pairsOf(ids).find(([a, b]) => scratch.judgements[pairKey(a, b)] === undefined);
}

/** "Gleich wichtig" typed: equal importance of the pair asked now. */
function equalForOpenPair(ids: readonly string[], scratch: WeightsScratch) {
  const pair = openPair(ids, scratch);
  return pair === undefined ? undefined : { more: pair[0], less: pair[1], factor: 1 };
}

/** Under a reference-value method the price is set against performance, not weighed in the tree. */
function priceNote(context: StepContext<TenderWorld>): ConversationText[] {
  if (schemeOf(context.world).method.kind === 'weightedSum') return [];
  return [
    tx(
      'Der Preis hat hier kein Gewicht im Baum: Die Richtwert- bzw. Medianmethode setzt die Leistung ins Verhältnis zum Preis (UfAB 2018). Gewichtet werden nur die Leistungskriterien; die Methode wählen Sie im Schritt „Preis“.',
      'The price has no weight in the tree here: the reference-value or median method sets performance against price (UfAB 2018). Only the performance criteria are weighed; the method is chosen at the “price” step.',
    ),
  ];
}

function analyse(ids: readonly string[], judgements: Judgements): AhpAnalysis {
  return analyseAhp(ids, matrixOf(ids, judgements));
}

function proposeWeights(
  context: StepContext<TenderWorld>,
  weights: Map<string, number>,
  how: { method: 'pairwise' | 'direct'; judgements?: Judgements; consistencyRatio?: number },
  note?: ConversationText,
): StepOutcome {
  const { scheme, moved, top } = prepared(context);
  const original = schemeOf(context.world);
  const changed: EvaluationScheme = {
    ...scheme,
    award: scheme.award.map((node) =>
      weights.has(node.id) && node.parentId === null
        ? { ...node, weightBp: weights.get(node.id)! }
        : node,
    ),
  };
  const before = (id: string) => original.award.find((node) => node.id === id)?.weightBp ?? 0;
  const cr = how.consistencyRatio === undefined ? null : numberText(how.consistencyRatio, 3);
  const summary = lines(
    ...(note === undefined ? [] : [note]),
    how.method === 'pairwise'
      ? tx(
          `Gewichte der obersten Ebene aus Ihren paarweisen Vergleichen (AHP, Konsistenzquote ${cr!.de}).`,
          `Top-level weights from your pairwise comparisons (AHP, consistency ratio ${cr!.en}).`,
        )
      : tx('Gewichte der obersten Ebene, wie angegeben.', 'Top-level weights as given.'),
  );
  return proposeScheme({
    scheme: changed,
    summary,
    changes: [
      ...top.map((node) => ({
        label: node.title,
        value: tx(
          `${percentOf(before(node.id)).de} → ${percentOf(weights.get(node.id)!).de}`,
          `${percentOf(before(node.id)).en} → ${percentOf(weights.get(node.id)!).en}`,
        ),
      })),
      ...moved.map((node) => ({
        label: node.title,
        value: tx(
          'kein Zuschlagskriterium, sondern Eignungskriterium (Art. 67 Abs. 2 RL 2014/24/EU)',
          'not an award criterion but a suitability criterion (Art. 67 (2) Directive 2014/24/EU)',
        ),
      })),
    ],
    answer: {
      method: how.method,
      weightsBp: Object.fromEntries(weights),
      ...(how.judgements === undefined ? {} : { judgements: how.judgements }),
      ...(how.consistencyRatio === undefined ? {} : { consistencyRatio: how.consistencyRatio }),
      movedToSuitability: moved.map((node) => node.id),
    } satisfies WeightsAnswer,
  });
}

function directWeights(input: ConversationInput, context: StepContext<TenderWorld>): StepOutcome {
  const { top, ids } = prepared(context);
  const given = input.weights ?? [];
  const unknown = given.filter((entry) => !ids.includes(entry.criterionId));
  const missing = top.filter((node) => !given.some((entry) => entry.criterionId === node.id));
  if (unknown.length > 0 || missing.length > 0) {
    const names = listed(top.map((node) => node.title));
    return {
      kind: 'reprompt',
      text: tx(
        `Bitte geben Sie für jedes Kriterium der obersten Ebene ein Gewicht an: ${names.de}.${missing.length > 0 ? ` Es fehlt: ${listed(missing.map((node) => node.title)).de}.` : ''}`,
        `Please give a weight for every top-level criterion: ${names.en}.${missing.length > 0 ? ` Missing: ${listed(missing.map((node) => node.title)).en}.` : ''}`,
      ),
    };
  }
  const total = sum(given.map((entry) => fromDecimal(entry.percent)));
  if (total.n === 0n) {
    return {
      kind: 'reprompt',
      text: tx(
        'Mindestens ein Gewicht muss über null liegen.',
        'At least one weight must be above zero.',
      ),
    };
  }
  const weights = toBasisPoints(
    given.map((entry) => ({ id: entry.criterionId, weight: entry.percent })),
  );
  const totalText = numberText(toNumber(total, 4), 4);
  const note =
    total.n === 100n * total.d
      ? undefined
      : tx(
          `Ihre Angaben ergeben zusammen ${totalText.de} %; ich habe sie anteilig auf 100 % umgerechnet.`,
          `Your figures add up to ${totalText.en} %; I have scaled them in proportion to 100 %.`,
        );
  return proposeWeights(context, weights, { method: 'direct' }, note);
}

export const weightsStep: StepDefinition<TenderWorld> = {
  id: 'weights',
  title: tx('Zuschlagskriterien und Gewichte', 'Award criteria and weights'),
  why: tx(
    'Die Gewichte entscheiden, welches Angebot das wirtschaftlichste ist; sie werden vor der Bekanntmachung festgelegt und veröffentlicht. Paarweise Vergleiche machen sichtbar, ob die Gewichte zu dem passen, was Ihnen wichtig ist.',
    'The weights decide which bid is the most economically advantageous; they are fixed and published before the notice. Pairwise comparisons show whether the weights match what matters to you.',
  ),
  rules: [
    {
      text: tx(
        'Zuschlagskriterien müssen mit dem Auftragsgegenstand in Verbindung stehen.',
        'Award criteria must be linked to the subject-matter of the contract.',
      ),
      source: '§ 127 Abs. 3 GWB',
    },
    {
      text: tx(
        'Zuschlagskriterien betreffen die Leistung, ihren Preis oder ihre Kosten oder das eingesetzte Personal, nie das Unternehmen als solches.',
        'Award criteria concern the service, its price or cost, or the staff assigned, never the company as such.',
      ),
      source: 'Art. 67 Abs. 2 RL 2014/24/EU; § 58 Abs. 2 VgV',
    },
    {
      text: tx(
        'Die Gewichtung der Zuschlagskriterien wird in der Bekanntmachung oder den Vergabeunterlagen angegeben.',
        'The weighting of the award criteria is stated in the notice or the tender documents.',
      ),
      source: '§ 127 Abs. 5 GWB, § 58 Abs. 3 VgV',
    },
  ],
  applies: (context) => context.world.tender !== null && prepared(context).top.length >= 2,
  ask(context) {
    const { top, ids, moved } = prepared(context);
    const scratch = scratchOf(context);
    const vocabulary = {
      criteria: namesOf(top),
      choices: [
        { id: 'direct', names: ['direkt', 'Gewichte eingeben', 'directly', 'enter weights'] },
        { id: 'pairwise', names: ['paarweise', 'vergleichen', 'pairwise', 'compare'] },
        { id: 'acceptAnyway', names: ['trotzdem', 'übernehmen', 'anyway', 'accept'] },
        { id: 'equal', names: ['gleich wichtig', 'gleichwichtig', 'equally important', 'equal'] },
      ],
    };
    const examples = [
      tx(
        'Souveränität ist doppelt so wichtig wie Kosten',
        'Price is twice as important as sovereignty',
      ),
      tx(
        'Kosten 30, Souveränität 40, Funktionalität 30',
        'price 30 %, sovereignty 40 %, functionality 30 %',
      ),
      tx('gleich wichtig', 'equally important'),
    ];
    const current = tx(
      `Aktuell: ${top.map((node) => `${node.title.de} ${percentOf(node.weightBp).de}`).join(', ')}.`,
      `Now: ${top.map((node) => `${node.title.en} ${percentOf(node.weightBp).en}`).join(', ')}.`,
    );
    if (scratch.mode === 'direct' || ids.length > MAX_ITEMS) {
      return {
        text: lines(
          ...companyNote(moved),
          current,
          ...priceNote(context),
          tx(
            'Geben Sie die Gewichte in Prozent an; ergeben sie nicht 100, rechne ich sie anteilig um.',
            'Give the weights in percent; if they do not add up to 100, I scale them in proportion.',
          ),
        ),
        quickReplies: [keepReply(top), pairwiseReply],
        widget: {
          kind: 'weights',
          criteria: top.map((node) => ({
            id: node.id,
            title: node.title,
            percent: (node.weightBp / 100).toString(),
          })),
        },
        examples,
        vocabulary,
        expects: ['weights', 'choice'],
      };
    }
    const pairs = pairsOf(ids);
    const byId = new Map(top.map((node) => [node.id, node]));
    const contradiction =
      scratch.contradiction === undefined
        ? null
        : explainContradiction(analyse(ids, scratch.judgements), top, scratch.judgements);
    const open = openPair(ids, scratch);
    const [a, b] = (open ?? pairs[0]!).map((id) => byId.get(id)!) as [AwardNode, AwardNode];
    const index = pairs.findIndex(([x, y]) => x === a.id && y === b.id) + 1;
    const given = Object.keys(scratch.judgements).length;
    return {
      text: lines(
        ...companyNote(moved),
        ...(given === 0 ? [current, ...priceNote(context)] : []),
        ...(contradiction === null ? [] : [contradiction.text]),
        tx(
          `Ist ${a.title.de} wichtiger als ${b.title.de}? Wie viel? (1 = gleich wichtig, 3 = etwas, 5 = deutlich, 7 = sehr viel, 9 = absolut wichtiger)`,
          `Is ${a.title.en} more important than ${b.title.en}? By how much? (1 = equal, 3 = somewhat, 5 = much, 7 = very much, 9 = absolutely more important)`,
        ),
      ),
      quickReplies: [
        ...compareReplies(a, b),
        ...(contradiction === null ? [directReply, keepReply(top)] : [acceptAnywayReply]),
      ],
      widget: {
        kind: 'pairwise',
        a: { id: a.id, title: a.title },
        b: { id: b.id, title: b.title },
        pair: Math.max(index, 1),
        of: pairs.length,
      },
      examples,
      vocabulary,
      expects: ['comparison', 'weights', 'choice'],
    };
  },
  accept(input, context) {
    const { top, ids } = prepared(context);
    const scratch = scratchOf(context);
    if (input.intent === 'setWeights' && input.weights !== undefined)
      return directWeights(input, context);
    if (input.intent === 'choose' && input.choice === 'direct')
      return { kind: 'continue', scratch: { ...scratch, mode: 'direct' } };
    if (input.intent === 'choose' && input.choice === 'pairwise')
      return { kind: 'continue', scratch: { judgements: scratch.judgements } };
    if (
      input.intent === 'choose' &&
      input.choice === 'acceptAnyway' &&
      scratch.contradiction !== undefined
    ) {
      const analysis = analyse(ids, scratch.judgements);
      return proposeWeights(
        context,
        analysis.basisPoints,
        {
          method: 'pairwise',
          judgements: scratch.judgements,
          consistencyRatio: analysis.consistencyRatio,
        },
        tx(
          'Übernommen trotz widersprüchlicher Vergleiche; halten Sie die Begründung im Vergabevermerk fest (§ 8 VgV).',
          'Taken despite contradictory comparisons; record the reasons in the procurement file (§ 8 VgV).',
        ),
      );
    }
    const comparison =
      input.intent === 'choose' && input.choice === 'equal'
        ? equalForOpenPair(ids, scratch)
        : input.intent === 'compare'
          ? input.comparison
          : undefined;
    if (comparison !== undefined && ids.length <= MAX_ITEMS) {
      const judged = judgementOf(ids, comparison);
      if (judged === null) {
        return {
          kind: 'reprompt',
          text: tx(
            `Vergleichen lassen sich zwei verschiedene Kriterien der obersten Ebene: ${listed(top.map((node) => node.title)).de}.`,
            `Two different top-level criteria can be compared: ${listed(top.map((node) => node.title)).en}.`,
          ),
        };
      }
      const judgements = { ...scratch.judgements, [judged.key]: judged.value };
      const byId = new Map(top.map((node) => [node.id, node]));
      const [a, b] = judged.key.split('|') as [string, string];
      const noted = statement(byId, a, b, judged.value);
      if (pairsOf(ids).some(([x, y]) => judgements[pairKey(x, y)] === undefined)) {
        return {
          kind: 'continue',
          scratch: { judgements },
          text: tx(`Notiert: ${noted.de}.`, `Noted: ${noted.en}.`),
        };
      }
      const analysis = analyse(ids, judgements);
      if (!analysis.acceptable) {
        const contradiction = explainContradiction(analysis, top, judgements)!;
        return {
          kind: 'continue',
          scratch: { judgements, contradiction: { a: contradiction.a, b: contradiction.b } },
          text: contradiction.text,
        };
      }
      return proposeWeights(context, analysis.basisPoints, {
        method: 'pairwise',
        judgements,
        consistencyRatio: analysis.consistencyRatio,
      });
    }
    return {
      kind: 'reprompt',
      text: tx(
        'Das habe ich nicht verstanden. Sagen Sie, welches Kriterium wie viel wichtiger ist („Kosten sind doppelt so wichtig wie Souveränität“, „gleich wichtig“), oder geben Sie die Gewichte in Prozent an („Preis 30, Souveränität 40, Funktionalität 30“).',
        'I did not understand that. Say which criterion is how much more important (“price is twice as important as sovereignty”, “equally important”), or give the weights in percent (“price 30, sovereignty 40, functionality 30”).',
      ),
    };
  },
};
