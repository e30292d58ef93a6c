/**
 * The declaration every member of a tender's team makes before taking part: no conflict of
 * interest under § 6 VgV (for the other regimes the same rule: § 6 SektVO, § 42 VSVgV, § 4
 * UVgO). The text has a version; a member's declaration records the version declared, so a
 * later wording never rewrites what somebody declared earlier. A new wording gets a new version.
 */
export const conflictDeclaration = {
  version: '2026-12-vgv6-1',
  source: '§ 6 VgV (§ 6 SektVO, § 42 VSVgV, § 4 UVgO)',
  text: {
    de:
      'Ich erkläre, dass bei mir in diesem Vergabeverfahren kein Interessenkonflikt im Sinne des ' +
      '§ 6 VgV besteht: Ich habe kein direktes oder indirektes finanzielles, wirtschaftliches ' +
      'oder persönliches Interesse, das meine Unparteilichkeit und Unabhängigkeit im Rahmen ' +
      'des Verfahrens beeinträchtigen könnte. Insbesondere bin ich weder Bewerber oder Bieter, ' +
      'noch berate oder unterstütze ich einen Bewerber oder Bieter oder vertrete ihn, noch bin ' +
      'ich bei einem Bewerber oder Bieter gegen Entgelt oder als Mitglied eines Organs tätig, ' +
      'noch für ein in das Verfahren eingeschaltetes Unternehmen, das zugleich geschäftliche ' +
      'Beziehungen zum Auftraggeber und zu einem Bewerber oder Bieter hat (§ 6 Abs. 3 VgV); ' +
      'dasselbe gilt für meine Angehörigen (§ 6 Abs. 4 VgV). Entsteht im Laufe des Verfahrens ' +
      'ein Interessenkonflikt, zeige ich ihn unverzüglich an und wirke bis zur Entscheidung ' +
      'darüber nicht weiter mit.',
    en:
      'I declare that I have no conflict of interest in this procurement procedure within the ' +
      'meaning of § 6 VgV: I have no direct or indirect financial, economic or personal ' +
      'interest that could compromise my impartiality and independence in the procedure. In ' +
      'particular, I am not a candidate or bidder, I do not advise, support or represent a ' +
      'candidate or bidder, I do not work for a candidate or bidder for pay or as a member of ' +
      'one of its bodies, nor for an undertaking involved in the procedure that has business ' +
      'relations with both the contracting authority and a candidate or bidder (§ 6 (3) VgV); ' +
      'the same applies to my relatives (§ 6 (4) VgV). Should a conflict of interest arise ' +
      'during the procedure, I will report it without delay and take no further part until it ' +
      'has been decided on.',
  },
} as const;

export type ConflictDeclaration = typeof conflictDeclaration;
