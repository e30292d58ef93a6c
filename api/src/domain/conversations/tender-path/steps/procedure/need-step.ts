import type {
  AuthorityKind,
  ConversationText,
  TenderLand,
  UpdateTenderInput,
} from '@tenderwise/schema';
import { authorityKinds, tenderLands } from '@tenderwise/schema';
import { partsStep, type Collected, type StepPart } from '../../../dialogue/parts-step.ts';
import type { ConversationAction, StepContext } from '../../../dialogue/types.ts';
import type { TemplateChoice, TenderWorld } from '../../world.ts';
import { stepIds, type NeedAnswer } from './answers.ts';
import {
  authorityKindNames,
  authorityKindTexts,
  suggestedAuthorityKind,
} from './authority-kinds.ts';
import { commonCpvCodes, cpvCodesOf } from './cpv.ts';
import { landName, landNames, lands } from './lands.ts';
import { suggestedTemplate } from './template-match.ts';
import { choiceReply, chosenOf, isSentence, letterCount, listed, same } from './words.ts';

type Context = StepContext<TenderWorld>;

/** The choice that means "start from no template". */
export const noTemplate = 'noTemplate';

const templateName = (template: TemplateChoice) => ({
  id: template.id,
  names: [template.title.de, template.title.en, template.id],
});
const noTemplateName = {
  id: noTemplate,
  names: ['ohne Vorlage', 'keine Vorlage', 'without template', 'no template', 'none'],
};

const need = (collected: Collected) => collected.need as string;
const templateOf = (context: Context, id: unknown) =>
  context.world.templates.find((template) => template.id === id);

/** The tender's title: the need's first sentence, at most 300 characters. */
export function subjectOf(text: string): string {
  const first = text.split(/(?<=[.!?])\s/)[0]!.trim();
  return first.length <= 300 ? first : `${first.slice(0, 299).trimEnd()}…`;
}

const needPart: StepPart<TenderWorld> = {
  key: 'need',
  ask: () => ({
    text: {
      de: 'Was soll beschafft werden? Beschreiben Sie den Bedarf in einem Satz: Gegenstand, Umfang, für wen.',
      en: 'What is to be bought? Describe the need in one sentence: the subject, the scope, for whom.',
    },
    quickReplies: [],
    widget: null,
    examples: [
      {
        de: 'Kollaborationsplattform für 4.000 Arbeitsplätze einer Landesverwaltung',
        en: 'Collaboration platform for 4,000 workplaces of a state administration',
      },
      {
        de: 'GPU-Rechenleistung für KI-Forschung, 64 GPUs',
        en: 'GPU compute for AI research, 64 GPUs',
      },
    ],
    vocabulary: {},
    expects: ['text'],
  }),
  read(input) {
    if (input.intent !== 'answer' || input.text === undefined) return null;
    if (letterCount(input.text) < 4 || !isSentence(input.text, 1)) {
      return {
        reprompt: {
          de: 'Das ist zu knapp für einen Beschaffungsgegenstand. Beschreiben Sie, was beschafft werden soll, etwa „Kollaborationsplattform für 4.000 Arbeitsplätze einer Landesverwaltung“.',
          en: 'That is too short for a subject. Describe what is to be bought, such as “GPU compute for AI research, 64 GPUs”.',
        },
      };
    }
    return { value: input.text.trim() };
  },
};

const templatePart: StepPart<TenderWorld> = {
  key: 'templateId',
  needed: (context) => context.world.templates.length > 0,
  ask(context, collected) {
    const suggested = suggestedTemplate(need(collected), context.world.templates);
    const ordered = [
      ...(suggested === undefined ? [] : [suggested]),
      ...context.world.templates.filter((template) => template !== suggested),
    ];
    return {
      text:
        suggested === undefined
          ? {
              de: 'Keine Vorlage passt erkennbar zu diesem Bedarf. Wählen Sie eine Vorlage für das Wertungsschema oder beginnen Sie ohne.',
              en: 'No template clearly fits this need. Choose a template for the evaluation scheme or start without one.',
            }
          : {
              de: `Als Vorlage für das Wertungsschema passt „${suggested.title.de}“: ${suggested.useCase.de} Übernehmen Sie sie („ja“), wählen Sie eine andere oder beginnen Sie ohne Vorlage.`,
              en: `The template “${suggested.title.en}” fits as the start of the evaluation scheme: ${suggested.useCase.en} Take it (“yes”), choose another or start without a template.`,
            },
      quickReplies: [
        ...ordered.map((template) =>
          choiceReply(
            template.id,
            template === suggested
              ? { de: `${template.title.de} (Vorschlag)`, en: `${template.title.en} (suggested)` }
              : template.title,
          ),
        ),
        choiceReply(noTemplate, { de: 'Ohne Vorlage', en: 'Without template' }),
      ],
      widget: null,
      examples: [
        ...(suggested === undefined ? [] : [{ de: 'ja', en: 'yes' }]),
        { de: 'ohne Vorlage', en: 'without template' },
      ],
      // In the order of the replies, so "the first" is the first button.
      vocabulary: {
        templates: ordered.map(templateName),
        choices: [...ordered.map(templateName), noTemplateName],
      },
      expects: ['choice', 'yesNo'],
    };
  },
  read(input, context, collected) {
    const named = [...context.world.templates.map(templateName), noTemplateName];
    const chosen = chosenOf(input, named);
    if (chosen !== undefined) return { value: chosen === noTemplate ? null : chosen };
    const suggested = suggestedTemplate(need(collected), context.world.templates);
    if (input.intent === 'confirm' && suggested !== undefined) return { value: suggested.id };
    if (input.intent === 'decline' || input.intent === 'confirm') {
      return {
        reprompt: {
          de: 'Welche Vorlage soll es sein? Wählen Sie eine der Vorlagen oder „Ohne Vorlage“.',
          en: 'Which template shall it be? Choose one of the templates or “Without template”.',
        },
      };
    }
    return null;
  },
};

const cpvPart: StepPart<TenderWorld> = {
  key: 'cpvCodes',
  ask: () => ({
    text: {
      de: 'Welcher CPV-Code beschreibt den Auftrag (der Hauptcode zuerst)? Wählen Sie einen der häufigen IT-Codes oder tippen Sie Codes der Form 72000000-5.',
      en: 'Which CPV code describes the contract (the main code first)? Choose one of the common IT codes or type codes such as 72000000-5.',
    },
    quickReplies: commonCpvCodes.map((item) =>
      choiceReply(item.code, {
        de: `${item.code} ${item.name.de}`,
        en: `${item.code} ${item.name.en}`,
      }),
    ),
    widget: null,
    examples: [same('72000000-5'), same('48000000-8, 72500000-0')],
    vocabulary: {
      choices: commonCpvCodes.map((item) => ({
        id: item.code,
        names: [item.code, item.name.de, item.name.en],
      })),
    },
    expects: ['choice', 'choices', 'text'],
  }),
  read(input) {
    const codes = cpvCodesOf(input);
    if (codes.length > 0) return { value: codes };
    if (input.intent === 'answer' && input.text !== undefined) {
      return {
        reprompt: {
          de: 'Darin finde ich keinen CPV-Code. Ein CPV-Code hat acht Ziffern, einen Bindestrich und eine Prüfziffer, etwa 72000000-5.',
          en: 'I find no CPV code in that. A CPV code has eight digits, a hyphen and a check digit, such as 72000000-5.',
        },
      };
    }
    return null;
  },
};

const landPart: StepPart<TenderWorld> = {
  key: 'land',
  ask: () => ({
    text: {
      de: 'In welchem Land hat die Vergabestelle ihren Sitz? Dessen Feiertage zählen für die Fristen.',
      en: 'In which Land does the contracting authority have its seat? Its public holidays count for the deadlines.',
    },
    quickReplies: lands.map((land) => choiceReply(land.id, land.name)),
    widget: null,
    examples: [same('Berlin'), same('NRW'), { de: 'Bayern', en: 'Bavaria' }],
    vocabulary: { choices: landNames },
    expects: ['choice'],
  }),
  read(input) {
    const land = chosenOf(input, landNames);
    if (land !== undefined && (tenderLands as readonly string[]).includes(land)) {
      return { value: land };
    }
    if (input.intent === 'answer' || input.intent === 'choose') {
      return {
        reprompt: {
          de: 'Das ist keines der 16 Länder. Nennen Sie das Land, etwa „Berlin“, „NRW“ oder „Bayern“.',
          en: 'That is none of the 16 Länder. Name the Land, such as “Berlin”, “NRW” or “Bavaria”.',
        },
      };
    }
    return null;
  },
};

function suggestedKind(context: Context, collected: Collected): AuthorityKind | undefined {
  return suggestedAuthorityKind(need(collected), templateOf(context, collected.templateId));
}

const authorityPart: StepPart<TenderWorld> = {
  key: 'authorityKind',
  ask(context, collected) {
    const suggested = suggestedKind(context, collected);
    const ordered = [
      ...(suggested === undefined ? [] : [suggested]),
      ...authorityKinds.filter((kind) => kind !== suggested),
    ];
    const explained = listed(
      authorityKinds.map((kind) => ({
        de: `${authorityKindTexts[kind].name.de}: ${authorityKindTexts[kind].explanation.de}`,
        en: `${authorityKindTexts[kind].name.en}: ${authorityKindTexts[kind].explanation.en}`,
      })),
    );
    const intro: ConversationText =
      suggested === undefined
        ? {
            de: 'Wer vergibt den Auftrag? Davon hängen Schwellenwert und Vergaberegime ab.',
            en: 'Who awards the contract? The threshold and the regime depend on it.',
          }
        : {
            de: `Wer vergibt den Auftrag? Davon hängen Schwellenwert und Vergaberegime ab. Nach Ihrer Beschreibung schlage ich „${authorityKindTexts[suggested].name.de}“ vor – stimmt das?`,
            en: `Who awards the contract? The threshold and the regime depend on it. From your description I suggest “${authorityKindTexts[suggested].name.en}” – is that right?`,
          };
    return {
      text: { de: `${intro.de} ${explained.de}.`, en: `${intro.en} ${explained.en}.` },
      quickReplies: ordered.map((kind) =>
        choiceReply(
          kind,
          kind === suggested
            ? {
                de: `${authorityKindTexts[kind].name.de} (Vorschlag)`,
                en: `${authorityKindTexts[kind].name.en} (suggested)`,
              }
            : authorityKindTexts[kind].name,
        ),
      ),
      widget: null,
      examples: [
        ...(suggested === undefined ? [] : [{ de: 'ja', en: 'yes' }]),
        { de: 'Sektorenauftraggeber', en: 'sector entity' },
      ],
      vocabulary: {
        choices: ordered.map((id) => authorityKindNames.find((named) => named.id === id)!),
      },
      expects: ['choice', 'yesNo'],
    };
  },
  read(input, context, collected) {
    const kind = chosenOf(input, authorityKindNames);
    if (kind !== undefined) return { value: kind };
    const suggested = suggestedKind(context, collected);
    if (input.intent === 'confirm' && suggested !== undefined) return { value: suggested };
    if (input.intent === 'decline' || input.intent === 'confirm') {
      return {
        reprompt: {
          de: 'Welche Art von Auftraggeber ist es? Wählen Sie eine der vier Antworten.',
          en: 'Which kind of authority is it? Choose one of the four answers.',
        },
      };
    }
    return null;
  },
};

/** The changes to an existing tender when the person came back and changed these answers. */
function tenderChanges(answer: NeedAnswer, context: Context): ConversationAction[] {
  const tender = context.world.tender;
  if (tender === null) return [];
  const input: Omit<UpdateTenderInput, 'version'> = {};
  if (answer.subject !== tender.title) input.title = answer.subject;
  if (answer.need !== tender.description) input.description = answer.need;
  if (answer.cpvCodes.join() !== tender.cpvCodes.join()) input.cpvCodes = answer.cpvCodes;
  if (answer.land !== tender.land) input.land = answer.land;
  if (answer.authorityKind !== tender.authorityKind) input.authorityKind = answer.authorityKind;
  const actions: ConversationAction[] =
    Object.keys(input).length > 0 ? [{ kind: 'updateTender', input }] : [];
  const before = context.answer as Partial<NeedAnswer> | undefined;
  if (answer.templateId !== null && answer.templateId !== before?.templateId) {
    actions.push({
      kind: 'saveLotScheme',
      lotNumber: 1,
      source: { kind: 'template', templateId: answer.templateId },
    });
  }
  return actions;
}

export const needStep = partsStep<TenderWorld>({
  id: stepIds.need,
  title: { de: 'Bedarf und Gegenstand', en: 'Need and subject' },
  why: {
    de: 'Der Gegenstand bestimmt die Vorlage für das Wertungsschema, den CPV-Code der Bekanntmachung, und wer vergibt, bestimmt Schwellenwert und Regime.',
    en: 'The subject decides the template for the evaluation scheme and the CPV code of the notice; who awards decides the threshold and the regime.',
  },
  rules: [
    {
      text: {
        de: 'Der Auftragsgegenstand wird eindeutig und erschöpfend beschrieben.',
        en: 'The subject of the contract is described clearly and exhaustively.',
      },
      source: '§ 121 Abs. 1 GWB',
    },
    {
      text: {
        de: 'Der Gegenstand wird in der Bekanntmachung nach dem Gemeinsamen Vokabular für öffentliche Aufträge (CPV) eingeordnet.',
        en: 'The notice classifies the subject by the Common Procurement Vocabulary (CPV).',
      },
      source: 'Verordnung (EG) Nr. 2195/2002, Art. 1',
    },
    {
      text: {
        de: 'Der Schwellenwert hängt davon ab, wer vergibt: zentrale Regierungsbehörden, andere öffentliche Auftraggeber, Sektorenauftraggeber, verteidigungs- oder sicherheitsspezifische Aufträge.',
        en: 'The threshold depends on who awards: central government authorities, other public authorities, sector entities, defence- or security-specific contracts.',
      },
      source: '§ 106 Abs. 2 GWB',
    },
  ],
  parts: [needPart, templatePart, cpvPart, landPart, authorityPart],
  propose(collected, context) {
    const answer: NeedAnswer = {
      need: need(collected),
      subject: subjectOf(need(collected)),
      templateId: (collected.templateId as string | null | undefined) ?? null,
      cpvCodes: collected.cpvCodes as string[],
      land: collected.land as TenderLand,
      authorityKind: collected.authorityKind as AuthorityKind,
    };
    const template = templateOf(context, answer.templateId);
    const kind = authorityKindTexts[answer.authorityKind];
    const actions = tenderChanges(answer, context);
    const changes = [
      { label: { de: 'Bedarf', en: 'Need' }, value: same(answer.need) },
      { label: { de: 'Gegenstand (Titel)', en: 'Subject (title)' }, value: same(answer.subject) },
      {
        label: { de: 'Vorlage', en: 'Template' },
        value: template?.title ?? { de: 'ohne Vorlage', en: 'without template' },
      },
      { label: { de: 'CPV-Codes', en: 'CPV codes' }, value: same(answer.cpvCodes.join(', ')) },
      { label: { de: 'Land', en: 'Land' }, value: landName(answer.land) },
      { label: { de: 'Auftraggeber', en: 'Contracting authority' }, value: kind.name },
    ];
    return {
      summary:
        context.world.tender === null
          ? {
              de: 'So habe ich es verstanden. Angelegt wird der Entwurf im nächsten Schritt, sobald der Auftragswert feststeht.',
              en: 'This is what I understood. The draft is created in the next step, once the value is known.',
            }
          : actions.length === 0
            ? {
                de: 'So habe ich es verstanden; am Entwurf ändert sich dadurch nichts.',
                en: 'This is what I understood; the draft does not change.',
              }
            : {
                de: 'So habe ich es verstanden; der Entwurf wird entsprechend geändert.',
                en: 'This is what I understood; the draft is changed accordingly.',
              },
      changes,
      actions,
      answer,
    };
  },
});
