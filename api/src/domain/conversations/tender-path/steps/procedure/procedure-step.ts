import type { ProcedureType, ProcurementRegime, UpdateTenderInput } from '@tenderwise/schema';
import { findProcedureType, needsJustification } from '../../../../tenders/procedure-types.ts';
import { partsStep, type StepPart } from '../../../dialogue/parts-step.ts';
import type { StepContext } from '../../../dialogue/types.ts';
import type { TenderWorld } from '../../world.ts';
import { stepIds, valueAnswerOf } from './answers.ts';
import { procedureChoices } from './regime.ts';
import { choiceReply, chosenOf, isSentence, same } from './words.ts';

type Context = StepContext<TenderWorld>;

function regimeOf(context: Context): ProcurementRegime {
  return context.world.tender?.regime ?? valueAnswerOf(context.answers)?.regime ?? 'VgV';
}

function namedTypes(context: Context) {
  return procedureChoices(context.world, regimeOf(context)).map((type) => ({
    id: type.id,
    names: [type.name.de, type.name.en, type.id, type.id.replace(/^[a-z]+\./, '')],
  }));
}

/** The type the tender has now, or else the regime's first freely chosen one. */
function currentType(context: Context): ProcedureType {
  const choices = procedureChoices(context.world, regimeOf(context));
  const stored = context.world.tender?.procedureType.id;
  return choices.find((type) => type.id === stored) ?? choices[0]!;
}

const paragraphs = (type: ProcedureType) =>
  type.choiceReferences.map((reference) => reference.paragraph).join(', ');

const typePart: StepPart<TenderWorld> = {
  key: 'procedureType',
  ask(context) {
    const regime = regimeOf(context);
    const choices = procedureChoices(context.world, regime);
    const current = currentType(context);
    const free = choices.filter((type) => !needsJustification(type));
    return {
      text: {
        de: `Welche Verfahrensart? Nach der ${regime} frei wählbar sind: ${free.map((type) => type.name.de).join(', ')} (${paragraphs(free[0] ?? current)}). Die übrigen brauchen einen Grund, der festgehalten wird. Vorgeschlagen ist „${current.name.de}“.`,
        en: `Which procedure type? Under the ${regime}, these may be chosen freely: ${free.map((type) => type.name.en).join(', ')} (${paragraphs(free[0] ?? current)}). The others need a ground, which is recorded. Suggested: “${current.name.en}”.`,
      },
      quickReplies: choices.map((type) =>
        choiceReply(type.id, {
          de: `${type.name.de}${type === current ? ' (Vorschlag)' : needsJustification(type) ? ' (nur mit Grund)' : ''}`,
          en: `${type.name.en}${type === current ? ' (suggested)' : needsJustification(type) ? ' (ground needed)' : ''}`,
        }),
      ),
      widget: null,
      examples: [
        { de: 'ja', en: 'yes' },
        { de: choices[1]?.name.de ?? current.name.de, en: choices[1]?.name.en ?? current.name.en },
      ],
      vocabulary: { choices: namedTypes(context) },
      expects: ['choice', 'yesNo'],
    };
  },
  read(input, context) {
    const chosen = chosenOf(input, namedTypes(context));
    if (chosen !== undefined) return { value: chosen };
    if (input.intent === 'choose' && input.choice !== undefined) {
      const short = findProcedureType(
        context.world.procedureTypes ?? { types: [] },
        regimeOf(context),
        input.choice,
      );
      if (short !== undefined) return { value: short.id };
      return {
        reprompt: {
          de: `Diese Verfahrensart kennt die ${regimeOf(context)} nicht. Wählen Sie eine der angebotenen.`,
          en: `The ${regimeOf(context)} knows no such procedure type. Choose one of those offered.`,
        },
      };
    }
    if (input.intent === 'confirm') return { value: currentType(context).id };
    if (input.intent === 'decline') {
      return {
        reprompt: {
          de: 'Welche Verfahrensart soll es stattdessen sein? Wählen Sie eine der angebotenen.',
          en: 'Which procedure type shall it be instead? Choose one of those offered.',
        },
      };
    }
    return null;
  },
};

function typeOf(context: Context, id: unknown): ProcedureType {
  return procedureChoices(context.world, regimeOf(context)).find((type) => type.id === id)!;
}

const groundPart: StepPart<TenderWorld> = {
  key: 'procedureGround',
  needed: (context, collected) => needsJustification(typeOf(context, collected.procedureType)),
  ask(context, collected) {
    const type = typeOf(context, collected.procedureType);
    const stored = context.world.tender?.procedureGround;
    return {
      text: {
        de: `Das ${type.name.de} ist nur zulässig, wenn einer der Gründe aus ${paragraphs(type)} vorliegt. Welcher Grund liegt vor, und warum? Der Grund wird im Entwurf festgehalten.`,
        en: `The ${type.name.en.toLowerCase()} is allowed only where one of the grounds of ${paragraphs(type)} holds. Which ground holds, and why? It is recorded in the draft.`,
      },
      quickReplies: stored
        ? [
            {
              label: { de: 'Bisherigen Grund behalten', en: 'Keep the recorded ground' },
              input: { intent: 'answer', text: stored },
            },
          ]
        : [],
      widget: null,
      examples: [
        {
          de: 'Der Auftrag umfasst konzeptionelle Lösungen: die Architektur der Plattform entwickeln die Bieter selbst (§ 14 Abs. 3 Nr. 2 VgV).',
          en: 'The contract includes design solutions: the bidders develop the platform’s architecture themselves (§ 14 (3) Nr. 2 VgV).',
        },
      ],
      vocabulary: {},
      expects: ['text'],
    };
  },
  read(input) {
    if (input.intent !== 'answer' || input.text === undefined) return null;
    if (!isSentence(input.text, 4)) {
      return {
        reprompt: {
          de: 'Der Grund braucht einen ganzen Satz: welche Voraussetzung vorliegt und warum.',
          en: 'The ground needs a whole sentence: which condition holds, and why.',
        },
      };
    }
    return { value: input.text.trim() };
  },
};

export const procedureStep = partsStep<TenderWorld>({
  id: stepIds.procedure,
  title: { de: 'Verfahrensart', en: 'Procedure type' },
  why: {
    de: 'Die Verfahrensart bestimmt Stufen und Fristen; das offene und das nicht offene Verfahren stehen frei zur Wahl, die anderen nur mit einem festgehaltenen Grund.',
    en: 'The procedure type decides the stages and deadlines; the open and the restricted procedure may be chosen freely, the others only on a recorded ground.',
  },
  rules: [
    {
      text: {
        de: 'Öffentliche Auftraggeber wählen frei zwischen offenem und nicht offenem Verfahren; die anderen Verfahrensarten nur, soweit gestattet.',
        en: 'Public authorities choose freely between the open and the restricted procedure; the other types only where permitted.',
      },
      source: '§ 119 Abs. 2 GWB; § 14 Abs. 2 VgV',
    },
    {
      text: {
        de: 'Verhandlungsverfahren und wettbewerblicher Dialog nur bei den Gründen des § 14 Abs. 3 und 4 VgV.',
        en: 'Negotiated procedures and the competitive dialogue only on the grounds of § 14 (3) and (4) VgV.',
      },
      source: '§ 14 Abs. 3, 4 VgV',
    },
    {
      text: {
        de: 'Unterhalb der Schwellenwerte: Öffentliche Ausschreibung und Beschränkte Ausschreibung mit Teilnahmewettbewerb frei, die übrigen nur mit Grund.',
        en: 'Below the thresholds: public tender and restricted tender with a call for competition freely, the others only on a ground.',
      },
      source: '§ 8 Abs. 2–4 UVgO',
    },
  ],
  parts: [typePart, groundPart],
  propose(collected, context) {
    const type = typeOf(context, collected.procedureType);
    const ground = needsJustification(type) ? (collected.procedureGround as string) : null;
    const tender = context.world.tender;
    const changed =
      tender === null || tender.procedureType.id !== type.id || tender.procedureGround !== ground;
    const input: Omit<UpdateTenderInput, 'version'> = {
      procedureType: type.id,
      procedureGround: ground,
    };
    return {
      summary: changed
        ? {
            de: `Verfahrensart: ${type.name.de} (${type.references.map((reference) => reference.paragraph).join(', ')}).`,
            en: `Procedure type: ${type.name.en} (${type.references.map((reference) => reference.paragraph).join(', ')}).`,
          }
        : {
            de: `„${type.name.de}“ bleibt; am Entwurf ändert sich nichts.`,
            en: `“${type.name.en}” stays; the draft does not change.`,
          },
      changes: [
        { label: { de: 'Verfahrensart', en: 'Procedure type' }, value: type.name },
        ...(ground === null
          ? []
          : [{ label: { de: 'Begründung', en: 'Ground' }, value: same(ground) }]),
      ],
      actions: changed ? [{ kind: 'updateTender', input }] : [],
      answer: { procedureType: type.id, procedureGround: ground },
    };
  },
});
