import type {
  ConversationInput,
  ConversationText,
  QuickReply,
  TenderReadinessItem,
  TenderResponse,
} from '@tenderwise/schema';
import type {
  StepContext,
  StepDefinition,
  StepOutcome,
  StepQuestion,
} from '../../../dialogue/types.ts';
import type { TenderWorld } from '../../world.ts';
import { schemeSummary } from './scheme-summary.ts';
import { listText, nameOf } from './team.ts';
import { empty, join } from './texts.ts';

type Context = StepContext<TenderWorld>;

/** The tabs of the tender's workspace (web/src/lib/tenders/tabs.ts) and their names. */
const tabs = {
  overview: { de: 'Überblick', en: 'Overview' },
  procedure: { de: 'Verfahren und Auftragswert', en: 'Procedure and value' },
  lots: { de: 'Lose', en: 'Lots' },
  deadlines: { de: 'Fristen', en: 'Deadlines' },
  team: { de: 'Team', en: 'Team' },
  scheme: { de: 'Wertungsschema', en: 'Evaluation scheme' },
} as const satisfies Record<string, ConversationText>;
type Tab = keyof typeof tabs;

/** Where a readiness item's field is edited, as the workspace links it (readiness.ts there). */
const tabByField: Record<string, Tab> = {
  lots: 'lots',
  noLotsReasons: 'procedure',
  estimatedValue: 'procedure',
  value: 'procedure',
  procedureGround: 'procedure',
  procedureType: 'procedure',
  submissionDeadline: 'deadlines',
  questionsDeadline: 'deadlines',
  bidValidityUntil: 'deadlines',
  periodReductions: 'deadlines',
  team: 'team',
};

export function tabOfPointer(pointer: string): Tab {
  const [field = '', , part] = pointer.replace(/^\//, '').split('/');
  if (field === 'lots' && part === 'scheme') return 'scheme';
  return tabByField[field] ?? 'overview';
}

export function tabPath(tenderId: string, tab: Tab): string {
  return tab === 'overview' ? `/tenders/${tenderId}` : `/tenders/${tenderId}/${tab}`;
}

const where = (tender: TenderResponse, tab: Tab): ConversationText => ({
  de: `(Reiter „${tabs[tab].de}“: ${tabPath(tender.id, tab)})`,
  en: `(tab “${tabs[tab].en}”: ${tabPath(tender.id, tab)})`,
});

const capacityNames = {
  officer: { de: 'Vergabestelle', en: 'officer' },
  openingOfficer: { de: 'Öffnung', en: 'opening' },
  openingDeputy: { de: 'Vertretung bei der Öffnung', en: 'opening deputy' },
  evaluator: { de: 'Bewertung', en: 'evaluation' },
  reviewer: { de: 'Prüfung', en: 'review' },
} as const;

/** What still blocks the publication: every readiness item but the declarations. */
function blocking(tender: TenderResponse): TenderReadinessItem[] {
  return tender.readiness.filter((item) => item.id !== 'declarationMissing');
}

/** Who has still to declare (§ 6 VgV), by name with the capacities not yet declared. */
function undeclared(context: Context, tender: TenderResponse): ConversationText | null {
  const members = (context.world.team?.members ?? []).filter((member) => !member.declared);
  if (members.length > 0) {
    const named = (language: 'de' | 'en') =>
      members.map((member) => {
        const open = member.capacities
          .filter((held) => held.declaredAt === null)
          .map((held) => capacityNames[held.capacity][language]);
        return `${member.displayName} (${open.join(', ')})`;
      });
    return {
      de: `Noch nicht erklärt, dass kein Interessenkonflikt besteht (§ 6 VgV): ${listText(named('de')).de}. Jede Person erklärt das selbst im Team-Reiter; ich kann es nicht für sie tun ${where(tender, 'team').de}.`,
      en: `Not yet declared to have no conflict of interest (§ 6 VgV): ${listText(named('en')).en}. Each person declares for themselves on the Team tab; I cannot do it for them ${where(tender, 'team').en}.`,
    };
  }
  const count = tender.readiness.filter((item) => item.id === 'declarationMissing').length;
  if (count === 0) return null;
  return {
    de: `${count} Teammitglied(er) haben noch nicht erklärt, dass kein Interessenkonflikt besteht (§ 6 VgV). Jede Person erklärt das selbst ${where(tender, 'team').de}.`,
    en: `${count} team member(s) have not yet declared having no conflict of interest (§ 6 VgV). Each person declares for themselves ${where(tender, 'team').en}.`,
  };
}

/** A readiness message names members by id ("(3c2b…)"); the dialogue says their names. */
function withNames(context: Context, message: string): string {
  return message.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, (id) =>
    nameOf(context.world, id),
  );
}

function openItems(context: Context, tender: TenderResponse): ConversationText {
  const items = blocking(tender);
  if (items.length === 0) return empty;
  const line = (item: TenderReadinessItem, language: 'de' | 'en') => {
    const sources = item.sources.length === 0 ? '' : ` [${item.sources.join('; ')}]`;
    const place = where(tender, tabOfPointer(item.pointer))[language];
    return `– ${withNames(context, item.message[language])}${sources} ${place}`;
  };
  return {
    de: `Es fehlt noch (${items.length}):\n${items.map((item) => line(item, 'de')).join('\n')}`,
    en: `Still missing (${items.length}):\n${items.map((item) => line(item, 'en')).join('\n')}`,
  };
}

function notes(tender: TenderResponse): ConversationText {
  const warnings = tender.deadlines.checks?.warnings ?? [];
  if (warnings.length === 0) return empty;
  return {
    de: `Hinweise zu den Fristen (blockieren nicht): ${warnings.map((w) => w.text.de).join(' ')}`,
    en: `Notes on the deadlines (not blocking): ${warnings.map((w) => w.text.en).join(' ')}`,
  };
}

const alreadyRequested = (tender: TenderResponse) =>
  tender.publication.requestedAt !== null && tender.publication.requestCurrent;

const readyToHandOver = (tender: TenderResponse) =>
  tender.readiness.length === 0 && tender.actions.requestPublication;

const handOver: QuickReply = {
  label: { de: 'Zur Freigabe vorlegen', en: 'Hand over for approval' },
  input: { intent: 'choose', choice: 'handOver' },
};
const recheck: QuickReply = {
  label: { de: 'Erneut prüfen', en: 'Check again' },
  input: { intent: 'choose', choice: 'recheck' },
};

const noTender: ConversationText = {
  de: 'Es gibt noch keine Ausschreibung, die geprüft werden könnte.',
  en: 'There is no tender to check yet.',
};

function ask(context: Context): StepQuestion {
  const { tender, scheme } = context.world;
  const base = {
    widget: scheme === null ? null : ({ kind: 'schemePreview' } as const),
    examples: [
      { de: 'erneut prüfen', en: 'check again' },
      { de: 'zur Freigabe vorlegen', en: 'hand over for approval' },
    ],
    vocabulary: {
      choices: [
        {
          id: 'handOver',
          names: [
            'zur Freigabe vorlegen',
            'vorlegen',
            'freigeben lassen',
            'hand over',
            'request publication',
            'submit for approval',
          ],
        },
        {
          id: 'recheck',
          names: ['erneut prüfen', 'nochmal prüfen', 'prüfen', 'check again', 'recheck', 'check'],
        },
      ],
    },
    expects: ['choice'] as const,
  };
  if (tender === null) return { ...base, text: noTender, quickReplies: [] };
  const summary = scheme === null ? empty : schemeSummary(scheme);
  const declarations = undeclared(context, tender) ?? empty;
  let verdict: ConversationText;
  if (alreadyRequested(tender)) {
    verdict = {
      de: 'Der Entwurf ist bereits zur Freigabe vorgelegt; eine zweite Beschaffungsperson gibt ihn frei.',
      en: 'The draft has been handed over for approval already; a second officer approves it.',
    };
  } else if (tender.readiness.length > 0) {
    verdict = {
      de: 'Solange etwas fehlt, kann der Entwurf nicht zur Freigabe vorgelegt werden. Ergänzen Sie es in den genannten Reitern und sagen Sie dann „erneut prüfen“.',
      en: 'While something is missing, the draft cannot be handed over for approval. Complete it on the tabs named and then say “check again”.',
    };
  } else if (!tender.actions.requestPublication) {
    verdict = {
      de: 'Nichts fehlt mehr, aber Sie dürfen die Freigabe für diese Ausschreibung nicht beantragen; das tut die federführende Beschaffungsperson.',
      en: 'Nothing is missing, but you may not ask for this tender’s approval; the lead officer does.',
    };
  } else {
    verdict = {
      de: 'Nichts fehlt mehr. Soll ich den Entwurf zur Freigabe vorlegen? Eine zweite Beschaffungsperson prüft ihn und gibt ihn frei (Vier-Augen-Prinzip); jede spätere Änderung macht die Vorlage ungültig.',
      en: 'Nothing is missing. Shall I hand the draft over for approval? A second officer checks and approves it (four-eyes principle); any later change voids the request.',
    };
  }
  return {
    ...base,
    text: join(openItems(context, tender), declarations, notes(tender), summary, verdict),
    quickReplies:
      readyToHandOver(tender) && !alreadyRequested(tender) ? [handOver, recheck] : [recheck],
  };
}

function wants(input: ConversationInput): 'handOver' | 'recheck' | null {
  if (input.intent === 'choose' && (input.choice === 'handOver' || input.choice === 'recheck')) {
    return input.choice;
  }
  if (input.intent === 'choose' && input.choices?.length === 1) {
    const [only] = input.choices;
    if (only === 'handOver' || only === 'recheck') return only;
  }
  if (input.intent === 'confirm') return 'handOver';
  if (input.intent === 'next') return 'recheck';
  return null;
}

function accept(input: ConversationInput, context: Context): StepOutcome {
  const { tender } = context.world;
  if (tender === null) return { kind: 'reprompt', text: noTender };
  const wish = wants(input);
  if (wish === null) {
    return {
      kind: 'reprompt',
      text: {
        de: 'Sagen Sie „erneut prüfen“, um den Stand neu zu lesen, oder „zur Freigabe vorlegen“, wenn nichts mehr fehlt.',
        en: 'Say “check again” to read the state anew, or “hand over for approval” once nothing is missing.',
      },
    };
  }
  const checks = ((context.scratch as { checks?: number } | undefined)?.checks ?? 0) + 1;
  const open = tender.readiness.length;
  if (wish === 'recheck' || !readyToHandOver(tender) || alreadyRequested(tender)) {
    const text: ConversationText =
      open === 0
        ? { de: 'Geprüft: Es fehlt nichts mehr.', en: 'Checked: nothing is missing.' }
        : {
            de: `Geprüft: Es ${open === 1 ? 'fehlt noch 1 Punkt' : `fehlen noch ${open} Punkte`}; eine Vorlage zur Freigabe ist erst danach möglich.`,
            en: `Checked: ${open === 1 ? '1 item is' : `${open} items are`} still missing; the draft can be handed over only after that.`,
          };
    return { kind: 'continue', scratch: { checks }, text };
  }
  return {
    kind: 'propose',
    proposal: {
      summary: {
        de: `Ich lege den Entwurf „${tender.title}“ (${tender.reference}) zur Freigabe vor. Eine zweite Beschaffungsperson prüft und gibt ihn frei; bis dahin wird nichts veröffentlicht.`,
        en: `I will hand the draft “${tender.title}” (${tender.reference}) over for approval. A second officer checks and approves it; nothing is published before that.`,
      },
      changes: [
        {
          label: { de: 'Antrag auf Veröffentlichung', en: 'Request for publication' },
          value: {
            de: `Version ${tender.version}, zur Freigabe durch eine zweite Person`,
            en: `version ${tender.version}, for approval by a second person`,
          },
        },
      ],
      actions: [{ kind: 'requestPublication' }],
      answer: { requestedVersion: tender.version },
    },
  };
}

/** Step 15: the whole draft reviewed, and its hand-over for four-eyes approval. */
export const reviewStep: StepDefinition<TenderWorld> = {
  id: 'review',
  title: { de: 'Prüfung und Freigabe', en: 'Review and approval' },
  why: {
    de: 'Vor der Veröffentlichung muss alles vorliegen, was das Vergaberecht verlangt; die Freigabe erteilt eine zweite Person, nicht wer den Entwurf vorbereitet hat.',
    en: 'Before publication everything procurement law asks for must be there; a second person approves, not the one who prepared the draft.',
  },
  rules: [
    {
      text: {
        de: 'Zuschlagskriterien und ihre Gewichtung werden mit der Ausschreibung bekanntgemacht.',
        en: 'The award criteria and their weighting are published with the tender.',
      },
      source: '§ 127 Abs. 5 GWB; § 58 Abs. 3 VgV',
    },
    {
      text: {
        de: 'Jedes Teammitglied erklärt selbst, dass kein Interessenkonflikt besteht.',
        en: 'Each team member declares for themselves that there is no conflict of interest.',
      },
      source: '§ 6 VgV',
    },
    {
      text: {
        de: 'Das Verfahren wird von Beginn an fortlaufend dokumentiert, auch die Freigabe.',
        en: 'The procedure is documented from the start, the approval included.',
      },
      source: '§ 8 Abs. 1 VgV',
    },
  ],
  applies: (context) => context.world.tender !== null,
  ask,
  accept,
};
