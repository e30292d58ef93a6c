import type { AssistantMessage } from '@tenderwise/schema';

/**
 * What the assistant does not do with real bids: after the opening the published criteria and
 * weights alone decide (§ 127 (5) GWB, equal treatment and transparency, § 97 (1), (2) GWB); a
 * what-if on the real bids would be outcome shopping in the record. Robustness before publication
 * is analysed on simulated bids.
 */
export const noWhatIfOnRealBids: AssistantMessage = {
  kind: 'info',
  text: {
    de: 'Was-wäre-wenn-Fragen beantworte ich für echte Angebote nicht: Nach der Öffnung entscheiden allein die veröffentlichten Kriterien und Gewichte (§ 127 Abs. 5 GWB). Eine andere Gewichtung oder Formel auf den echten Angeboten wäre Ergebnissuche. Die Robustheit des Schemas wird vor der Veröffentlichung an simulierten Angeboten geprüft.',
    en: 'I do not answer what-if questions for real bids: after the opening only the published criteria and weights decide (§ 127 (5) GWB). Another weighting or formula on the real bids would be outcome shopping. The scheme’s robustness is tested on simulated bids before publication.',
  },
};

/** What a company is (seat, owner, origin) is never an award criterion (§ 127 GWB). */
export const noCompanyScoring: AssistantMessage = {
  kind: 'info',
  text: {
    de: 'Das amtliche Ergebnis beruht nur auf den veröffentlichten Kriterien zur angebotenen Leistung. Sitz, Eigentümer oder Herkunft eines Unternehmens werden nicht bewertet; wie ein Dienst vor ausländischem Zugriff geschützt ist, zählt nur, soweit ein veröffentlichtes Kriterium es bewertet.',
    en: 'The official result rests only on the published criteria about the offered service. A company’s seat, owners or origin are not scored; how a service is protected from foreign access counts only as far as a published criterion scores it.',
  },
};
