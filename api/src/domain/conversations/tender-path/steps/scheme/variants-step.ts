import {
  abnormallyLowTriggerPercent,
  abnormallyLowTriggers,
  type ConversationInput,
  type ConversationText,
} from '@tenderwise/schema';
import {
  partsStep,
  type Collected,
  type PartReading,
  type StepPart,
} from '../../../dialogue/parts-step.ts';
import type { StepContext, StepQuestion } from '../../../dialogue/types.ts';
import type { TenderWorld } from '../../world.ts';
import { schemeProposal } from './propose-scheme.ts';
import { landOf, schemeOf } from './starter-scheme.ts';
import { numberText, tx } from './texts.ts';

export interface VariantsAnswer {
  variantsAllowed: boolean;
  requestMissingDocuments: boolean;
  abnormallyLowThresholdPercent: number;
}

const negation = /(^|[^\p{L}])(nein|keine?|nicht|ohne|no|not|none|without)($|[^\p{L}])/iu;

/** A yes or no, from a reply, a "ja"/"nein" or a sentence naming the topic. */
function yesNo(input: ConversationInput, yes: string, no: string, topic: RegExp): boolean | null {
  if (input.choice === yes || input.intent === 'confirm') return true;
  if (input.choice === no || input.intent === 'decline') return false;
  const text = input.text ?? '';
  if (!topic.test(text) && !/^\s*(ja|nein|yes|no)\b/i.test(text)) return null;
  return !negation.test(text);
}

function question(
  text: ConversationText,
  replies: [string, ConversationText][],
  examples: ConversationText[],
): StepQuestion {
  return {
    text,
    quickReplies: replies.map(([choice, label]) => ({
      label,
      input: { intent: 'choose', choice },
    })),
    widget: null,
    examples,
    vocabulary: { choices: replies.map(([id, label]) => ({ id, names: [label.de, label.en] })) },
    expects: ['yesNo', 'choice', 'percent', 'text'],
  };
}

function triggerOf(context: StepContext<TenderWorld>) {
  const land = landOf(context.world);
  const own = land === undefined ? undefined : abnormallyLowTriggers.byLand[land];
  return {
    percent: abnormallyLowTriggerPercent(land),
    source: (own ?? abnormallyLowTriggers.default).source,
  };
}

const variantsPart: StepPart<TenderWorld> = {
  key: 'variantsAllowed',
  ask: () =>
    question(
      tx(
        'Sollen Nebenangebote (Varianten) zugelassen werden? Dann nennen die Vergabeunterlagen die Mindestanforderungen an sie, und die Zuschlagskriterien müssen auch auf sie passen (§ 35 Abs. 2 VgV). Ohne Angabe sind sie nicht zugelassen.',
        'Are variants to be allowed? Then the tender documents state their minimum requirements, and the award criteria must fit them too (§ 35 (2) VgV). Without a statement they are not allowed.',
      ),
      [
        ['variantsAllowed', tx('Nebenangebote zulassen', 'Allow variants')],
        ['noVariants', tx('Keine Nebenangebote', 'No variants')],
      ],
      [tx('keine Nebenangebote', 'no variants'), tx('Nebenangebote zulassen', 'allow variants')],
    ),
  read: (input): PartReading => {
    const value = yesNo(input, 'variantsAllowed', 'noVariants', /nebenangebot|variante|variant/i);
    return value === null ? null : { value };
  },
};

const missingPart: StepPart<TenderWorld> = {
  key: 'requestMissingDocuments',
  ask: () =>
    question(
      tx(
        'Dürfen fehlende oder unvollständige Unterlagen nachgefordert werden (§ 56 Abs. 2 VgV)? Wer das ausschließen will, muss es in der Bekanntmachung oder den Vergabeunterlagen sagen. Leistungsbezogene Unterlagen, die die Wertung betreffen, werden nie nachgefordert (§ 56 Abs. 3 VgV).',
        'May missing or incomplete documents be requested later (§ 56 (2) VgV)? Ruling it out must be said in the notice or the tender documents. Documents on the service that affect the scoring are never requested later (§ 56 (3) VgV).',
      ),
      [
        ['requestMissing', tx('Nachfordern erlaubt', 'Requests allowed')],
        ['noRequests', tx('Nicht nachfordern', 'No requests')],
      ],
      [tx('Nachfordern erlaubt', 'requests allowed'), tx('nicht nachfordern', 'no requests')],
    ),
  read: (input): PartReading => {
    const value = yesNo(
      input,
      'requestMissing',
      'noRequests',
      /nachforder|unterlagen|request|missing|documents/i,
    );
    return value === null ? null : { value };
  },
};

const thresholdPart: StepPart<TenderWorld> = {
  key: 'abnormallyLowThresholdPercent',
  ask: (context) => {
    const trigger = triggerOf(context);
    const current = schemeOf(context.world).abnormallyLowThresholdPercent;
    const p = numberText(trigger.percent);
    const c = numberText(current);
    return question(
      tx(
        `Ab welchem Abstand wird ein Angebot auf einen ungewöhnlich niedrigen Preis geprüft (Aufgreifschwelle, § 60 VgV)? Für Ihr Land gelten ${p.de} % (${trigger.source}); im Schema stehen ${c.de} %. Die Schwelle löst nur eine Aufklärung aus, nie einen Ausschluss.`,
        `From which gap is a bid checked for an abnormally low price (trigger threshold, § 60 VgV)? For your Land it is ${p.en} % (${trigger.source}); the scheme says ${c.en} %. The threshold only triggers a clarification, never an exclusion.`,
      ),
      [['defaultThreshold', tx(`${p.de} % übernehmen`, `Take ${p.en} %`)]],
      [tx('15 %', '15 %'), tx(`${p.de} %`, `${p.en} %`)],
    );
  },
  read: (input, context): PartReading => {
    if (input.choice === 'defaultThreshold' || input.intent === 'confirm')
      return { value: triggerOf(context).percent };
    const raw = input.percent ?? input.number;
    if (raw === undefined) return null;
    const value = Number(raw);
    if (!(value > 0 && value < 100)) {
      return {
        reprompt: tx(
          'Die Aufgreifschwelle ist ein Prozentsatz über 0 und unter 100, zum Beispiel 20 %.',
          'The trigger threshold is a percentage above 0 and below 100, for example 20 %.',
        ),
      };
    }
    return { value };
  },
};

const yesNoText = (value: unknown, yes: ConversationText, no: ConversationText) =>
  value === true ? yes : no;

export const variantsStep = partsStep<TenderWorld>({
  id: 'variants',
  title: tx(
    'Nebenangebote, Nachforderung und Preisprüfung',
    'Variants, later requests and price check',
  ),
  why: tx(
    'Ob Nebenangebote zählen, ob fehlende Unterlagen nachgefordert werden und ab wann ein Preis geprüft wird, muss feststehen, bevor Angebote eingehen – sonst gilt es nicht oder nicht für alle gleich.',
    'Whether variants count, whether missing documents are requested later and from when a price is checked must be settled before bids arrive – otherwise it does not apply, or not to all alike.',
  ),
  rules: [
    {
      text: tx(
        'Nebenangebote sind nur zugelassen, wenn der Auftraggeber sie in der Bekanntmachung zulässt oder vorschreibt; dann nennt er Mindestanforderungen.',
        'Variants are only admitted if the buyer allows or requires them in the notice; then it states minimum requirements.',
      ),
      source: '§ 35 Abs. 1 und 2 VgV',
    },
    {
      text: tx(
        'Fehlende unternehmensbezogene Unterlagen können nachgefordert werden, sofern der Auftraggeber das nicht ausgeschlossen hat; wertungsrelevante leistungsbezogene Unterlagen nicht.',
        'Missing company-related documents may be requested later unless the buyer ruled it out; documents on the service that affect the scoring may not.',
      ),
      source: '§ 56 Abs. 2 und 3 VgV',
    },
    {
      text: tx(
        'Erscheint ein Preis ungewöhnlich niedrig, verlangt der Auftraggeber Aufklärung; die Aufgreifschwelle sagt, wann das geprüft wird.',
        'If a price appears abnormally low, the buyer asks for an explanation; the trigger threshold says when this is checked.',
      ),
      source: '§ 60 Abs. 1 VgV',
    },
  ],
  applies: (context) => context.world.tender !== null,
  parts: [variantsPart, missingPart, thresholdPart],
  propose(collected: Collected, context) {
    const base = schemeOf(context.world);
    const percent = collected.abnormallyLowThresholdPercent as number;
    const proposal = schemeProposal({
      scheme: { ...base, abnormallyLowThresholdPercent: percent },
      summary: tx(
        'Nebenangebote, Nachforderung und Aufgreifschwelle, wie sie bekanntgemacht werden.',
        'Variants, later requests and the trigger threshold as they will be announced.',
      ),
      changes: [
        {
          label: tx('Nebenangebote', 'Variants'),
          value: yesNoText(
            collected.variantsAllowed,
            tx('zugelassen (§ 35 VgV)', 'allowed (§ 35 VgV)'),
            tx('nicht zugelassen', 'not allowed'),
          ),
        },
        {
          label: tx('Fehlende Unterlagen', 'Missing documents'),
          value: yesNoText(
            collected.requestMissingDocuments,
            tx('werden nachgefordert (§ 56 Abs. 2 VgV)', 'are requested later (§ 56 (2) VgV)'),
            tx('werden nicht nachgefordert', 'are not requested later'),
          ),
        },
        {
          label: tx('Aufgreifschwelle', 'Trigger threshold'),
          value: tx(
            `${numberText(base.abnormallyLowThresholdPercent).de} % → ${numberText(percent).de} %`,
            `${numberText(base.abnormallyLowThresholdPercent).en} % → ${numberText(percent).en} %`,
          ),
        },
      ],
      answer: {
        variantsAllowed: collected.variantsAllowed === true,
        requestMissingDocuments: collected.requestMissingDocuments === true,
        abnormallyLowThresholdPercent: percent,
      } satisfies VariantsAnswer,
    });
    if ('reprompt' in proposal) return proposal;
    // Whether missing documents may be requested is the tender's, as the notice will say it
    // (§ 56 (2) S. 2 VgV): the evaluation refuses every request where it was ruled out.
    return {
      ...proposal,
      actions: [
        {
          kind: 'updateTender',
          input: {
            missingDocumentRequests:
              collected.requestMissingDocuments === true ? 'allowed' : 'ruledOut',
          },
        },
        ...proposal.actions,
      ],
    };
  },
});
