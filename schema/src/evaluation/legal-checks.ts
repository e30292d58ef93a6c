import type { LocalizedText } from './common.ts';
import type { EvaluationScheme } from './scheme.ts';

/** A legal flaw of a scheme, by path into it, with a stable code and a message in both languages. */
export interface LegalIssue {
  path: (string | number)[];
  code: string;
  message: LocalizedText;
}

/** A legal issue's message as one line: English first, then German. */
export function legalIssueText(message: LocalizedText): string {
  return `${message.en} — ${message.de}`;
}

/**
 * Whether the scheme's procurement admits requirements on the company's seat, ownership or
 * control for all bidders: a defence or security contract under the VSVgV, or a procurement
 * exempt under § 107 (2) or § 117 GWB.
 */
export function admitsRestrictedRequirements(
  scheme: Pick<EvaluationScheme, 'regime' | 'exemption'>,
): boolean {
  return scheme.regime === 'VSVgV' || scheme.exemption !== undefined;
}

/**
 * The legal flaws a scheme's shape does not catch: a restricted requirement for all bidders in
 * a procurement that does not admit it. Seat and control requirements fit none of the
 * suitability categories of § 122 (2) GWB (Art. 58 Directive 2014/24/EU) and treat companies
 * differently by origin (Art. 18 TFEU; Art. 25 Directive 2014/24/EU towards bidders from GPA
 * countries), so outside these procedures they may only address bidders from third countries
 * without an agreement with the EU (CJEU 22 Oct 2024, C-652/22 Kolin).
 */
export function schemeLegalIssues(
  scheme: Pick<EvaluationScheme, 'regime' | 'exemption' | 'restrictedRequirements'>,
): LegalIssue[] {
  if (admitsRestrictedRequirements(scheme)) return [];
  const regime = scheme.regime ?? 'nicht angegeben';
  const regimeEn = scheme.regime ?? 'not stated';
  return (scheme.restrictedRequirements ?? []).flatMap((item, index) =>
    item.basis === 'exemptProcedure'
      ? [
          {
            path: ['restrictedRequirements', index],
            code: 'restricted-requirement-not-available',
            message: {
              en: `"${item.id}" requires a seat, ownership or control of the company, which is only available in a procurement under the VSVgV or exempt under § 107 (2) or § 117 GWB (regime here: ${regimeEn}, no exemption recorded); otherwise it fits none of the suitability categories of § 122 (2) GWB and discriminates by origin (Art. 18 TFEU, Art. 25 Directive 2014/24/EU). Towards bidders from third countries without an agreement with the EU it may apply (CJEU C-652/22 Kolin).`,
              de: `„${item.id}“ verlangt Sitz, Eigentum oder Kontrolle des Unternehmens; das ist nur in einer Vergabe nach der VSVgV oder einer nach § 107 Abs. 2 oder § 117 GWB ausgenommenen Beschaffung zulässig (Vergaberegime hier: ${regime}, keine Ausnahme vermerkt); sonst passt es in keine Eignungskategorie des § 122 Abs. 2 GWB und diskriminiert nach Herkunft (Art. 18 AEUV, Art. 25 RL 2014/24/EU). Gegenüber Bietern aus Drittstaaten ohne Abkommen mit der EU ist es möglich (EuGH C-652/22 Kolin).`,
            },
          },
        ]
      : [],
  );
}
