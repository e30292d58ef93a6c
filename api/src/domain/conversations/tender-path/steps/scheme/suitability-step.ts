import type { ConversationInput, ConversationText, EvaluationScheme } from '@tenderwise/schema';
import type { StepContext, StepDefinition, StepOutcome } from '../../../dialogue/types.ts';
import type { TenderWorld } from '../../world.ts';
import { readChecklistEdit } from './checklist-input.ts';
import { namesOf } from './named.ts';
import { proposeScheme } from './propose-scheme.ts';
import { schemeOf, standardExclusionGrounds } from './starter-scheme.ts';
import { doneReply, lines, listed, saysDone, tx } from './texts.ts';

/**
 * How the bidder may bring in others. Bidding groups are treated like single bidders by law
 * (§ 43 Abs. 2 VgV), so the answer only records that; subcontracting and relying on others'
 * capacities are allowed (§ 36, § 47 VgV), unless critical tasks are to be done by the bidder
 * itself (§ 47 Abs. 5 VgV).
 */
export const subcontractingChoices = ['subcontractingAllowed', 'criticalTasksSelf'] as const;
export type Subcontracting = (typeof subcontractingChoices)[number];

interface SuitabilityScratch {
  removed: string[];
  /** The checklist is settled; now the question about subcontractors. */
  listDone?: boolean;
  subcontracting?: Subcontracting;
}

export interface SuitabilityAnswer {
  removed: string[];
  biddingGroups: 'admitted';
  subcontracting: Subcontracting;
}

type Item = {
  id: string;
  title: { de: string; en: string };
  kind: 'suitability' | 'exclusion';
};

/** The exclusion grounds to check: the scheme's, plus any standard one it lacks. */
function exclusionGroundsOf(scheme: EvaluationScheme) {
  const own = scheme.exclusionGrounds ?? [];
  return [
    ...own,
    ...standardExclusionGrounds.filter((ground) => !own.some((item) => item.id === ground.id)),
  ];
}

function itemsOf(scheme: EvaluationScheme): Item[] {
  return [
    ...scheme.suitability.map((item) => ({ ...item, kind: 'suitability' as const })),
    ...exclusionGroundsOf(scheme).map((item) => ({ ...item, kind: 'exclusion' as const })),
  ];
}

function scratchOf(context: StepContext<TenderWorld>): SuitabilityScratch {
  return (context.scratch as SuitabilityScratch | undefined) ?? { removed: [] };
}

const kindLabel = {
  suitability: tx('Eignungskriterium', 'suitability criterion'),
  exclusion: tx('Ausschlussgrund', 'exclusion ground'),
};

function titled(item: Item): ConversationText {
  return tx(
    `${item.title.de} (${kindLabel[item.kind].de})`,
    `${item.title.en} (${kindLabel[item.kind].en})`,
  );
}

const subcontractingText = {
  subcontractingAllowed: tx(
    'Unteraufträge und Eignungsleihe erlaubt',
    'Subcontracting and reliance on others’ capacities allowed',
  ),
  criticalTasksSelf: tx(
    'Erlaubt, aber kritische Aufgaben erbringt der Bieter selbst',
    'Allowed, but critical tasks are performed by the bidder itself',
  ),
} satisfies Record<Subcontracting, ConversationText>;

function readSubcontracting(input: ConversationInput): Subcontracting | null {
  if (input.choice === 'subcontractingAllowed' || input.choice === 'criticalTasksSelf')
    return input.choice;
  const text = input.text ?? '';
  if (/selbst|self|kritisch|critical/i.test(text)) return 'criticalTasksSelf';
  if (/unterauftr|subcontract|nachunternehm|eignungsleihe/i.test(text))
    return 'subcontractingAllowed';
  return null;
}

/** "Keine Bietergemeinschaften": refused, since the law treats them like single bidders. */
function refusesBiddingGroups(input: ConversationInput): boolean {
  const text = input.text ?? '';
  return (
    /bietergemeinschaft|bidding group|consorti|joint bid/i.test(text) &&
    /(^|[^\p{L}])(keine?|nicht|ohne|verbiet\w*|ausschließen|no|not|without|exclude|forbid\w*)($|[^\p{L}])/iu.test(
      text,
    )
  );
}

function propose(context: StepContext<TenderWorld>, scratch: SuitabilityScratch): StepOutcome {
  const base = schemeOf(context.world);
  const removed = new Set(scratch.removed);
  const addedGrounds = standardExclusionGrounds.filter(
    (ground) => !(base.exclusionGrounds ?? []).some((item) => item.id === ground.id),
  );
  const scheme: EvaluationScheme = {
    ...base,
    exclusionGrounds: exclusionGroundsOf(base),
    suitability: base.suitability.filter((item) => !removed.has(item.id)),
  };
  const subcontracting = scratch.subcontracting ?? 'subcontractingAllowed';
  return proposeScheme({
    scheme,
    summary: tx(
      `Es bleiben ${scheme.suitability.length} Eignungskriterien (bestanden oder nicht, nie bepunktet) und ${scheme.exclusionGrounds!.length} Ausschlussgründe.`,
      `${scheme.suitability.length} suitability criteria (pass or fail, never scored) and ${scheme.exclusionGrounds!.length} exclusion grounds remain.`,
    ),
    changes: [
      ...base.suitability
        .filter((item) => removed.has(item.id))
        .map((item) => ({
          label: tx('Entfällt', 'Removed'),
          value: titled({ ...item, kind: 'suitability' }),
        })),
      ...addedGrounds.map((item) => ({
        label: tx('Ergänzt', 'Added'),
        value: titled({ ...item, kind: 'exclusion' }),
      })),
      {
        label: tx('Bietergemeinschaften', 'Bidding groups'),
        value: tx(
          'zugelassen wie Einzelbieter (§ 43 Abs. 2 VgV)',
          'admitted like single bidders (§ 43 (2) VgV)',
        ),
      },
      {
        label: tx('Unterauftragnehmer', 'Subcontractors'),
        value: subcontractingText[subcontracting],
      },
    ],
    answer: {
      removed: [...removed],
      biddingGroups: 'admitted',
      subcontracting,
    } satisfies SuitabilityAnswer,
  });
}

const explanation = tx(
  'Eignungskriterien betreffen das Unternehmen – Fachkunde, Leistungsfähigkeit, Zuverlässigkeit –, nicht das Angebot. Sie werden mit bestanden oder nicht geprüft und nie bepunktet (§ 122 GWB), belegt durch Eigenerklärungen und die Nachweise der §§ 44–46 VgV. Ausschlussgründe (§§ 123, 124 GWB, Art. 5k VO (EU) 833/2014) werden immer geprüft; die zwingenden lassen sich nicht abwählen.',
  'Suitability criteria concern the company – qualification, capacity, reliability – not the bid. They are checked as pass or fail and never scored (§ 122 GWB), shown by self-declarations and the evidence of §§ 44–46 VgV. Exclusion grounds (§§ 123, 124 GWB, Art. 5k Regulation (EU) 833/2014) are always checked; the mandatory ones cannot be removed.',
);

const subcontractingQuestion = tx(
  'Bietergemeinschaften sind wie Einzelbieter zugelassen (§ 43 Abs. 2 VgV). Dürfen Bieter Unterauftragnehmer einsetzen und sich auf deren Kapazitäten stützen (§ 36, § 47 VgV), oder sollen kritische Aufgaben vom Bieter selbst erbracht werden (§ 47 Abs. 5 VgV)?',
  'Bidding groups are admitted like single bidders (§ 43 (2) VgV). May bidders use subcontractors and rely on their capacities (§ 36, § 47 VgV), or are critical tasks to be performed by the bidder itself (§ 47 (5) VgV)?',
);

export const suitabilityStep: StepDefinition<TenderWorld> = {
  id: 'suitability',
  title: tx('Eignung und Ausschlussgründe', 'Suitability and exclusion grounds'),
  why: tx(
    'Welche Unternehmen den Auftrag ausführen können, wird vorab und nur mit Kriterien festgelegt, die zum Auftrag passen und angemessen sind; bewertet wird später nur das Angebot.',
    'Which companies can perform the contract is fixed beforehand, only with criteria linked and proportionate to the contract; later only the bid is scored.',
  ),
  rules: [
    {
      text: tx(
        'Eignungskriterien betreffen Befähigung, wirtschaftliche und finanzielle sowie technische und berufliche Leistungsfähigkeit; sie müssen mit dem Auftragsgegenstand zusammenhängen und angemessen sein.',
        'Suitability criteria concern the ability to pursue the activity, economic and financial standing, and technical and professional ability; they must be linked and proportionate to the subject-matter.',
      ),
      source: '§ 122 Abs. 2 und 4 GWB',
    },
    {
      text: tx(
        'Als Nachweise dürfen nur die Unterlagen der §§ 44–46 VgV verlangt werden; vorrangig genügen Eigenerklärungen.',
        'Only the evidence of §§ 44–46 VgV may be asked for; self-declarations come first.',
      ),
      source: '§§ 44–46, § 48 Abs. 2 VgV',
    },
    {
      text: tx(
        'Bietergemeinschaften sind wie Einzelbieter zu behandeln.',
        'Bidding groups are treated like single bidders.',
      ),
      source: '§ 43 Abs. 2 VgV',
    },
    {
      text: tx(
        'Bieter dürfen sich auf die Kapazitäten anderer stützen; kritische Aufgaben kann der Auftraggeber dem Bieter selbst vorbehalten.',
        'Bidders may rely on the capacities of others; the buyer may reserve critical tasks to the bidder itself.',
      ),
      source: '§ 36, § 47 Abs. 1 und 5 VgV',
    },
    {
      text: tx(
        'Zwingende Ausschlussgründe und das Vergabeverbot für russische Beteiligung werden immer geprüft.',
        'Mandatory exclusion grounds and the award prohibition for Russian involvement are always checked.',
      ),
      source: '§ 123 GWB, § 124 GWB, Art. 5k VO (EU) 833/2014',
    },
  ],
  applies: (context) => context.world.tender !== null,
  ask(context) {
    const scheme = schemeOf(context.world);
    const scratch = scratchOf(context);
    const items = itemsOf(scheme);
    if (scratch.listDone === true) {
      return {
        text: subcontractingQuestion,
        quickReplies: subcontractingChoices.map((choice) => ({
          label: subcontractingText[choice],
          input: { intent: 'choose', choice },
        })),
        widget: null,
        examples: [
          tx('Unteraufträge erlaubt', 'subcontracting allowed'),
          tx('kritische Aufgaben selbst', 'critical tasks by the bidder itself'),
        ],
        vocabulary: {
          choices: [
            {
              id: 'subcontractingAllowed',
              names: ['Unteraufträge erlaubt', 'erlaubt', 'subcontracting allowed', 'allowed'],
            },
            {
              id: 'criticalTasksSelf',
              names: ['kritische Aufgaben selbst', 'selbst', 'critical tasks', 'itself'],
            },
          ],
        },
        expects: ['choice', 'yesNo', 'text'],
      };
    }
    const marked = items.filter((item) => scratch.removed.includes(item.id));
    return {
      text: lines(
        explanation,
        tx(
          `Das Schema prüft ${scheme.suitability.length} Eignungskriterien und ${exclusionGroundsOf(scheme).length} Ausschlussgründe. Haken Sie ab, was bleibt, oder schreiben Sie, was entfallen soll.`,
          `The scheme checks ${scheme.suitability.length} suitability criteria and ${exclusionGroundsOf(scheme).length} exclusion grounds. Tick what stays, or write what is to go.`,
        ),
        ...(marked.length === 0
          ? []
          : [
              tx(
                `Zum Entfernen vorgemerkt: ${listed(marked.map(titled)).de}.`,
                `Marked for removal: ${listed(marked.map(titled)).en}.`,
              ),
            ]),
      ),
      quickReplies: [
        {
          label: tx('Alle behalten', 'Keep all'),
          input: { intent: 'choose', choices: items.map((item) => item.id) },
        },
        doneReply,
      ],
      widget: {
        kind: 'checklist',
        items: items.map((item) => ({
          id: item.id,
          label: titled(item),
          checked: !scratch.removed.includes(item.id),
        })),
      },
      examples: [
        tx('ohne Referenzen', 'remove the references'),
        tx('Unteraufträge erlaubt', 'subcontracting allowed'),
        tx('fertig', 'done'),
      ],
      vocabulary: {
        criteria: namesOf(items),
        choices: [{ id: 'done', names: ['fertig', 'done'] }],
      },
      expects: ['choices', 'text', 'yesNo'],
    };
  },
  accept(input, context) {
    const scheme = schemeOf(context.world);
    const scratch = scratchOf(context);
    const items = itemsOf(scheme);
    if (refusesBiddingGroups(input)) {
      return {
        kind: 'reprompt',
        text: tx(
          'Bietergemeinschaften dürfen nicht ausgeschlossen werden: Sie sind wie Einzelbieter zu behandeln (§ 43 Abs. 2 VgV). Eine bestimmte Rechtsform darf erst nach dem Zuschlag verlangt werden (§ 43 Abs. 3 VgV).',
          'Bidding groups may not be excluded: they are treated like single bidders (§ 43 (2) VgV). A particular legal form may only be required after the award (§ 43 (3) VgV).',
        ),
      };
    }
    if (scratch.listDone === true) {
      const answer =
        readSubcontracting(input) ??
        (input.intent === 'confirm'
          ? 'subcontractingAllowed'
          : input.intent === 'decline'
            ? 'criticalTasksSelf'
            : null);
      if (answer === null) {
        return {
          kind: 'reprompt',
          text: tx(
            'Bitte wählen Sie: „Unteraufträge erlaubt“ oder „kritische Aufgaben selbst“. Ganz verbieten lassen sich Unteraufträge nicht (§ 36 VgV).',
            'Please choose: “subcontracting allowed” or “critical tasks by the bidder itself”. Subcontracting cannot be banned altogether (§ 36 VgV).',
          ),
        };
      }
      return propose(context, { ...scratch, subcontracting: answer });
    }
    const subcontracting = readSubcontracting(input);
    if (subcontracting !== null) {
      return {
        kind: 'continue',
        scratch: { ...scratch, subcontracting },
        text: tx(
          `Notiert: ${subcontractingText[subcontracting].de}. Noch etwas an der Liste, oder „fertig“?`,
          `Noted: ${subcontractingText[subcontracting].en}. Anything else on the list, or “done”?`,
        ),
      };
    }
    const finish = (next: SuitabilityScratch): StepOutcome =>
      next.subcontracting === undefined
        ? { kind: 'continue', scratch: { ...next, listDone: true } }
        : propose(context, next);
    if (saysDone(input)) return finish(scratch);
    const edit = readChecklistEdit(input, namesOf(items));
    if (edit === null) {
      return {
        kind: 'reprompt',
        text: tx(
          'Das habe ich nicht verstanden. Schreiben Sie, was entfallen soll („ohne Referenzen“), was doch bleibt („doch mit Referenzen“), ob Unteraufträge erlaubt sind, oder „fertig“.',
          'I did not understand that. Write what is to go (“remove the references”), what stays after all (“keep the references”), whether subcontracting is allowed, or “done”.',
        ),
      };
    }
    if (edit.kind === 'unnamed') {
      return {
        kind: 'reprompt',
        text: tx(
          `Welches Kriterium meinen Sie? ${listed(items.map((item) => item.title)).de}.`,
          `Which criterion do you mean? ${listed(items.map((item) => item.title)).en}.`,
        ),
      };
    }
    const exclusionIds = new Set(
      items.filter((item) => item.kind === 'exclusion').map((item) => item.id),
    );
    const wanted =
      edit.kind === 'keepOnly'
        ? items.filter((item) => !edit.kept.includes(item.id)).map((item) => item.id)
        : edit.kind === 'remove'
          ? [...new Set([...scratch.removed, ...edit.ids])]
          : scratch.removed.filter((id) => !edit.ids.includes(id));
    const refused = wanted.filter((id) => exclusionIds.has(id));
    const removed = wanted.filter((id) => !exclusionIds.has(id));
    const refusal =
      refused.length === 0
        ? null
        : tx(
            `${listed(items.filter((item) => refused.includes(item.id)).map((item) => item.title)).de} bleibt: Zwingende Ausschlussgründe (§ 123 GWB) und das Vergabeverbot des Art. 5k VO (EU) 833/2014 gelten kraft Gesetzes und werden immer geprüft.`,
            `${listed(items.filter((item) => refused.includes(item.id)).map((item) => item.title)).en} stays: mandatory exclusion grounds (§ 123 GWB) and the award prohibition of Art. 5k Regulation (EU) 833/2014 apply by law and are always checked.`,
          );
    if (edit.kind === 'keepOnly') {
      const next = { ...scratch, removed };
      if (refusal !== null)
        return { kind: 'continue', scratch: { ...next, listDone: true }, text: refusal };
      return finish(next);
    }
    return {
      kind: 'continue',
      scratch: { ...scratch, removed },
      text:
        refusal ?? tx('Notiert. Noch etwas, oder „fertig“?', 'Noted. Anything else, or “done”?'),
    };
  },
};
