import type { DeadlineFinding, LocalizedText, TenderReadinessItem } from '@tenderwise/schema';

/** What the readiness check reads of a tender; everything already looked up. */
export interface ReadinessInput {
  regime: 'VgV' | 'SektVO' | 'VSVgV' | 'UVgO';
  noLotsReasons: string | null;
  estimatedValueSet: boolean;
  submissionDeadlineSet: boolean;
  questionsDeadlineSet: boolean;
  bidValidityUntilSet: boolean;
  /**
   * The error findings of the submission deadline check (`checkSubmissionDeadline`); empty when
   * it found none or could not run (no deadline set, a regime whose periods are not modelled).
   */
  submissionDeadlineErrors: readonly DeadlineFinding[];
  procedureGroundSet: boolean;
  /** The paragraphs that ask for a ground for the procedure type; null when it needs none. */
  procedureGroundSources: readonly string[] | null;
  /** The lots by number, each with the rule breaches of its draft scheme (null: no scheme). */
  lots: readonly { number: number; schemeIssues: readonly { message: string }[] | null }[];
  leadUserId: string;
  team: readonly {
    userId: string;
    capacity: 'officer' | 'openingOfficer' | 'openingDeputy' | 'evaluator' | 'reviewer';
    deputyForUserId: string | null;
    declared: boolean;
  }[];
  /** How bids come in; for `vault`, who of the team set an opening passphrase. */
  bidIntake: 'platform' | 'vault';
  openingKeyUserIds: readonly string[];
}

/** The fewest opening officers a tender names: § 55 (2) VgV asks for two, one may fall ill. */
export const minimumOpeningOfficers = 3;

const item = (
  id: string,
  pointer: string,
  message: LocalizedText,
  sources: readonly string[] = [],
): TenderReadinessItem => ({ id, pointer, message, sources: [...sources] });

/** Where the regime asks for the award criteria and their weighting to be stated. */
const criteriaSources = {
  VgV: ['§ 127 Abs. 5 GWB', '§ 58 Abs. 3 VgV'],
  SektVO: ['§ 127 Abs. 5 GWB', '§ 52 Abs. 3 SektVO'],
  VSVgV: ['§ 127 Abs. 5 GWB', '§ 34 Abs. 3 VSVgV'],
  UVgO: ['§ 43 Abs. 6 UVgO'],
} as const;

/** The paragraph of the minimum submission period by regime. */
const submissionSources = {
  VgV: ['§ 15 VgV'],
  SektVO: ['§ 14 SektVO'],
  VSVgV: ['§ 20 VSVgV'],
  UVgO: ['§ 13 UVgO'],
} as const;

const questionsSources = {
  VgV: ['§ 20 Abs. 3 S. 1 Nr. 1 VgV'],
  SektVO: ['§ 16 SektVO'],
  VSVgV: ['§ 20 VSVgV'],
  UVgO: ['§ 13 UVgO'],
} as const;

/**
 * What a tender still lacks before its publication may be asked for and approved, each item with
 * its pointer into the tender, the text in German and English and the paragraphs that ask for
 * it; empty when the tender is ready. Pure: the caller looks up the rows and runs the deadline
 * check. The items, in this order:
 * - at least one lot, each with a scheme that passes the engine's validation (§ 127 (5) GWB:
 *   the award criteria and their weighting are published with the procedure);
 * - for a single lot, why the contract is not split (§ 97 (4) S. 3 GWB);
 * - the estimated contract value (§ 3 VgV);
 * - the submission deadline without an error of the deadline check, the last moment for
 *   bidders' questions, and the bid validity period (Bindefrist);
 * - the ground for a procedure type that needs one (e.g. § 14 (3) VgV);
 * - the team: the lead an officer on it, at least three opening officers (§ 55 (2) VgV asks for
 *   two; a third stands in when one is ill) each with a deputy, and every member's declaration of
 *   no conflict of interest (§ 6 VgV);
 * - for bids in our vault: every opening officer and deputy has set an opening passphrase, so
 *   that the tender's key can be shared among them at publication (ADR 0041).
 */
export function publicationReadiness(input: ReadinessInput): TenderReadinessItem[] {
  const items: TenderReadinessItem[] = [];
  const { regime } = input;

  if (input.lots.length === 0) {
    items.push(
      item(
        'lotsMissing',
        '/lots',
        {
          de: 'Die Ausschreibung hat kein Los; jedes Wertungsschema gehört zu einem Los.',
          en: 'The tender has no lot; every evaluation scheme belongs to a lot.',
        },
        criteriaSources[regime],
      ),
    );
  }
  input.lots.forEach((lot, index) => {
    if (lot.schemeIssues === null) {
      items.push(
        item(
          'lotSchemeMissing',
          `/lots/${index}/scheme`,
          {
            de: `Los ${lot.number} hat kein Wertungsschema.`,
            en: `Lot ${lot.number} has no evaluation scheme.`,
          },
          criteriaSources[regime],
        ),
      );
    } else if (lot.schemeIssues.length > 0) {
      items.push(
        item(
          'lotSchemeInvalid',
          `/lots/${index}/scheme`,
          {
            de: `Das Wertungsschema von Los ${lot.number} verletzt ${lot.schemeIssues.length} Wertungsregel(n); es ist zu berichtigen.`,
            en: `The evaluation scheme of lot ${lot.number} breaks ${lot.schemeIssues.length} rule(s) of evaluation: ${lot.schemeIssues.map((issue) => issue.message).join(' ')}`,
          },
          criteriaSources[regime],
        ),
      );
    }
  });
  if (input.lots.length === 1 && input.noLotsReasons === null) {
    items.push(
      item(
        'noLotsReasonsMissing',
        '/noLotsReasons',
        {
          de: 'Bei nur einem Los sind die Gründe anzugeben, weshalb nicht in Lose aufgeteilt wird.',
          en: 'With a single lot, the reasons for not dividing the contract into lots are to be given.',
        },
        ['§ 97 Abs. 4 S. 3 GWB'],
      ),
    );
  }
  if (!input.estimatedValueSet) {
    items.push(
      item(
        'estimatedValueMissing',
        '/estimatedValue',
        {
          de: 'Der geschätzte Auftragswert fehlt.',
          en: 'The estimated contract value is missing.',
        },
        ['§ 3 VgV'],
      ),
    );
  }
  if (!input.submissionDeadlineSet) {
    items.push(
      item(
        'submissionDeadlineMissing',
        '/submissionDeadline',
        { de: 'Die Angebotsfrist fehlt.', en: 'The submission deadline is missing.' },
        submissionSources[regime],
      ),
    );
  }
  for (const error of input.submissionDeadlineErrors) {
    items.push(
      item(`submissionDeadline.${error.code}`, '/submissionDeadline', error.text, error.sources),
    );
  }
  if (!input.questionsDeadlineSet) {
    items.push(
      item(
        'questionsDeadlineMissing',
        '/questionsDeadline',
        {
          de: 'Der letzte Tag für Bieterfragen fehlt.',
          en: "The last day for bidders' questions is missing.",
        },
        questionsSources[regime],
      ),
    );
  }
  if (!input.bidValidityUntilSet) {
    items.push(
      item('bidValidityMissing', '/bidValidityUntil', {
        de: 'Die Bindefrist fehlt.',
        en: 'The bid validity period (Bindefrist) is missing.',
      }),
    );
  }
  if (input.procedureGroundSources !== null && !input.procedureGroundSet) {
    items.push(
      item(
        'procedureGroundMissing',
        '/procedureGround',
        {
          de: 'Die Verfahrensart ist nur aus einem der genannten Gründe zulässig; der Grund ist zu dokumentieren.',
          en: 'The procedure type is admissible on a named ground only; the ground is to be recorded.',
        },
        input.procedureGroundSources,
      ),
    );
  }

  const { team } = input;
  if (!team.some((member) => member.userId === input.leadUserId && member.capacity === 'officer')) {
    items.push(
      item('leadNotOfficer', '/team', {
        de: 'Die Leitung der Ausschreibung muss als Vergabestelle (officer) im Team sein.',
        en: 'The lead of the tender must be on the team as an officer.',
      }),
    );
  }
  const openers = [
    ...new Set(team.filter((m) => m.capacity === 'openingOfficer').map((m) => m.userId)),
  ];
  if (openers.length < minimumOpeningOfficers) {
    items.push(
      item(
        'openingOfficersTooFew',
        '/team',
        {
          de: `Für die Öffnung der Angebote sind mindestens ${minimumOpeningOfficers} Mitglieder zu benennen (benannt: ${openers.length}).`,
          en: `At least ${minimumOpeningOfficers} opening officers are to be named (named: ${openers.length}).`,
        },
        ['§ 55 Abs. 2 VgV'],
      ),
    );
  }
  for (const opener of openers) {
    if (!team.some((m) => m.capacity === 'openingDeputy' && m.deputyForUserId === opener)) {
      items.push(
        item(
          'openingDeputyMissing',
          '/team',
          {
            de: `Ein Mitglied für die Öffnung hat keine Vertretung (${opener}).`,
            en: `An opening officer has no deputy (${opener}).`,
          },
          ['§ 55 Abs. 2 VgV'],
        ),
      );
    }
  }
  const undeclared = [...new Set(team.filter((m) => !m.declared).map((m) => m.userId))];
  for (const userId of undeclared) {
    items.push(
      item(
        'declarationMissing',
        '/team',
        {
          de: `Ein Mitglied des Teams hat noch nicht erklärt, dass kein Interessenkonflikt besteht (${userId}).`,
          en: `A member of the team has not yet declared that there is no conflict of interest (${userId}).`,
        },
        ['§ 6 VgV'],
      ),
    );
  }
  if (input.bidIntake === 'vault') {
    const holders = [
      ...new Set(
        team
          .filter((m) => m.capacity === 'openingOfficer' || m.capacity === 'openingDeputy')
          .map((m) => m.userId),
      ),
    ];
    for (const userId of holders.filter((id) => !input.openingKeyUserIds.includes(id))) {
      items.push(
        item(
          'openingKeyMissing',
          '/team',
          {
            de: `Ein Mitglied für die Öffnung hat noch keine Öffnungs-Passphrase festgelegt (${userId}).`,
            en: `An opening officer or deputy has not yet set an opening passphrase (${userId}).`,
          },
          ['§ 55 Abs. 1 VgV'],
        ),
      );
    }
  }
  return items;
}
