import type { ConversationInput, ConversationText, EvaluationScheme } from '@tenderwise/schema';
import type { StepContext, StepDefinition, StepOutcome } from '../../../dialogue/types.ts';
import type { TenderWorld } from '../../world.ts';
import { readChecklistEdit, idsIn } from './checklist-input.ts';
import { namesOf } from './named.ts';
import { proposeScheme } from './propose-scheme.ts';
import { schemeOf } from './starter-scheme.ts';
import { doneReply, lines, listed, saysDone, tx } from './texts.ts';

/** The step's work in progress: what is to go, and equivalent proofs written by the person. */
interface MinimumScratch {
  removed: string[];
  proofs: Record<string, string>;
}

/** What the step keeps as its answer. */
export interface MinimumAnswer {
  removed: string[];
  proofsAdded: string[];
}

/**
 * Said for every minimum requirement without its own text: a requirement naming a standard,
 * label or proof must accept an equivalent one (§ 31 Abs. 6, §§ 32–34 VgV).
 */
export const defaultEquivalentProof = {
  de: 'Gleichwertige Nachweise werden anerkannt, insbesondere Prüfberichte oder Bescheinigungen einer unabhängigen, akkreditierten Stelle; der Bieter legt dar, worin die Gleichwertigkeit besteht.',
  en: 'Equivalent evidence is accepted, in particular test reports or certificates of an independent, accredited body; the bidder shows in what the equivalence lies.',
};

type Item = { id: string; title: { de: string; en: string }; kind: 'minimum' | 'condition' };

function itemsOf(scheme: EvaluationScheme): Item[] {
  return [
    ...scheme.minimumRequirements.map((item) => ({ ...item, kind: 'minimum' as const })),
    ...scheme.conditions.map((item) => ({ ...item, kind: 'condition' as const })),
  ];
}

function scratchOf(context: StepContext<TenderWorld>): MinimumScratch {
  return (context.scratch as MinimumScratch | undefined) ?? { removed: [], proofs: {} };
}

const kindLabel = {
  minimum: tx('Mindestanforderung', 'minimum requirement'),
  condition: tx('Ausführungsbedingung', 'contract condition'),
};

function titled(item: Item): ConversationText {
  return tx(
    `${item.title.de} (${kindLabel[item.kind].de})`,
    `${item.title.en} (${kindLabel[item.kind].en})`,
  );
}

const explanation = tx(
  'Mindestanforderungen sagen, was die angebotene Leistung mindestens können muss; ein Angebot, das eine verfehlt, scheidet aus (§ 121 GWB, § 31 VgV; § 57 Abs. 1 Nr. 4 VgV). Sie werden produktneutral formuliert, und wo ein Standard, Gütezeichen oder Nachweis genannt ist, gilt „oder gleichwertig“ – mit der Angabe, welcher gleichwertige Nachweis zählt (§ 31 Abs. 6, §§ 33, 34 VgV). Ausführungsbedingungen dagegen prüft niemand beim Angebot: Der Auftragnehmer verpflichtet sich, sie bei der Ausführung einzuhalten (§ 128 Abs. 2 GWB), etwa Vertragsbedingungen oder Berichte.',
  'Minimum requirements say what the offered service must do at least; a bid that misses one is excluded (§ 121 GWB, § 31 VgV; § 57 (1) no. 4 VgV). They are written product-neutrally, and where a standard, label or proof is named, “or equivalent” applies – saying which equivalent proof counts (§ 31 (6), §§ 33, 34 VgV). Contract conditions, by contrast, are not checked in the bid: the contractor undertakes to keep them while performing the contract (§ 128 (2) GWB), such as contract terms or reports.',
);

function proofIn(input: ConversationInput): { before: string; proof: string } | null {
  const text = input.text;
  if (text === undefined || !/gleichwertig|equivalent/i.test(text)) return null;
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  const proof = text.slice(colon + 1).trim();
  return proof.length < 3 ? null : { before: text.slice(0, colon), proof };
}

function propose(context: StepContext<TenderWorld>, scratch: MinimumScratch): StepOutcome {
  const base = schemeOf(context.world);
  const removed = new Set(scratch.removed);
  const proofsAdded: string[] = [];
  const minimumRequirements = base.minimumRequirements
    .filter((item) => !removed.has(item.id))
    .map((item) => {
      const written = scratch.proofs[item.id];
      if (written !== undefined) {
        proofsAdded.push(item.id);
        return { ...item, equivalentProof: { de: written, en: written } };
      }
      if (item.equivalentProof !== undefined) return item;
      proofsAdded.push(item.id);
      return { ...item, equivalentProof: defaultEquivalentProof };
    });
  const scheme: EvaluationScheme = {
    ...base,
    minimumRequirements,
    conditions: base.conditions.filter((item) => !removed.has(item.id)),
  };
  const items = itemsOf(base);
  const goneItems = items.filter((item) => removed.has(item.id));
  const changes = [
    ...(context.world.scheme === null
      ? [
          {
            label: tx('Neues Wertungsschema', 'New evaluation scheme'),
            value: tx(
              'Preis und ein Qualitätskriterium (je 50 %, die Gewichte folgen), Ausschlussgründe nach §§ 123, 124 GWB und Art. 5k VO (EU) 833/2014',
              'price and one quality criterion (50 % each; the weights follow), exclusion grounds under §§ 123, 124 GWB and Art. 5k Regulation (EU) 833/2014',
            ),
          },
        ]
      : []),
    ...goneItems.map((item) => ({ label: tx('Entfällt', 'Removed'), value: titled(item) })),
    ...proofsAdded.map((id) => {
      const item = minimumRequirements.find((requirement) => requirement.id === id)!;
      return {
        label: tx(
          `„Oder gleichwertig“ für ${item.title.de}`,
          `“Or equivalent” for ${item.title.en}`,
        ),
        value: item.equivalentProof!,
      };
    }),
  ];
  return proposeScheme({
    scheme,
    summary: tx(
      `Es bleiben ${minimumRequirements.length} Mindestanforderungen und ${scheme.conditions.length} Ausführungsbedingungen.`,
      `${minimumRequirements.length} minimum requirements and ${scheme.conditions.length} contract conditions remain.`,
    ),
    changes,
    answer: { removed: [...removed], proofsAdded } satisfies MinimumAnswer,
  });
}

export const minimumStep: StepDefinition<TenderWorld> = {
  id: 'minimum',
  title: tx(
    'Mindestanforderungen und Ausführungsbedingungen',
    'Minimum requirements and contract conditions',
  ),
  why: tx(
    'Was jedes Angebot erfüllen muss, wird vor der Bekanntmachung festgelegt; was erst bei der Ausführung gilt, gehört in die Ausführungsbedingungen. Beides darf kein bestimmtes Produkt vorschreiben.',
    'What every bid must meet is fixed before publication; what only applies while the contract is performed belongs in the contract conditions. Neither may prescribe a particular product.',
  ),
  rules: [
    {
      text: tx(
        'Die Leistung ist eindeutig, erschöpfend und produktneutral zu beschreiben.',
        'The service is described clearly, exhaustively and product-neutrally.',
      ),
      source: '§ 121 GWB, § 31 Abs. 1 und 6 VgV',
    },
    {
      text: tx(
        'Wer einen Standard, ein Produkt oder eine Herkunft nennt, muss „oder gleichwertig“ zulassen.',
        'Naming a standard, product or origin requires admitting “or equivalent”.',
      ),
      source: '§ 31 Abs. 6 VgV',
    },
    {
      text: tx(
        'Wer eine Bescheinigung einer Konformitätsbewertungsstelle verlangt, erkennt auch die gleichwertiger Stellen und andere geeignete Nachweise an.',
        'Requiring a certificate of a conformity assessment body means accepting those of equivalent bodies and other appropriate evidence.',
      ),
      source: '§ 33 VgV',
    },
    {
      text: tx(
        'Ein verlangtes Gütezeichen lässt gleichwertige Gütezeichen zu, und andere geeignete Belege, wenn der Bieter das Zeichen nicht rechtzeitig erlangen konnte.',
        'A label required admits equivalent labels, and other appropriate evidence where the bidder could not obtain the label in time.',
      ),
      source: '§ 34 Abs. 4 und 5 VgV',
    },
    {
      text: tx(
        'Ausführungsbedingungen müssen mit dem Auftragsgegenstand zusammenhängen und werden in der Bekanntmachung oder den Vergabeunterlagen genannt.',
        'Contract conditions must be linked to the subject-matter and are stated in the notice or the tender documents.',
      ),
      source: '§ 128 Abs. 2 GWB',
    },
  ],
  applies: (context) => context.world.tender !== null,
  ask(context) {
    const scheme = schemeOf(context.world);
    const scratch = scratchOf(context);
    const items = itemsOf(scheme);
    const missingProof = scheme.minimumRequirements.filter(
      (item) => item.equivalentProof === undefined && scratch.proofs[item.id] === undefined,
    );
    const start =
      context.world.scheme === null
        ? tx(
            'Es gibt noch kein Wertungsschema (keine Vorlage gewählt); ich beginne eines mit dem Preis und einem Qualitätskriterium.',
            'There is no evaluation scheme yet (no template chosen); I start one with the price and one quality criterion.',
          )
        : null;
    const overview =
      items.length === 0
        ? tx(
            'Das Schema enthält noch keine Mindestanforderungen oder Ausführungsbedingungen; Sie können sie im Schema-Editor ergänzen.',
            'The scheme has no minimum requirements or contract conditions yet; you can add them in the scheme editor.',
          )
        : tx(
            `Das Schema enthält ${scheme.minimumRequirements.length} Mindestanforderungen und ${scheme.conditions.length} Ausführungsbedingungen. Haken Sie ab, was bleibt, oder schreiben Sie, was entfallen soll.${missingProof.length > 0 ? ` Bei ${missingProof.length} Mindestanforderungen fehlt noch die Angabe, welcher gleichwertige Nachweis zählt; ich ergänze einen Standardtext, oder Sie schreiben einen eigenen.` : ''}`,
            `The scheme has ${scheme.minimumRequirements.length} minimum requirements and ${scheme.conditions.length} contract conditions. Tick what stays, or write what is to go.${missingProof.length > 0 ? ` For ${missingProof.length} minimum requirements it does not yet say which equivalent proof counts; I add a standard text, or you write your own.` : ''}`,
          );
    const marked = items.filter((item) => scratch.removed.includes(item.id));
    return {
      text: lines(
        ...(start === null ? [] : [start]),
        explanation,
        overview,
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
        ...(items.length > 0
          ? [
              {
                label: tx('Alle behalten', 'Keep all'),
                input: { intent: 'choose' as const, choices: items.map((item) => item.id) },
              },
            ]
          : []),
        doneReply,
      ],
      widget:
        items.length === 0
          ? null
          : {
              kind: 'checklist',
              items: items.map((item) => ({
                id: item.id,
                label: titled(item),
                checked: !scratch.removed.includes(item.id),
              })),
            },
      examples: [
        tx('ohne C5', 'remove ODF'),
        tx(
          'Gleichwertig bei Barrierefreiheit: Prüfbericht nach EN 301 549',
          'Equivalent for accessibility: a test report under EN 301 549',
        ),
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
    const named = namesOf(items);
    if (saysDone(input)) return propose(context, scratch);
    const proof = proofIn(input);
    if (proof !== null) {
      const ids = idsIn({ intent: 'answer', text: proof.before }, named).filter((id) =>
        scheme.minimumRequirements.some((item) => item.id === id),
      );
      if (ids.length !== 1) {
        return {
          kind: 'reprompt',
          text: tx(
            'Für welche Mindestanforderung gilt der gleichwertige Nachweis? Nennen Sie genau eine vor dem Doppelpunkt, z. B. „Gleichwertig bei Barrierefreiheit: Prüfbericht nach EN 301 549“.',
            'Which minimum requirement does the equivalent proof belong to? Name exactly one before the colon, e.g. “Equivalent for accessibility: a test report under EN 301 549”.',
          ),
        };
      }
      return {
        kind: 'continue',
        scratch: { ...scratch, proofs: { ...scratch.proofs, [ids[0]!]: proof.proof } },
        text: tx('Notiert. Noch etwas, oder „fertig“?', 'Noted. Anything else, or “done”?'),
      };
    }
    const edit = readChecklistEdit(input, named);
    if (edit === null) return { kind: 'reprompt', text: notUnderstood };
    switch (edit.kind) {
      case 'keepOnly':
        return propose(context, {
          ...scratch,
          removed: items.filter((item) => !edit.kept.includes(item.id)).map((item) => item.id),
        });
      case 'unnamed':
        return { kind: 'reprompt', text: unnamed(items) };
      case 'remove':
      case 'restore': {
        const removed =
          edit.kind === 'remove'
            ? [...new Set([...scratch.removed, ...edit.ids])]
            : scratch.removed.filter((id) => !edit.ids.includes(id));
        const names = listed(items.filter((item) => edit.ids.includes(item.id)).map(titled));
        return {
          kind: 'continue',
          scratch: { ...scratch, removed },
          text:
            edit.kind === 'remove'
              ? tx(
                  `Vorgemerkt zum Entfernen: ${names.de}. Noch etwas, oder „fertig“?`,
                  `Marked for removal: ${names.en}. Anything else, or “done”?`,
                )
              : tx(
                  `${names.de} bleibt. Noch etwas, oder „fertig“?`,
                  `${names.en} stays. Anything else, or “done”?`,
                ),
        };
      }
    }
  },
};

const notUnderstood = tx(
  'Das habe ich nicht verstanden. Schreiben Sie, was entfallen soll („ohne C5“), was doch bleibt („doch mit C5“), einen gleichwertigen Nachweis („Gleichwertig bei …: …“) oder „fertig“.',
  'I did not understand that. Write what is to go (“remove ODF”), what stays after all (“keep ODF”), an equivalent proof (“Equivalent for …: …”) or “done”.',
);

function unnamed(items: Item[]): ConversationText {
  const names = listed(items.slice(0, 4).map((item) => item.title));
  return tx(
    `Welche Anforderung meinen Sie? Zum Beispiel: ${names.de}.`,
    `Which requirement do you mean? For example: ${names.en}.`,
  );
}
