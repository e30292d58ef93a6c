import { EvaluationScheme, type ConversationText } from '@tenderwise/schema';
import { validateScheme } from '../../../../../engine/scheme/validate-scheme.ts';
import type { EngineIssue } from '../../../../../engine/scheme/issues.ts';
import type { Proposal, StepOutcome } from '../../../dialogue/types.ts';
import { lines, tx } from './texts.ts';

/** What an engine issue means, in German; the English is the engine's own sentence. */
const germanByCode: Record<string, string> = {
  'duplicate-id': 'Eine Kennung kommt doppelt vor',
  'unknown-parent': 'Ein Kriterium verweist auf eine Gruppe, die es nicht gibt',
  'parent-not-group': 'Ein Kriterium hängt unter einem Kriterium statt unter einer Gruppe',
  cycle: 'Gruppen verweisen im Kreis aufeinander',
  'empty-group': 'Eine Gruppe hat keine Kriterien',
  'weights-not-summing': 'Die Gewichte einer Ebene ergeben nicht 100 %',
  'company-as-award-criterion':
    'Ein Zuschlagskriterium bewertet das Unternehmen statt der Leistung (Art. 67 Abs. 2 RL 2014/24/EU)',
  'missing-anchors': 'Einer Punkteskala fehlen Notenanker',
  'minimum-above-scale': 'Eine Mindestpunktzahl liegt über der Skala',
  'degenerate-utility': 'Bester und schlechtester Wert einer Messgröße sind gleich',
  'duplicate-step': 'Zwei Stufen einer Messgröße beginnen beim selben Wert',
  'duplicate-rule': 'Zwei Regeln eines Nachweiskriteriums gelten demselben Nachweis',
  'price-leaf-count': 'Die gewichtete Summe braucht genau ein Preiskriterium',
  'zero-point-too-low':
    'Die einseitige Preisformel muss oberhalb des niedrigsten Preises null erreichen',
  'price-in-performance': 'Die Richtwertmethoden bewerten den Preis nicht im Leistungsbaum',
  'unknown-deciding-criterion': 'Das Entscheidungskriterium im Schwankungsbereich gibt es nicht',
  'restricted-requirement-not-available':
    'Eine Anforderung an Sitz oder Kontrolle des Unternehmens ist in diesem Verfahren nicht zulässig',
};

/** Every rule a scheme breaks: its shape first, then the engine's validation. */
export function schemeIssues(scheme: EvaluationScheme): EngineIssue[] {
  const shape = EvaluationScheme.safeParse(scheme);
  if (!shape.success) {
    return shape.error.issues.map((issue) => ({
      pointer: `/${issue.path.join('/')}`,
      code: 'shape',
      message: issue.message,
    }));
  }
  return validateScheme(shape.data);
}

/** The issues as a text to read: what is wrong, and where. */
export function issuesText(issues: readonly EngineIssue[]): ConversationText {
  return lines(
    tx(
      'Diese Änderung schlage ich nicht vor, weil das Schema dann nicht gültig wäre:',
      'I will not propose this change, because the scheme would not be valid:',
    ),
    ...issues.map((issue) =>
      tx(
        `– ${germanByCode[issue.code] ?? 'Regelverstoß'} (${issue.pointer}): ${issue.message}`,
        `– ${issue.message} (${issue.pointer})`,
      ),
    ),
    tx(
      'Sie können das im Schema-Editor beheben („Schema bearbeiten“) und hier weitermachen.',
      'You can fix this in the scheme editor (“edit scheme”) and go on here.',
    ),
  );
}

export interface SchemeChange {
  scheme: EvaluationScheme;
  summary: ConversationText;
  changes: { label: ConversationText; value: ConversationText }[];
  answer: unknown;
}

/**
 * The proposal to save the changed scheme as lot 1's draft, once the engine finds nothing wrong
 * with it; a scheme with errors is never proposed: the person is told what is wrong instead.
 */
export function schemeProposal(change: SchemeChange): Proposal | { reprompt: ConversationText } {
  const issues = schemeIssues(change.scheme);
  if (issues.length > 0) return { reprompt: issuesText(issues) };
  return {
    summary: change.summary,
    changes:
      change.changes.length > 0
        ? change.changes
        : [
            {
              label: tx('Wertungsschema', 'Evaluation scheme'),
              value: tx('bleibt unverändert', 'stays as it is'),
            },
          ],
    actions: [
      { kind: 'saveLotScheme', lotNumber: 1, source: { kind: 'edited', scheme: change.scheme } },
    ],
    answer: change.answer,
  };
}

/** `schemeProposal` as a step's outcome. */
export function proposeScheme(change: SchemeChange): StepOutcome {
  const proposal = schemeProposal(change);
  return 'reprompt' in proposal
    ? { kind: 'reprompt', text: proposal.reprompt }
    : { kind: 'propose', proposal };
}
