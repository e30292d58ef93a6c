/**
 * The legal grounds of a cancellation (Aufhebung) as the public reads them: § 63 (1) Satz 1
 * Nr. 1–4 VgV, and § 48 (1) UVgO for tenders below the EU thresholds. A ground the table does
 * not know is shown by its id.
 */
const grounds: Record<string, { de: string; en: string; vgv: string; uvgo: string }> = {
  noSuitableBids: {
    de: 'Kein Angebot eingegangen, das den Bedingungen entspricht',
    en: 'No bid received that meets the conditions',
    vgv: '§ 63 Abs. 1 Satz 1 Nr. 1 VgV',
    uvgo: '§ 48 Abs. 1 Nr. 1 UVgO',
  },
  essentialChange: {
    de: 'Die Grundlage des Vergabeverfahrens hat sich wesentlich geändert',
    en: 'The basis of the procedure changed essentially',
    vgv: '§ 63 Abs. 1 Satz 1 Nr. 2 VgV',
    uvgo: '§ 48 Abs. 1 Nr. 2 UVgO',
  },
  noEconomicResult: {
    de: 'Kein wirtschaftliches Ergebnis erzielt',
    en: 'No economic result was obtained',
    vgv: '§ 63 Abs. 1 Satz 1 Nr. 3 VgV',
    uvgo: '§ 48 Abs. 1 Nr. 3 UVgO',
  },
  otherSeriousReasons: {
    de: 'Andere schwerwiegende Gründe',
    en: 'Other serious reasons',
    vgv: '§ 63 Abs. 1 Satz 1 Nr. 4 VgV',
    uvgo: '§ 48 Abs. 1 Nr. 4 UVgO',
  },
};

export function cancellationGroundLabel(
  ground: string,
  regime: string,
): { label: { de: string; en: string }; source: string } {
  const found = grounds[ground];
  if (found === undefined) return { label: { de: ground, en: ground }, source: '§ 63 VgV' };
  return {
    label: { de: found.de, en: found.en },
    source: regime === 'UVgO' ? found.uvgo : found.vgv,
  };
}
